/**
 * How much reading a spreadsheet may take in. Its own file so that the CSV reader
 * (read-spreadsheet.ts) and the XLSX reader (read-xlsx.ts) share it without importing each other.
 */
/**
 * How much a realisation file may hold. A filled-in template of a large province has a few
 * hundred rows and weighs well under 1 MB; these leave ample room and still bound time and memory.
 */
export interface SpreadsheetLimits {
  /** Size of the file on disk. */
  fileBytes: number;
  /** XLSX: bytes of all parts read (workbook, styles, shared strings, sheets) once inflated. */
  inflatedBytes: number;
  /** Rows holding anything, over all sheets. */
  rows: number;
  /** Characters in one cell (Excel's own limit). */
  cellChars: number;
  /** XLSX: columns a value may sit in. CSV: fields in one row. */
  columns: number;
}

export const SPREADSHEET_LIMITS: Readonly<SpreadsheetLimits> = {
  fileBytes: 50 * 1024 * 1024,
  inflatedBytes: 50 * 1024 * 1024,
  rows: 10_000,
  cellChars: 32_767,
  columns: 256,
};
