/** w:sectPr as the docx library writes it from sectionOptions, for plain sections. */
import { Document, Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { DocumentTree, Section } from '../../markup/types.js';
import { sectionOptions } from './sections.js';
import { treeOf } from '../tree.testing.js';

const tree = (sections: Section[]): DocumentTree => treeOf(sections);

/** The w:sectPr docx writes for each section. */
async function sectPrs(t: DocumentTree, titlePage = false): Promise<string[]> {
  const sections = t.sections.map((s, i) => sectionOptions(s, t, { parts: [] }, titlePage, `@@marker-${i}@@`));
  const bytes = await Packer.toBuffer(new Document({ sections }));
  const document = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']!);
  return [...document.matchAll(/<w:sectPr>.*?<\/w:sectPr>/g)].map((m) => m[0]);
}

describe('sectionOptions', () => {
  it('writes a portrait A4 section: the sheet, the margins, the header and footer 1.25 cm from the edge, decimal numbers', async () => {
    const [sectPr] = await sectPrs(tree([{ props: { orientation: 'portrait', pageNumberFormat: 'decimal' }, children: [] }]));
    expect(sectPr).toBe(
      '<w:sectPr><w:type w:val="nextPage"/>' +
        '<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>' +
        '<w:pgMar w:top="1701" w:right="1134" w:bottom="1134" w:left="1701" w:header="709" w:footer="709" w:gutter="0"/>' +
        '<w:pgNumType w:fmt="decimal"/><w:docGrid w:linePitch="360"/></w:sectPr>',
    );
  });

  it('writes a landscape F4 section as the portrait sheet turned, with its own margins, a roman restart, a title page and centred text', async () => {
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
    const [sectPr] = await sectPrs(tree([section]), true);
    expect(sectPr).toBe(
      '<w:sectPr><w:type w:val="nextPage"/>' +
        '<w:pgSz w:w="18709" w:h="12189" w:orient="landscape"/>' +
        // The header and footer sit 0.5 cm inside a narrow margin.
        '<w:pgMar w:top="850" w:right="1134" w:bottom="900" w:left="1134" w:header="566" w:footer="616" w:gutter="0"/>' +
        '<w:pgNumType w:start="1" w:fmt="lowerRoman"/><w:vAlign w:val="center"/><w:titlePg/><w:docGrid w:linePitch="360"/></w:sectPr>',
    );
  });

  it('writes upper-roman numbers', async () => {
    const [sectPr] = await sectPrs(tree([{ props: { orientation: 'portrait', pageNumberFormat: 'upper-roman' }, children: [] }]));
    expect(sectPr).toContain('<w:pgNumType w:fmt="upperRoman"/>');
  });
});
