/**
 * A `&` or `<` written as plain text in a template ("Monitoring & Evaluasi") is the likeliest
 * markup mistake, and a strict XML parser handles it badly: an unterminated entity swallows the
 * rest of the document. So find them first, report each where it was written, and escape them
 * so parsing can go on to find other problems.
 */

/** `&` not starting a character reference, `<` not starting a tag, comment or instruction. */
const BARE = /&(?![A-Za-z][A-Za-z0-9]*;|#[0-9]+;|#x[0-9A-Fa-f]+;)|<(?![A-Za-z_:/!?])/g;

/** Calls `found` for each bare character (outside XML comments) and returns the repaired markup. */
export function escapeBareCharacters(markup: string, found: (offset: number, char: '&' | '<') => void): string {
  return markup.replace(BARE, (char: string, offset: number) => {
    if (markup.lastIndexOf('<!--', offset) > markup.lastIndexOf('-->', offset)) return char;
    found(offset, char as '&' | '<');
    return char === '&' ? '&amp;' : '&lt;';
  });
}
