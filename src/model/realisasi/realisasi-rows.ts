/**
 * Reads the rows of a realisation spreadsheet (already read into cells by io/read-spreadsheet.ts):
 * finds the header row under any note rows, the columns id / realisasi / keterangan / tahun, and
 * keeps the row numbers the user sees so every problem can say `file:row`.
 */
import { columnLetters, type SpreadsheetCell, type SpreadsheetSheet } from '../../spreadsheet.js';
import { c1ControlMessage } from '../c1-controls.js';
import type { Problem } from '../../problem.js';
import { parseAngka } from '../parse-angka.js';
import { quarterOf } from '../quarter.js';

/** One filled-in row, before it is checked against the project. */
export interface RealisasiRow {
  /** 1-based row number in the file (or sheet). */
  row: number;
  /** Sheet name for workbooks with several sheets. */
  sheet?: string;
  /** Where the value sits: "F12" in a workbook, "kolom realisasi" in a CSV (for messages). */
  cell?: string;
  /** Where the id sits, likewise. */
  idCell?: string;
  /** Where the row's year sits, when the sheet has a `tahun` column. */
  tahunCell?: string;
  id: string;
  realisasi: string | number;
  keterangan?: string;
  /** From a `tahun` column, when the sheet has one. */
  tahun?: string | number;
  /** From a `triwulan` column: the value is that quarter's realisation (activities only). */
  triwulan?: 1 | 2 | 3 | 4;
  /** From a `realisasi anggaran` column: the rupiah spent that year (activities only). */
  anggaran?: number;
}

export interface ReadRows {
  rows: RealisasiRow[];
  /** The year written in the header ("realisasi 2025"), when every sheet agrees on one. */
  tahunHeader?: number;
  /** Rows with an id but no realisation yet (not an error: the OPD has not reported). */
  empty: number;
  problems: Problem[];
}

const HEADER_SEARCH_ROWS = 20;

/** Characters in a realisation or keterangan cell: a value, or a few sentences of notes. */
export const REALISASI_CELL_CHARS = 2_000;

/** Problems about the file as a whole: nothing can be imported from it. */
export const FILE_PROBLEMS: ReadonlySet<string> = new Set(['realisasi-empty-file', 'realisasi-no-header', 'realisasi-no-rows']);

