/**
 * Lays measured boxes out on pages the way LibreOffice does for our DOCX files (the reference for
 * the page numbers we write, checked against its PDFs):
 * - every section starts a new page; a page break starts one too;
 * - a paragraph's space before is dropped at the top of a page the flow ran onto, kept after a
 *   page break or section start; between two paragraphs the larger of the space after and the
 *   space before applies; space after, and the extra of a proportional line spacing, may fall
 *   below the bottom margin;
 * - widow/orphan control keeps at least two lines on either side of a break; keepLines moves a
 *   paragraph whole; a keepNext chain moves when it and the start of what follows do not fit;
 * - table rows that may not split move whole, merged rows stay together, a row kept with the
 *   next (keepNext on its paragraphs) moves with that row, header rows repeat at the top of every
 *   page and never stand alone, and a row that may split breaks where its tallest cell can.
 */
import type { Box, ParaBox, RowBox, SectionFlow, TableBox } from './boxes.js';

export interface Pagination {
  /** Pages of each section: first page index (0-based, document-wide) and count. */
  sections: { first: number; count: number }[];
  /** Page index of each TOC anchor (bookmark order); -1 if never placed. */
  anchors: number[];
  pageCount: number;
}

const MIN_LINES = 2;

export function paginate(flows: readonly SectionFlow[], anchorCount: number): Pagination {
  const anchors = new Array<number>(anchorCount).fill(-1);
  const sections: Pagination['sections'] = [];
  let page = -1;
  let y = 0;
  let H = 0;
  /** Nothing placed on this page yet. */
  let top = true;
  /** The page was reached by the flow running over (not a section start or page break). */
  let natural = false;
  /** Space after the last paragraph placed, not yet added to `y` (it merges with the next space before). */
  let pendingAfter = 0;

  const newPage = (isNatural: boolean): void => {
    page++;
    y = 0;
    top = true;
    natural = isNatural;
    pendingAfter = 0;
  };
  const mark = (anchor: number | undefined): void => {
    if (anchor !== undefined && anchors[anchor] === -1) anchors[anchor] = page;
  };

  const linesHeight = (b: ParaBox): number => {
    let h = 0;
    for (const p of b.pitch) h += p;
    return h;
  };
  /** Height the start of a box needs on the page it starts on (what keepNext keeps with). */
  const startHeight = (b: Box): number => {
    if (b.kind === 'table') {
      let h = 0;
      const first = Math.min(b.headerCount, b.rows.length);
      for (let r = 0; r < first; r++) h += b.rows[r]!.height;
      if (first < b.rows.length) h += rowsHeight(b.rows, first, unitEnd(b.rows, first, first));
      return h;
    }
    const n = b.pitch.length;
    const lines = b.keepLines ? n : b.widowControl ? Math.min(n, n < 2 * MIN_LINES ? n : MIN_LINES) : 1;
    let h = 0;
    for (let i = 0; i < lines - 1; i++) h += b.pitch[i]!;
    return h + (b.fit[lines - 1] ?? 0);
  };

  const placePara = (b: ParaBox): void => {
    if (b.breakAfter) {
      // LibreOffice keeps no line for the paragraph of a page break; the next page starts clean.
      newPage(false);
      return;
    }
    if (b.pageBreakBefore && !top) newPage(false);
    let from = 0;
    const n = b.pitch.length;
    for (;;) {
      const before = from > 0 ? 0 : top ? (natural ? 0 : b.before) : Math.max(pendingAfter, b.before);
      const avail = H - y - before;
      // How many of the remaining lines fit.
      let k = 0;
      let used = 0;
      while (from + k < n) {
        const need = used + b.fit[from + k]!;
        if (need > avail) break;
        used += b.pitch[from + k]!;
        k++;
      }
      const rest = n - from;
      if (k >= rest) {
        if (from === 0) mark(b.anchor);
        y += before + used;
        pendingAfter = b.after;
        top = false;
        return;
      }
      let take = k;
      if (b.keepLines && from === 0) take = 0;
      else if (b.widowControl) {
        // Orphans: fewer than two lines would stay here; widows: fewer than two would go over.
        if (take < MIN_LINES) take = 0;
        else if (rest - take < MIN_LINES) take = rest - MIN_LINES;
        if (take < MIN_LINES) take = 0;
      }
      if (take <= 0) {
        if (top) take = Math.max(k, 1); // taller than a page: split wherever it fills the page
        else {
          newPage(true);
          continue;
        }
      }
      if (from === 0) mark(b.anchor);
      from += take;
      newPage(true);
    }
  };

  /**
   * The last row of the unit that starts at row `r` and reaches at least row `to`: merged rows
   * stay together, and a row kept with the next one (keepNext) goes where that row goes.
   */
  const unitEnd = (rows: readonly RowBox[], r: number, to: number): number => {
    const n = rows.length;
    for (let k = r; k <= to && k < n; k++) {
      to = Math.max(to, rows[k]!.groupEnd);
      if (rows[k]!.keepNext && k + 1 < n) to = Math.max(to, k + 1);
    }
    return Math.min(to, n - 1);
  };
  /** Whether the unit r..to ends with a row that may split, joined only because the row before keeps with it. */
  const keptWithSplitting = (rows: readonly RowBox[], r: number, to: number): boolean => {
    const end = rows[to]!;
    return !end.cantSplit && end.split !== undefined && end.groupEnd === to && rows[to - 1]!.groupEnd < to && rows[to - 1]!.keepNext === true && r <= to - 1;
  };
  /** Height of a splittable row's first lines: what must fit for it to start on a page. */
  const firstLinesHeight = (row: RowBox): number => {
    const { slices, breakable, padding } = row.split!;
    let h = padding;
    for (let k = 0; k < slices.length; k++) {
      if (k > 0 && breakable[k]) break;
      h += slices[k]!;
    }
    return h;
  };

  const rowsHeight = (rows: readonly RowBox[], from: number, to: number): number => {
    let h = 0;
    for (let r = from; r <= to; r++) h += rows[r]!.height;
    return h;
  };

  const placeTable = (t: TableBox, next: Box | undefined): void => {
    y += pendingAfter;
    pendingAfter = 0;
    const rows = t.rows;
    const n = rows.length;
    // A last row kept with the next one keeps with the start of what follows the table.
    const follows = next !== undefined && !(next.kind === 'para' && (next.pageBreakBefore || next.breakAfter === true));
    const keepAfter = rows[n - 1]?.keepNext === true && follows ? (next.kind === 'para' ? next.before : 0) + startHeight(next) : 0;
    // A table of header rows only has nothing to repeat them over.
    const headerCount = t.headerCount < n ? t.headerCount : 0;
    const headerH = rowsHeight(rows, 0, headerCount - 1);
    /** Only repeated header rows on this page so far. */
    let onlyHeaders = false;
    let anchored = false;
    let r = 0;
    while (r < n) {
      // The first unit is the header rows with the first body rows: headers never stand alone.
      const to = unitEnd(rows, r, r === 0 && headerCount > 0 ? headerCount : r);
      const last = to === n - 1;
      const h = rowsHeight(rows, r, to) + (last ? t.bottomBorder : 0);
      const empty = top || onlyHeaders;
      const row = rows[r]!;
      const splittable = r === to && !row.cantSplit && row.split !== undefined;
      // Rows kept with a row that may split: they need only its first lines on this page.
      const keptWithSplit = r < to && keptWithSplitting(rows, r, to);
      if (y + h + (last ? keepAfter : 0) <= H || (empty && !splittable && !keptWithSplit)) {
        // Fits, or cannot fit anywhere better (taller than a page): place it and let it run over.
        y += h;
      } else if (splittable && splitRow(row, headerH, headerCount, last ? t.bottomBorder : 0, empty)) {
        // Placed across pages.
      } else if (keptWithSplit && (empty || y + rowsHeight(rows, r, to - 1) + firstLinesHeight(rows[to]!) <= H)) {
        // The kept rows stay here; the row they keep with splits from here on.
        y += rowsHeight(rows, r, to - 1);
        if (!anchored) {
          anchored = true;
          for (const a of t.anchors ?? []) mark(a);
        }
        top = false;
        onlyHeaders = false;
        r = to;
        continue;
      } else {
        newPage(true);
        onlyHeaders = false;
        if (r > 0 && headerCount > 0) {
          y += headerH;
          onlyHeaders = true;
        }
        continue;
      }
      if (!anchored) {
        anchored = true;
        for (const a of t.anchors ?? []) mark(a);
      }
      top = false;
      onlyHeaders = false;
      r = to + 1;
    }
  };

  /**
   * A row that may split: the part that fits stays (filling the page), the rest of its tallest
   * cell continues on the next page under the repeated header rows. Returns false when not even
   * its first lines fit here and the page already holds something.
   */
  const splitRow = (row: RowBox, headerH: number, headerCount: number, bottom: number, empty: boolean): boolean => {
    const { slices, breakable, padding } = row.split!;
    let i = 0;
    let fresh = empty;
    for (;;) {
      const avail = H - y - padding;
      let cut = -1;
      let used = 0;
      let acc = 0;
      for (let k = i; k < slices.length; k++) {
        acc += slices[k]!;
        if (acc + (k + 1 === slices.length ? bottom : 0) > avail) break;
        if (k + 1 === slices.length || breakable[k + 1]) {
          cut = k + 1;
          used = acc;
        }
      }
      if (cut === slices.length) {
        y += used + padding + bottom;
        return true;
      }
      if (cut <= i) {
        if (!fresh) {
          if (i === 0) return false;
        } else cut = i + 1; // not even one line fits on an empty page: take one and run over
      }
      if (cut > i) i = cut;
      newPage(true);
      if (headerCount > 0) y += headerH;
      top = false;
      fresh = true;
    }
  };

  flows.forEach((flow) => {
    newPage(false);
    H = flow.bodyHeight;
    const first = page;
    const boxes = flow.boxes;
    for (let i = 0; i < boxes.length; i++) {
      const b = boxes[i]!;
      if (b.kind === 'para' && b.keepNext && !(i > 0 && isKeep(boxes[i - 1]!))) keepChain(boxes, i);
      if (b.kind === 'para') placePara(b);
      else placeTable(b, boxes[i + 1]);
    }
    sections.push({ first, count: page - first + 1 });
  });

  /** Moves a keepNext chain to the next page when it and the start of what follows do not fit. */
  function keepChain(boxes: readonly Box[], i: number): void {
    const first = boxes[i] as ParaBox;
    if (first.pageBreakBefore || top) return;
    let need = 0;
    let after = pendingAfter;
    let j = i;
    for (; j < boxes.length; j++) {
      const b = boxes[j]!;
      if (b.kind !== 'para' || !b.keepNext || (j > i && b.pageBreakBefore)) break;
      need += Math.max(after, b.before) + linesHeight(b);
      after = b.after;
    }
    const next = boxes[j];
    // What follows on a page of its own anyway (a page break before it) cannot be kept with.
    if (next && !(next.kind === 'para' && next.pageBreakBefore)) need += (next.kind === 'para' ? Math.max(after, next.before) : after) + startHeight(next);
    else {
      // The chain ends the flow here: its last line only needs its text to fit.
      const lastBox = boxes[j - 1] as ParaBox;
      const n = lastBox.pitch.length;
      if (n > 0) need -= lastBox.pitch[n - 1]! - lastBox.fit[n - 1]!;
    }
    // A chain taller than a page cannot be kept; Word and LibreOffice then ignore it.
    if (y + need > H && need - pendingAfter <= H) newPage(true);
  }

  return { sections, anchors, pageCount: page + 1 };
}

const isKeep = (b: Box): boolean => b.kind === 'para' && b.keepNext;
