/**
 * Tables to w:tbl with explicit twip widths everywhere (P5: LibreOffice ignores percentages):
 * w:tblW w:type="dxa", w:tblGrid/w:gridCol from `columns` scaled to the table width, w:tcW on
 * every cell, w:tblLayout fixed. Spans become w:gridSpan and w:vMerge (restart, then a continue
 * cell in each covered row), header rows w:tblHeader (top rows only), w:cantSplit, w:shd,
 * w:vAlign; borders single 0.5 pt black or none. Measured into a box: each row as tall as its
 * tallest cell plus padding and border, merged rows grown to hold their merged cell.
 */
import type { Block, Table, TableCell } from '../markup/types.js';
import type { BlockContext } from './context.js';
import { boxesHeight, type Box, type ParaBox, type RowBox, type TableBox } from './layout/boxes.js';
import { ptToHalfPoints, resolveLength } from './units.js';

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

/** A cell's content as slices a row split may fall between (widow/orphan rules kept). */
function slicesOf(boxes: readonly Box[]): { slices: number[]; breakable: boolean[] } {
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

function anchorsOf(boxes: readonly Box[], into: number[]): void {
  for (const b of boxes) {
    if (b.kind === 'para' && b.anchor !== undefined) into.push(b.anchor);
    if (b.kind === 'table' && b.anchors) into.push(...b.anchors);
  }
}

type RenderBlocks = (blocks: readonly Block[], ctx: BlockContext) => Box[];

export function renderTable(table: Table, ctx: BlockContext, renderBlocks: RenderBlocks): TableBox {
  const sink = ctx.part.sink;
  const total = resolveLength(table.width ?? { percent: 100 }, ctx.textWidth);
  const grid = scaleColumns(table.columns, total);
  const size = table.fontSize ?? ctx.doc.settings.tableFontSize;
  const border = table.borders ? BORDER : 0;
  const padding = CELL_MARGINS.top + CELL_MARGINS.bottom;
  const emptyCellParagraph = `<w:p><w:pPr><w:pStyle w:val="TableText"/><w:rPr><w:sz w:val="${ptToHalfPoints(size)}"/><w:szCs w:val="${ptToHalfPoints(size)}"/></w:rPr></w:pPr></w:p>`;

  sink.push('<w:tbl>');
  sink.push(tblPr(total, table.borders));
  sink.push(`<w:tblGrid>${grid.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`);

  // Only an unbroken run of header rows at the top repeats (docx #2425); later ones are body rows.
  let inHeader = true;
  let headerCount = 0;
  /** Per grid column, the merged cell covering it from a row above: its first column, last row, span and look. */
  const covering: ({ first: number; until: number; span: number; look: string } | undefined)[] = new Array(grid.length).fill(undefined);
  const rows: RowBox[] = [];
  const merges: { start: number; end: number; need: number }[] = [];
  const anchors: number[] = [];

  table.rows.forEach((row, r) => {
    const isHeader = inHeader && row.header;
    if (!row.header) inHeader = false;
    else if (!isHeader) ctx.doc.warn(`table row ${r + 1} is marked as a header below body rows; it will not repeat`);
    if (isHeader) headerCount++;

    let trPr = '';
    if (row.cantSplit) trPr += '<w:cantSplit/>';
    if (isHeader) trPr += '<w:tblHeader/>';
    sink.push(trPr === '' ? '<w:tr>' : `<w:tr><w:trPr>${trPr}</w:trPr>`);

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
        const width = grid.slice(col, col + cover.span).reduce((a, b) => a + b, 0);
        sink.push(
          `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${cover.span > 1 ? `<w:gridSpan w:val="${cover.span}"/>` : ''}<w:vMerge w:val="continue"/>${cover.look}</w:tcPr>${emptyCellParagraph}</w:tc>`,
        );
        col += cover.span;
      }
    };
    for (const cell of row.cells) {
      continues();
      const span = Math.max(1, Math.min(cell.colspan, grid.length - col));
      const width = grid.slice(col, col + span).reduce((a, b) => a + b, 0);
      const look = cellLook(cell);
      if (cell.rowspan > 1) {
        const cover = { first: col, until: r + cell.rowspan - 1, span, look };
        for (let c = col; c < col + span; c++) covering[c] = cover;
      }
      let tcPr = `<w:tcW w:type="dxa" w:w="${width}"/>`;
      if (span > 1) tcPr += `<w:gridSpan w:val="${span}"/>`;
      if (cell.rowspan > 1) tcPr += '<w:vMerge w:val="restart"/>';
      sink.push(`<w:tc><w:tcPr>${tcPr}${look}</w:tcPr>`);
      col += span;

      const cellCtx: BlockContext = {
        ...ctx,
        textWidth: Math.max(width - CELL_MARGINS.left - CELL_MARGINS.right, 1),
        table: { size },
        ...(cell.align !== undefined ? { align: cell.align } : {}),
      };
      const boxes = renderBlocks(cell.children, cellCtx);
      // Word requires every w:tc to end with a w:p (an empty cell too).
      if (boxes[boxes.length - 1]?.kind !== 'para') {
        sink.push(emptyCellParagraph);
        boxes.push(emptyLine(ctx, size));
      }
      sink.push('</w:tc>');
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
    if (col < grid.length) ctx.doc.warn(`table row ${r + 1} fills ${col} of ${grid.length} columns`);
    sink.push('</w:tr>');
    const box: RowBox = { height: height + border, cantSplit: row.cantSplit, groupEnd: r };
    if (!row.cantSplit && tallest) box.split = { ...slicesOf(tallest), padding: padding + border };
    rows.push(box);
  });
  sink.push('</w:tbl>');

  // A merged cell taller than the rows it spans makes the last of them taller (as Word and LO do).
  merges.sort((a, b) => a.end - b.end);
  for (const m of merges) {
    let sum = 0;
    for (let k = m.start; k <= m.end; k++) sum += rows[k]!.height;
    const last = rows[m.end]!;
    if (sum < m.need) last.height += m.need - sum;
    for (let k = m.start; k <= m.end; k++) rows[k]!.groupEnd = Math.max(rows[k]!.groupEnd, m.end);
  }
  for (let k = 0; k < rows.length; k++) {
    const end = rows[k]!.groupEnd;
    for (let j = k + 1; j <= end && j < rows.length; j++) rows[j]!.groupEnd = Math.max(rows[j]!.groupEnd, end);
  }

  return { kind: 'table', rows, headerCount, bottomBorder: border, ...(anchors.length > 0 ? { anchors } : {}) };
}

/** The line of the empty paragraph that closes a cell (TableText at the table's size). */
function emptyLine(ctx: BlockContext, size: number): ParaBox {
  const style = ctx.doc.styles.get('TableText') ?? ctx.doc.styles.get('Normal')!;
  const face = ctx.doc.fonts.face(ctx.font ?? style.font, false, false);
  const tw = size * 20;
  const h = Math.round(tw * face.ascent) + Math.round(tw * face.descent) + Math.round(tw * face.lineGap);
  return { kind: 'para', pitch: [h], fit: [h], before: 0, after: 0, keepNext: false, keepLines: false, pageBreakBefore: false, widowControl: true };
}
