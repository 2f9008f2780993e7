/**
 * Reads the rows of a realisation spreadsheet (already read into cells by io/read-spreadsheet.ts):
 * finds the header row under any note rows, the columns id / realisasi / keterangan / tahun, and
 * keeps the row numbers the user sees so every problem can say `file:row`.
 */
import type { Problem } from '../problem.js';

/** A cell as the spreadsheet shows it: text, a number, or empty. */
export type Cell = string | number | null;

export interface SheetTable {
  /** Sheet name (XLSX) or undefined (CSV). */
  name?: string;
  /** Rows in order with their 1-based number in the file. */
  rows: { row: number; cells: Cell[] }[];
}

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
  id: string;
  realisasi: string | number;
  keterangan?: string;
  /** From a `tahun` column, when the sheet has one. */
  tahun?: string | number;
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

/** Finds header and columns in each sheet and returns the filled-in rows. */
export function realisasiRowsFrom(sheets: readonly SheetTable[], file: string): ReadRows {
  const out: ReadRows = { rows: [], empty: 0, problems: [] };
  const headerYears = new Set<number>();
  let sheetsWithHeader = 0;
  const named = sheets.length > 1;

  for (const sheet of sheets) {
    const header = sheet.rows.slice(0, HEADER_SEARCH_ROWS).find((r) => columnsOf(r.cells) !== undefined);
    if (!header) continue;
    sheetsWithHeader++;
    const columns = columnsOf(header.cells)!;
    if (columns.tahunHeader !== undefined) headerYears.add(columns.tahunHeader);
    for (const { row, cells } of sheet.rows) {
      if (row <= header.row) continue;
      const id = textOf(cells[columns.id]);
      const value = cells[columns.realisasi];
      const filled = value !== null && value !== undefined && String(value).trim() !== '';
      // A workbook names cells (F12); a CSV has no letters on screen, so name the column.
      const at = (column: number, name: string) => (sheet.name === undefined ? `kolom ${name}` : `${columnLetter(column)}${row}`);
      const where = {
        row,
        ...(named && sheet.name ? { sheet: sheet.name } : {}),
        cell: at(columns.realisasi, 'realisasi'),
        idCell: at(columns.id, 'id'),
      };
      if (id === '' && !filled) continue;
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
      out.rows.push({
        ...where,
        id,
        realisasi: typeof value === 'number' ? value : String(value).trim(),
        ...(keterangan ? { keterangan } : {}),
        ...(tahun !== null && tahun !== undefined && String(tahun).trim() !== '' ? { tahun } : {}),
      });
    }
  }

  if (sheetsWithHeader === 0) {
    out.problems.push({
      code: 'realisasi-no-header',
      severity: 'error',
      file,
      message: 'Baris judul kolom tidak ditemukan: perlu kolom "id" dan "realisasi".',
      hint: 'Baris judul memuat sedikitnya "id" dan "realisasi" (boleh "realisasi 2025"), opsional "keterangan" dan "tahun". Buat templat dengan `roadmap update --template-realisasi realisasi.xlsx`.',
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
}

function columnsOf(cells: readonly Cell[]): Columns | undefined {
  const names = cells.map((c) => textOf(c).toLowerCase().replace(/\s+/g, ' ').replace(/[*:]$/, '').trim());
  const id = names.findIndex((n) => n === 'id' || n === 'kode' || n === 'id indikator/kegiatan');
  const realisasi = names.findIndex((n) => /^realisasi\b/.test(n));
  if (id === -1 || realisasi === -1) return undefined;
  const keterangan = names.findIndex((n) => n === 'keterangan' || n === 'catatan');
  const tahun = names.findIndex((n) => n === 'tahun');
  const year = /^realisasi (?:tahun )?(\d{4})$/.exec(names[realisasi]!);
  return {
    id,
    realisasi,
    ...(keterangan !== -1 ? { keterangan } : {}),
    ...(tahun !== -1 ? { tahun } : {}),
    ...(year ? { tahunHeader: Number(year[1]) } : {}),
  };
}

function textOf(cell: Cell | undefined): string {
  return cell === null || cell === undefined ? '' : String(cell).trim();
}

/** 0 -> "A", 27 -> "AB". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "BKPSDM!E12" for a named sheet, "E12" otherwise. */
export function cellPath(sheet: string | undefined, cell: string): string {
  return sheet ? `${sheet}!${cell}` : cell;
}
