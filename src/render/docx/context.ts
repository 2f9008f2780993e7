/**
 * What a block needs to know about where it is rendered: the document-wide plans (styles, fonts,
 * lists, pictures, the TOC), whether this pass measures or writes, the part its XML goes to, the
 * section's text width (for `Length` percentages and table widths), the section's font
 * overrides, and whether it sits in a table, header or footer.
 */
import type { Align, DocumentSettings, DocumentTree, Section, Table } from '../markup/types.js';
import type { ListPlan } from './blocks/list-plan.js';
import type { TocPlan } from './blocks/toc-plan.js';
import type { ChartRegistry } from './chart/chart-registry.js';
import type { FontBook } from './layout/fonts.js';
import { sectionGeometry } from './layout/page-geometry.js';
import type { StyleTable } from './layout/style-table.js';
import type { MediaRegistry } from './package/media.js';
import type { FieldValues } from './wml/run-xml.js';
import type { Sink } from './wml/xml-sink.js';

export interface DocContext {
  settings: DocumentSettings;
  assets: Record<string, Uint8Array>;
  /**
   * 'measure': blocks return their boxes for the paginator and write nothing; 'write': blocks
   * write their XML (page numbers known by then) and their boxes are not used.
   */
  mode: 'measure' | 'write';
  /** Numbering of every List node, decided before anything is written, in tree order. */
  lists: ListPlan;
  styles: StyleTable;
  fonts: FontBook;
  media: MediaRegistry;
  /** Native charts, by the key a Chart block names. */
  charts: ChartRegistry;
  toc: TocPlan;
  /**
   * Rows a merged cell made taller, per table, found while measuring: written with that height
   * (w:trHeight atLeast) so every reader sizes them alike — LibreOffice otherwise shrinks the
   * copies of repeated header rows and clips their merged cells.
   */
  grownRows: Map<Table, Map<number, number>>;
  /**
   * Column widths (twips) of tables whose columns were widened to hold their longest words, per
   * table width, found while measuring and written as measured (blocks/table-grid.ts).
   */
  fittedGrids: Map<Table, Map<number, number[]>>;
  /** Drawing ids (wp:docPr id), unique in the package, in the order pictures are written. */
  nextDrawingId: () => number;
  warn: (message: string) => void;
}

/** One XML part being written (the body of a section, a header, a footer). */
export interface PartWriter {
  sink: Sink;
  /** Media (by index) this part shows, so package/pack.ts can add its relationships. */
  media: Set<number>;
  /** Charts (by index) this part shows. */
  charts: Set<number>;
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
  /**
   * In a table row kept with the next row: every paragraph gets w:keepNext, which is how Word
   * (and LibreOffice) keep table rows together.
   */
  keepNext?: boolean;
  /** In a header or footer: single spacing, no space after, unless a paragraph says otherwise. */
  compact?: boolean;
  /** What NUMPAGES / SECTIONPAGES fields show (known when writing). */
  fields: FieldValues;
}

export const measuring = (ctx: BlockContext): boolean => ctx.doc.mode === 'measure';

/** The context blocks in a section are rendered with: its width and font overrides. */
export function sectionContext(section: Section, tree: DocumentTree, doc: DocContext, part: PartWriter, fields: FieldValues): BlockContext {
  const { textWidth } = sectionGeometry(section, tree);
  const { font, fontSize, lineSpacing } = section.props;
  const s = tree.settings;
  return {
    doc,
    part,
    fields,
    textWidth,
    ...(font !== undefined && font !== s.font ? { font } : {}),
    ...(fontSize !== undefined && fontSize !== s.fontSize ? { baseSize: fontSize } : {}),
    ...(lineSpacing !== undefined && lineSpacing !== s.lineSpacing ? { lineSpacing } : {}),
  };
}
