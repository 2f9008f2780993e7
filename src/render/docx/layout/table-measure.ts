/**
 * Measuring a table's rows: the slices a splittable row may break between, the TOC anchors of
 * headings in cells, the line of a cell's closing empty paragraph, and merged cells (w:vMerge)
 * that make the last row they span taller and keep their rows together on a page.
 */
import type { Box, ParaBox, RowBox } from './boxes.js';
import { lineMetrics, type FontBook } from './fonts.js';
import type { EffectiveStyle } from './style-table.js';

/** A cell's content as slices a row split may fall between (widow/orphan rules kept). */
export function slicesOf(boxes: readonly Box[]): { slices: number[]; breakable: boolean[] } {
  const slices: number[] = [];
  const breakable: boolean[] = [];
  for (const b of boxes) {
    if (b.kind === 'table') {
      b.rows.forEach((r, i) => {
        slices.push(r.height + (i === b.rows.length - 1 ? b.bottomBorder : 0));
        breakable.push(true);
      });
      continue;
    }
    const n = b.pitch.length;
    for (let j = 0; j < n; j++) {
      slices.push(b.pitch[j]! + (j === 0 ? b.before : 0) + (j === n - 1 ? b.after : 0));
      breakable.push(j === 0 || (!b.keepLines && j >= 2 && n - j >= 2));
    }
  }
  return { slices, breakable };
}

/** The TOC anchors of headings among boxes (a heading in a cell lands where its table row does). */
export function anchorsOf(boxes: readonly Box[], into: number[]): void {
  for (const b of boxes) {
    if (b.kind === 'para' && b.anchor !== undefined) into.push(b.anchor);
    if (b.kind === 'table' && b.anchors) into.push(...b.anchors);
  }
}

/** The line of the empty paragraph that closes a cell, in the table text style. */
export function emptyLine(style: EffectiveStyle, fonts: FontBook): ParaBox {
  const m = lineMetrics(fonts.face(style.font, false, false), style.size);
  const h = m.ascent + m.descent + m.gap;
  return { kind: 'para', pitch: [h], fit: [h], before: 0, after: 0, keepNext: false, keepLines: false, pageBreakBefore: false, widowControl: true };
}

/** A merged cell: its first and last row, and the height it needs (content, padding, border). */
export interface Merge {
  start: number;
  end: number;
  need: number;
}

/**
 * A merged cell taller than the rows it spans makes the last of them taller (as Word and LO do).
 * Returns the rows that grew, with their new heights.
 */
export function growMergedRows(rows: RowBox[], merges: Merge[]): Map<number, number> {
  const grown = new Map<number, number>();
  merges.sort((a, b) => a.end - b.end);
  for (const m of merges) {
    let sum = 0;
    for (let k = m.start; k <= m.end; k++) sum += rows[k]!.height;
    const last = rows[m.end]!;
    if (sum < m.need) {
      last.height += m.need - sum;
      grown.set(m.end, last.height);
    }
    for (let k = m.start; k <= m.end; k++) rows[k]!.groupEnd = Math.max(rows[k]!.groupEnd, m.end);
  }
  // Groups that overlap become one.
  for (let k = 0; k < rows.length; k++) {
    const end = rows[k]!.groupEnd;
    for (let j = k + 1; j <= end && j < rows.length; j++) rows[j]!.groupEnd = Math.max(rows[j]!.groupEnd, end);
  }
  return grown;
}
