/**
 * "Did you mean …?" for template authors: model/suggest.ts with the settings for names in a
 * template, and the words authors plausibly reach for.
 */
import { suggest } from '../../model/suggest.js';

/**
 * The candidate closest to `word`, when it is close enough to be a likely typo. `aliases` maps
 * words authors plausibly reach for (Indonesian or HTML names) to the name we use. A swapped
 * pair (`tabel` → `table`) counts as one typo; one- and two-letter names get no guess, and
 * neither does a name that differs from a known one only in case.
 *
 * @example
 * closestName('tabel', ['table', 'tr']) //=> 'table'
 * closestName('paragraf', ['p'], { paragraf: 'p' }) //=> 'p'
 */
export function closestName(word: string, candidates: Iterable<string>, aliases: Readonly<Record<string, string>> = {}): string | undefined {
  const lower = word.toLowerCase();
  if (Object.hasOwn(aliases, lower)) return aliases[lower];
  return suggest(word, candidates, { minLength: 3, sameButCase: false, swapsAsOne: true });
}
