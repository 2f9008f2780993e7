/**
 * Tables to w:tbl with explicit twip widths everywhere (P5: LibreOffice ignores percentages):
 * w:tblW w:type="dxa", w:tblGrid/w:gridCol from `columns` scaled to the table width, w:tcW on
 * every cell, w:tblLayout fixed. Spans become w:gridSpan and w:vMerge (restart, then a continue
 * cell in each covered row), header rows w:tblHeader (top rows only), w:cantSplit, w:shd,
 * w:vAlign; borders single 0.5 pt black or none. Columns are widened to hold their longest words
 * (table-fit.ts). A row kept with the next one has w:keepNext on every paragraph of its cells.
 * Measured into a box: each row as tall as its tallest cell plus padding and border, merged rows
 * grown to hold their merged cell.
 */
import type { Block, Table, TableCell } from '../markup/types.js';
import { measuring, type BlockContext } from './context.js';
import { boxesHeight, type Box, type RowBox, type TableBox } from './layout/boxes.js';
import { endsWithParagraph } from './output.js';
import { anchorsOf, emptyLine, growMergedRows, slicesOf, type Merge } from './table-measure.js';
import { tableStyleId } from './styles.js';
import { fittedGrid } from './table-fit.js';
import { resolveLength } from './units.js';

/** Cell padding (w:tblCellMar): about 0.1 cm left/right, a hair top/bottom. */
export const CELL_MARGINS = { top: 28, bottom: 28, left: 57, right: 57 };
/** A single 0.5 pt border (w:sz 4, in eighths of a point) is 10 twips of the row's height. */
const BORDER = 10;

const LINE = 'w:val="single" w:color="000000" w:sz="4"';
const NONE = 'w:val="none" w:color="auto" w:sz="0"';

