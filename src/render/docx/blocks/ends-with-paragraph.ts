/**
 * What the XML of a run of blocks ends with, decided from the blocks themselves so the measuring
 * pass and the writing pass agree: a table cell must end with a paragraph, and a section's
 * properties go into its last paragraph (or one of their own).
 */
import type { Block, List } from '../../markup/types.js';

const hasParagraph = (list: List): boolean =>
  list.items.some((item) => item.children.some((c) => c.type === 'paragraph' || hasParagraph(c)));

/**
 * Whether the last element written for `blocks` is a paragraph. `inPart`: in a table cell,
 * header or footer, where a TOC is left out (writes nothing).
 */
export function blocksEndWithParagraph(blocks: readonly Block[], inPart = true): boolean {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i]!;
    switch (b.type) {
      case 'table':
        if (b.rows.length === 0) continue; // left out
        return false;
      case 'toc':
        if (inPart) continue;
        return false;
      case 'list':
        if (hasParagraph(b)) return true;
        continue;
      default:
        return true;
    }
  }
  return false;
}
