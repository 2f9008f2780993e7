/**
 * The DOCX writer: turns the markup's DocumentTree into a .docx package (bytes). Pure: no file
 * system, no process, no console; warnings go to `onWarning`.
 *
 * How, in two passes over the tree: first every block is measured into boxes (measure-pass.ts
 * runs blocks/ in measuring mode, with the fonts' real widths from layout/), and
 * layout/paginate.ts lays the boxes out on pages as LibreOffice does, which gives the TOC's page
 * numbers and the NUMPAGES/SECTIONPAGES counts; then package/skeleton.ts writes the package's
 * other parts around one placeholder per section and per header/footer (styles with outline
 * levels, settings, section properties, header/footer parts, the watermark), and package/pack.ts
 * streams our WordprocessingML (blocks/ in writing mode, through the wml/ writers) into them as
 * it compresses, with our pictures and numbering.xml, byte-stably. The body is never held whole.
 */
import type { DocumentTree } from '../markup/types.js';
import { writeHeaderFooter } from './blocks/header-footer.js';
import { planLists } from './blocks/list-plan.js';
import { renderBlocks } from './blocks/render-blocks.js';
import { TocPlan } from './blocks/toc-plan.js';
import { tableSizesOf, tocFontOf } from './blocks/tree-scan.js';
import { ChartRegistry } from './chart/chart-registry.js';
import type { ChartSpec } from './chart/chart-spec.js';
import { sectionContext, type DocContext } from './context.js';
import { facesFromFiles } from './layout/font-files.js';
import { FontBook } from './layout/fonts.js';
import { pageLabels } from './layout/page-labels.js';
import { pageNumberOutcome, type PageNumberOutcome } from './layout/page-number-outcome.js';
import { paginate, type Pagination } from './layout/paginate.js';
import { styleTable } from './layout/style-table.js';
import { measureSections } from './measure-pass.js';
import { MediaRegistry } from './package/media.js';
import { finishPackage } from './package/pack.js';
import { packageSkeleton } from './package/skeleton.js';
import { numberingXml } from './wml/numbering-xml.js';
import type { FieldValues } from './wml/run-xml.js';
import { buildStyles } from './wml/styles.js';
import { XmlSink } from './wml/xml-sink.js';

export type WritePhase = 'docx-build' | 'page-numbers' | 'pack';

export interface WriteDocxOptions {
  /** Files the tree refers to by key (Image.src), e.g. the regency's logo. PNG or JPEG. */
  assets?: Record<string, Uint8Array>;
  /** Charts the tree refers to by key (Chart.src), drawn natively with their data embedded. */
  charts?: Record<string, ChartSpec>;
  /** Time spent per phase, in milliseconds. */
  onPhase?: (phase: WritePhase, ms: number) => void;
  /** Things the caller should tell the user: unknown styles, missing assets, unreadable fonts. */
  onWarning?: (message: string) => void;
  /**
   * TrueType/OpenType files for fonts outside the built-in width tables (e.g. Bookman Old
   * Style), so page numbers are measured rather than approximated. `name` = the font name the
   * document uses, when it differs from the name inside the file.
   */
  fonts?: { data: Uint8Array; name?: string }[];
  /** Told how the page numbers were obtained (for tests and diagnostics). */
  onPageNumbers?: (outcome: PageNumberOutcome) => void;
}

export async function writeDocx(tree: DocumentTree, options: WriteDocxOptions = {}): Promise<Uint8Array> {
  const warn = options.onWarning ?? (() => {});
  const t0 = performance.now();

  const styles = buildStyles(tree.settings, tocFontOf(tree), tableSizesOf(tree));
  let drawingIds = 0;
  const doc: DocContext = {
    settings: tree.settings,
    assets: options.assets ?? {},
    mode: 'measure',
    lists: planLists(tree),
    styles: styleTable(styles),
    fonts: new FontBook(facesFromFiles(options.fonts, warn)),
    media: new MediaRegistry(),
    charts: new ChartRegistry(options.charts ?? {}),
    toc: new TocPlan(tree),
    grownRows: new Map(),
    fittedGrids: new Map(),
    nextDrawingId: () => ++drawingIds,
    warn,
  };
  // Pass 1: measure every section, with its headers and footers (no XML yet).
  const measured = measureSections(tree, doc);
  // A document needs one w:sectPr; an empty tree gives one empty page.
  if (tree.sections.length === 0) warn('dokumen tidak memiliki <section>; halaman kosong ditulis');
  const t1 = performance.now();
  options.onPhase?.('docx-build', t1 - t0);

  // Lay the pages out; again if a TOC entry wraps differently once its real number is known.
  const props = tree.sections.map((s) => s.props);
  let pagination: Pagination = paginate(measured.flows, doc.toc.anchorCount);
  let labels = pageLabels(pagination.sections, props);
  const anchorLabels = () => pagination.anchors.map((page) => (page < 0 ? '' : (labels[page] ?? '')));
  for (let pass = 0; pass < 3 && doc.toc.update(anchorLabels()); pass++) {
    pagination = paginate(measured.flows, doc.toc.anchorCount);
    labels = pageLabels(pagination.sections, props);
  }
  doc.toc.update(anchorLabels());
  options.onPageNumbers?.(pageNumberOutcome(pagination, measured.approximated, props));
  measured.flows.length = 0;
  const t2 = performance.now();
  options.onPhase?.('page-numbers', t2 - t1);

  // Pass 2: the package around placeholders, our XML written into it as it is compressed.
  const skeleton = packageSkeleton(tree, styles, measured.sections);
  // Warnings were given while measuring.
  const writer: DocContext = { ...doc, mode: 'write', warn: () => {} };
  const bytes = finishPackage(skeleton, {
    numbering: numberingXml(doc.lists),
    media: doc.media.files,
    mediaOf: (marker) => measured.parts.get(marker)?.media,
    charts: doc.charts.files,
    chartsOf: (marker) => measured.parts.get(marker)?.charts,
    write: (marker, emit, sectPr) => {
      const part = measured.parts.get(marker);
      if (!part) return;
      const section = tree.sections[part.section]!;
      const sink = new XmlSink(emit);
      const fields: FieldValues = {
        pages: String(pagination.pageCount),
        sectionPages: String(pagination.sections[part.section]?.count ?? ''),
      };
      const ctx = sectionContext(section, tree, writer, { sink, media: new Set(), charts: new Set() }, fields);
      if (part.kind === 'body') renderBlocks(part.blocks, ctx);
      else writeHeaderFooter(part.kind, ctx);
      sink.end(sectPr);
    },
  });
  options.onPhase?.('pack', performance.now() - t2);
  return bytes;
}
