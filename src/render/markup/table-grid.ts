/**
 * Checks that a table's rows tile its column grid, the way Word needs them to: every row covers
 * each column exactly once, counting cells that reach down from rows above through rowspan.
 * Cells are not rewritten; the writer derives vMerge continuations from the same spans.
 */
import type { TableRow } from './types.js';

export interface GridProblem {
  /** Index of the row the problem is reported on. */
  row: number;
  message: string;
}

export interface GridResult {
  /** Number of grid columns: the declared count, or the widest row's. */
  width: number;
  problems: GridProblem[];
}

/** `declared` is the number of widths in `columns="…"`, when given. */
export function checkGrid(rows: readonly TableRow[], declared: number | undefined): GridResult {
  const problems: GridProblem[] = [];
  // For each column: rows still covered by a rowspan from above, and the row it started on.
  const carry: number[] = [];
  const carryFrom: number[] = [];
  const covered: number[][] = [];

  rows.forEach((row, r) => {
    const columns: number[] = [];
    let col = 0;
    const placed: [start: number, colspan: number, rowspan: number][] = [];
    row.cells.forEach((cell, c) => {
      while ((carry[col] ?? 0) > 0) col++;
      for (let k = col; k < col + cell.colspan; k++) {
        if ((carry[k] ?? 0) > 0) {
          problems.push({
            row: r,
            message: `Sel ke-${c + 1} baris ini bertabrakan dengan rowspan dari baris ${(carryFrom[k] ?? 0) + 1} tabel.`,
          });
          break;
        }
      }
      placed.push([col, cell.colspan, cell.rowspan]);
      for (let k = col; k < col + cell.colspan; k++) columns.push(k);
      col += cell.colspan;
    });
    for (let k = 0; k < carry.length; k++) {
      if ((carry[k] ?? 0) > 0) {
        columns.push(k);
        carry[k]! -= 1;
      }
    }
    for (const [start, colspan, rowspan] of placed) {
      for (let k = start; k < start + colspan; k++) {
        carry[k] = rowspan - 1;
        carryFrom[k] = r;
      }
    }
    covered.push(columns);
  });

  for (let k = 0; k < carry.length; k++) {
    if ((carry[k] ?? 0) > 0) {
      const from = carryFrom[k] ?? 0;
      problems.push({ row: from, message: 'rowspan pada baris ini melewati baris terakhir tabel.' });
      break;
    }
  }

  const width = declared ?? covered.reduce((max, columns) => Math.max(max, extent(columns)), 0);
  covered.forEach((columns, r) => {
    const count = new Set(columns).size;
    if (count === width && extent(columns) === width) return;
    const basis = declared === undefined ? 'baris terlebar' : `columns="…" berisi ${declared} lebar`;
    problems.push({
      row: r,
      message:
        `Baris tabel ini mengisi ${count} kolom, padahal tabel punya ${width} kolom (${basis}). ` +
        'Hitung colspan, dan rowspan dari baris di atasnya.',
    });
  });
  return { width, problems };
}

function extent(columns: readonly number[]): number {
  let max = 0;
  for (const k of columns) if (k + 1 > max) max = k + 1;
  return max;
}
