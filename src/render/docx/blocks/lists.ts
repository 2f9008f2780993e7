/**
 * Lists to numbered paragraphs: each item's first paragraph carries the list's w:numPr (its
 * numbering planned by list-plan.ts), its other paragraphs are indented to the item text.
 */
import type { List } from '../../markup/types.js';
import type { BlockContext } from '../context.js';
import type { ParaBox } from '../layout/boxes.js';
import { cmToTwips, resolveLength, TWIPS_PER_CM } from '../units.js';
import { MAX_LEVEL } from '../wml/numbering-xml.js';
import { paragraphWordWidth, renderParagraph } from './paragraphs.js';

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
  return wide ? TWIPS_PER_CM : cmToTwips(0.75);
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
