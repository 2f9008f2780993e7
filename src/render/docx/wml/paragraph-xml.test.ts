/** w:p and its w:pPr from plain properties: the children in schema order, only what is given. */
import { describe, expect, it } from 'vitest';
import { paragraphXml, pPrXml } from './paragraph-xml.js';

describe('pPrXml', () => {
  it('writes nothing for no properties, and nothing for empty spacing or indent', () => {
    expect(pPrXml({})).toBe('');
    expect(pPrXml({ spacing: {}, indent: {}, keepNext: false, keepLines: false, pageBreakBefore: false, tabs: '', markRPr: '' })).toBe('');
  });

  it('writes every property in CT_PPrBase order', () => {
    expect(
      pPrXml({
        markRPr: '<w:b/>',
        align: 'justify',
        indent: { left: 567, hanging: 425 },
        spacing: { line: 360, before: 0, after: 120 },
        tabs: '<w:tabs><w:tab w:val="right" w:pos="9071" w:leader="dot"/></w:tabs>',
        numbering: { numId: 3, level: 1 },
        pageBreakBefore: true,
        keepLines: true,
        keepNext: true,
        styleId: 'Heading1',
      }),
    ).toBe(
      '<w:pStyle w:val="Heading1"/><w:keepNext/><w:keepLines/><w:pageBreakBefore/>' +
        '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr>' +
        '<w:tabs><w:tab w:val="right" w:pos="9071" w:leader="dot"/></w:tabs>' +
        '<w:spacing w:after="120" w:before="0" w:line="360" w:lineRule="auto"/>' +
        '<w:ind w:left="567" w:hanging="425"/><w:jc w:val="both"/><w:rPr><w:b/></w:rPr>',
    );
  });

  it('writes only the spacing attributes given, the line rule with the line (auto unless said)', () => {
    expect(pPrXml({ spacing: { after: 0 } })).toBe('<w:spacing w:after="0"/>');
    expect(pPrXml({ spacing: { before: 240 } })).toBe('<w:spacing w:before="240"/>');
    expect(pPrXml({ spacing: { line: 276 } })).toBe('<w:spacing w:line="276" w:lineRule="auto"/>');
    expect(pPrXml({ spacing: { line: 20, lineRule: 'exact', after: 0, before: 0 } })).toBe('<w:spacing w:after="0" w:before="0" w:line="20" w:lineRule="exact"/>');
    // A rule without a line says nothing.
    expect(pPrXml({ spacing: { lineRule: 'exact' } })).toBe('');
  });

  it('writes only the indent attributes given', () => {
    expect(pPrXml({ indent: { left: 0 } })).toBe('<w:ind w:left="0"/>');
    expect(pPrXml({ indent: { firstLine: 567 } })).toBe('<w:ind w:firstLine="567"/>');
    expect(pPrXml({ indent: { left: 850, hanging: 0, firstLine: 283 } })).toBe('<w:ind w:left="850" w:hanging="0" w:firstLine="283"/>');
  });

  it('maps alignments to w:jc values', () => {
    expect(pPrXml({ align: 'left' })).toBe('<w:jc w:val="left"/>');
    expect(pPrXml({ align: 'center' })).toBe('<w:jc w:val="center"/>');
    expect(pPrXml({ align: 'right' })).toBe('<w:jc w:val="right"/>');
    expect(pPrXml({ align: 'justify' })).toBe('<w:jc w:val="both"/>');
  });

  it('writes a level-0 list paragraph', () => {
    expect(pPrXml({ numbering: { numId: 1, level: 0 }, indent: { left: 425, hanging: 425 } })).toBe(
      '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:ind w:left="425" w:hanging="425"/>',
    );
  });
});

describe('paragraphXml', () => {
  it('writes an empty paragraph as <w:p/>', () => {
    expect(paragraphXml({}, '')).toBe('<w:p/>');
  });

  it('leaves out w:pPr when there are no properties', () => {
    expect(paragraphXml({}, '<w:r><w:t>a</w:t></w:r>')).toBe('<w:p><w:r><w:t>a</w:t></w:r></w:p>');
  });

  it('puts w:pPr before the runs, and keeps an empty paragraph with properties', () => {
    expect(paragraphXml({ styleId: 'TableText' }, '')).toBe('<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr></w:p>');
    expect(paragraphXml({ align: 'center', keepNext: true }, '<w:r/>')).toBe('<w:p><w:pPr><w:keepNext/><w:jc w:val="center"/></w:pPr><w:r/></w:p>');
  });
});
