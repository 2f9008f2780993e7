/**
 * Reads the cells of an XLSX workbook within fixed bounds: parts are inflated piece by piece
 * under one byte budget (zip-entries.ts) and parsed as a stream (saxes), rows are counted as
 * they come, and reading stops at the first limit passed. Reads values only: no styles beyond
 * number formats (percent and date), no formulas beyond their cached result, no DTDs.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { columnLetters, type SpreadsheetCell, type SpreadsheetSheet } from '../spreadsheet.js';
import { UserError } from '../errors.js';
import type { SpreadsheetLimits } from './spreadsheet-limits.js';
import { formatNumber } from './format-number.js';
import { BadZip, inflateEntry, InflateBudgetExceeded, zipEntries, type ZipEntry } from './zip-entries.js';


/** Reads every worksheet (chart sheets are skipped) into cells, in workbook order. */
export function readXlsxCells(data: Uint8Array, shown: string, limits: SpreadsheetLimits): SpreadsheetSheet[] {
  const unreadable = (why: string) =>
    new UserError('E_XLSX_UNREADABLE', `${shown}: bukan berkas XLSX yang dapat dibaca (${why}).`, {
      hint: 'Buka di Excel atau LibreOffice lalu simpan ulang sebagai .xlsx.',
    });
  let entries: Map<string, ZipEntry>;
  try {
    entries = zipEntries(data);
  } catch (error) {
    if (error instanceof BadZip) throw unreadable(error.reason);
    throw error;
  }
  const budget = { left: limits.inflatedBytes, total: limits.inflatedBytes };
  const part = (name: string, handlers: XmlHandlers): boolean => {
    const entry = entries.get(name);
    if (!entry) return false;
    try {
      parseXml(data, entry, budget, handlers, shown);
    } catch (error) {
      if (error instanceof InflateBudgetExceeded) {
        throw new UserError(
          'E_SPREADSHEET_TOO_LARGE',
          `${shown}: isi buku kerja lebih dari ${megabytes(limits.inflatedBytes)} setelah diekstrak (berhenti di ${entry.name}); batasnya ${megabytes(limits.inflatedBytes)}.`,
          { hint: 'Berkas realisasi biasanya jauh di bawah 1 MB. Salin hanya lembar realisasi ke buku kerja baru, atau buat templat baru dengan roadmap update --template-realisasi.' },
        );
      }
      if (error instanceof BadZip) throw unreadable(error.reason);
      if (error instanceof UserError) throw error;
      throw unreadable(`${entry.name}: ${(error as Error).message}`);
    }
    return true;
  };

  // 1. Where the workbook is, its sheets, and the parts it points to.
  const workbookPath = officeDocument(entries, part) ?? 'xl/workbook.xml';
  const book = { sheets: [] as { name: string; rid: string }[], date1904: false };
  if (
    !part(workbookPath, {
      open: (tag) => {
        if (tag.local === 'sheet') book.sheets.push({ name: tag.attributes.name ?? '', rid: relId(tag.attributes) ?? '' });
        if (tag.local === 'workbookPr') book.date1904 = ['1', 'true'].includes(tag.attributes.date1904 ?? '');
      },
    })
  ) {
    throw unreadable(`${workbookPath} tidak ada`);
  }
  const rels = relationships(relsPathOf(workbookPath), part);
  const byType = (type: string) => [...rels.values()].find((r) => r.type.endsWith(`/${type}`))?.target;

  // 2. Shared strings and number formats, needed before any sheet.
  const strings = sharedStrings(byType('sharedStrings') ?? 'xl/sharedStrings.xml', part);
  const formats = numberFormats(byType('styles') ?? 'xl/styles.xml', part);

  // 3. The sheets, in workbook order.
  const sheets: SpreadsheetSheet[] = [];
  const count = { rows: 0 };
  for (const { name, rid } of book.sheets) {
    const rel = rels.get(rid);
    if (!rel || !rel.type.endsWith('/worksheet')) continue;
    const rows = sheetRows(rel.target, part, { strings, formats, date1904: book.date1904, shown, sheet: name, limits, count });
    sheets.push({ name, rows });
  }
  return sheets;
}

// --- parts ---

type Tag = { local: string; attributes: Record<string, string> };
interface XmlHandlers {
  open?: (tag: Tag) => void;
  close?: (local: string) => void;
  /** Text inside the elements named in `textIn` (other text is not even collected). */
  text?: (text: string) => void;
  textIn?: ReadonlySet<string>;
}
type Part = (name: string, handlers: XmlHandlers) => boolean;

