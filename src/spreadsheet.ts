/**
 * A spreadsheet as plain cells, and its column letters: what io reads from a CSV or XLSX file,
 * what the model interprets as realisation rows, and the letters that name a cell in a message.
 * A top-level module that imports nothing, because it is the one place io, model and render may
 * all import from (io may import only io and the top-level modules). Render counts list labels
 * a, b, … aa with the same letters.
 */

/** A cell as the spreadsheet shows it: text, a number, or empty. */
export type SpreadsheetCell = string | number | null;

export interface SpreadsheetSheet {
  /** Sheet name (XLSX); undefined for CSV. */
  name?: string;
  /** Rows that hold anything, in order, with their 1-based number in the file. */
  rows: { row: number; cells: SpreadsheetCell[] }[];
}

/**
 * Spreadsheet column letters, 1 → A, 26 → Z, 27 → AA (bijective base 26).
 *
 * @example
 * columnLetters(1) //=> 'A'
 * columnLetters(28) //=> 'AB'
 */
export function columnLetters(position: number): string {
  let rest = position;
  let out = '';
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    out = String.fromCharCode(65 + digit) + out;
    rest = Math.floor((rest - 1) / 26);
  }
  return out;
}
