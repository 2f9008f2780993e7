/**
 * Which abbreviations a text uses, for the regulation's list of abbreviations: a code counts where
 * it stands as a word of its own, not inside a longer word ("SK" in "SKM") nor after a hyphen.
 * The text is the whole project as JSON (megabytes for a large road map), so it is read once for
 * all codes, not once per code.
 */

import { SINGKATAN } from '../../reference/index.js';

export interface Singkatan {
  singkatan: string;
  nama: string;
}

/**
 * A document's list of abbreviations: the OPDs it names by a short name that differs from the
 * full one, then the programme and institution acronyms its text uses, sorted as Indonesian
 * dictionaries sort. An OPD's short name wins over a dictionary entry of the same letters.
 */
export function daftarSingkatan(text: string, opd: readonly Singkatan[]): Singkatan[] {
  const taken = new Set(opd.map((s) => s.singkatan));
  const dipakai = abbreviationsUsed(text, SINGKATAN);
  const umum = Object.entries(SINGKATAN)
    .filter(([kode]) => !taken.has(kode) && dipakai.has(kode))
    .map(([kode, nama]) => ({ singkatan: kode, nama }));
  return [...opd, ...umum].sort((a, b) => a.singkatan.localeCompare(b.singkatan, 'id'));
}

/** What may not stand right before a code, nor (hyphen aside) right after it. */
const BEFORE = '[\\p{L}\\d-]';
const AFTER = '[\\p{L}\\d]';

/** The codes (keys) of `dictionary` that `text` uses as words of their own. */
export function abbreviationsUsed(text: string, dictionary: Readonly<Record<string, string>>): Set<string> {
  const finder = finderFor(dictionary);
  const used = new Set<string>();
  for (const match of text.matchAll(finder.pattern)) used.add(match[1]!);
  for (const code of finder.shadowed) if (alone(code).test(text)) used.add(code);
  return used;
}

/** One code tested on its own: the definition the shared pattern must agree with. */
export function alone(code: string): RegExp {
  return new RegExp(`(^|[^\\p{L}\\d-])${escapeRegExp(code)}(?!${AFTER})`, 'u');
}

interface Finder {
  /**
   * Every code, capturing it. A match takes the code's characters, which hides no other code:
   * one could begin inside it only after a character that is not a letter, digit or hyphen, and
   * no code has one before its end; for a list where one does, the pattern matches zero-width
   * (several times slower) so that every position is tried.
   */
  pattern: RegExp;
  /**
   * Codes that can stand at the very place a longer code stands (`AB` and `AB-C`: both may
   * match at one position, and the pattern captures only one); tested alone.
   */
  shadowed: string[];
}

/** By dictionary: the reference list is one object for the life of the process. */
const finders = new WeakMap<object, Finder>();

function finderFor(dictionary: Readonly<Record<string, string>>): Finder {
  let finder = finders.get(dictionary);
  if (finder === undefined) {
    const longestFirst = Object.keys(dictionary).sort((a, b) => b.length - a.length || a.localeCompare(b));
    const shadowed = longestFirst.filter(
      (code) => code === '' || longestFirst.some((other) => other.length > code.length && other.startsWith(code) && !/[\p{L}\d]/u.test(other[code.length]!)),
    );
    const alternatives = longestFirst.filter((code) => code !== '').map(escapeRegExp).join('|');
    const opensInside = longestFirst.some((code) => /[^\p{L}\d-]/u.test([...code].slice(0, -1).join('')));
    const pattern = opensInside ? `(?<!${BEFORE})(?=(${alternatives})(?!${AFTER}))` : `(?<!${BEFORE})(${alternatives})(?!${AFTER})`;
    finder = { pattern: new RegExp(pattern, 'gu'), shadowed };
    finders.set(dictionary, finder);
  }
  return finder;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
