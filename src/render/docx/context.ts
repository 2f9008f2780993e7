/**
 * What a block needs to know about where it is rendered: the document-wide plans (styles, fonts,
 * lists, pictures, bookmarks), the part its XML goes to, the section's text width (for `Length`
 * percentages and table widths), the section's font overrides, and whether it sits in a table,
 * header or footer.
 */
import type { Align, DocumentSettings } from '../markup/types.js';
import type { FieldValues } from './inline.js';
import type { FontBook } from './layout/fonts.js';
import type { ListPlan } from './lists.js';
import type { MediaRegistry } from './media.js';
import type { StyleTable } from './style-table.js';
import type { TocPlan } from './toc.js';
import type { XmlSink } from './xml.js';

export interface DocContext {
  settings: DocumentSettings;
  assets: Record<string, Uint8Array>;
  /** Numbering of every List node, decided by a pre-pass in tree order (P6). */
  lists: ListPlan;
  styles: StyleTable;
  fonts: FontBook;
  media: MediaRegistry;
  toc: TocPlan;
  /** Drawing ids (wp:docPr id), unique in the package, in the order pictures are written. */
  nextDrawingId: () => number;
  warn: (message: string) => void;
}

/** One XML part being written (the body of a section, a header, a footer). */
export interface PartWriter {
  sink: XmlSink;
  /** Media (by index) this part shows, so pack.ts can add its relationships. */
  media: Set<number>;
}

export interface BlockContext {
  doc: DocContext;
  part: PartWriter;
  /** Page width minus left and right margins, twips. */
  textWidth: number;
  /** Section font when it differs from the document default: written on every run (w:rFonts). */
  font?: string;
  /** Section point size when it differs from the document default: written on every run (w:sz). */
  baseSize?: number;
  /** Section line spacing when it differs from the default: written on body paragraphs (w:spacing w:line). */
  lineSpacing?: number;
  /** Inside a table cell: the table's point size and single spacing with no space after. */
  table?: { size: number };
  /** A table cell's alignment, for its paragraphs that give none (w:jc). */
  align?: Align;
  /** In a header or footer: single spacing, no space after, unless a paragraph says otherwise. */
  compact?: boolean;
  /** What NUMPAGES / SECTIONPAGES fields show: tokens replaced once the pages are laid out. */
  fields: FieldValues;
}
