/**
 * The workbook embedded beside a chart (word/embeddings/DataN.xlsx): one sheet, "Data", with the
 * categories in column A and one series per column, so "Edit Data" in Word opens exactly what the
 * chart shows. Written as SpreadsheetML strings and zipped with fflate, like the DOCX itself, with
 * a fixed timestamp: the same chart always gives the same bytes (exceljs stamps the current time).
 */
import { strToU8, zipSync } from 'fflate';
import { columnLetters } from '../../../spreadsheet.js';
import { ZIP_TIME } from '../package/zip-time.js';
import { escapeText } from '../wml/escape.js';
import type { ChartSpec } from './chart-spec.js';
import { SHEET_NAME } from './chart-xml.js';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  '</Types>';

const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
  '</Relationships>';

const WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  `<sheets><sheet name="${SHEET_NAME}" sheetId="1" r:id="rId1"/></sheets></workbook>`;

const WORKBOOK_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
  '</Relationships>';

const ref = (column: number, row: number) => `${columnLetters(column)}${row}`;
const textCell = (column: number, row: number, value: string) =>
  `<c r="${ref(column, row)}" t="inlineStr"><is><t xml:space="preserve">${escapeText(value)}</t></is></c>`;
const numberCell = (column: number, row: number, value: number | null) => (value === null ? '' : `<c r="${ref(column, row)}"><v>${value}</v></c>`);

function sheetXml(spec: ChartSpec): string {
  const header = `<row r="1">${textCell(1, 1, 'Kategori')}${spec.series.map((s, i) => textCell(i + 2, 1, s.name)).join('')}</row>`;
  const rows = spec.categories
    .map((category, r) => `<row r="${r + 2}">${textCell(1, r + 2, category)}${spec.series.map((s, i) => numberCell(i + 2, r + 2, s.values[r] ?? null)).join('')}</row>`)
    .join('');
  const width = `<cols><col min="1" max="1" width="48" customWidth="1"/><col min="2" max="${spec.series.length + 1}" width="16" customWidth="1"/></cols>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${width}<sheetData>${header}${rows}</sheetData></worksheet>`
  );
}

export function chartWorkbook(spec: ChartSpec): Uint8Array {
  const entry = (xml: string) => [strToU8(xml), { mtime: ZIP_TIME }] as [Uint8Array, { mtime: Date }];
  return zipSync(
    {
      '[Content_Types].xml': entry(CONTENT_TYPES),
      '_rels/.rels': entry(ROOT_RELS),
      'xl/workbook.xml': entry(WORKBOOK),
      'xl/_rels/workbook.xml.rels': entry(WORKBOOK_RELS),
      'xl/worksheets/sheet1.xml': entry(sheetXml(spec)),
    },
    { level: 6 },
  );
}
