/**
 * The DOCX writer: turns the markup's DocumentTree into a .docx package (bytes). Pure: no file
 * system, no process, no console; warnings go to `onWarning`.
 *
 * How: the blocks are written as WordprocessingML strings (paragraphs.ts, lists.ts, tables.ts,
 * toc.ts, inline.ts) and measured into boxes in the same pass; layout/ lays the boxes out on
 * pages as LibreOffice does, which gives the TOC's page numbers and NUMPAGES/SECTIONPAGES; the
 * docx library builds the package around one placeholder per section and header/footer (styles
 * with outline levels, settings, section properties, header/footer parts, the watermark); pack.ts
 * splices our XML in, adds pictures and numbering.xml, and re-zips byte-stably.
 */
import { Document, Packer, type ISectionOptions } from 'docx';
import type { Block, DocumentTree } from '../markup/types.js';
import { renderBlocks } from './blocks.js';
import type { DocContext } from './context.js';
import { renderHeadersFooters, resolveHeadersFooters, type WrittenPart } from './header-footer.js';
import type { FieldValues } from './inline.js';
import type { SectionFlow } from './layout/boxes.js';
import { FontBook } from './layout/fonts.js';
import { pageLabels } from './layout/page-labels.js';
import { paginate, type Pagination } from './layout/paginate.js';
import { readFontFile, type FontFace } from './layout/truetype.js';
import { planLists } from './lists.js';
import { MediaRegistry } from './media.js';
import { numberingXml } from './numbering.js';
import { finishPackage, markerOf, type SplicedPart } from './pack.js';
import { bodyHeight, sectionContext, sectionOptions } from './sections.js';
import { styleTable } from './style-table.js';
import { buildStyles } from './styles.js';
import { TocPlan } from './toc.js';
import { SECTION_END_PARAGRAPH_HEIGHT, XmlSink } from './xml.js';

export type WritePhase = 'docx-build' | 'page-numbers' | 'pack';

export type PageNumberOutcome =
  /** Every page number written was laid out with the fonts' real widths. */
  | { kind: 'exact' }
  /** Some number depends on pages in a font measured by approximation (e.g. Bookman Old Style). */
  | { kind: 'guessed'; reasons: string[]; fromPage: number };

