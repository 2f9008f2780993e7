/**
 * The pieces of a w:tbl, each in schema order: the table's properties (w:tblW in twips, since
 * LibreOffice ignores percentage widths; borders single 0.5 pt black or none; w:tblLayout fixed;
 * cell margins), the grid, a row's start with its w:trPr, and a cell's start with its w:tcPr.
 * blocks/tables.ts decides what goes in them and writes the cells' paragraphs between.
 */

/** Cell padding (w:tblCellMar): about 0.1 cm left/right, a hair top/bottom. */
export const CELL_MARGINS = { top: 28, bottom: 28, left: 57, right: 57 };

const LINE = 'w:val="single" w:color="000000" w:sz="4"';
const NONE = 'w:val="none" w:color="auto" w:sz="0"';

/** w:tblPr: the table's width in twips, its borders (all or none) and the cell margins. */
function tablePropertiesXml(width: number, borders: boolean): string {
  const b = borders ? LINE : NONE;
  const m = CELL_MARGINS;
  return (
    `<w:tblPr><w:tblW w:type="dxa" w:w="${width}"/>` +
    `<w:tblBorders><w:top ${b}/><w:left ${b}/><w:bottom ${b}/><w:right ${b}/><w:insideH ${b}/><w:insideV ${b}/></w:tblBorders>` +
    '<w:tblLayout w:type="fixed"/>' +
    `<w:tblCellMar><w:top w:type="dxa" w:w="${m.top}"/><w:left w:type="dxa" w:w="${m.left}"/><w:bottom w:type="dxa" w:w="${m.bottom}"/><w:right w:type="dxa" w:w="${m.right}"/></w:tblCellMar>` +
    '</w:tblPr>'
  );
}

/** The opening of a table: w:tbl, its properties and its grid (column widths in twips). */
export const tableStartXml = (width: number, borders: boolean, grid: readonly number[]): string =>
  `<w:tbl>${tablePropertiesXml(width, borders)}<w:tblGrid>${grid.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;

export interface RowProperties {
  /** w:cantSplit: the row moves to the next page whole. */
  cantSplit?: boolean | undefined;
  /** w:trHeight w:hRule="atLeast", twips: the height a merged cell needs. */
  minHeight?: number | undefined;
  /** w:tblHeader: repeated at the top of every page. */
  header?: boolean | undefined;
}

/** The opening of a row (w:tr) with its w:trPr when it has any. */
export function rowStartXml(p: RowProperties): string {
  let trPr = '';
  if (p.cantSplit) trPr += '<w:cantSplit/>';
  if (p.minHeight !== undefined) trPr += `<w:trHeight w:val="${p.minHeight}" w:hRule="atLeast"/>`;
  if (p.header) trPr += '<w:tblHeader/>';
  return trPr === '' ? '<w:tr>' : `<w:tr><w:trPr>${trPr}</w:trPr>`;
}

const VALIGN = { top: 'top', center: 'center', bottom: 'bottom' } as const;

export interface CellProperties {
  /** w:tcW, twips. */
  width: number;
  /** w:gridSpan: grid columns covered, written when more than one. */
  span: number;
  /** w:vMerge: the first cell of a vertical merge, or one it covers in a row below. */
  merge?: 'restart' | 'continue' | undefined;
  /** w:shd fill, RRGGBB (anything but hex digits is dropped). */
  shade?: string | undefined;
  valign?: keyof typeof VALIGN | undefined;
}

/** The opening of a cell: w:tc and its w:tcPr (tcW, gridSpan, vMerge, shd, vAlign). */
export function cellStartXml(p: CellProperties): string {
  let tcPr = `<w:tcW w:type="dxa" w:w="${p.width}"/>`;
  if (p.span > 1) tcPr += `<w:gridSpan w:val="${p.span}"/>`;
  if (p.merge !== undefined) tcPr += `<w:vMerge w:val="${p.merge}"/>`;
  if (p.shade !== undefined) tcPr += `<w:shd w:fill="${p.shade.replace(/[^0-9A-Fa-f]/g, '')}" w:color="auto" w:val="clear"/>`;
  if (p.valign !== undefined) tcPr += `<w:vAlign w:val="${VALIGN[p.valign]}"/>`;
  return `<w:tc><w:tcPr>${tcPr}</w:tcPr>`;
}
