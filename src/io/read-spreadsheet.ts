/**
 * Reads a CSV or XLSX file into plain cells, sheet by sheet, keeping the row numbers the user
 * sees. Cells come out as the spreadsheet shows them: a number, a text, or null; a number cell
 * formatted as a percentage (0.85 shown as 85%) comes out as 85. Interpreting the columns is the
 * model's job (model/edits/realisasi-rows.ts).
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { UsageError, UserError } from '../errors.js';

export type SpreadsheetCell = string | number | null;

export interface SpreadsheetSheet {
  /** Sheet name (XLSX); undefined for CSV. */
  name?: string;
  rows: { row: number; cells: SpreadsheetCell[] }[];
}

export type SpreadsheetFormat = 'csv' | 'xlsx';

/** The format from the file name; anything else is a usage error. */
export function spreadsheetFormat(path: string): SpreadsheetFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv' || ext === '.txt') return 'csv';
  if (ext === '.xlsx' || ext === '.xlsm') return 'xlsx';
  if (ext === '.xls' || ext === '.ods') {
    throw new UsageError('E_SPREADSHEET_FORMAT', `Berkas ${path}: format ${ext} tidak didukung.`, {
      hint: 'Simpan ulang sebagai .xlsx (Excel Workbook) atau .csv.',
    });
  }
  throw new UsageError('E_SPREADSHEET_FORMAT', `Berkas ${path}: format tidak dikenali dari namanya.`, { hint: 'Gunakan berkas .csv atau .xlsx.' });
}

/** Reads every sheet. `shown` is the name used in messages. */
export async function readSpreadsheet(path: string, shown = path): Promise<SpreadsheetSheet[]> {
  const format = spreadsheetFormat(path);
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError('E_SPREADSHEET_NOT_FOUND', `Berkas ${shown} ${code === 'ENOENT' ? 'tidak ditemukan' : `tidak dapat dibaca (${code})`}.`);
  }
  return format === 'csv' ? readCsv(data, shown) : readXlsx(data, shown);
}

// --- CSV ---

/**
 * CSV as Excel writes it in Indonesia: often ";" between fields (because "," is the decimal
 * mark), sometimes "," or a tab; UTF-8 with or without BOM, or Windows-1252.
 */
export function readCsv(data: Uint8Array, shown: string): SpreadsheetSheet[] {
  const text = decode(data);
  const delimiter = guessDelimiter(text);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter,
      bom: true,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new UserError('E_CSV_SYNTAX', `${shown}${line ? `:${line}` : ''}: CSV tidak dapat dibaca (${(error as Error).message}).`, {
      hint: 'Periksa tanda kutip yang tidak ditutup.',
    });
  }
  return [
    {
      rows: records.map(({ record, info }) => ({
        row: info.lines,
        cells: record.map((cell) => (cell.trim() === '' ? null : cell)),
      })),
    },
  ];
}

function decode(data: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return new TextDecoder('windows-1252').decode(data);
  }
}

/** The most frequent of ";", "," and tab on the first line that has any, outside quotes. */
function guessDelimiter(text: string): string {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const unquoted = first.replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((d) => [d, unquoted.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ',';
}

// --- XLSX ---

export async function readXlsx(data: Uint8Array, shown: string): Promise<SpreadsheetSheet[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (error) {
    throw new UserError('E_XLSX_UNREADABLE', `${shown}: bukan berkas XLSX yang dapat dibaca (${(error as Error).message}).`, {
      hint: 'Buka di Excel atau LibreOffice lalu simpan ulang sebagai .xlsx.',
    });
  }
  const sheets: SpreadsheetSheet[] = [];
  workbook.eachSheet((worksheet) => {
    const rows: SpreadsheetSheet['rows'] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: SpreadsheetCell[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(cellValue(row.getCell(c)));
      if (cells.some((c) => c !== null)) rows.push({ row: rowNumber, cells });
    });
    sheets.push({ name: worksheet.name, rows });
  });
  return sheets;
}

function cellValue(cell: ExcelJS.Cell): SpreadsheetCell {
  const value = plain(cell.value);
  if (typeof value === 'number' && /%/.test(cell.numFmt ?? '')) return Math.round(value * 100 * 1e9) / 1e9;
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  return value;
}

function plain(value: ExcelJS.CellValue): SpreadsheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'ya' : 'tidak';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return plain((value as { result?: ExcelJS.CellValue }).result ?? null);
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String((value as { text: unknown }).text);
    if ('error' in value) return String(value.error);
  }
  return String(value);
}
