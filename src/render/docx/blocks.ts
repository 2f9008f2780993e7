/** Dispatches tree blocks to their renderers. */
import type { Paragraph as DocxParagraph, Table as DocxTable, TableOfContents } from 'docx';
import type { Block } from '../markup/types.js';
import type { BlockContext } from './context.js';
import { renderList } from './lists.js';
import { renderHeading, renderImage, renderPageBreak, renderParagraph, renderSpacer } from './paragraphs.js';
import { renderTable } from './tables.js';
import { renderToc } from './toc.js';

export type RenderedBlock = DocxParagraph | DocxTable | TableOfContents;

export function renderBlocks(blocks: readonly Block[], ctx: BlockContext): RenderedBlock[] {
  const out: RenderedBlock[] = [];
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
        out.push(...renderList(block, ctx));
        break;
      case 'table':
        out.push(renderTable(block, ctx, renderBlocks));
        break;
      case 'toc':
        if (ctx.table || ctx.compact) {
          ctx.doc.warn('a table of contents inside a table, header or footer is left out');
          break;
        }
        out.push(renderToc(block));
        break;
      case 'page-break':
        out.push(renderPageBreak());
        break;
      case 'image':
        out.push(renderImage(block, ctx));
        break;
      case 'spacer':
        out.push(renderSpacer(block));
        break;
    }
  }
  return out;
}
