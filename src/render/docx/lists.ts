/**
 * Lists to numbered paragraphs. One w:abstractNum per (format, marker, start) and one w:num per
 * List node whose w:lvlOverride/w:startOverride restarts it at the level it is used (P6: every
 * list starts again at its first number). Ids follow the order of the lists in the tree, so the
 * same tree always gives the same numbering.xml (numbering.ts writes it).
 */
import type { Block, DocumentTree, List, ListFormat } from '../markup/types.js';
import type { BlockContext } from './context.js';
import type { ParaBox } from './layout/boxes.js';
import { paragraphWordWidth, renderParagraph } from './paragraphs.js';
import { resolveLength } from './units.js';

/** Word's w:lvl supports 9 levels (0..8). */
export const MAX_LEVEL = 8;

export interface AbstractList {
  id: number;
  format: ListFormat;
  marker: string;
  start: number;
}

export interface ListInstance {
  numId: number;
  abstractId: number;
  /** The level (nesting depth) the list's items use. */
  level: number;
  start: number;
}

export interface ListPlan {
  abstracts: AbstractList[];
  instances: ListInstance[];
  byList: Map<List, ListInstance>;
}

/**
 * Hanging indent (marker room) per list, in twips: 0.75 cm for short markers such as "1." or
 * "a.", 1 cm where the marker can be wide ("viii.", "(10)", or "10." in a list that reaches ten),
 * so the text never touches the marker or jumps to the next default tab stop.
 */
export function hangingOf(list: List): number {
  const marker = list.marker ?? '%1.';
  const last = (list.start ?? 1) + list.items.length - 1;
  const wide =
    list.format === 'lower-roman' ||
    list.format === 'upper-roman' ||
    marker.replace('%1', '').length > 1 ||
    (list.format === 'decimal' && last >= 10);
  return wide ? 567 : 425;
}

/** Walks the tree in document order and gives each List its w:num. */
export function planLists(tree: DocumentTree): ListPlan {
  const abstracts = new Map<string, AbstractList>();
  const plan: ListPlan = { abstracts: [], instances: [], byList: new Map() };
  const visitList = (list: List, depth: number): void => {
    const marker = list.marker ?? '%1.';
    const start = list.start ?? 1;
    const key = `${list.format}|${marker}|${start}`;
    let abstract = abstracts.get(key);
    if (!abstract) {
      abstract = { id: abstracts.size + 1, format: list.format, marker, start };
      abstracts.set(key, abstract);
      plan.abstracts.push(abstract);
    }
    const instance: ListInstance = { numId: plan.instances.length + 1, abstractId: abstract.id, level: Math.min(depth, MAX_LEVEL), start };
    plan.instances.push(instance);
    plan.byList.set(list, instance);
    for (const item of list.items) for (const child of item.children) if (child.type === 'list') visitList(child, depth + 1);
  };
  const visitBlocks = (blocks: readonly Block[]): void => {
    for (const block of blocks) {
      if (block.type === 'list') visitList(block, 0);
      else if (block.type === 'table') for (const row of block.rows) for (const cell of row.cells) visitBlocks(cell.children);
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
  return plan;
}

/**
 * A list's paragraphs: each item's first paragraph numbered (w:numPr), its other paragraphs
 * indented to the item text, nested lists one level deeper with their markers under the
 * parent's text.
 */
export function renderList(list: List, ctx: BlockContext, depth = 0, parentTextLeft = 0): ParaBox[] {
  const plan = ctx.doc.lists.byList.get(list);
  const hanging = hangingOf(list);
  const textLeft = list.indent ? resolveLength(list.indent, ctx.textWidth) : parentTextLeft + hanging;
  const level = Math.min(depth, MAX_LEVEL);
  const out: ParaBox[] = [];
  for (const item of list.items) {
    let numbered = false;
    for (const child of item.children) {
      if (child.type === 'list') {
        out.push(...renderList(child, ctx, depth + 1, textLeft));
        continue;
      }
      if (!numbered && plan) {
        numbered = true;
        out.push(renderParagraph(child, ctx, { indent: { left: textLeft, hanging }, numbering: { numId: plan.numId, level } }));
      } else {
        // A second paragraph of the same item: no marker, aligned with the item's text.
        out.push(renderParagraph(child, ctx, { indent: { left: textLeft, hanging: 0 } }));
      }
    }
  }
  return out;
}

/** The narrowest text width that shows every word of the list whole: its items' indents and words, as renderList lays them. */
export function listWordWidth(list: List, ctx: BlockContext, depth = 0, parentTextLeft = 0): number {
  const plan = ctx.doc.lists.byList.get(list);
  const hanging = hangingOf(list);
  const textLeft = list.indent ? resolveLength(list.indent, ctx.textWidth) : parentTextLeft + hanging;
  const level = Math.min(depth, MAX_LEVEL);
  let widest = 0;
  for (const item of list.items) {
    let numbered = false;
    for (const child of item.children) {
      let w: number;
      if (child.type === 'list') w = listWordWidth(child, ctx, depth + 1, textLeft);
      else if (!numbered && plan) {
        numbered = true;
        w = paragraphWordWidth(child, ctx, { indent: { left: textLeft, hanging }, numbering: { numId: plan.numId, level } });
      } else w = paragraphWordWidth(child, ctx, { indent: { left: textLeft, hanging: 0 } });
      if (w > widest) widest = w;
    }
  }
  return widest;
}
