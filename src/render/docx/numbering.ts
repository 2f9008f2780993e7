/**
 * word/numbering.xml from the list plan: the w:abstractNum definitions (nine levels each, the
 * marker pattern at every level, 0.75 cm steps) and one w:num per list with a start override at
 * the level the list uses, so each list restarts (P6).
 */
import type { ListFormat } from '../markup/types.js';
import { MAX_LEVEL, type ListPlan } from './lists.js';
import { escapeAttr } from './xml.js';

const NUM_FMT: Record<ListFormat, string> = {
  decimal: 'decimal',
  'lower-alpha': 'lowerLetter',
  'upper-alpha': 'upperLetter',
  'lower-roman': 'lowerRoman',
  'upper-roman': 'upperRoman',
  bullet: 'bullet',
  dash: 'bullet',
};

const BULLET_TEXT: Partial<Record<ListFormat, string>> = { bullet: '\u2022', dash: '\u2013' };

export function numberingXml(plan: ListPlan): string {
  let xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">';
  for (const a of plan.abstracts) {
    xml += `<w:abstractNum w:abstractNumId="${a.id}"><w:multiLevelType w:val="hybridMultilevel"/>`;
    for (let level = 0; level <= MAX_LEVEL; level++) {
      // w:lvlText: "%1." at the top level refers to level 1; a list nested at depth d numbers
      // itself, so its own placeholder is %(d+1).
      const text = BULLET_TEXT[a.format] ?? a.marker.replaceAll('%1', `%${level + 1}`);
      xml +=
        `<w:lvl w:ilvl="${level}"><w:start w:val="${a.start}"/><w:numFmt w:val="${NUM_FMT[a.format]}"/>` +
        `<w:lvlText w:val="${escapeAttr(text)}"/><w:lvlJc w:val="left"/>` +
        // The paragraphs carry their own w:ind; this is what a user gets when Word re-applies the list.
        `<w:pPr><w:ind w:left="${425 * (level + 1)}" w:hanging="425"/></w:pPr></w:lvl>`;
    }
    xml += '</w:abstractNum>';
  }
  for (const n of plan.instances) {
    xml +=
      `<w:num w:numId="${n.numId}"><w:abstractNumId w:val="${n.abstractId}"/>` +
      `<w:lvlOverride w:ilvl="${n.level}"><w:startOverride w:val="${n.start}"/></w:lvlOverride></w:num>`;
  }
  return `${xml}</w:numbering>`;
}
