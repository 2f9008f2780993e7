/**
 * A `&` or `<` written as plain text in a template ("Monitoring & Evaluasi") is the likeliest
 * markup mistake, and a strict XML parser handles it badly: an unterminated entity swallows the
 * rest of the document. So find them first, report each where it was written, and escape them
 * so parsing can go on to find other problems.
 */

/** `&` not starting a character reference, `<` not starting a tag, comment or instruction. */
const BARE = /&(?![A-Za-z][A-Za-z0-9]*;|#[0-9]+;|#x[0-9A-Fa-f]+;)|<(?![A-Za-z_:/!?])/g;

/**
 * Calls `found` for each bare character outside XML comments, in increasing offset order, and
 * returns the repaired markup. Linear: a template mistake inside a 5,000-row loop is 5,000 hits.
 */
export function escapeBareCharacters(markup: string, found: (offset: number, char: '&' | '<') => void): string {
  const comments = new CommentCursor(markup);
  return markup.replace(BARE, (char: string, offset: number) => {
    if (comments.covers(offset)) return char;
    found(offset, char as '&' | '<');
    return char === '&' ? '&amp;' : '&lt;';
  });
}

/** Answers "is this offset inside `<!-- … -->`?" for increasing offsets, moving forward only. */
class CommentCursor {
  private start: number;
  private end: number;

  constructor(private readonly text: string) {
    this.start = text.indexOf('<!--');
    this.end = this.start < 0 ? -1 : text.indexOf('-->', this.start + 4);
  }

  covers(offset: number): boolean {
    while (this.start >= 0 && this.end >= 0 && this.end + 3 <= offset) {
      this.start = this.text.indexOf('<!--', this.end + 3);
      this.end = this.start < 0 ? -1 : this.text.indexOf('-->', this.start + 4);
    }
    return this.start >= 0 && this.start < offset && (this.end < 0 || offset < this.end);
  }
}

/** 1-based line numbers for increasing offsets, counting each line break once. */
export class LineCursor {
  private offset = 0;
  private line = 1;

  constructor(private readonly text: string) {}

  lineAt(offset: number): number {
    for (let i = this.text.indexOf('\n', this.offset); i >= 0 && i < offset; i = this.text.indexOf('\n', i + 1)) {
      this.line++;
      this.offset = i + 1;
    }
    return this.line;
  }
}
