/** word/numbering.xml from a plain plan: nine levels per definition, a restart per list. */
import { describe, expect, it } from 'vitest';
import { numberingXml } from './numbering-xml.js';

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">';

/** One w:lvl as Word reads it: start, format, text, left-justified marker, 0.75 cm steps. */
const lvl = (ilvl: number, start: number, fmt: string, text: string, left: number) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/>` +
  `<w:pPr><w:ind w:left="${left}" w:hanging="425"/></w:pPr></w:lvl>`;

describe('numberingXml', () => {
  it('writes an empty numbering part for a document without lists', () => {
    expect(numberingXml({ abstracts: [], instances: [] })).toBe(`${HEAD}</w:numbering>`);
  });

  it('writes a decimal definition whose every level numbers itself, and a w:num restarting it', () => {
    const xml = numberingXml({
      abstracts: [{ id: 1, format: 'decimal', marker: '%1.', start: 1 }],
      instances: [{ numId: 1, abstractId: 1, level: 0, start: 1 }],
    });
    const levels = Array.from({ length: 9 }, (_, i) => lvl(i, 1, 'decimal', `%${i + 1}.`, 425 * (i + 1))).join('');
    expect(xml).toBe(
      `${HEAD}<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>${levels}</w:abstractNum>` +
        '<w:num w:numId="1"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' +
        '</w:numbering>',
    );
  });

  it('writes a marker with its own text, escaped, and the start at every level', () => {
    const xml = numberingXml({ abstracts: [{ id: 2, format: 'lower-alpha', marker: '(%1)&', start: 3 }], instances: [] });
    expect(xml).toContain(lvl(0, 3, 'lowerLetter', '(%1)&amp;', 425));
    expect(xml).toContain(lvl(8, 3, 'lowerLetter', '(%9)&amp;', 3825));
    expect(xml.match(/<w:lvl /g)).toHaveLength(9);
  });

  it('writes bullets and dashes as bullet characters whatever the marker', () => {
    const xml = numberingXml({
      abstracts: [
        { id: 1, format: 'bullet', marker: '%1.', start: 1 },
        { id: 2, format: 'dash', marker: '%1.', start: 1 },
      ],
      instances: [],
    });
    expect(xml).toContain(lvl(0, 1, 'bullet', '\u2022', 425));
    expect(xml).toContain(lvl(1, 1, 'bullet', '\u2013', 850));
  });

  it('maps each list format to its w:numFmt', () => {
    const formats = { 'upper-alpha': 'upperLetter', 'lower-roman': 'lowerRoman', 'upper-roman': 'upperRoman' } as const;
    for (const [format, numFmt] of Object.entries(formats)) {
      const xml = numberingXml({ abstracts: [{ id: 1, format: format as keyof typeof formats, marker: '%1.', start: 1 }], instances: [] });
      expect(xml).toContain(`<w:numFmt w:val="${numFmt}"/>`);
    }
  });

  it('restarts each list at the level its items use', () => {
    const xml = numberingXml({
      abstracts: [{ id: 1, format: 'decimal', marker: '%1.', start: 1 }],
      instances: [
        { numId: 1, abstractId: 1, level: 0, start: 1 },
        { numId: 2, abstractId: 1, level: 2, start: 5 },
      ],
    });
    expect(xml).toMatch(
      /<\/w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"\/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"\/><\/w:lvlOverride><\/w:num><w:num w:numId="2"><w:abstractNumId w:val="1"\/><w:lvlOverride w:ilvl="2"><w:startOverride w:val="5"\/><\/w:lvlOverride><\/w:num><\/w:numbering>$/,
    );
  });
});
