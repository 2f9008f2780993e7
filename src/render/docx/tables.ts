/**
 * Tables to w:tbl with explicit twip widths everywhere (P5: LibreOffice ignores percentages):
 * w:tblW w:type="dxa", w:tblGrid/w:gridCol from `columns` scaled to the table width, w:tcW on
 * every cell, w:tblLayout fixed. Spans become w:gridSpan and w:vMerge, header rows w:tblHeader
 * (top rows only), w:cantSplit, w:shd, w:vAlign; borders single 0.5 pt black or none.
 */
import {
  BorderStyle,
  Paragraph as DocxParagraph,
  ShadingType,
  Table as DocxTable,
  TableCell as DocxTableCell,
  TableLayoutType,
  TableRow as DocxTableRow,
  VerticalAlignTable,
  WidthType,
  type ITableBordersOptions,
} from 'docx';
import type { Table } from '../markup/types.js';
import type { BlockContext } from './context.js';
import type { RenderedBlock } from './blocks.js';
import { resolveLength } from './units.js';

/** Cell padding (w:tblCellMar): about 0.1 cm left/right, a hair top/bottom. */
const CELL_MARGINS = { top: 28, bottom: 28, left: 57, right: 57 };

const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const none = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;

function bordersOf(on: boolean): ITableBordersOptions {
  const b = on ? line : none;
  return { top: b, bottom: b, left: b, right: b, insideHorizontal: b, insideVertical: b };
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

export function renderTable(
  table: Table,
  ctx: BlockContext,
  renderBlocks: (blocks: Table['rows'][number]['cells'][number]['children'], ctx: BlockContext) => RenderedBlock[],
): DocxTable {
  const total = resolveLength(table.width ?? { percent: 100 }, ctx.textWidth);
  const grid = scaleColumns(table.columns, total);
  const size = table.fontSize ?? ctx.doc.settings.tableFontSize;

  // Only an unbroken run of header rows at the top repeats (docx #2425); later ones are body rows.
  let inHeader = true;
  // Grid columns still covered by a rowspan from a row above, so cells land in the right column.
  const coveredUntil: number[] = new Array<number>(grid.length).fill(-1);

  const rows = table.rows.map((row, r) => {
    const isHeader = inHeader && row.header;
    if (!row.header) inHeader = false;
    else if (!isHeader) ctx.doc.warn(`table row ${r + 1} is marked as a header below body rows; it will not repeat`);

    let col = 0;
    const cells = row.cells.map((cell) => {
      while (col < grid.length && (coveredUntil[col] ?? -1) >= r) col++;
      const span = Math.max(1, Math.min(cell.colspan, grid.length - col));
      const width = grid.slice(col, col + span).reduce((a, b) => a + b, 0);
      if (cell.rowspan > 1) for (let c = col; c < col + span; c++) coveredUntil[c] = r + cell.rowspan - 1;
      col += span;

      const cellCtx: BlockContext = {
        ...ctx,
        textWidth: Math.max(width - CELL_MARGINS.left - CELL_MARGINS.right, 1),
        table: { size },
        ...(cell.align !== undefined ? { align: cell.align } : {}),
      };
      const children = renderBlocks(cell.children, cellCtx);
      // Word requires every w:tc to end with a w:p (an empty cell too).
      if (!(children[children.length - 1] instanceof DocxParagraph)) {
        children.push(
          new DocxParagraph({ style: 'TableText', run: { size: size * 2 }, children: [] }),
        );
      }
      return new DocxTableCell({
        width: { size: width, type: WidthType.DXA },
        ...(span > 1 ? { columnSpan: span } : {}),
        ...(cell.rowspan > 1 ? { rowSpan: cell.rowspan } : {}),
        ...(cell.valign !== undefined ? { verticalAlign: VALIGN[cell.valign] } : {}),
        ...(cell.shade !== undefined ? { shading: { fill: cell.shade, type: ShadingType.CLEAR, color: 'auto' } } : {}),
        children: children as (DocxParagraph | DocxTable)[],
      });
    });
    if (col < grid.length && !coveredToEnd(coveredUntil, col, r))
      ctx.doc.warn(`table row ${r + 1} fills ${col} of ${grid.length} columns`);
    return new DocxTableRow({
      children: cells,
      ...(isHeader ? { tableHeader: true } : {}),
      ...(row.cantSplit ? { cantSplit: true } : {}),
    });
  });

  return new DocxTable({
    width: { size: total, type: WidthType.DXA },
    columnWidths: grid,
    layout: TableLayoutType.FIXED,
    borders: bordersOf(table.borders),
    margins: { ...CELL_MARGINS, marginUnitType: WidthType.DXA },
    rows,
  });
}

function coveredToEnd(coveredUntil: readonly number[], from: number, row: number): boolean {
  for (let c = from; c < coveredUntil.length; c++) if ((coveredUntil[c] ?? -1) < row) return false;
  return true;
}

const VALIGN = {
  top: VerticalAlignTable.TOP,
  center: VerticalAlignTable.CENTER,
  bottom: VerticalAlignTable.BOTTOM,
} as const;
