/**
 * "Did you mean …?" for template authors: the closest known name to a misspelt one. Uses the
 * optimal-string-alignment distance so a swapped pair (`tabel` → `table`) counts as one typo.
 */

/**
 * The candidate closest to `word`, when it is close enough to be a likely typo. `aliases` maps
 * words authors plausibly reach for (Indonesian or HTML names) to the name we use.
 *
 * @example
 * closestName('tabel', ['table', 'tr']) //=> 'table'
 * closestName('paragraf', ['p'], { paragraf: 'p' }) //=> 'p'
 */
export function closestName(
  word: string,
  candidates: Iterable<string>,
  aliases: Readonly<Record<string, string>> = {},
): string | undefined {
  const lower = word.toLowerCase();
  if (Object.hasOwn(aliases, lower)) return aliases[lower];
  // One- and two-letter names are all one edit apart (`a` → `b`); a guess there misleads.
  const allowed = lower.length <= 2 ? 0 : Math.max(1, Math.floor(lower.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = osaDistance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return bestDistance <= allowed && bestDistance > 0 ? best : undefined;
}

/** Levenshtein distance plus adjacent transpositions (optimal string alignment). */
export function osaDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1);
    row[0] = i;
    rows.push(row);
  }
  const first = rows[0]!;
  for (let j = 0; j <= b.length; j++) first[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i]!;
    const previous = rows[i - 1]!;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      }
      row[j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}
