/** Dispatches tree blocks to their writers; each writes XML to the part and returns its boxes. */
import type { Block } from '../../markup/types.js';
import { renderChart } from '../chart/render-chart.js';
import type { BlockContext } from '../context.js';
import type { Box } from '../layout/boxes.js';
import { blocksEndWithParagraph } from './ends-with-paragraph.js';
import { renderList } from './lists.js';
import { renderHeading, renderImage, renderPageBreak, renderParagraph, renderSpacer, renderTableSeparator } from './paragraphs.js';
import { renderTable } from './tables.js';
import { renderToc } from './toc.js';

/** Whether a block writes anything (a TOC is left out of cells, headers and footers; a list may be empty). */
const writesSomething = (block: Block, ctx: BlockContext): boolean =>
  block.type === 'toc'
    ? !(ctx.table || ctx.compact)
    : block.type === 'list'
      ? blocksEndWithParagraph([block])
      : block.type === 'table'
        ? block.rows.length > 0
        : true;

export function renderBlocks(blocks: readonly Block[], ctx: BlockContext): Box[] {
  const out: Box[] = [];
  let previous: Block['type'] | undefined;
  for (const block of blocks) {
    // Word and LibreOffice join two tables with nothing between them into one (LibreOffice even
    // re-lays their columns): keep them apart with a small paragraph, as Word does itself.
    if (block.type === 'table' && previous === 'table') out.push(renderTableSeparator(ctx));
    if (writesSomething(block, ctx)) previous = block.type;
    switch (block.type) {
      case 'paragraph':
        out.push(renderParagraph(block, ctx));
        break;
      case 'heading':
        if (ctx.table || ctx.compact) ctx.doc.warn('judul di dalam tabel, kepala atau kaki halaman tetap ditulis sebagai judul, tetapi daftar isi Word mungkin menampilkannya janggal');
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
          ctx.doc.warn('daftar isi di dalam tabel, kepala atau kaki halaman tidak ditulis');
          break;
        }
        for (const box of renderToc(block, ctx)) out.push(box);
        break;
      case 'page-break':
        out.push(renderPageBreak(ctx));
        break;
      case 'image':
        out.push(renderImage(block, ctx));
        break;
      case 'chart':
        out.push(renderChart(block, ctx));
        break;
      case 'spacer':
        out.push(renderSpacer(block, ctx));
        break;
    }
  }
  return out;
}
