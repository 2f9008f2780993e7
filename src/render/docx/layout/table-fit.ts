/**
 * Column widths in whole twips. A template gives relative widths (`columns="5,17,15"`), scaled
 * to the table's width (scaleColumns); a narrow column at 8 pt can then be narrower than a word
 * in it ("Bappedalitbang", "Disdukcapil,", "SDM-01"), and Word and LibreOffice break the word
 * between letters. fitColumns gives each column at least what its words need (blocks/table-grid.ts
 * measures them); a cell that spans columns asks that of the columns together. The width comes
 * from the columns that have more than their words need, in proportion to that slack, so the
 * table keeps its width. When the words cannot all fit, as many columns as possible still get
 * their words (shareShortfall). A table whose words already fit keeps exactly the scaled widths.
 */

/**
 * Room left beside the widest word (twips): LibreOffice positions glyphs on a device grid, so a
 * word that fits to the twip by our widths may still be a hair too wide for it.
 */
export const WORD_ROOM = 10;

/** Columns whose shortfalls differ by no more than this (twips) are met together or not at all. */
const SAME_LACK = 5;

/** What a cell's words ask of the columns it covers: the first column, how many, the width. */
export interface WordNeed {
  col: number;
  span: number;
  width: number;
}

export interface FittedColumns {
  widths: number[];
  /** Twips the words needed beyond the table's width (0 when they fit). */
  short: number;
}

/**
 * Widths in integer twips adding up to `total`, starting from `preferred` (which already do),
 * so that every need is met when that is possible.
 */
export function fitColumns(preferred: readonly number[], needs: readonly WordNeed[], total: number): FittedColumns {
  const n = preferred.length;
  const min = new Array<number>(n).fill(0);
  for (const { col, span, width } of needs) if (span === 1 && col < n) min[col] = Math.max(min[col]!, Math.ceil(width));
  // Spanning cells, narrowest first: what their columns lack together goes first to the columns'
  // own preferred room, then to each in proportion to its preferred width.
  const spanning = needs.filter((need) => need.span > 1 && need.col < n).sort((a, b) => a.span - b.span);
  for (const { col, span, width } of spanning) {
    const end = Math.min(col + span, n);
    let have = 0;
    let room = 0;
    let weight = 0;
    for (let c = col; c < end; c++) {
      have += min[c]!;
      room += Math.max(preferred[c]! - min[c]!, 0);
      weight += preferred[c]!;
    }
    const extra = Math.ceil(width) - have;
    if (extra <= 0) continue;
    for (let c = col; c < end; c++) {
      const own = Math.max(preferred[c]! - min[c]!, 0);
      if (room >= extra) min[c]! += Math.ceil((own * extra) / room);
      else {
        const share = weight > 0 ? preferred[c]! / weight : 1 / (end - col);
        min[c]! += own + Math.ceil(share * (extra - room));
      }
    }
  }
  if (min.every((m, c) => preferred[c]! >= m)) return { widths: [...preferred], short: 0 };

  const needed = min.reduce((a, b) => a + b, 0);
  if (needed > total) return { widths: shareShortfall(preferred, min, total), short: needed - total };
  // Columns above their need give up part of the surplus, in proportion to it.
  let deficit = 0;
  let slack = 0;
  for (let c = 0; c < n; c++) {
    deficit += Math.max(min[c]! - preferred[c]!, 0);
    slack += Math.max(preferred[c]! - min[c]!, 0);
  }
  const widths = preferred.map((p, c) => {
    const m = min[c]!;
    return p <= m ? m : p - ((p - m) * deficit) / slack;
  });
  return { widths: scaleToTotal(widths, total), short: 0 };
}

/**
 * When the words cannot all fit: every column keeps the smaller of its need and its preferred
 * width (the columns with room give it up), then what is left goes to the columns still short,
 * the smallest shortfalls first and whole (columns short by the same amount together), so as
 * many columns as possible show their words whole; the rest share the remainder in proportion
 * to what they lack. A wide text column is never starved to save a narrow one.
 */
function shareShortfall(preferred: readonly number[], min: readonly number[], total: number): number[] {
  const widths = preferred.map((p, c) => Math.min(p, min[c]!));
  let rest = total - widths.reduce((a, b) => a + b, 0);
  const lack = min.map((m, c) => m - widths[c]!);
  const short = lack.flatMap((l, c) => (l > 0 ? [c] : [])).sort((a, b) => lack[a]! - lack[b]! || a - b);
  let k = 0;
  while (k < short.length) {
    // A group: columns short by about the same (a twip or two of rounding apart).
    let end = k + 1;
    while (end < short.length && lack[short[end]!]! - lack[short[k]!]! <= SAME_LACK) end++;
    const group = short.slice(k, end);
    const cost = group.reduce((a, c) => a + lack[c]!, 0);
    if (cost > rest) break;
    for (const c of group) widths[c] = min[c]!;
    rest -= cost;
    k = end;
  }
  const open = short.slice(k);
  const lacking = open.reduce((a, c) => a + lack[c]!, 0);
  for (const c of open) widths[c]! += lacking > 0 ? (rest * lack[c]!) / lacking : 0;
  return scaleToTotal(widths, total);
}

/** Rounds widths to integers adding up to `total`, the remainder to the largest fractions; whole numbers stay as they are. */
function scaleToTotal(widths: readonly number[], total: number): number[] {
  const sum = widths.reduce((a, b) => a + b, 0);
  const raw = widths.map((w) => (sum > 0 ? (w * total) / sum : total / widths.length));
  const out = raw.map((r) => Math.floor(r + 1e-9));
  let rest = total - out.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => ({ i, frac: r - Math.floor(r + 1e-9) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (rest <= 0) break;
    out[i]! += 1;
    rest--;
  }
  return out;
}

/** Scales relative widths to integer twips that add up to exactly `total`. */
export function scaleColumns(columns: readonly number[], total: number): number[] {
  const sum = columns.reduce((a, b) => a + Math.max(b, 0), 0);
  if (columns.length === 0) return [];
  const raw = columns.map((c) => (sum > 0 ? (Math.max(c, 0) / sum) * total : total / columns.length));
  const widths = raw.map(Math.floor);
  // Hand the rounding remainder to the columns that lost the most, so the grid fills the width.
  let rest = total - widths.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => ({ i, frac: r - Math.floor(r) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (rest <= 0) break;
    widths[i] = (widths[i] ?? 0) + 1;
    rest--;
  }
  return widths;
}
