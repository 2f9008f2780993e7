/**
 * The table of contents as Word writes one: a w:sdt (w:docPartGallery "Table of Contents")
 * holding a TOC field (`TOC \h \o "1-N"`) whose result is written in full, one paragraph per
 * entry in its TOC N style with a right tab and dot leader at the text width, a hyperlink to
 * the heading's bookmark and a PAGEREF field showing its page label. The first entry opens the
 * field; a paragraph of its own closes it.
 */
import { escapeAttr } from './escape.js';
import { textXml } from './run-xml.js';

export interface TocLine {
  level: number;
  text: string;
  /** The heading's bookmark (`_Toc1`). */
  bookmark: string;
  /** The page number as the heading's section shows it ('iii', '12'). */
  label: string;
}

export function tocXml(lines: readonly TocLine[], levels: number, textWidth: number): string {
  const tabs = `<w:tabs><w:tab w:val="right" w:pos="${textWidth}" w:leader="dot"/></w:tabs>`;
  const instr = `<w:r><w:fldChar w:fldCharType="begin"/><w:instrText xml:space="preserve">TOC \\h \\o &quot;1-${levels}&quot;</w:instrText><w:fldChar w:fldCharType="separate"/></w:r>`;
  let xml = '<w:sdt><w:sdtPr><w:alias w:val="Daftar Isi"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>';
  if (lines.length === 0) xml += `<w:p>${instr}</w:p>`;
  lines.forEach((e, i) => {
    const name = escapeAttr(e.bookmark);
    xml +=
      `<w:p><w:pPr><w:pStyle w:val="TOC${e.level}"/>${tabs}</w:pPr>${i === 0 ? instr : ''}` +
      `<w:hyperlink w:history="1" w:anchor="${name}"><w:r>${textXml(e.text)}</w:r><w:r><w:tab/></w:r>` +
      `<w:r><w:fldChar w:fldCharType="begin"/><w:instrText xml:space="preserve">PAGEREF ${name} \\h</w:instrText><w:fldChar w:fldCharType="separate"/>` +
      `${textXml(e.label)}<w:fldChar w:fldCharType="end"/></w:r></w:hyperlink></w:p>`;
  });
  return `${xml}<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:sdtContent></w:sdt>`;
}