export interface WriteDocxOptions {
  /** Files the tree refers to by key (Image.src), e.g. the regency's logo. PNG or JPEG. */
  assets?: Record<string, Uint8Array>;
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

function walk(blocks: readonly Block[], visit: (b: Block) => void): void {
  for (const b of blocks) {
    visit(b);
    if (b.type === 'list') for (const item of b.items) walk(item.children, visit);
    if (b.type === 'table') for (const row of b.rows) for (const cell of row.cells) walk(cell.children, visit);
  }
}

/** The font of the section holding the first TOC, for the TOC entry styles. */
function tocFontOf(tree: DocumentTree): string | undefined {
  for (const s of tree.sections) {
    let found = false;
    walk(s.children, (b) => {
      if (b.type === 'toc') found = true;
    });
    if (found) return s.props.font;
  }
  return undefined;
}

/** Private-use tokens for NUMPAGES / SECTIONPAGES results, replaced once the pages are known. */
const PAGES_TOKEN = '\uE000pages\uE000';
const sectionPagesToken = (i: number) => `\uE000section-${i}\uE000`;
const TOKEN = /\uE000(pages|section-(\d+))\uE000/g;

function fontFaces(fonts: WriteDocxOptions['fonts'], warn: (m: string) => void): { face: FontFace; name?: string }[] {
  const out: { face: FontFace; name?: string }[] = [];
  for (const [i, f] of (fonts ?? []).entries()) {
    try {
      for (const face of readFontFile(f.data)) out.push({ face, ...(f.name !== undefined ? { name: f.name } : {}) });
    } catch (error) {
      warn(`font file ${i + 1}${f.name ? ` (${f.name})` : ''} could not be read: ${(error as Error).message}`);
    }
  }
  return out;
}

export async function writeDocx(tree: DocumentTree, options: WriteDocxOptions = {}): Promise<Uint8Array> {
  const warn = options.onWarning ?? (() => {});
  const t0 = performance.now();

  const styles = buildStyles(tree.settings, tocFontOf(tree));
  let drawingIds = 0;
  const doc: DocContext = {
    settings: tree.settings,
    assets: options.assets ?? {},
    lists: planLists(tree),
    styles: styleTable(styles),
    fonts: new FontBook(fontFaces(options.fonts, warn)),
    media: new MediaRegistry(),
    toc: new TocPlan(tree),
    nextDrawingId: () => ++drawingIds,
    warn,
  };
  let markers = 0;
  const newMarker = () => markerOf(++markers);
  const parts = resolveHeadersFooters(tree.sections);
  const written: WrittenPart[] = [];
  const flows: SectionFlow[] = [];
  const sectionOpts: ISectionOptions[] = [];
  /** Sections whose pages were measured with an approximated font. */
  const approximated: boolean[] = [];

  tree.sections.forEach((section, i) => {
    const fields: FieldValues = { pages: PAGES_TOKEN, sectionPages: sectionPagesToken(i) };
    const body: WrittenPart = { sink: new XmlSink(), media: new Set(), marker: newMarker() };
    const ctx = sectionContext(section, tree, doc, body, fields);
    const resolved = parts[i] ?? { titlePage: false };
    doc.fonts.approximated = false;
    const hf = renderHeadersFooters(resolved, ctx, tree.meta.watermark, newMarker);
    const boxes = renderBlocks(section.children, ctx);
    if (i < tree.sections.length - 1 && !body.sink.endsWithParagraph()) {
      // pack.ts gives the section's properties a paragraph of their own (see sectionEndParagraph).
      const h = SECTION_END_PARAGRAPH_HEIGHT;
      boxes.push({ kind: 'para', pitch: [h], fit: [h], before: 0, after: 0, keepNext: false, keepLines: false, pageBreakBefore: false, widowControl: true });
    }
    approximated.push(doc.fonts.approximated);
    written.push(body, ...hf.parts);
    flows.push({ bodyHeight: bodyHeight(section, tree, hf), boxes });
    sectionOpts.push(sectionOptions(section, tree, hf, resolved.titlePage, body.marker));
  });
  // A document needs one w:sectPr; an empty tree gives one empty page.
  if (tree.sections.length === 0) warn('the document has no sections');
  const t1 = performance.now();
  options.onPhase?.('docx-build', t1 - t0);

  // Lay the pages out; again if a TOC entry wraps differently once its real number is known.
  const props = tree.sections.map((s) => s.props);
  let pagination: Pagination = paginate(flows, doc.toc.anchorCount);
  let labels = pageLabels(pagination.sections, props);
  for (let pass = 0; pass < 3; pass++) {
    const anchorLabels = pagination.anchors.map((page) => (page < 0 ? '' : (labels[page] ?? '')));
    if (!doc.toc.update(anchorLabels)) break;
    pagination = paginate(flows, doc.toc.anchorCount);
    labels = pageLabels(pagination.sections, props);
  }
  doc.toc.update(pagination.anchors.map((page) => (page < 0 ? '' : (labels[page] ?? ''))));
  options.onPageNumbers?.(outcomeOf(pagination, approximated, props));
  const t2 = performance.now();
  options.onPhase?.('page-numbers', t2 - t1);

  const values = (token: string, sectionIndex: string | undefined): string =>
    sectionIndex === undefined ? String(pagination.pageCount) : String(pagination.sections[Number(sectionIndex)]?.count ?? '');
  const spliced: SplicedPart[] = written.map((part) => ({
    marker: part.marker,
    media: part.media,
    chunks: part.sink.chunks().map((c) => (c.includes('\uE000') ? c.replace(TOKEN, values) : c)),
  }));

  const { meta } = tree;
  const document = new Document({
    title: meta.title,
    ...(meta.subject !== undefined ? { subject: meta.subject } : {}),
    creator: meta.creator ?? 'roadmap',
    lastModifiedBy: meta.creator ?? 'roadmap',
    ...(meta.keywords !== undefined ? { keywords: meta.keywords } : {}),
    ...(meta.description !== undefined ? { description: meta.description } : {}),
    revision: 1,
    styles,
    sections: sectionOpts.length > 0 ? sectionOpts : [{ children: [] }],
  });
  const zipped = await Packer.toBuffer(document);
  const bytes = finishPackage(new Uint8Array(zipped), {
    created: meta.created,
    // The numbers are written: Word must not ask to update fields on opening (P2).
    updateFields: false,
    parts: spliced,
    media: doc.media.files,
    numbering: numberingXml(doc.lists),
  });
  options.onPhase?.('pack', performance.now() - t2);
  return bytes;
}

/**
 * Whether any number we wrote depends on pages measured with an approximated font: a TOC
 * entry's number depends on the pages since its section's last numbering restart.
 */
function outcomeOf(p: Pagination, approximated: readonly boolean[], props: readonly { pageNumberStart?: number }[]): PageNumberOutcome {
  const sectionOfPage = (page: number) => p.sections.findIndex((s) => page >= s.first && page < s.first + s.count);
  let fromPage = Number.POSITIVE_INFINITY;
  for (const page of p.anchors) {
    if (page < 0) continue;
    let s = sectionOfPage(page);
    for (; s >= 0; s--) {
      if (approximated[s]) {
        fromPage = Math.min(fromPage, (p.sections[s]?.first ?? 0) + 1);
        break;
      }
      if (props[s]?.pageNumberStart !== undefined) break;
    }
  }
  if (fromPage === Number.POSITIVE_INFINITY) return { kind: 'exact' };
  return { kind: 'guessed', reasons: ['a font not in the width tables'], fromPage };
}
