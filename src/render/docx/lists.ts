/**
 * Lists to numbered paragraphs: one w:abstractNum per (format, marker, start) in numbering.xml,
 * and one w:num per List node with w:lvlOverride/w:startOverride so every list restarts (P6:
 * same reference, a new `instance`). Instances are numbered from the order of the lists in the
 * tree, so the same tree always gives the same numbering.xml.
 */
import { AlignmentType, LevelFormat, type ILevelsOptions, type INumberingOptions, type Paragraph as DocxParagraph } from 'docx';
import type { Block, DocumentTree, List, ListFormat } from '../markup/types.js';
import type { BlockContext } from './context.js';
import { renderParagraph } from './paragraphs.js';
import { resolveLength } from './units.js';

const FORMATS: Record<ListFormat, (typeof LevelFormat)[keyof typeof LevelFormat]> = {
  decimal: LevelFormat.DECIMAL,
  'lower-alpha': LevelFormat.LOWER_LETTER,
  'upper-alpha': LevelFormat.UPPER_LETTER,
  'lower-roman': LevelFormat.LOWER_ROMAN,
  'upper-roman': LevelFormat.UPPER_ROMAN,
  bullet: LevelFormat.BULLET,
  dash: LevelFormat.BULLET,
};

const BULLET_TEXT: Partial<Record<ListFormat, string>> = { bullet: '\u2022', dash: '\u2013' };

/** Word's w:lvl supports 9 levels (0..8). */
const MAX_LEVEL = 8;

/**
 * Hanging indent (marker room) per list, in twips: 0.75 cm for short markers such as "1." or
 * "a.", 1 cm where the marker can be wide ("viii.", "(10)"), so the text never jumps to the next
 * default tab stop.
 */
export function hangingOf(list: List): number {
  const marker = list.marker ?? '%1.';
  const wide = list.format === 'lower-roman' || list.format === 'upper-roman' || marker.replace('%1', '').length > 1;
  return wide ? 567 : 425;
}

const referenceOf = (list: List): string =>
  `list-${list.format}-${encodeURIComponent(list.marker ?? '%1.')}-${list.start ?? 1}`;

function levelsOf(list: List): ILevelsOptions[] {
  const marker = list.marker ?? '%1.';
  const levels: ILevelsOptions[] = [];
  for (let level = 0; level <= MAX_LEVEL; level++) {
    const bullet = BULLET_TEXT[list.format];
    levels.push({
      level,
      format: FORMATS[list.format],
      // w:lvlText: "%1." at the top level refers to level 1; a list nested at depth d numbers
      // itself, so its own placeholder is %(d+1).
      text: bullet ?? marker.replaceAll('%1', `%${level + 1}`),
      alignment: AlignmentType.LEFT,
      start: list.start ?? 1,
      // The paragraphs carry their own w:ind (see renderList); this is what a user gets when
      // Word re-applies the list.
      style: { paragraph: { indent: { left: 425 * (level + 1), hanging: 425 } } },
    });
  }
  return levels;
}

/** Walks the tree in document order and gives each List its reference and instance. */
export function planLists(tree: DocumentTree): {
  numbering: INumberingOptions;
  lists: Map<List, { reference: string; instance: number }>;
} {
  const configs = new Map<string, ILevelsOptions[]>();
  const lists = new Map<List, { reference: string; instance: number }>();
  const visitList = (list: List): void => {
    const reference = referenceOf(list);
    if (!configs.has(reference)) configs.set(reference, levelsOf(list));
    lists.set(list, { reference, instance: lists.size + 1 });
    for (const item of list.items) for (const child of item.children) if (child.type === 'list') visitList(child);
  };
  const visitBlocks = (blocks: readonly Block[]): void => {
    for (const block of blocks) {
      if (block.type === 'list') visitList(block);
      else if (block.type === 'table')
        for (const row of block.rows) for (const cell of row.cells) visitBlocks(cell.children);
    }
  };
  for (const section of tree.sections) {
    visitBlocks(section.children);
    for (const hf of [section.props.header, section.props.footer])
      if (hf) {
        visitBlocks(hf.default);
        if (hf.first) visitBlocks(hf.first);
      }
  }
  return {
    numbering: { config: [...configs].map(([reference, levels]) => ({ reference, levels })) },
    lists,
  };
}

/**
 * A list's paragraphs: each item's first paragraph numbered (w:numPr), its other paragraphs
 * indented to the item text, nested lists one level deeper with their markers under the
 * parent's text.
 */
export function renderList(list: List, ctx: BlockContext, depth = 0, parentTextLeft = 0): DocxParagraph[] {
  const plan = ctx.doc.lists.get(list);
  const hanging = hangingOf(list);
  const textLeft = list.indent ? resolveLength(list.indent, ctx.textWidth) : parentTextLeft + hanging;
  const level = Math.min(depth, MAX_LEVEL);
  const out: DocxParagraph[] = [];
  for (const item of list.items) {
    let numbered = false;
    for (const child of item.children) {
      if (child.type === 'list') {
        out.push(...renderList(child, ctx, depth + 1, textLeft));
        continue;
      }
      if (!numbered && plan) {
        numbered = true;
        out.push(
          renderParagraph(child, ctx, {
            indent: { left: textLeft, hanging },
            numbering: { reference: plan.reference, level, instance: plan.instance },
          }),
        );
      } else {
        // A second paragraph of the same item: no marker, aligned with the item's text.
        out.push(renderParagraph(child, ctx, { indent: { left: textLeft, hanging: 0 } }));
      }
    }
  }
  return out;
}
