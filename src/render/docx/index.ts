/**
 * The DOCX writer: turns the markup's DocumentTree into a .docx package (bytes). Pure: no file
 * system, no process, no console; warnings go to `onWarning`.
 *
 * Layout of this folder: styles.ts (styles.xml), sections.ts (w:sectPr), header-footer.ts,
 * paragraphs.ts / inline.ts (w:p / w:r), lists.ts (numbering.xml), tables.ts (w:tbl), toc.ts,
 * page-numbers.ts (TOC page numbers at generation), pack.ts (byte-stable zip).
 */
import { Document, Packer } from 'docx';
import { layoutDocument } from 'docx/layout';
import type { Block, DocumentTree } from '../markup/types.js';
import type { DocContext } from './context.js';
import { resolveHeadersFooters } from './header-footer.js';
import { planLists } from './lists.js';
import { finishPackage } from './pack.js';
import { createEstimation, type PageNumberOutcome } from './page-numbers.js';
import { renderSection } from './sections.js';
import { buildStyles } from './styles.js';

export type WritePhase = 'docx-build' | 'page-numbers' | 'pack';

export interface WriteDocxOptions {
  /** Files the tree refers to by key (Image.src), e.g. the regency's logo. PNG or JPEG. */
  assets?: Record<string, Uint8Array>;
  /** Time spent per phase, in milliseconds. */
  onPhase?: (phase: WritePhase, ms: number) => void;
  /** Things the caller should tell the user: unknown styles, missing assets, guessed page numbers. */
  onWarning?: (message: string) => void;
  /**
   * TrueType/OpenType files for fonts outside the estimator's width tables (e.g. Bookman Old
   * Style), so TOC page numbers are measured rather than guessed. `name` = the font name the
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

/** Whether anything needs page numbers worked out: a TOC, or a NUMPAGES/SECTIONPAGES field. */
function needsPageNumbers(tree: DocumentTree): boolean {
  let needed = false;
  const visit = (b: Block) => {
    if (b.type === 'toc') needed = true;
    if ((b.type === 'paragraph' || b.type === 'heading') && b.children.some((i) => i.type === 'field' && i.field !== 'page'))
      needed = true;
  };
  for (const s of tree.sections) {
    walk(s.children, visit);
    for (const hf of [s.props.header, s.props.footer]) {
      if (hf) walk([...hf.default, ...(hf.first ?? [])], visit);
    }
  }
  return needed;
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

export async function writeDocx(tree: DocumentTree, options: WriteDocxOptions = {}): Promise<Uint8Array> {
  const warn = options.onWarning ?? (() => {});
  const t0 = performance.now();

  const { numbering, lists } = planLists(tree);
  const doc: DocContext = { settings: tree.settings, assets: options.assets ?? {}, lists, warn };
  const parts = resolveHeadersFooters(tree.sections);
  const sections = tree.sections.map((section, i) => renderSection(section, tree, doc, parts[i] ?? { titlePage: false }));
  // A document needs one w:sectPr; an empty tree gives one empty page.
  if (sections.length === 0) warn('the document has no sections');

  const estimation = needsPageNumbers(tree)
    ? createEstimation(options.fonts?.map((f) => ({ data: f.data, ...(f.name ? { name: f.name } : {}) })))
    : undefined;

  const { meta } = tree;
  const document = new Document({
    title: meta.title,
    ...(meta.subject !== undefined ? { subject: meta.subject } : {}),
    creator: meta.creator ?? 'roadmap',
    lastModifiedBy: meta.creator ?? 'roadmap',
    ...(meta.keywords !== undefined ? { keywords: meta.keywords } : {}),
    ...(meta.description !== undefined ? { description: meta.description } : {}),
    revision: 1,
    styles: buildStyles(tree.settings, tocFontOf(tree)),
    numbering,
    // Built with w:updateFields on; pack.ts removes it when the estimator wrote every number.
    features: { updateFields: true },
    ...(estimation ? { pageNumbers: estimation.estimator } : {}),
    sections: sections.length > 0 ? sections : [{ children: [] }],
  });
  const t1 = performance.now();
  options.onPhase?.('docx-build', t1 - t0);

  const zipped = await Packer.toBuffer(document);
  const estimatorMs = estimation?.ms ?? 0;
  options.onPhase?.('page-numbers', estimatorMs);

  let updateFields = false;
  const outcome = estimation?.outcome;
  if (outcome) {
    options.onPageNumbers?.(outcome);
    if (outcome.kind === 'guessed') {
      // Numbers are written (LibreOffice and WPS show them); Word is asked to refresh them with
      // the real font metrics.
      updateFields = true;
      const hint = outcome.reasons.includes('a font not in the width tables') ? ' (pass the font files as `fonts` to measure them)' : '';
      warn(
        `page numbers are estimated: the layout guessed at ${outcome.reasons.join('; ')} from page ${outcome.fromPage} on${hint}; ` +
          'Word will offer to update fields',
      );
    } else if (outcome.kind === 'stopped') {
      updateFields = true;
      const stoppedAt = layoutDocument(document, { guess: true }).stoppedAt ?? 'an unknown point';
      warn(`page numbers left blank: the layout stopped at ${stoppedAt}; Word will offer to update fields`);
    }
  }

  const bytes = finishPackage(new Uint8Array(zipped), { created: meta.created, updateFields });
  // Packer.toBuffer ran the estimator inside it; 'pack' is the rest of it plus our re-zip.
  options.onPhase?.('pack', performance.now() - t1 - estimatorMs);
  return bytes;
}

export type { PageNumberOutcome } from './page-numbers.js';
