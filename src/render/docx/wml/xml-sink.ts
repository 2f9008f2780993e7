/**
 * Where the body's XML goes as it is written: in batches, so a large body is never held whole.
 * The last piece is held back so a section's properties can go into its last paragraph.
 */

/** Whether a piece of WordprocessingML ends with a whole paragraph (w:p). */
const xmlEndsWithParagraph = (xml: string): boolean => xml.endsWith('</w:p>') || xml.endsWith('<w:p/>');

/**
 * A paragraph that only carries a section's properties, for a section that does not end with a
 * paragraph of its own (a table, the TOC): one point tall, so it never spills onto a page of its own.
 */
export const SECTION_END_PARAGRAPH_HEIGHT = 20;
const sectionEndParagraph = (sectPr: string): string =>
  `<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="${SECTION_END_PARAGRAPH_HEIGHT}" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr>${sectPr}</w:pPr></w:p>`;

/**
 * Puts a section's properties (w:sectPr, which package/skeleton.ts gives with the section's
 * placeholder) into the last paragraph of the section's XML, at the end of its w:pPr; or into a
 * paragraph of their own after a table or the TOC. `last` is the last piece written, one
 * paragraph when it ends with one.
 */
export function withSectPr(last: string, sectPr: string): string {
  if (!xmlEndsWithParagraph(last)) return last + sectionEndParagraph(sectPr);
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
 * Collects XML in small strings and hands it on in batches of about `batch` characters, not
 * joined: whoever takes a batch encodes it without making one large string of it
 * (package/utf8-batch.ts). The last piece is held back until `end`, which may put a section's
 * properties into it.
 */
export class XmlSink implements Sink {
  private parts: string[] = [];
  private length = 0;
  private last: string | undefined;

  constructor(
    /** Takes one batch: its XML is the strings joined. */
    private readonly emit: (batch: readonly string[]) => void,
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
    this.emit(this.parts);
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
