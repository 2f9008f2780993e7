/**
 * A table's grid with every word whole: the widest word of each cell measured in the fonts,
 * sizes and bold/italic its runs are drawn in, plus indents and cell margins, asked of the
 * columns the cell covers (layout/table-fit.ts decides the widths). When the words cannot all
 * fit, a warning names the word furthest from fitting.
 */
import type { Block, Table, TableCell } from '../../markup/types.js';
import type { BlockContext } from '../context.js';
import { fitColumns, WORD_ROOM, type WordNeed } from '../layout/table-fit.js';
import { ptToTwips, TWIPS_PER_CM } from '../units.js';
import { listWordWidth } from './lists.js';
import { paragraphWordWidth } from './paragraphs.js';
import { inlineText } from './tree-scan.js';

/** Each cell with the grid column it starts at and the columns it spans, as tables.ts places them. */
function placeCells(table: Table, columns: number): { cell: TableCell; col: number; span: number }[] {
  const placed: { cell: TableCell; col: number; span: number }[] = [];
  const covering: ({ first: number; until: number; span: number } | undefined)[] = new Array(columns).fill(undefined);
  table.rows.forEach((row, r) => {
    let col = 0;
    const skip = (): void => {
      for (;;) {
        const cover = col < columns ? covering[col] : undefined;
        if (!cover || cover.until < r) return;
        col += cover.first !== col ? 1 : cover.span;
      }
    };
    for (const cell of row.cells) {
      skip();
      if (col >= columns) break;
      const span = Math.max(1, Math.min(cell.colspan, columns - col));
      if (cell.rowspan > 1) {
        const cover = { first: col, until: r + cell.rowspan - 1, span };
        for (let c = col; c < col + span; c++) covering[c] = cover;
      }
      placed.push({ cell, col, span });
      col += span;
    }
  });
  return placed;
}

/** The narrowest text width that shows every word of a cell's blocks whole. */
function blocksWordWidth(blocks: readonly Block[], ctx: BlockContext): number {
  let widest = 0;
  for (const b of blocks) {
    let w = 0;
    if (b.type === 'paragraph') w = paragraphWordWidth(b, ctx);
    else if (b.type === 'list') w = listWordWidth(b, ctx);
    else if (b.type === 'image') w = ptToTwips(b.width);
    if (w > widest) widest = w;
  }
  return widest;
}

/** The longest word of a cell, as text (to name it in a warning). */
function longestWordText(blocks: readonly Block[]): string {
  let best = '';
  const visit = (bs: readonly Block[]): void => {
    for (const b of bs) {
      if (b.type === 'list') for (const item of b.items) visit(item.children);
      if (b.type !== 'paragraph') continue;
      for (const word of inlineText(b.children).split(/\s+/)) if (word.length > best.length) best = word;
    }
  };
  visit(blocks);
  return best;
}

const cm = (twips: number): string => (twips / TWIPS_PER_CM).toFixed(1).replace('.', ',');

/**
 * The table's grid: `preferred` (the template's widths scaled to `total`) with columns widened
 * to hold their words. Measured once per table and width; the writing pass reuses it.
 */
export function fittedGrid(table: Table, preferred: number[], total: number, ctx: BlockContext, size: number, margins: number): number[] {
  const known = ctx.doc.fittedGrids.get(table)?.get(total);
  if (known) return known;
  const edges = [0];
  for (const w of preferred) edges.push(edges[edges.length - 1]! + w);
  const contexts = new Map<number, BlockContext>();
  const cellContext = (width: number): BlockContext => {
    let c = contexts.get(width);
    if (!c) {
      c = { ...ctx, textWidth: Math.max(width - margins, 1), table: { size } };
      delete c.keepNext;
      contexts.set(width, c);
    }
    return c;
  };
  const placed = placeCells(table, preferred.length);
  const needs: (WordNeed & { cell: TableCell })[] = [];
  for (const { cell, col, span } of placed) {
    const width = (edges[col + span] ?? total) - (edges[col] ?? 0);
    const words = blocksWordWidth(cell.children, cellContext(width));
    if (words > 0) needs.push({ col, span, width: words + margins + WORD_ROOM, cell });
  }
  const { widths, short } = fitColumns(preferred, needs, total);
  if (short > 0) {
    // Name the word that is furthest from fitting.
    let worst: (typeof needs)[number] | undefined;
    let worstGap = -Infinity;
    for (const need of needs) {
      let have = 0;
      for (let c = need.col; c < need.col + need.span && c < widths.length; c++) have += widths[c]!;
      if (need.width - have > worstGap) {
        worstGap = need.width - have;
        worst = need;
      }
    }
    const word = worst ? longestWordText(worst.cell.children) : '';
    const at = table.source ? ` (${table.source.file}:${table.source.line})` : '';
    ctx.doc.warn(
      `tabel${at}: kata terpanjang di tiap kolom perlu ${cm(total + short)} cm, lebar tabel hanya ${cm(total)} cm; ` +
        `kolom dipersempit sebanding dan kata panjang${word ? ` seperti "${word}"` : ''} akan terpotong. ` +
        'Perkecil font-size tabel, lebarkan tabel, atau kurangi kolom.',
    );
  }
  let byTotal = ctx.doc.fittedGrids.get(table);
  if (!byTotal) {
    byTotal = new Map();
    ctx.doc.fittedGrids.set(table, byTotal);
  }
  byTotal.set(total, widths);
  return widths;
}