function tblPr(total: number, borders: boolean): string {
  const b = borders ? LINE : NONE;
  const m = CELL_MARGINS;
  return (
    `<w:tblPr><w:tblW w:type="dxa" w:w="${total}"/>` +
    `<w:tblBorders><w:top ${b}/><w:left ${b}/><w:bottom ${b}/><w:right ${b}/><w:insideH ${b}/><w:insideV ${b}/></w:tblBorders>` +
    '<w:tblLayout w:type="fixed"/>' +
    `<w:tblCellMar><w:top w:type="dxa" w:w="${m.top}"/><w:left w:type="dxa" w:w="${m.left}"/><w:bottom w:type="dxa" w:w="${m.bottom}"/><w:right w:type="dxa" w:w="${m.right}"/></w:tblCellMar>` +
    '</w:tblPr>'
  );
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

const VALIGN = { top: 'top', center: 'center', bottom: 'bottom' } as const;

/** The shading and vertical alignment a merged cell shows in every row it covers. */
function cellLook(cell: TableCell): string {
  return (
    (cell.shade !== undefined ? `<w:shd w:fill="${cell.shade.replace(/[^0-9A-Fa-f]/g, '')}" w:color="auto" w:val="clear"/>` : '') +
    (cell.valign !== undefined ? `<w:vAlign w:val="${VALIGN[cell.valign]}"/>` : '')
  );
}

type RenderBlocks = (blocks: readonly Block[], ctx: BlockContext) => Box[];

/** What a table returns while its XML is written. */
const NO_TABLE: TableBox = Object.freeze({ kind: 'table', rows: [], headerCount: 0, bottomBorder: 0 }) as TableBox;

export function renderTable(table: Table, ctx: BlockContext, renderBlocks: RenderBlocks): TableBox {
  const measure = measuring(ctx);
  // Word refuses a table without rows.
  if (table.rows.length === 0) {
    ctx.doc.warn('tabel tanpa baris tidak ditulis');
    return NO_TABLE;
  }
  const sink = ctx.part.sink;
  const total = resolveLength(table.width ?? { percent: 100 }, ctx.textWidth);
  const size = table.fontSize ?? ctx.doc.settings.tableFontSize;
  // The template's widths, widened where a column is narrower than its longest word.
  const grid = fittedGrid(table, scaleColumns(table.columns, total), total, ctx, size, CELL_MARGINS.left + CELL_MARGINS.right);
  const border = table.borders ? BORDER : 0;
  const padding = CELL_MARGINS.top + CELL_MARGINS.bottom;
  const textStyle = tableStyleId(size, ctx.doc.settings);
  const emptyCellParagraph = `<w:p><w:pPr><w:pStyle w:val="${textStyle}"/></w:pPr></w:p>`;
  const keptEmptyCellParagraph = `<w:p><w:pPr><w:pStyle w:val="${textStyle}"/><w:keepNext/></w:pPr></w:p>`;

  if (!measure) sink.push(`<w:tbl>${tblPr(total, table.borders)}<w:tblGrid>${grid.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`);

  // Only an unbroken run of header rows at the top repeats (docx #2425); later ones are body rows.
  let inHeader = true;
  let headerCount = 0;
  /** Per grid column, the merged cell covering it from a row above: its first column, last row, span and look. */
  const covering: ({ first: number; until: number; span: number; look: string } | undefined)[] = new Array(grid.length).fill(undefined);
  const rows: RowBox[] = [];
  const merges: Merge[] = [];
  const anchors: number[] = [];
  // Column edges, so a cell's width is one subtraction.
  const edges = [0];
  for (const w of grid) edges.push(edges[edges.length - 1]! + w);
  const widthOf = (col: number, span: number): number => (edges[Math.min(col + span, grid.length)] ?? 0) - (edges[col] ?? 0);
  // One context per cell width and alignment: cells are many, their contexts few.
  const cellContexts = new Map<string, BlockContext>();
  const cellContext = (width: number, align: TableCell['align'], keepNext: boolean): BlockContext => {
    const key = `${width}|${align ?? ''}|${keepNext ? 1 : 0}`;
    let c = cellContexts.get(key);
    if (!c) {
      // A cell without an alignment of its own keeps the one around the table (a nested table).
      c = { ...ctx, textWidth: Math.max(width - CELL_MARGINS.left - CELL_MARGINS.right, 1), table: { size }, ...(align !== undefined ? { align } : {}) };
      // A row kept with the next one marks every paragraph of its cells.
      if (keepNext) c.keepNext = true;
      else delete c.keepNext;
      cellContexts.set(key, c);
    }
    return c;
  };

  table.rows.forEach((row, r) => {
    const isHeader = inHeader && row.header;
    // A row kept with the next one; in a cell of such a row, a nested table's rows are kept too.
    const keepNext = row.keepNext === true || ctx.keepNext === true;
    const emptyParagraph = keepNext ? keptEmptyCellParagraph : emptyCellParagraph;
    if (!row.header) inHeader = false;
    else if (!isHeader) ctx.doc.warn(`baris tabel ${r + 1} ditandai sebagai kepala tabel di bawah baris isi; baris itu tidak akan berulang`);
    if (isHeader) headerCount++;

    if (!measure) {
      let trPr = '';
      if (row.cantSplit) trPr += '<w:cantSplit/>';
      const grown = ctx.doc.grownRows.get(table)?.get(r);
      // The height a merged cell needs (LibreOffice counts the border in it, as we do).
      if (grown !== undefined) trPr += `<w:trHeight w:val="${grown}" w:hRule="atLeast"/>`;
      if (isHeader) trPr += '<w:tblHeader/>';
      sink.push(trPr === '' ? '<w:tr>' : `<w:tr><w:trPr>${trPr}</w:trPr>`);
    }

    let height = padding;
    let tallest: Box[] | undefined;
    let tallestH = -1;
    let col = 0;
    /** Writes the continue cells of merges from above that cover columns from `col` on. */
    const continues = (): void => {
      for (;;) {
        const cover = col < grid.length ? covering[col] : undefined;
        if (!cover || cover.until < r) return;
        if (cover.first !== col) {
          // A cell above spanned into this merge's columns: nothing to continue here.
          col++;
          continue;
        }
        if (!measure) {
          const width = widthOf(col, cover.span);
          sink.push(
            `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${cover.span > 1 ? `<w:gridSpan w:val="${cover.span}"/>` : ''}<w:vMerge w:val="continue"/>${cover.look}</w:tcPr>${emptyParagraph}</w:tc>`,
          );
        }
        col += cover.span;
      }
    };
    for (const cell of row.cells) {
      continues();
      const span = Math.max(1, Math.min(cell.colspan, grid.length - col));
      const width = widthOf(col, span);
      const look = cellLook(cell);
      if (cell.rowspan > 1) {
        const cover = { first: col, until: r + cell.rowspan - 1, span, look };
        for (let c = col; c < col + span; c++) covering[c] = cover;
      }
      if (!measure) {
        let tcPr = `<w:tcW w:type="dxa" w:w="${width}"/>`;
        if (span > 1) tcPr += `<w:gridSpan w:val="${span}"/>`;
        if (cell.rowspan > 1) tcPr += '<w:vMerge w:val="restart"/>';
        sink.push(`<w:tc><w:tcPr>${tcPr}${look}</w:tcPr>`);
      }
      col += span;

      const boxes = renderBlocks(cell.children, cellContext(width, cell.align, keepNext));
      // Word requires every w:tc to end with a w:p (an empty cell too).
      if (!endsWithParagraph(cell.children)) {
        if (measure) boxes.push(emptyLine(ctx, textStyle));
        else sink.push(emptyParagraph);
      }
      if (!measure) {
        sink.push('</w:tc>');
        continue;
      }
      anchorsOf(boxes, anchors);
      const h = boxesHeight(boxes) + padding;
      if (cell.rowspan > 1) merges.push({ start: r, end: Math.min(r + cell.rowspan - 1, table.rows.length - 1), need: h + border });
      else {
        if (h > height) height = h;
        if (!row.cantSplit && h > tallestH) {
          tallestH = h;
          tallest = boxes;
        }
      }
    }
    continues();
    if (col === 0 && grid.length > 0) {
      // A row must hold a cell: an empty one across the table.
      if (!measure) sink.push(`<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${total}"/>${grid.length > 1 ? `<w:gridSpan w:val="${grid.length}"/>` : ''}</w:tcPr>${emptyParagraph}</w:tc>`);
      else height = Math.max(height, padding + boxesHeight([emptyLine(ctx, textStyle)]));
      col = grid.length;
      ctx.doc.warn(`baris tabel ${r + 1} tidak memiliki sel`);
    }
    if (col < grid.length) ctx.doc.warn(`baris tabel ${r + 1} mengisi ${col} dari ${grid.length} kolom`);
    if (!measure) {
      sink.push('</w:tr>');
      return;
    }
    const box: RowBox = { height: height + border, cantSplit: row.cantSplit, groupEnd: r };
    if (row.keepNext === true) box.keepNext = true;
    if (!row.cantSplit && tallest) box.split = { ...slicesOf(tallest), padding: padding + border };
    rows.push(box);
  });
  if (!measure) {
    sink.push('</w:tbl>');
    return NO_TABLE;
  }

  const grown = growMergedRows(rows, merges);
  if (grown.size > 0) ctx.doc.grownRows.set(table, grown);

  return { kind: 'table', rows, headerCount, bottomBorder: border, ...(anchors.length > 0 ? { anchors } : {}) };
}
