/** w:sectPr for plain sections (package/skeleton.test.ts shows it is what docx wrote). */
import { describe, expect, it } from 'vitest';
import type { Section } from '../../markup/types.js';
import { treeOf } from '../tree.testing.js';
import { sectPrXml } from './section-xml.js';

const sectPr = (section: Section, titlePage = false, refs = {}) => sectPrXml(section, treeOf([section]), refs, titlePage);

describe('sectPrXml', () => {
  it('writes a portrait A4 section: the sheet, the margins, the header and footer 1.25 cm from the edge, decimal numbers', () => {
    expect(sectPr({ props: { orientation: 'portrait', pageNumberFormat: 'decimal' }, children: [] })).toBe(
      '<w:sectPr><w:type w:val="nextPage"/>' +
        '<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>' +
        '<w:pgMar w:top="1701" w:right="1134" w:bottom="1134" w:left="1701" w:header="709" w:footer="709" w:gutter="0"/>' +
        '<w:pgNumType w:fmt="decimal"/><w:docGrid w:linePitch="360"/></w:sectPr>',
    );
  });

  it('writes a landscape F4 section as the portrait sheet turned, with its own margins, a roman restart, a title page and centred text', () => {
    const section: Section = {
      props: {
        orientation: 'landscape',
        paper: 'F4',
        margins: { top: 850, right: 1134, bottom: 900, left: 1134 },
        pageNumberFormat: 'lower-roman',
        pageNumberStart: 1,
        valign: 'center',
      },
      children: [],
    };
    expect(sectPr(section, true)).toBe(
      '<w:sectPr><w:type w:val="nextPage"/>' +
        '<w:pgSz w:w="18709" w:h="12189" w:orient="landscape"/>' +
        // The header and footer sit 0.5 cm inside a narrow margin.
        '<w:pgMar w:top="850" w:right="1134" w:bottom="900" w:left="1134" w:header="566" w:footer="616" w:gutter="0"/>' +
        '<w:pgNumType w:start="1" w:fmt="lowerRoman"/><w:vAlign w:val="center"/><w:titlePg/><w:docGrid w:linePitch="360"/></w:sectPr>',
    );
  });

  it('writes upper-roman numbers', () => {
    expect(sectPr({ props: { orientation: 'portrait', pageNumberFormat: 'upper-roman' }, children: [] })).toContain('<w:pgNumType w:fmt="upperRoman"/>');
  });

  it('refers to the header and footer parts, default before first, headers before footers', () => {
    const xml = sectPr({ props: { orientation: 'portrait', pageNumberFormat: 'decimal' }, children: [] }, true, { header: { default: 6, first: 7 }, footer: { default: 8 } });
    expect(xml).toMatch(
      /^<w:sectPr><w:headerReference w:type="default" r:id="rId6"\/><w:headerReference w:type="first" r:id="rId7"\/><w:footerReference w:type="default" r:id="rId8"\/><w:type /,
    );
  });
});
