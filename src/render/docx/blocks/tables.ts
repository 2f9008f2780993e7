/**
 * Tables to w:tbl with explicit twip widths everywhere (LibreOffice ignores percentage widths):
 * w:tblGrid/w:gridCol from `columns` scaled to the table width, w:tcW on every cell, w:tblLayout
 * fixed (wml/table-xml.ts writes the properties). Spans become w:gridSpan and w:vMerge (restart,
 * then a continue cell in each covered row), header rows w:tblHeader (top rows only),
 * w:cantSplit, w:shd, w:vAlign. Columns are widened to hold their longest words (table-grid.ts).
 * A row kept with the next one has w:keepNext on every paragraph of its cells. Measured into a
 * box: each row as tall as its tallest cell plus padding and border, merged rows grown to hold
 * their merged cell.
 */
import type { Block, Table, TableCell } from '../../markup/types.js';
import { measuring, type BlockContext } from '../context.js';
import { boxesHeight, type Box, type RowBox, type TableBox } from '../layout/boxes.js';
import { scaleColumns } from '../layout/table-fit.js';
import { anchorsOf, emptyLine, growMergedRows, slicesOf, type Merge } from '../layout/table-measure.js';
import { resolveLength } from '../units.js';
import { paragraphXml } from '../wml/paragraph-xml.js';
import { tableStyleId } from '../wml/styles.js';
import { CELL_MARGINS, cellStartXml, rowStartXml, tableStartXml } from '../wml/table-xml.js';
import { blocksEndWithParagraph } from './ends-with-paragraph.js';
import { effectiveStyle } from './paragraphs.js';
import { fittedGrid } from './table-grid.js';

/** A single 0.5 pt border (w:sz 4, in eighths of a point) is 10 twips of the row's height. */
const BORDER = 10;

type RenderBlocks = (blocks: readonly Block[], ctx: BlockContext) => Box[];

/** A cell's alignments, numbered for its context's key. */
const ALIGNS: readonly TableCell['align'][] = [undefined, 'left', 'center', 'right', 'justify'];

/** The key of an unshaded cell's opening: U+0000, which no fill holds. */
const NO_SHADE = '\u0000';

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
  const cellTextStyle = effectiveStyle(ctx, textStyle);
  const emptyCellParagraph = paragraphXml({ styleId: textStyle }, '');
  const keptEmptyCellParagraph = paragraphXml({ styleId: textStyle, keepNext: true }, '');

  if (!measure) sink.push(tableStartXml(total, table.borders, grid));

  // Only an unbroken run of header rows at the top repeats: Word and LibreOffice repeat no header
  // row below a body row, so later ones are written as body rows (with a warning).
  let inHeader = true;
  let headerCount = 0;
  /** Per grid column, the merged cell covering it from a row above: its first column, last row, span and the cell. */
  const covering: ({ first: number; until: number; span: number; cell: TableCell } | undefined)[] = new Array(grid.length).fill(undefined);
  const rows: RowBox[] = [];
  const merges: Merge[] = [];
  const anchors: number[] = [];
  // Column edges, so a cell's width is one subtraction.
  const edges = [0];
  for (const w of grid) edges.push(edges[edges.length - 1]! + w);
  const widthOf = (col: number, span: number): number => (edges[Math.min(col + span, grid.length)] ?? 0) - (edges[col] ?? 0);
  // One context per cell width and alignment: cells are many, their contexts few.
  const cellContexts = new Map<number, BlockContext>();
  const cellContext = (width: number, align: TableCell['align'], keepNext: boolean): BlockContext => {
    const key = (width * ALIGNS.length + ALIGNS.indexOf(align)) * 2 + (keepNext ? 1 : 0);
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

  // A matrix's cell openings are few (its widths and shades): each is made once.
  const starts = new Map<string, Map<number, string>>();
  const cellStart = (width: number, span: number, shade: string | undefined): string => {
    const shadeKey = shade ?? NO_SHADE;
    let byWidth = starts.get(shadeKey);
    if (!byWidth) {
      byWidth = new Map();
      starts.set(shadeKey, byWidth);
    }
    const key = width * (grid.length + 1) + span;
    let xml = byWidth.get(key);
    if (xml === undefined) {
      xml = cellStartXml({ width, span, shade });
      byWidth.set(key, xml);
    }
    return xml;
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
      // The height a merged cell needs (LibreOffice counts the border in it, as we do).
      const minHeight = ctx.doc.grownRows.get(table)?.get(r);
      sink.push(rowStartXml({ cantSplit: row.cantSplit, minHeight, header: isHeader }));
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
          // The merged cell's shading and alignment show in every row it covers.
          const { shade, valign } = cover.cell;
          sink.push(`${cellStartXml({ width: widthOf(col, cover.span), span: cover.span, merge: 'continue', shade, valign })}${emptyParagraph}</w:tc>`);
        }
        col += cover.span;
      }
    };
    for (const cell of row.cells) {
      continues();
      const span = Math.max(1, Math.min(cell.colspan, grid.length - col));
      const width = widthOf(col, span);
      if (cell.rowspan > 1) {
        const cover = { first: col, until: r + cell.rowspan - 1, span, cell };
        for (let c = col; c < col + span; c++) covering[c] = cover;
      }
      if (!measure) {
        const merge = cell.rowspan > 1 ? 'restart' : undefined;
        const { shade, valign } = cell;
        sink.push(merge === undefined && valign === undefined ? cellStart(width, span, shade) : cellStartXml({ width, span, merge, shade, valign }));
      }
      col += span;

      const boxes = renderBlocks(cell.children, cellContext(width, cell.align, keepNext));
      // Word requires every w:tc to end with a w:p (an empty cell too).
      if (!blocksEndWithParagraph(cell.children)) {
        if (measure) boxes.push(emptyLine(cellTextStyle, ctx.doc.fonts));
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
      if (!measure) sink.push(`${cellStartXml({ width: total, span: grid.length })}${emptyParagraph}</w:tc>`);
      else height = Math.max(height, padding + boxesHeight([emptyLine(cellTextStyle, ctx.doc.fonts)]));
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