/** Finds header and columns in each sheet and returns the filled-in rows. */
export function realisasiRowsFrom(sheets: readonly SpreadsheetSheet[], file: string): ReadRows {
  const out: ReadRows = { rows: [], empty: 0, problems: [] };
  const headerYears = new Set<number>();
  let sheetsWithHeader = 0;
  const named = sheets.length > 1;

  let dataRows = 0;
  const headers: { sheet?: string; row: number }[] = [];

  for (const sheet of sheets) {
    const header = sheet.rows.slice(0, HEADER_SEARCH_ROWS).find((r) => columnsOf(r.cells) !== undefined);
    if (!header) continue;
    sheetsWithHeader++;
    headers.push({ ...(sheet.name !== undefined ? { sheet: sheet.name } : {}), row: header.row });
    const columns = columnsOf(header.cells)!;
    if (columns.tahunHeader !== undefined) headerYears.add(columns.tahunHeader);
    for (const { row, cells } of sheet.rows) {
      if (row <= header.row) continue;
      const id = textOf(cells[columns.id]);
      const value = cells[columns.realisasi];
      const filled = value !== null && value !== undefined && String(value).trim() !== '';
      // A workbook names cells (F12); a CSV has no letters on screen, so name the column.
      const at = (column: number, name: string) => (sheet.name === undefined ? `kolom ${name}` : `${columnLetters(column + 1)}${row}`);
      const where = {
        row,
        ...(named && sheet.name ? { sheet: sheet.name } : {}),
        cell: at(columns.realisasi, 'realisasi'),
        idCell: at(columns.id, 'id'),
        ...(columns.tahun !== undefined ? { tahunCell: at(columns.tahun, 'tahun') } : {}),
      };
      if (id === '' && !filled) continue;
      dataRows++;
      if (id === '') {
        out.problems.push({
          code: 'realisasi-no-id',
          severity: 'error',
          file,
          line: row,
          path: cellPath(where.sheet, where.idCell),
          message: 'Realisasi diisi tetapi kolom id kosong.',
          hint: 'Isi id indikator atau kegiatan seperti pada roadmap.yaml (misalnya IND-03, MP-01).',
        });
        continue;
      }
      if (!filled) {
        out.empty++;
        continue;
      }
      const keterangan = columns.keterangan === undefined ? '' : textOf(cells[columns.keterangan]);
      const tahun = columns.tahun === undefined ? undefined : cells[columns.tahun];
      const bad = cellProblem(value, 'realisasi', where.cell) ?? (columns.keterangan !== undefined ? cellProblem(keterangan, 'keterangan', at(columns.keterangan, 'keterangan')) : undefined);
      if (bad) {
        out.problems.push({ code: bad.code, severity: 'error', file, line: row, path: cellPath(where.sheet, bad.cell), message: `${id.length > 60 ? `${id.slice(0, 60)}…` : id}: ${bad.message}`, hint: bad.hint });
        continue;
      }
      const quarterCell = columns.triwulan === undefined ? undefined : cells[columns.triwulan];
      const quarter = quarterCell === undefined || quarterCell === null || String(quarterCell).trim() === '' ? undefined : quarterOf(quarterCell);
      if (quarter === null) {
        out.problems.push({
          code: 'realisasi-bad-quarter',
          severity: 'error',
          file,
          line: row,
          path: cellPath(where.sheet, at(columns.triwulan!, 'triwulan')),
          message: `${id}: triwulan "${String(quarterCell).slice(0, 20)}" tidak dikenal.`,
          hint: 'Tulis 1, 2, 3 atau 4 (atau I-IV, TW II); kosongkan untuk realisasi setahun.',
        });
        continue;
      }
      const spentCell = columns.anggaran === undefined ? undefined : cells[columns.anggaran];
      const spentText = spentCell === undefined || spentCell === null ? '' : String(spentCell).trim();
      const spent = spentText === '' ? undefined : typeof spentCell === 'number' ? spentCell : parseAngka(spentText.replace(/^Rp\.?\s*/i, ''));
      if (spent === undefined && spentText !== '') {
        out.problems.push({
          code: 'realisasi-bad-budget',
          severity: 'error',
          file,
          line: row,
          path: cellPath(where.sheet, at(columns.anggaran!, 'realisasi anggaran')),
          message: `${id}: realisasi anggaran "${spentText.slice(0, 40)}" bukan angka rupiah.`,
          hint: 'Tulis rupiah tanpa pemisah atau dengan titik ribuan, misalnya 125000000 atau 125.000.000.',
        });
        continue;
      }
      out.rows.push({
        ...where,
        id,
        realisasi: typeof value === 'number' ? value : String(value).trim(),
        ...(keterangan ? { keterangan } : {}),
        ...(tahun !== null && tahun !== undefined && String(tahun).trim() !== '' ? { tahun } : {}),
        ...(quarter !== undefined ? { triwulan: quarter } : {}),
        ...(spent !== undefined ? { anggaran: spent } : {}),
      });
    }
  }

  const template = 'Buat templat dengan `roadmap update --template-realisasi realisasi.xlsx`.';
  if (sheets.every((sheet) => sheet.rows.length === 0)) {
    out.problems.push({
      code: 'realisasi-empty-file',
      severity: 'error',
      file,
      message: 'Berkas kosong: tidak ada satu baris pun yang berisi.',
      hint: `Isi baris judul "id" dan "realisasi", lalu satu baris per indikator atau kegiatan. ${template}`,
    });
  } else if (sheetsWithHeader === 0) {
    const first = sheets.flatMap((sheet) => sheet.rows.slice(0, 1).map((r) => ({ sheet: sheet.name, ...r })))[0]!;
    const shown = first.cells.filter((c) => c !== null && c !== undefined).slice(0, 6).map((c) => `"${String(c).slice(0, 30)}"`);
    out.problems.push({
      code: 'realisasi-no-header',
      severity: 'error',
      file,
      line: first.row,
      message: `Baris judul kolom tidak ditemukan: perlu kolom "id" dan "realisasi" dalam ${HEADER_SEARCH_ROWS} baris pertama. Baris ${first.row}${first.sheet && sheets.length > 1 ? ` lembar ${first.sheet}` : ''} berisi ${shown.join(', ')}.`,
      hint: `Baris judul memuat sedikitnya "id" (atau "kode") dan "realisasi" (boleh "realisasi 2025"), opsional "keterangan" dan "tahun". ${template}`,
    });
  } else if (dataRows === 0) {
    const where = headers.map((h) => (h.sheet && sheets.length > 1 ? `${h.sheet} baris ${h.row}` : `baris ${h.row}`)).join(', ');
    out.problems.push({
      code: 'realisasi-no-rows',
      severity: 'error',
      file,
      line: headers[0]!.row,
      message: `Tidak ada baris realisasi: hanya baris judul (${where}), tanpa baris berisi di bawahnya.`,
      hint: 'Isi satu baris per indikator atau kegiatan di bawah judul: id dan realisasinya.',
    });
  }
  if (headerYears.size === 1) out.tahunHeader = [...headerYears][0]!;
  return out;
}

