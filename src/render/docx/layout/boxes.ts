/**
 * What the paginator lays out: each body block measured into boxes (twips). A paragraph is its
 * lines; a table is its rows, each already as tall as its tallest cell.
 */

export interface ParaBox {
  kind: 'para';
  /** Height each line takes in the flow (its line spacing applied). */
  pitch: number[];
  /**
   * Height each line needs when it is the last on a page: LibreOffice lets the extra of a
   * proportional line spacing (1.5 lines) hang below the bottom margin.
   */
  fit: number[];
  before: number;
  after: number;
  keepNext: boolean;
  keepLines: boolean;
  pageBreakBefore: boolean;
  /** Widow/orphan control: at least two lines at the foot and at the head of a page. */
  widowControl: boolean;
  /** The TOC anchor (bookmark index) whose page is where this paragraph starts. */
  anchor?: number;
  /** A page break (w:br w:type="page") alone in its paragraph: what follows starts a new page. */
  breakAfter?: boolean;
}

export interface RowBox {
  height: number;
  cantSplit: boolean;
  /** Last row of the rows this one is merged with (w:vMerge), kept on one page. */
  groupEnd: number;
  /** Kept on the page of the next row (w:keepNext on every paragraph of its cells). */
  keepNext?: boolean;
  /**
   * For a row that may split across pages: the tallest cell's content as slices (line pitches,
   * paragraph spacing folded in) and where a break may fall between them, plus the cell's padding.
   */
  split?: { slices: number[]; breakable: boolean[]; padding: number };
}

export interface TableBox {
  kind: 'table';
  rows: RowBox[];
  /** Rows repeated at the top of every page (w:tblHeader), from the first. */
  headerCount: number;
  /** The table's bottom border, which closes it (twips). */
  bottomBorder: number;
  /** TOC anchors of headings inside the table: the page of the table's first row. */
  anchors?: number[];
}

export type Box = ParaBox | TableBox;

/** The body of one section, as laid out on its pages. */
export interface SectionFlow {
  /** Height available to the body on each page (page height minus margins and taller header/footer). */
  bodyHeight: number;
  boxes: Box[];
}

/** What a block returns while its XML is written: its box was measured in the first pass. */
export const NO_BOX: ParaBox = Object.freeze({
  kind: 'para',
  pitch: [],
  fit: [],
  before: 0,
  after: 0,
  keepNext: false,
  keepLines: false,
  pageBreakBefore: false,
  widowControl: true,
}) as ParaBox;

/**
 * Height of boxes stacked one under the other (in a cell, a header), twips. Between two
 * paragraphs the larger of the space after and the space before applies, as in the body.
 */
export function boxesHeight(boxes: readonly Box[]): number {
  let h = 0;
  let after = 0;
  let first = true;
  for (const b of boxes) {
    if (b.kind === 'para') {
      h += first ? b.before : Math.max(after, b.before);
      for (const p of b.pitch) h += p;
      after = b.after;
    } else {
      h += after;
      for (const r of b.rows) h += r.height;
      h += b.bottomBorder;
      after = 0;
    }
    first = false;
  }
  return h + after;
}
