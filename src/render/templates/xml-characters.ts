/**
 * Characters XML forbids, which user data pasted from a word processor sometimes carries. The
 * markup must stay well-formed whatever the data holds, so they are replaced before parsing:
 * a vertical tab (Word's manual line break) and form feed become a newline, so words stay
 * apart; other control characters and unpaired surrogates are dropped. The DOCX writer drops
 * the same characters from the text it writes (docx/wml/escape.ts).
 */

/** One character XML 1.0 forbids outright: a C0 control other than tab, LF and CR; U+FFFE; U+FFFF. */
// eslint-disable-next-line no-control-regex
export const XML_FORBIDDEN_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Those characters, and surrogates without their pair (no encoding can write one alone). */
const FORBIDDEN = new RegExp(
  `${XML_FORBIDDEN_CHARACTER.source}|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]`,
  'g',
);

/**
 * Where FORBIDDEN could match: its characters and every surrogate, paired or not. One character
 * class scans a document's markup several times faster than FORBIDDEN's alternatives and
 * lookarounds, and most markup has none of them.
 */
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** `text` without the characters XML 1.0 forbids (see above). */
export function removeForbiddenXmlCharacters(text: string): string {
  const first = text.search(SUSPECT);
  if (first < 0) return text;
  // The character before `first` is no surrogate, so FORBIDDEN's lookbehind reads the same there.
  return text.slice(0, first) + text.slice(first).replace(FORBIDDEN, (char) => (char === '\u000B' || char === '\u000C' ? '\n' : ''));
}