function parseXml(data: Uint8Array, entry: ZipEntry, budget: { left: number; total: number }, handlers: XmlHandlers, shown: string): void {
  const parser = new SaxesParser({ xmlns: false });
  parser.on('doctype', () => {
    // Office never writes a DTD; one in a workbook is an attempt at entity expansion (XXE).
    throw new UserError('E_XLSX_UNREADABLE', `${shown}: ${entry.name} memuat DTD (<!DOCTYPE>); buku kerja seperti ini tidak dibaca.`, {
      hint: 'Buka di Excel atau LibreOffice lalu simpan ulang sebagai .xlsx.',
    });
  });
  // saxes gathers text only while a text handler is set, so it is set only inside the elements
  // that hold values: whitespace or junk between them (a zip bomb's filler) is never kept.
  const { open, close, text, textIn = new Set<string>() } = handlers;
  let inside = 0;
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const local = localName(tag.name);
    open?.({ local, attributes: tag.attributes as Record<string, string> });
    if (text && textIn.has(local) && inside++ === 0) parser.on('text', text);
  });
  parser.on('closetag', (tag) => {
    const local = localName(tag.name);
    close?.(local);
    if (text && textIn.has(local) && --inside === 0) parser.off('text');
  });
  if (text) parser.on('cdata', (data) => inside > 0 && text(data));
  const decoder = new TextDecoder('utf-8');
  inflateEntry(data, entry, budget, (chunk) => parser.write(decoder.decode(chunk, { stream: true })));
  parser.write(decoder.decode());
  parser.close();
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

/** `r:id` under whatever prefix the file binds to the relationships namespace. */
function relId(attributes: Record<string, string>): string | undefined {
  const key = Object.keys(attributes).find((k) => k.endsWith(':id'));
  return key === undefined ? undefined : attributes[key];
}

function officeDocument(entries: Map<string, ZipEntry>, part: Part): string | undefined {
  if (!entries.has('_rels/.rels')) return undefined;
  const rels = relationships('_rels/.rels', part);
  return [...rels.values()].find((r) => r.type.endsWith('/officeDocument'))?.target;
}

function relsPathOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return `${path.slice(0, slash + 1)}_rels/${path.slice(slash + 1)}.rels`;
}

/** Id -> { type, target as a path inside the zip }. */
function relationships(path: string, part: Part): Map<string, { type: string; target: string }> {
  const out = new Map<string, { type: string; target: string }>();
  const base = path.replace(/_rels\/[^/]*\.rels$/, '');
  part(path, {
    open: (tag) => {
      if (tag.local !== 'Relationship' || tag.attributes.TargetMode === 'External') return;
      const { Id, Type, Target } = tag.attributes;
      if (Id && Type && Target) out.set(Id, { type: Type, target: resolvePath(base, Target) });
    },
  });
  return out;
}

