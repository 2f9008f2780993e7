/**
 * word/numbering.xml from the list plan: the w:abstractNum definitions (nine levels each, the
 * marker pattern at every level, 0.75 cm steps) and one w:num per list with a start override at
 * the level the list uses. Without the override, Word continues a list's numbers from the
 * previous list of the same definition; every list in our documents starts at its own first number.
 */
import type { ListFormat } from '../../markup/types.js';
import { cmToTwips } from '../units.js';
import { escapeAttr } from './escape.js';

/** Word's w:lvl supports 9 levels (0..8). */
export const MAX_LEVEL = 8;

/** One numbering definition (w:abstractNum), shared by lists with the same format, marker and start. */
export interface AbstractList {
  id: number;
  format: ListFormat;
  /** Marker text pattern, `%1` standing for the number. */
  marker: string;
  start: number;
}

/** One list (w:num): its definition, restarted at `start` at the level its items use. */
export interface ListInstance {
  numId: number;
  abstractId: number;
  /** The level (nesting depth) the list's items use. */
  level: number;
  start: number;
}

export interface Numbering {
  abstracts: readonly AbstractList[];
  instances: readonly ListInstance[];
}

/** The indent step per level (0.75 cm), also each level's hanging indent. */
const LEVEL_STEP = cmToTwips(0.75);

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

export function numberingXml(plan: Numbering): string {
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
        `<w:pPr><w:ind w:left="${LEVEL_STEP * (level + 1)}" w:hanging="${LEVEL_STEP}"/></w:pPr></w:lvl>`;
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
