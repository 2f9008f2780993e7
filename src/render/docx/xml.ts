/**
 * String building for WordprocessingML. The body is written as strings rather than through the
 * docx object model, which allocates too much for large documents; these helpers keep the
 * escaping in one place.
 */

const TEXT_SPECIAL = /[&<>]/;
const ATTR_SPECIAL = /[&<>"]/;

/** Text content: &, <, > escaped; characters XML 1.0 forbids (C0 controls but tab/LF/CR) dropped. */
export function escapeText(text: string): string {
  const clean = stripInvalid(text);
  if (!TEXT_SPECIAL.test(clean)) return clean;
  return clean.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value in double quotes. */
export function escapeAttr(value: string): string {
  const clean = stripInvalid(value);
  if (!ATTR_SPECIAL.test(clean)) return clean;
  return clean.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
// eslint-disable-next-line no-control-regex
const INVALID_ALL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

function stripInvalid(s: string): string {
  return INVALID.test(s) ? s.replace(INVALID_ALL, '') : s;
}

/**
 * Collects XML in many small strings and hands them out joined in batches, so a large body
 * never needs one string (and its UTF-8 copy) of its full size at once.
 */
export class XmlSink {
  private parts: string[] = [];
  private length = 0;
  private readonly done: (string | (() => string))[] = [];

  private last = '';

  push(s: string): void {
    this.last = s;
    this.parts.push(s);
    this.length += s.length;
    if (this.length > 1 << 20) this.flush();
  }

  private flush(): void {
    if (this.parts.length === 0) return;
    this.done.push(this.parts.join(''));
    this.parts = [];
    this.length = 0;
  }

  /** A piece written later, once it is known (the TOC's page numbers). */
  defer(piece: () => string): void {
    this.last = '';
    this.flush();
    this.done.push(piece);
  }

  /** Whether the XML so far ends with a paragraph (a section's properties can go in it). */
  endsWithParagraph(): boolean {
    return endsWithParagraph(this.last);
  }

  /** The collected XML as a few large strings, in order, deferred pieces filled in. */
  chunks(): string[] {
    this.flush();
    return this.done.map((c) => (typeof c === 'string' ? c : c()));
  }
}

export const endsWithParagraph = (xml: string): boolean => xml.endsWith('</w:p>') || xml.endsWith('<w:p/>');

/**
 * A paragraph that only carries a section's properties, for a section that does not end with a
 * paragraph of its own (a table, the TOC): one point tall, so it never spills onto a page of its own.
 */
export const SECTION_END_PARAGRAPH_HEIGHT = 20;
export const sectionEndParagraph = (sectPr: string): string =>
  `<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="${SECTION_END_PARAGRAPH_HEIGHT}" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr>${sectPr}</w:pPr></w:p>`;
