/**
 * "Did you mean …?": the known name closest to a misspelt one. One implementation for the
 * project file (keys, codes, ids) and for template authors (elements, attributes, helpers); the
 * options say where the two differ.
 */

export interface SuggestOptions {
  /**
   * Words shorter than this get no guess. Template names of one or two letters (`p`, `tr`) are
   * all one edit apart, so a guess there misleads. Default 0: any word gets a guess.
   */
  minLength?: number;
  /**
   * Whether a candidate equal to the word but for case is offered (default true): a key written
   * `Target` is the key `target`. Off for template names, which get no guess then.
   */
  sameButCase?: boolean;
  /**
   * Count two swapped neighbours (`tabel` → `table`) as one edit, not two (default false, the
   * plain edit distance). On for template names.
   */
  swapsAsOne?: boolean;
}

/**
 * The candidate closest to `word` (ignoring case), when it is close enough to be a likely typo:
 * at most one edit per three letters, and always one.
 *
 * @example
 * suggest('DISKOMNFO', ['DISKOMINFO', 'BAPPEDA']) //=> 'DISKOMINFO'
 * suggest('tabel', ['table'], { swapsAsOne: true }) //=> 'table'
 */
export function suggest(word: string, candidates: Iterable<string>, options: SuggestOptions = {}): string | undefined {
  const { minLength = 0, sameButCase = true, swapsAsOne = false } = options;
  if (word.length < minLength) return undefined;
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(lower, candidate.toLowerCase(), swapsAsOne);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  const allowed = Math.max(1, Math.floor(word.length / 3));
  if (bestDistance === 0 && !sameButCase) return undefined;
  return bestDistance <= allowed ? best : undefined;
}

/**
 * Levenshtein distance; with `swapsAsOne`, a swap of two neighbouring letters is one edit
 * (optimal string alignment).
 */
export function editDistance(a: string, b: string, swapsAsOne = false): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const previous = rows[i - 1]!;
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (swapsAsOne && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      }
      row.push(d);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}
