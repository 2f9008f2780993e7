/**
 * Page numbers as the footers print them: each section restarts at its `pageNumberStart` or
 * continues from the previous section, in its own format (i, ii / 1, 2 / I, II).
 */
import type { PageNumberFormat } from '../../markup/types.js';

export function toRoman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
    [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
  ];
  let out = '';
  for (const [value, digits] of table) while (n >= value) {
    out += digits;
    n -= value;
  }
  return out;
}

export function formatPageNumber(n: number, format: PageNumberFormat): string {
  if (format === 'lower-roman') return toRoman(n);
  if (format === 'upper-roman') return toRoman(n).toUpperCase();
  return String(n);
}

/** The label of every page, from the sections' page ranges and numbering properties. */
export function pageLabels(
  sections: readonly { first: number; count: number }[],
  props: readonly { pageNumberStart?: number; pageNumberFormat: PageNumberFormat }[],
): string[] {
  const labels: string[] = [];
  let n = 0;
  sections.forEach((s, i) => {
    const p = props[i];
    if (!p) return;
    n = p.pageNumberStart !== undefined ? p.pageNumberStart - 1 : n;
    for (let k = 0; k < s.count; k++) labels[s.first + k] = formatPageNumber(++n, p.pageNumberFormat);
  });
  return labels;
}