function resolvePath(base: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : base + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** The shared strings, rich text joined, phonetic runs (<rPh>) left out. */
function sharedStrings(path: string, part: Part): string[] {
  const strings: string[] = [];
  let current: string[] | undefined;
  let inText = false;
  let phonetic = 0;
  part(path, {
    open: (tag) => {
      if (tag.local === 'si') current = [];
      else if (tag.local === 'rPh') phonetic++;
      else if (tag.local === 't' && current && phonetic === 0) inText = true;
    },
    close: (local) => {
      if (local === 'si' && current) {
        strings.push(current.join(''));
        current = undefined;
      } else if (local === 'rPh') phonetic--;
      else if (local === 't') inText = false;
    },
    text: (text) => {
      if (inText && current) current.push(text);
    },
    textIn: new Set(['t']),
  });
  return strings;
}

type Format = 'percent' | 'date' | undefined;

const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** The kind of number format of each cell style (index into <cellXfs>). */
function numberFormats(path: string, part: Part): Format[] {
  const custom = new Map<number, string>();
  const styles: number[] = [];
  let inCellXfs = false;
  part(path, {
    open: (tag) => {
      if (tag.local === 'numFmt') custom.set(Number(tag.attributes.numFmtId), tag.attributes.formatCode ?? '');
      else if (tag.local === 'cellXfs') inCellXfs = true;
      else if (tag.local === 'xf' && inCellXfs) styles.push(Number(tag.attributes.numFmtId ?? 0));
    },
    close: (local) => {
      if (local === 'cellXfs') inCellXfs = false;
    },
  });
  return styles.map((id) => {
    const code = custom.get(id);
    if (code === undefined) return id === 9 || id === 10 ? 'percent' : BUILTIN_DATES.has(id) ? 'date' : undefined;
    // As Excel (and exceljs) read a format: text in quotes and [colour] or [$-locale] is not a code.
    const codes = code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
    if (/[ymdhMsb]/.test(codes)) return 'date';
    return code.includes('%') ? 'percent' : undefined;
  });
}

interface SheetContext {
  strings: readonly string[];
  formats: readonly Format[];
  date1904: boolean;
  shown: string;
  sheet: string;
  limits: SpreadsheetLimits;
  /** Rows read so far over all sheets. */
  count: { rows: number };
}

/** The non-empty rows of one sheet, with their numbers as Excel shows them. */
function sheetRows(path: string, part: Part, context: SheetContext): SpreadsheetSheet['rows'] {
  const { strings, formats, date1904, shown, sheet, limits, count } = context;
  const rows: SpreadsheetSheet['rows'] = [];
  let rowNumber = 0;
  let cells: SpreadsheetCell[] = [];
  let column = -1;
  let cell: { type: string; style: number; value: string[]; inline: string[] } | undefined;
  let collect: 'v' | 't' | undefined;
  let phonetic = 0;
  const at = () => `${sheet}!${columnLetters(column + 1)}${rowNumber}`;

  const tooLong = (length: number) =>
    new UserError(
      'E_SPREADSHEET_CELL_TOO_LONG',
      `${shown}: sel ${at()} berisi ${formatNumber(length)} karakter; satu sel paling banyak ${formatNumber(limits.cellChars)} karakter.`,
      { hint: 'Periksa sel itu: isi sepanjang ini bukan realisasi atau keterangan. Hapus atau persingkat, lalu simpan ulang.' },
    );

  const finishCell = () => {
    if (!cell) return;
    const raw = cell.type === 'inlineStr' ? cell.inline.join('') : cell.value.join('');
    let value: SpreadsheetCell = null;
    if (cell.type === 'inlineStr' || cell.type === 'str' || cell.type === 'e') value = raw;
    else if (cell.type === 's') value = raw.trim() === '' ? null : (strings[Number(raw)] ?? null);
    else if (cell.type === 'b') value = raw.trim() === '' ? null : raw.trim() === '1' ? 'ya' : 'tidak';
    else if (cell.type === 'd') value = raw.trim() === '' ? null : raw.trim().slice(0, 10);
    else if (raw.trim() !== '') {
      const number = Number(raw);
      const format = formats[cell.style];
      if (!Number.isFinite(number)) value = raw;
      else if (format === 'date') value = excelDate(number, date1904);
      else if (format === 'percent') value = Math.round(number * 100 * 1e9) / 1e9;
      else value = number;
    }
    if (typeof value === 'string' && value.trim() === '') value = null;
    cell = undefined;
    if (value === null) return;
    if (typeof value === 'string' && value.length > limits.cellChars) throw tooLong(value.length);
    if (column >= limits.columns) {
      throw new UserError('E_SPREADSHEET_TOO_WIDE', `${shown}: sel ${at()} berada di luar ${formatNumber(limits.columns)} kolom pertama; batasnya ${formatNumber(limits.columns)} kolom.`, {
        hint: 'Hapus isi di kolom sejauh itu, atau salin hanya tabel realisasi ke buku kerja baru.',
      });
    }
    while (cells.length < column) cells.push(null);
    cells[column] = value;
  };

  part(path, {
    open: (tag) => {
      switch (tag.local) {
        case 'row':
          rowNumber = tag.attributes.r ? Number(tag.attributes.r) : rowNumber + 1;
          cells = [];
          column = -1;
          break;
        case 'c':
          column = tag.attributes.r ? columnIndex(tag.attributes.r) : column + 1;
          cell = { type: tag.attributes.t ?? 'n', style: Number(tag.attributes.s ?? 0), value: [], inline: [] };
          break;
        case 'v':
          if (cell) collect = 'v';
          break;
        case 'rPh':
          phonetic++;
          break;
        case 't':
          if (cell && phonetic === 0) collect = 't';
          break;
      }
    },
    close: (local) => {
      if (local === 'v' || local === 't') collect = undefined;
      else if (local === 'rPh') phonetic--;
      else if (local === 'c') finishCell();
      else if (local === 'row') {
        if (cells.length === 0) return;
        count.rows++;
        if (count.rows > limits.rows) {
          throw new UserError('E_SPREADSHEET_TOO_MANY_ROWS', `${shown}: lebih dari ${formatNumber(limits.rows)} baris berisi (berhenti di ${sheet}!${rowNumber}); batasnya ${formatNumber(limits.rows)} baris.`, {
            hint: 'Berkas realisasi memuat satu baris per indikator atau kegiatan. Periksa apakah berkasnya benar, atau bagi menjadi beberapa berkas.',
          });
        }
        rows.push({ row: rowNumber, cells });
      }
    },
    text: (text) => {
      if (!cell || !collect) return;
      const into = collect === 'v' ? cell.value : cell.inline;
      into.push(text);
    },
    textIn: new Set(['v', 't']),
  });
  return rows;
}

/** "AB12" -> 27. */
function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

/** A date serial as TTTT-BB-HH (the 1900 system counts from 1899-12-30, as Excel does after Feb 1900). */
function excelDate(serial: number, date1904: boolean): string {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000);
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? String(serial) : date.toISOString().slice(0, 10);
}

function megabytes(bytes: number): string {
  return `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;
}
