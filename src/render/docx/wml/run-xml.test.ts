/** Runs from plain inlines: w:rPr children in CT_RPr order, escaping, breaks, tabs and fields. */
import { describe, expect, it } from 'vitest';
import { inlineXml, runProperties } from './run-xml.js';

describe('runProperties (w:rPr children)', () => {
  it('writes nothing for a run without direct formatting', () => {
    expect(runProperties({}, {})).toBe('');
    expect(runProperties({ bold: false, italic: false }, {})).toBe('');
  });

  it('writes every property in CT_RPr order', () => {
    expect(runProperties({ superscript: true, underline: true, size: 10.5, caps: true, italic: true, bold: true, font: 'Arial' }, {})).toBe(
      '<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>' +
        '<w:b/><w:bCs/><w:i/><w:iCs/><w:caps/><w:sz w:val="21"/><w:szCs w:val="21"/>' +
        '<w:u w:val="single"/><w:vertAlign w:val="superscript"/>',
    );
  });

  it("takes the font and size from the paragraph's defaults unless the run gives its own", () => {
    expect(runProperties({}, { font: 'Bookman Old Style', size: 12 })).toBe(
      '<w:rFonts w:ascii="Bookman Old Style" w:cs="Bookman Old Style" w:eastAsia="Bookman Old Style" w:hAnsi="Bookman Old Style"/><w:sz w:val="24"/><w:szCs w:val="24"/>',
    );
    expect(runProperties({ size: 8 }, { size: 12 })).toBe('<w:sz w:val="16"/><w:szCs w:val="16"/>');
    expect(runProperties({ bold: true }, { size: 11 })).toBe('<w:b/><w:bCs/><w:sz w:val="22"/><w:szCs w:val="22"/>');
  });

  it('escapes a font name for its attribute', () => {
    expect(runProperties({ font: 'A&B "Sans"' }, {})).toBe(
      '<w:rFonts w:ascii="A&amp;B &quot;Sans&quot;" w:cs="A&amp;B &quot;Sans&quot;" w:eastAsia="A&amp;B &quot;Sans&quot;" w:hAnsi="A&amp;B &quot;Sans&quot;"/>',
    );
  });
});

describe('inlineXml', () => {
  it('writes text runs with their properties, text escaped and spaces kept', () => {
    expect(inlineXml([{ type: 'text', text: ' a < b & c ' }, { type: 'text', text: 'tebal', bold: true }], {})).toBe(
      '<w:r><w:t xml:space="preserve"> a &lt; b &amp; c </w:t></w:r>' + '<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t>tebal</w:t></w:r>',
    );
  });

  it('says xml:space="preserve" only on text whose spaces a reader could drop: at an end, or two in a row', () => {
    const t = (text: string) => inlineXml([{ type: 'text', text }], {});
    expect(t('Pasal 1')).toBe('<w:r><w:t>Pasal 1</w:t></w:r>');
    expect(t('Pasal ')).toBe('<w:r><w:t xml:space="preserve">Pasal </w:t></w:r>');
    expect(t(' ayat')).toBe('<w:r><w:t xml:space="preserve"> ayat</w:t></w:r>');
    expect(t('a  b')).toBe('<w:r><w:t xml:space="preserve">a  b</w:t></w:r>');
    // A character XML forbids is dropped first; the spaces around it then meet.
    expect(t('a \u0001 b')).toBe('<w:r><w:t xml:space="preserve">a  b</w:t></w:r>');
    // A no-break space is no XML whitespace: nothing can drop it.
    expect(t('Rp\u00a01.000')).toBe('<w:r><w:t>Rp\u00a01.000</w:t></w:r>');
  });

  it('gives breaks and tabs the surrounding size, but not the text formatting', () => {
    expect(inlineXml([{ type: 'break' }, { type: 'tab' }], { size: 10 })).toBe(
      '<w:r><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr><w:br/></w:r>' + '<w:r><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr><w:tab/></w:r>',
    );
    expect(inlineXml([{ type: 'break' }], {})).toBe('<w:r><w:br/></w:r>');
  });

  it('writes PAGE as a field without a result, NUMPAGES and SECTIONPAGES with the counts known', () => {
    const field = (code: string, result?: string, rPr = '') =>
      `<w:r>${rPr}<w:fldChar w:fldCharType="begin"/></w:r>` +
      `<w:r>${rPr}<w:instrText xml:space="preserve"> ${code} </w:instrText></w:r>` +
      `<w:r>${rPr}<w:fldChar w:fldCharType="separate"/></w:r>` +
      (result === undefined ? '' : `<w:r>${rPr}<w:t>${result}</w:t></w:r>`) +
      `<w:r>${rPr}<w:fldChar w:fldCharType="end"/></w:r>`;
    expect(inlineXml([{ type: 'field', field: 'page' }], {}, { pages: '30' })).toBe(field('PAGE'));
    expect(inlineXml([{ type: 'field', field: 'pages' }], {}, { pages: '30' })).toBe(field('NUMPAGES', '30'));
    expect(inlineXml([{ type: 'field', field: 'section-pages', bold: true }], {}, { sectionPages: '7' })).toBe(
      field('SECTIONPAGES', '7', '<w:rPr><w:b/><w:bCs/></w:rPr>'),
    );
    // Not known yet: the field has no result.
    expect(inlineXml([{ type: 'field', field: 'pages' }], {})).toBe(field('NUMPAGES'));
  });
});
