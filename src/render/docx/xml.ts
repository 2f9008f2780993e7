/**
 * String building for WordprocessingML. The body is written as strings rather than through the
 * docx object model, which allocates too much for large documents; these helpers keep the
 * escaping in one place, and the sink hands the XML on in batches as it is written, so a large
 * body is never held whole.
 */

const TEXT_SPECIAL = /[&<>]/;
const ATTR_SPECIAL = /[&<>"]/;
// Characters XML 1.0 forbids: C0 controls other than tab, LF, CR; U+FFFE, U+FFFF.
// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
// eslint-disable-next-line no-control-regex
const INVALID_ALL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

const stripInvalid = (s: string): string => (INVALID.test(s) ? s.replace(INVALID_ALL, '') : s);

/** Text content: &, <, > escaped; characters XML forbids dropped. */
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

export const endsWithParagraph = (xml: string): boolean => xml.endsWith('</w:p>') || xml.endsWith('<w:p/>');

/**
 * A paragraph that only carries a section's properties, for a section that does not end with a
 * paragraph of its own (a table, the TOC): one point tall, so it never spills onto a page of its own.
 */
export const SECTION_END_PARAGRAPH_HEIGHT = 20;
const sectionEndParagraph = (sectPr: string): string =>
  `<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="${SECTION_END_PARAGRAPH_HEIGHT}" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr>${sectPr}</w:pPr></w:p>`;

/**
 * Puts a section's properties (w:sectPr, which docx placed in our placeholder paragraph) into the
 * last paragraph of the section's XML, at the end of its w:pPr; or into a paragraph of their own
 * after a table or the TOC. `last` is the last piece written, one paragraph when it ends with one.
 */
export function withSectPr(last: string, sectPr: string): string {
  if (!endsWithParagraph(last)) return last + sectionEndParagraph(sectPr);
  const start = Math.max(last.lastIndexOf('<w:p>'), last.lastIndexOf('<w:p/>'));
  const p = last.slice(start);
  let fixed: string;
  if (p === '<w:p/>') fixed = `<w:p><w:pPr>${sectPr}</w:pPr></w:p>`;
  else if (p.startsWith('<w:p><w:pPr>')) {
    const close = p.indexOf('</w:pPr>');
    fixed = `${p.slice(0, close)}${sectPr}${p.slice(close)}`;
  } else fixed = `<w:p><w:pPr>${sectPr}</w:pPr>${p.slice('<w:p>'.length)}`;
  return last.slice(0, start) + fixed;
}

export interface Sink {
  push(xml: string): void;
}

/** Where XML goes while the pages are only being measured. */
export const NULL_SINK: Sink = { push: () => {} };

/**
 * Collects XML in small strings and hands it on joined in batches of about `batch` characters.
 * The last piece is held back until `end`, which may put a section's properties into it.
 */
export class XmlSink implements Sink {
  private parts: string[] = [];
  private length = 0;
  private last: string | undefined;

  constructor(
    private readonly emit: (xml: string) => void,
    private readonly batch = 1 << 18,
  ) {}

  push(xml: string): void {
    if (this.last !== undefined) {
      this.parts.push(this.last);
      this.length += this.last.length;
      if (this.length >= this.batch) this.flush();
    }
    this.last = xml;
  }

  private flush(): void {
    if (this.parts.length === 0) return;
    this.emit(this.parts.join(''));
    this.parts = [];
    this.length = 0;
  }

  /** Hands on what is left; with `sectPr`, the section's properties go into the last paragraph. */
  end(sectPr?: string): void {
    const last = this.last ?? '';
    this.last = undefined;
    const final = sectPr === undefined ? last : withSectPr(last, sectPr);
    if (final !== '') this.parts.push(final);
    this.flush();
  }
}
