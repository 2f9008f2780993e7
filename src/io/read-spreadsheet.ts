/**
 * Reads a CSV or XLSX file into plain cells, sheet by sheet, keeping the row numbers the user
 * sees. Cells come out as the spreadsheet shows them: a number, a text, or null; a number cell
 * formatted as a percentage (0.85 shown as 85%) comes out as 85. Interpreting the columns is the
 * model's job (model/realisasi/realisasi-rows.ts).
 *
 * Reading is bounded (SPREADSHEET_LIMITS): a file that is too large, has too many rows, or a cell
 * that is too long stops the reading at once with a message that names the limit.
 */
import { Buffer } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse, type CsvError, type Info } from 'csv-parse';
import { UsageError, UserError } from '../errors.js';
import type { SpreadsheetCell, SpreadsheetSheet } from '../spreadsheet.js';
import { SPREADSHEET_LIMITS, type SpreadsheetLimits } from './spreadsheet-limits.js';
import { formatNumber } from './format-number.js';
import { decodeChunks, sniffEncoding, UndecodableText, type TextEncodingName } from './text-encoding.js';

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

/** Reads every sheet. `shown` is the name used in messages; `limits` are for tests. */
export async function readSpreadsheet(path: string, shown = path, limits: Partial<SpreadsheetLimits> = {}): Promise<SpreadsheetSheet[]> {
  const format = spreadsheetFormat(path);
  const bounds = { ...SPREADSHEET_LIMITS, ...limits };
  const notReadable = (error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code;
    return new UserError('E_SPREADSHEET_NOT_FOUND', `Berkas ${shown} ${code === 'ENOENT' ? 'tidak ditemukan' : `tidak dapat dibaca (${code})`}.`);
  };
  const size = await stat(path).then((s) => (s.isFile() ? s.size : undefined), (error: unknown) => Promise.reject(notReadable(error)));
  if (size === undefined) throw new UserError('E_SPREADSHEET_NOT_FOUND', `${shown} bukan berkas biasa.`);
  if (size > bounds.fileBytes) {
    throw new UserError('E_SPREADSHEET_TOO_LARGE', `${shown} berukuran ${megabytes(size)}; berkas realisasi paling besar ${megabytes(bounds.fileBytes)}.`, {
      hint: 'Berkas realisasi biasanya jauh di bawah 1 MB (satu baris per indikator atau kegiatan). Periksa apakah berkasnya benar.',
    });
  }
  if (format === 'xlsx') {
    const data = await readFile(path).catch((error: unknown) => Promise.reject(notReadable(error)));
    // The XLSX reader (saxes, fflate) is loaded only for a workbook.
    const { readXlsxCells } = await import('./read-xlsx.js');
    return readXlsxCells(data, shown, bounds);
  }
  return readCsvChunks(() => createReadStream(path, { highWaterMark: 256 * 1024 }), shown, bounds);
}

// --- CSV ---

/** Reads CSV bytes held in memory (see readCsvChunks). */
export function readCsv(data: Uint8Array, shown: string, limits: Partial<SpreadsheetLimits> = {}): Promise<SpreadsheetSheet[]> {
  const PIECE = 64 * 1024;
  async function* pieces() {
    for (let at = 0; at < data.length; at += PIECE) yield data.subarray(at, at + PIECE);
  }
  return readCsvChunks(pieces, shown, { ...SPREADSHEET_LIMITS, ...limits });
}

/**
 * CSV as Excel writes it in Indonesia: often ";" between fields (because "," is the decimal
 * mark), sometimes "," or a tab; UTF-8 with or without BOM, UTF-16 with BOM, or Windows-1252.
 * Read as a stream: `open` is called again from the start when the file turns out not to be
 * UTF-8, and reading stops at the first limit passed.
 */
export async function readCsvChunks(open: () => AsyncIterable<Uint8Array>, shown: string, limits: SpreadsheetLimits): Promise<SpreadsheetSheet[]> {
  const head = await firstBytes(open(), 4096);
  const sniffed = sniffEncoding(head);
  const attempt = (encoding: TextEncodingName, bom: number) => parseCsvText(decodeChunks(open(), encoding, bom), shown, limits);
  try {
    if (sniffed) return await attempt(sniffed.encoding, sniffed.bom);
    try {
      return await attempt('utf-8', 0);
    } catch (error) {
      if (!(error instanceof UndecodableText)) throw error;
      return await attempt('windows-1252', 0);
    }
  } catch (error) {
    if (!(error instanceof UndecodableText)) throw error;
    const what = error.byte === undefined ? `bukan teks ${error.encoding.toUpperCase()} yang sah` : `memuat byte 0x${error.byte.toString(16).toUpperCase()} yang bukan huruf UTF-8 maupun Windows-1252`;
    throw new UserError('E_CSV_ENCODING', `${shown}${error.line ? `:${error.line}` : ''}: berkas ${what}.`, {
      hint: 'Simpan ulang dari Excel sebagai "CSV UTF-8 (Comma delimited)", atau sebagai .xlsx.',
    });
  }
}

async function firstBytes(chunks: AsyncIterable<Uint8Array>, count: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of chunks) {
    parts.push(chunk);
    length += chunk.length;
    if (length >= count) break;
  }
  return Buffer.concat(parts).subarray(0, count);
}

