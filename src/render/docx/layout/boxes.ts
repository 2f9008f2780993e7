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
}

export interface RowBox {
  height: number;
  cantSplit: boolean;
  /** Last row of the rows this one is merged with (w:vMerge), kept on one page. */
  groupEnd: number;
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

/** Height of boxes stacked one under the other (in a cell, a header), twips. */
export function boxesHeight(boxes: readonly Box[]): number {
  let h = 0;
  for (const b of boxes) {
    if (b.kind === 'para') {
      h += b.before + b.after;
      for (const p of b.pitch) h += p;
    } else {
      for (const r of b.rows) h += r.height;
      h += b.bottomBorder;
    }
  }
  return h;
}
