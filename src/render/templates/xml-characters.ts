/**
 * Characters XML forbids, which user data pasted from a word processor sometimes carries. The
 * markup must stay well-formed whatever the data holds, so they are replaced before parsing:
 * a vertical tab (Word's manual line break) and form feed become a newline, so words stay
 * apart; other control characters and unpaired surrogates are dropped.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without the characters XML 1.0 forbids (see above). */
export function removeForbiddenXmlCharacters(text: string): string {
  return text.replace(FORBIDDEN, (char) => (char === '\u000B' || char === '\u000C' ? '\n' : ''));
}
