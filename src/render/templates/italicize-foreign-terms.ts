/**
 * Italics for foreign terms (PUEBI: unadapted foreign words are italic), from the one list in
 * src/reference/istilah-asing.ts. Works on raw text and escapes it itself, so user text can
 * never bring markup along: only the tags this module writes reach the document.
 */
import { ISTILAH_ASING } from '../../reference/index.js';

export interface TermSpan {
  start: number;
  end: number;
}

/**
 * Web and mail addresses are left alone: `https://website.go.id` is an address, not the word
 * "website". Read word by word, so a long run without spaces costs no backtracking.
 */
function addressSpans(text: string): TermSpan[] {
  if (!/:\/\/|www\.|@/i.test(text)) return [];
  const spans: TermSpan[] = [];
  for (const word of text.matchAll(/\S+/g)) {
    if (/:\/\/|www\.|@/i.test(word[0])) spans.push({ start: word.index, end: word.index + word[0].length });
  }
  return spans;
}

/**
 * A term as words and what must stand between them: null for a space in the list, which matches
 * any run of spaces in the text; otherwise exactly what the list has (a hyphen).
 */
interface Term {
  words: string[];
  separators: (string | null)[];
}

/** Terms by their first word, longest first, so `whistleblowing system` wins. */
type TermIndex = ReadonlyMap<string, readonly Term[]>;

const WORD = /[\p{L}\p{N}_]+/gu;

/**
 * Words are maximal runs of letters and digits, so terms match whole words only, and a hyphen
 * separates: "output-nya" italicises "output", while "outputnya" is one (Indonesian-affixed)
 * word and stays upright. Looking terms up by word keeps a table cell to a few map lookups.
 */
function indexTerms(terms: readonly string[]): TermIndex {
  const index = new Map<string, Term[]>();
  for (const raw of new Set(terms.map((term) => term.trim().toLowerCase()))) {
    const words = raw.match(WORD);
    if (words === null) continue;
    const separators = raw
      .split(WORD)
      .slice(1, -1)
      .map((between) => (between.trim() === '' ? null : between));
    const list = index.get(words[0]!) ?? [];
    list.push({ words, separators });
    index.set(words[0]!, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

/** Built once from the reference list; read-only afterwards. */
const DEFAULT_INDEX = indexTerms(ISTILAH_ASING);

/**
 * Where the foreign terms are in `text`, in order and not overlapping.
 *
 * @example
 * findForeignTerms('Inovasi quick wins daerah') //=> [{ start: 8, end: 18 }]
 */
export function findForeignTerms(text: string, terms?: readonly string[]): TermSpan[] {
  const index = terms === undefined ? DEFAULT_INDEX : indexTerms(terms);
  if (!startsATerm(text, index)) return [];
  const words = [...text.matchAll(WORD)];
  const addresses = addressSpans(text);
  const spans: TermSpan[] = [];
  for (let i = 0; i < words.length; i++) {
    const candidates = index.get(words[i]![0].toLowerCase());
    if (candidates === undefined) continue;
    const term = candidates.find((candidate) => matchesAt(text, words, i, candidate));
    if (term === undefined) continue;
    const last = words[i + term.words.length - 1]!;
    const span = { start: words[i]!.index, end: last.index + last[0].length };
    if (!addresses.some((address) => span.start < address.end && address.start < span.end)) spans.push(span);
    i += term.words.length - 1;
  }
  return spans;
}

/**
 * Whether any word of `text` is the first word of a term. Most text in a road map has no foreign
 * term, and this answers without collecting the words.
 */
function startsATerm(text: string, index: TermIndex): boolean {
  SCAN.lastIndex = 0;
  for (let word = SCAN.exec(text); word !== null; word = SCAN.exec(text)) {
    if (index.has(word[0].toLowerCase())) return true;
  }
  return false;
}

/** WORD for exec loops, which move its lastIndex (WORD is shared by match, split and matchAll). */
const SCAN = new RegExp(WORD.source, WORD.flags);

function matchesAt(text: string, words: readonly RegExpExecArray[], at: number, term: Term): boolean {
  if (at + term.words.length > words.length) return false;
  for (let k = 1; k < term.words.length; k++) {
    const previous = words[at + k - 1]!;
    const word = words[at + k]!;
    if (word[0].toLowerCase() !== term.words[k]) return false;
    const between = text.slice(previous.index + previous[0].length, word.index);
    const separator = term.separators[k - 1];
    if (separator === null || separator === undefined ? !/^[\s\u00a0]+$/.test(between) : between !== separator) return false;
  }
  return true;
}

/**
 * Escapes `text` with `escape` and wraps every foreign term in `<i>…</i>`. The caller decides
 * the escaping (Handlebars' for inline fields, the prose converter's own for `teks`) and makes
 * sure the text is not already inside `<i>`.
 *
 * @example
 * italicizeForeignTerms('Quick wins & e-government', escapeXml) //=> '<i>Quick wins</i> &amp; <i>e-government</i>'
 */
export function italicizeForeignTerms(text: string, escape: (text: string) => string, terms?: readonly string[]): string {
  let out = '';
  let from = 0;
  for (const span of findForeignTerms(text, terms)) {
    out += `${escape(text.slice(from, span.start))}<i>${escape(text.slice(span.start, span.end))}</i>`;
    from = span.end;
  }
  return out + escape(text.slice(from));
}