async function parseCsvText(texts: AsyncIterable<string>, shown: string, limits: SpreadsheetLimits): Promise<SpreadsheetSheet[]> {
  // 1. The delimiter, from the first line that has anything (read ahead, then replayed).
  const iterator = texts[Symbol.asyncIterator]();
  const ahead: string[] = [];
  let aheadText = '';
  while (!/\S[^\n]*\n/.test(aheadText) && aheadText.length <= limits.cellChars * 4) {
    const next = await iterator.next();
    if (next.done) break;
    ahead.push(next.value);
    aheadText += next.value;
  }
  const delimiter = guessDelimiter(aheadText);

  // 2. Records, checked one by one as they come.
  const rows: SpreadsheetSheet['rows'] = [];
  const parser = parse({
    delimiter,
    bom: true,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    // Bytes in one row, counted while it is read: a runaway quote or a giant cell stops here.
    max_record_size: limits.cellChars * 8,
  });
  let failure: unknown;
  const fail = (error: unknown) => {
    failure ??= error;
    parser.destroy();
  };
  parser.on('error', (error) => (failure ??= error));
  parser.on('data', ({ record, info }: { record: string[]; info: Info }) => {
    if (failure) return;
    try {
      rows.push({ row: info.lines, cells: checkRecord(record, info.lines, shown, limits) });
      if (rows.length > limits.rows) {
        throw new UserError('E_SPREADSHEET_TOO_MANY_ROWS', `${shown}: lebih dari ${formatNumber(limits.rows)} baris berisi (berhenti di baris ${info.lines}); batasnya ${formatNumber(limits.rows)} baris.`, {
          hint: 'Berkas realisasi memuat satu baris per indikator atau kegiatan. Periksa apakah berkasnya benar, atau bagi menjadi beberapa berkas.',
        });
      }
    } catch (error) {
      fail(error);
    }
  });
  const closed = new Promise<void>((resolve) => parser.once('close', resolve));
  const feed = async (text: string) => {
    if (!parser.write(text)) await Promise.race([new Promise((resolve) => parser.once('drain', resolve)), closed]);
  };
  try {
    for (const text of ahead) if (!failure) await feed(text);
    while (!failure) {
      const next = await iterator.next();
      if (next.done) break;
      await feed(next.value);
    }
  } catch (error) {
    fail(error);
  } finally {
    // Stops reading the file when a limit stopped the parser early.
    await iterator.return?.();
  }
  if (!failure) parser.end();
  await closed;
  if (failure) throw csvFailure(failure, shown, limits);
  return [{ rows }];
}

function checkRecord(record: string[], line: number, shown: string, limits: SpreadsheetLimits): SpreadsheetCell[] {
  const long = record.findIndex((cell) => cell.length > limits.cellChars);
  if (long !== -1) {
    throw new UserError(
      'E_SPREADSHEET_CELL_TOO_LONG',
      `${shown}:${line}: kolom ke-${long + 1} berisi ${formatNumber(record[long]!.length)} karakter; satu sel paling banyak ${formatNumber(limits.cellChars)} karakter.`,
      { hint: 'Periksa tanda kutip yang tidak ditutup di baris itu atau sebelumnya; isi sepanjang ini bukan realisasi atau keterangan.' },
    );
  }
  const cells = record.map((cell) => (cell.trim() === '' ? null : cell));
  while (cells.length > 0 && cells.at(-1) === null && cells.length > limits.columns) cells.pop();
  if (cells.length > limits.columns) {
    throw new UserError('E_SPREADSHEET_TOO_WIDE', `${shown}:${line}: ${formatNumber(cells.length)} kolom; batasnya ${formatNumber(limits.columns)} kolom.`, {
      hint: 'Periksa pemisah kolom: berkas realisasi cukup memuat id, realisasi, keterangan dan tahun.',
    });
  }
  return cells;
}

function csvFailure(error: unknown, shown: string, limits: SpreadsheetLimits): unknown {
  if (error instanceof UserError || error instanceof UndecodableText) return error;
  const csv = error as CsvError & { lines?: number };
  if (csv.code === 'CSV_MAX_RECORD_SIZE') {
    return new UserError('E_SPREADSHEET_CELL_TOO_LONG', `${shown}${csv.lines ? `:${csv.lines}` : ''}: baris lebih dari ${formatNumber(limits.cellChars * 8)} byte; satu sel paling banyak ${formatNumber(limits.cellChars)} karakter.`, {
      hint: 'Biasanya tanda kutip pembuka yang tidak ditutup membuat sisa berkas terbaca sebagai satu sel. Periksa baris itu.',
    });
  }
  if (typeof csv.code === 'string' && csv.code.startsWith('CSV_')) {
    return new UserError('E_CSV_SYNTAX', `${shown}${csv.lines ? `:${csv.lines}` : ''}: CSV tidak dapat dibaca (${csv.message}).`, {
      hint: 'Periksa tanda kutip yang tidak ditutup.',
    });
  }
  return error;
}

/** The most frequent of ";", "," and tab on the first line that has any, outside quotes. */
function guessDelimiter(text: string): string {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const unquoted = first.replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((d) => [d, unquoted.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ',';
}

function megabytes(bytes: number): string {
  return `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;
}
