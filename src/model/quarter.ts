/**
 * A quarter (triwulan) as people write it. Apart from the realisation rows that use it, so that
 * the CLI's option parser (`--triwulan`) does not load the spreadsheet reading with it.
 */
import type { SpreadsheetCell } from '../spreadsheet.js';

/** 1-4, I-IV, "TW II", "Triwulan 3"; null when unreadable. */
export function quarterOf(cell: SpreadsheetCell): 1 | 2 | 3 | 4 | null {
  const text = String(cell).trim().toUpperCase().replace(/^(?:TRIWULAN|TW)\s*/, '');
  const n = { '1': 1, '2': 2, '3': 3, '4': 4, I: 1, II: 2, III: 3, IV: 4 }[text];
  return (n as 1 | 2 | 3 | 4 | undefined) ?? null;
}
