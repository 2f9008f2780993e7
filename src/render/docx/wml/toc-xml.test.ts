/** The TOC field from plain lines: the sdt, the field around the entries, each entry's link and page. */
import { describe, expect, it } from 'vitest';
import { tocXml } from './toc-xml.js';

const SDT_START =
  '<w:sdt><w:sdtPr><w:alias w:val="Daftar Isi"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>';
const SDT_END = '<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:sdtContent></w:sdt>';
const begin = (levels: number) =>
  `<w:r><w:fldChar w:fldCharType="begin"/><w:instrText xml:space="preserve">TOC \\h \\o &quot;1-${levels}&quot;</w:instrText><w:fldChar w:fldCharType="separate"/></w:r>`;
const TABS = '<w:tabs><w:tab w:val="right" w:pos="9071" w:leader="dot"/></w:tabs>';

describe('tocXml', () => {
  it('writes a field with no entries as one paragraph that opens it', () => {
    expect(tocXml([], 3, 9071)).toBe(`${SDT_START}<w:p>${begin(3)}</w:p>${SDT_END}`);
  });

  it('writes each entry in its level style with a hyperlink and a PAGEREF showing the label; the first opens the field', () => {
    const xml = tocXml(
      [
        { level: 1, text: 'BAB I PENDAHULUAN', bookmark: '_Toc1', label: '1' },
        { level: 2, text: 'A. Latar Belakang & <Tujuan>', bookmark: '_Toc2', label: 'iii' },
      ],
      2,
      9071,
    );
    const entry = (level: number, text: string, bookmark: string, label: string, opens: boolean) =>
      `<w:p><w:pPr><w:pStyle w:val="TOC${level}"/>${TABS}</w:pPr>${opens ? begin(2) : ''}` +
      `<w:hyperlink w:history="1" w:anchor="${bookmark}"><w:r><w:t>${text}</w:t></w:r><w:r><w:tab/></w:r>` +
      `<w:r><w:fldChar w:fldCharType="begin"/><w:instrText xml:space="preserve">PAGEREF ${bookmark} \\h</w:instrText><w:fldChar w:fldCharType="separate"/>` +
      `<w:t>${label}</w:t><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink></w:p>`;
    expect(xml).toBe(
      SDT_START +
        entry(1, 'BAB I PENDAHULUAN', '_Toc1', '1', true) +
        entry(2, 'A. Latar Belakang &amp; &lt;Tujuan&gt;', '_Toc2', 'iii', false) +
        SDT_END,
    );
  });
});
