/** Headers and footers written and measured: their blocks with single spacing and no space after. */
import type { BlockContext } from '../context.js';
import { boxesHeight } from '../layout/boxes.js';
import type { PartPlan } from '../package/header-footer-parts.js';
import { blocksEndWithParagraph } from './ends-with-paragraph.js';
import { renderBlocks } from './render-blocks.js';

/** Tallest header and footer content of a section, twips (a tall one pushes the body away from the edge). */
export function measureHeadersFooters(parts: readonly PartPlan[], ctxOf: (part: PartPlan) => BlockContext): { headerHeight: number; footerHeight: number } {
  let headerHeight = 0;
  let footerHeight = 0;
  for (const p of parts) {
    const h = boxesHeight(renderBlocks(p.blocks, { ...ctxOf(p), compact: true }));
    if (p.kind === 'header') headerHeight = Math.max(headerHeight, h);
    else footerHeight = Math.max(footerHeight, h);
  }
  return { headerHeight, footerHeight };
}

/** Writes a header or footer part's blocks. */
export function writeHeaderFooter(part: PartPlan, ctx: BlockContext): void {
  renderBlocks(part.blocks, { ...ctx, compact: true });
  // A part must hold a block-level element, and like a cell it should end with a paragraph.
  if (part.watermark === undefined && !blocksEndWithParagraph(part.blocks)) ctx.part.sink.push('<w:p/>');
}
