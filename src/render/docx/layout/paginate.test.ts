/** The paginator's rules, on hand-made boxes (twips): what LibreOffice does with our DOCX files. */
import { describe, expect, it } from 'vitest';
import type { Box, ParaBox, RowBox, TableBox } from './boxes.js';
import { paginate } from './paginate.js';

const para = (lines: number, extra: Partial<ParaBox> = {}, pitch = 100, fit = pitch): ParaBox => ({
  kind: 'para',
  pitch: new Array<number>(lines).fill(pitch),
  fit: new Array<number>(lines).fill(fit),
  before: 0,
  after: 0,
  keepNext: false,
  keepLines: false,
  pageBreakBefore: false,
  widowControl: true,
  ...extra,
});
const row = (height: number, extra: Partial<RowBox> = {}): RowBox => ({ height, cantSplit: true, groupEnd: -1, ...extra });
const table = (rows: RowBox[], headerCount = 0, anchors?: number[]): TableBox => ({
  kind: 'table',
  rows: rows.map((r, i) => ({ ...r, groupEnd: Math.max(r.groupEnd, i) })),
  headerCount,
  bottomBorder: 0,
  ...(anchors ? { anchors } : {}),
});
/** The page each anchor lands on, for one section of body height `h`. */
const pagesOf = (boxes: Box[], anchors: number, h = 1000) => paginate([{ bodyHeight: h, boxes }], anchors).anchors;

describe('paragraphs', () => {
  it('breaks a paragraph across pages, keeping two lines at the foot and the head (orphans/widows)', () => {
    // 8 lines fill 800 of 1000: 2 of B fit, 3 follow.
    expect(pagesOf([para(8), para(5, { anchor: 0 }), para(1, { anchor: 1 })], 2)).toEqual([0, 1]);
    // 9 lines: 1 of B would be an orphan, so B starts on the next page.
    expect(pagesOf([para(9), para(5, { anchor: 0 })], 1)).toEqual([1]);
    // 6 lines: 4 of B fit but the 5th would be a widow, so 3 stay and 2 go; C (8 lines kept
    // together) fits under those 2 — it would not under all 5.
    expect(pagesOf([para(6), para(5), para(8, { keepLines: true, anchor: 0 })], 1)).toEqual([1]);
    // A 3-line paragraph cannot be split 2/1 or 1/2: it moves whole.
    expect(pagesOf([para(8), para(3, { anchor: 0 })], 1)).toEqual([1]);
  });

  it('lets the extra of a proportional line spacing hang below the last line on a page', () => {
    // 10 lines of pitch 103 (text 70): the 10th needs 9 x 103 + 70 = 997 <= 1000.
    expect(paginate([{ bodyHeight: 1000, boxes: [para(10, {}, 103, 70)] }], 0).pageCount).toBe(1);
    expect(paginate([{ bodyHeight: 1000, boxes: [para(10, {}, 103, 103)] }], 0).pageCount).toBe(2);
  });

  it('uses the larger of space after and space before between paragraphs, and drops space before at the top of a page the flow ran onto', () => {
    // 4 lines + max(200, 100) + 4 lines = 1000: fits exactly.
    expect(paginate([{ bodyHeight: 1000, boxes: [para(4, { after: 200 }), para(4, { before: 100 })] }], 0).pageCount).toBe(1);
    // After a natural break the space before is gone: 10 lines + 10 lines with before 500 still make two pages.
    expect(paginate([{ bodyHeight: 1000, boxes: [para(10), para(10, { before: 500 })] }], 0).pageCount).toBe(2);
    // After a page break it stays: 6 lines + 500 before do not fit one page.
    expect(paginate([{ bodyHeight: 1000, boxes: [para(1), para(6, { before: 500, pageBreakBefore: true })] }], 0).pageCount).toBe(3);
  });

  it('moves a keepNext chain with the first lines of what follows, unless a page break comes next', () => {
    const heading = (anchor: number) => para(1, { keepNext: true, keepLines: true, anchor });
    expect(pagesOf([para(7), heading(0), para(5)], 1)).toEqual([0]);
    expect(pagesOf([para(8), heading(0), para(5)], 1)).toEqual([1]);
    expect(pagesOf([para(8), heading(0), para(5, { pageBreakBefore: true })], 1)).toEqual([0]);
    // A chain of two headings moves together.
    expect(pagesOf([para(7), heading(0), heading(1), para(5)], 2)).toEqual([1, 1]);
  });

  it('starts every section on a new page and does not add one for a page break at the top', () => {
    const p = paginate(
      [
        { bodyHeight: 1000, boxes: [para(3)] },
        { bodyHeight: 500, boxes: [para(1, { pageBreakBefore: true, anchor: 0 }), para(6)] },
      ],
      1,
    );
    expect(p.anchors).toEqual([1]);
    expect(p.sections).toEqual([
      { first: 0, count: 1 },
      { first: 1, count: 2 },
    ]);
  });
});