interface Columns {
  id: number;
  realisasi: number;
  keterangan?: number;
  tahun?: number;
  tahunHeader?: number;
  triwulan?: number;
  anggaran?: number;
}

function columnsOf(cells: readonly SpreadsheetCell[]): Columns | undefined {
  const names = cells.map((c) => textOf(c).toLowerCase().replace(/\s+/g, ' ').replace(/[*:]$/, '').trim());
  const id = names.findIndex((n) => n === 'id' || n === 'kode' || n === 'id indikator/kegiatan');
  const realisasi = names.findIndex((n) => /^realisasi\b/.test(n) && !/^realisasi anggaran\b/.test(n));
  if (id === -1 || realisasi === -1) return undefined;
  const keterangan = names.findIndex((n) => n === 'keterangan' || n === 'catatan');
  const tahun = names.findIndex((n) => n === 'tahun');
  const triwulan = names.findIndex((n) => n === 'triwulan' || n === 'tw');
  const anggaran = names.findIndex((n) => /^realisasi anggaran\b/.test(n) || n === 'anggaran terealisasi');
  const year = /^realisasi (?:tahun )?(\d{4})$/.exec(names[realisasi]!);
  return {
    id,
    realisasi,
    ...(keterangan !== -1 ? { keterangan } : {}),
    ...(tahun !== -1 ? { tahun } : {}),
    ...(triwulan !== -1 ? { triwulan } : {}),
    ...(anggaran !== -1 ? { anggaran } : {}),
    ...(year ? { tahunHeader: Number(year[1]) } : {}),
  };
}

/** A realisation or keterangan cell that cannot be stored: too long, or holding C1 controls. */
function cellProblem(value: SpreadsheetCell | undefined, column: string, cell: string): { code: string; message: string; hint: string; cell: string } | undefined {
  if (typeof value !== 'string') return undefined;
  if (value.length > REALISASI_CELL_CHARS) {
    return {
      code: 'realisasi-too-long',
      cell,
      message: `${column} berisi ${value.length.toLocaleString('id-ID')} karakter; paling banyak ${REALISASI_CELL_CHARS.toLocaleString('id-ID')}.`,
      hint: column === 'keterangan' ? 'Persingkat keterangan menjadi beberapa kalimat; uraian panjang masuk ke laporan.' : 'Isi realisasi dengan angka atau teks singkat, misalnya 85,5 atau "SK ditetapkan".',
    };
  }
  const control = c1ControlMessage(value);
  if (control) {
    return {
      code: 'realisasi-control-char',
      cell,
      message: `${column}: ${control.charAt(0).toLowerCase()}${control.slice(1)}`,
      hint: 'Simpan ulang berkas dari Excel sebagai "CSV UTF-8 (Comma delimited)" atau sebagai .xlsx, lalu impor lagi.',
    };
  }
  return undefined;
}

function textOf(cell: SpreadsheetCell | undefined): string {
  return cell === null || cell === undefined ? '' : String(cell).trim();
}

/** "BKPSDM!E12" for a named sheet, "E12" otherwise. */
export function cellPath(sheet: string | undefined, cell: string): string {
  return sheet ? `${sheet}!${cell}` : cell;
}

