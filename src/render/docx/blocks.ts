/** Dispatches tree blocks to their writers; each writes XML to the part and returns its boxes. */
import type { Block } from '../markup/types.js';
import type { BlockContext } from './context.js';
import type { Box } from './layout/boxes.js';
import { renderList } from './lists.js';
import { renderHeading, renderImage, renderPageBreak, renderParagraph, renderSpacer } from './paragraphs.js';
import { renderTable } from './tables.js';

export function renderBlocks(blocks: readonly Block[], ctx: BlockContext): Box[] {
  const out: Box[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
        out.push(renderParagraph(block, ctx));
        break;
      case 'heading':
        if (ctx.table || ctx.compact) ctx.doc.warn('a heading inside a table, header or footer is rendered as a heading but Word may list it oddly');
        out.push(renderHeading(block, ctx));
        break;
      case 'list':
        for (const box of renderList(block, ctx)) out.push(box);
        break;
      case 'table':
        out.push(renderTable(block, ctx, renderBlocks));
        break;
      case 'toc':
        if (ctx.table || ctx.compact) {
          ctx.doc.warn('a table of contents inside a table, header or footer is left out');
          break;
        }
        for (const box of ctx.doc.toc.render(block, ctx)) out.push(box);
        break;
      case 'page-break':
        out.push(renderPageBreak(ctx));
        break;
      case 'image':
        out.push(renderImage(block, ctx));
        break;
      case 'spacer':
        out.push(renderSpacer(block, ctx));
        break;
    }
  }
  return out;
}