describe('tables', () => {
  it('repeats header rows on each page and moves a row that may not split', () => {
    const rows = [row(100), ...Array.from({ length: 12 }, () => row(100))];
    const p = paginate([{ bodyHeight: 1000, boxes: [table(rows, 1)] }], 0);
    // 1 header + 9 rows on page 1; header + 3 rows on page 2.
    expect(p.pageCount).toBe(2);
    const q = paginate([{ bodyHeight: 1000, boxes: [table([row(100), ...Array.from({ length: 18 }, () => row(100))], 1)] }], 0);
    // 9 + 9 body rows: exactly two pages with the header on each.
    expect(q.pageCount).toBe(2);
  });

  it('keeps the header rows with the first body row, and merged rows together', () => {
    expect(pagesOf([para(8), table([row(100), row(150)], 1, [0])], 1)).toEqual([1]);
    // Rows 1-2 are merged: 8 lines + 100 + (100 + 100) > 1000, so the group moves.
    const merged = table([row(100), row(100, { groupEnd: 2 }), row(100)]);
    const p = paginate([{ bodyHeight: 1000, boxes: [para(7), merged, para(1, { anchor: 0 })] }], 1);
    expect(p.anchors).toEqual([1]);
  });

  it('moves a row kept with the next one (a group row) to the next page with that row', () => {
    // 7 lines + header + 2 rows fill page 1 (1000): the second body row, a group row, would stand
    // alone at the foot. Where it lands shows in what still fits under the table on page 2, a
    // 7-line paragraph kept whole: beside header + 2 rows (300) it fits, beside 3 rows (400) not.
    const rows = (keep: boolean) => [row(100), row(100), row(100, keep ? { keepNext: true } : {}), row(100), row(100)];
    const tail = para(7, { keepLines: true, anchor: 0 });
    expect(pagesOf([para(7), table(rows(false), 1), tail], 1)).toEqual([1]);
    expect(pagesOf([para(7), table(rows(true), 1), tail], 1)).toEqual([2]);
  });

  it('keeps a chain of kept rows with the row after it, and the last row with the one before it', () => {
    // Header, group, sub-group, row: a heading before the table moves unless all four fit.
    const heading = para(1, { keepNext: true, keepLines: true, anchor: 0 });
    const chained = table([row(100), row(100, { keepNext: true }), row(100, { keepNext: true }), row(100), row(100)], 1);
    expect(pagesOf([para(5), heading, chained], 1)).toEqual([0]);
    expect(pagesOf([para(6), heading, chained], 1)).toEqual([1]);
    // The summary row: the row before it keeps with it, so neither stands alone at the top of page 2.
    const summary = (keep: boolean) => table([row(100), row(100), row(100), row(100, keep ? { keepNext: true } : {}), row(100)], 1);
    const tail = para(8, { keepLines: true, anchor: 0 });
    expect(pagesOf([para(6), summary(false), tail], 1)).toEqual([1]);
    expect(pagesOf([para(6), summary(true), tail], 1)).toEqual([2]);
  });

  it('keeps a last row kept with the next one with the start of what follows the table', () => {
    // 6 lines + 3 rows leave 100: room for the last row, not for the paragraph's first two lines.
    const t = (keep: boolean) => table([row(100), row(100), row(100, keep ? { keepNext: true } : {})]);
    const flow = (keep: boolean) => [para(6), t(keep), para(4, { anchor: 0 }), para(6, { keepLines: true, anchor: 1 })];
    // Without keep-next the paragraph moves alone and page 2 holds it and the next (400 + 600);
    // with it the last row goes along, and the 6-line paragraph no longer fits there.
    expect(pagesOf(flow(false), 2)).toEqual([1, 1]);
    expect(pagesOf(flow(true), 2)).toEqual([1, 2]);
  });

  it('keeps a row with the first lines of a row that may split, not with all of it', () => {
    const splittable = row(900, { cantSplit: false, split: { slices: new Array(9).fill(100), breakable: new Array(9).fill(true), padding: 0 } });
    const kept = (lead: number) => [para(lead), table([row(100, { keepNext: true }), splittable]), para(1, { anchor: 0 })];
    // 5 lines + group + 4 slices fill page 1, 5 slices and the paragraph page 2 (moved whole, the
    // group and its 9 slices would fill page 2 and push the paragraph to page 3).
    expect(pagesOf(kept(5), 1)).toEqual([1]);
    // 9 lines leave room for the group but not for a line of the row: both move, and the paragraph
    // no longer fits under them.
    expect(pagesOf(kept(9), 1)).toEqual([2]);
  });

  it('splits a row that may split where its tallest cell can break', () => {
    const splittable = row(1500, { cantSplit: false, split: { slices: new Array(15).fill(100), breakable: new Array(15).fill(true), padding: 0 } });
    const p = paginate([{ bodyHeight: 1000, boxes: [para(5), table([splittable]), para(1, { anchor: 0 })] }], 1);
    // 5 lines + 5 slices on page 1, 10 slices on page 2, the paragraph on page 3.
    expect(p.anchors).toEqual([2]);
  });
});
