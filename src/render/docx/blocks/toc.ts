/**
 * The table of contents block: a real TOC field (wml/toc-xml.ts) whose result is written in
 * full, each entry with the page number the paginator found, formatted as the heading's section
 * numbers its pages, so the document is right when opened and Word need not update fields.
 * Measured first with a guessed number, and again once the numbers are known (toc-plan.ts).
 */
import type { Toc } from '../../markup/types.js';
import { measuring, type BlockContext } from '../context.js';
import type { ParaBox } from '../layout/boxes.js';
import { textWidth } from '../layout/fonts.js';
import { inlinePieces, markMetrics } from '../layout/inline-pieces.js';
import { breakLines } from '../layout/line-break.js';
import { tocXml } from '../wml/toc-xml.js';
import { effectiveStyle } from './paragraphs.js';
import { clampLevels, GUESSED_LABEL, type TocEntry } from './toc-plan.js';

/** Measures a TOC into its boxes, or writes it with the page numbers found. */
export function renderToc(toc: Toc, ctx: BlockContext): ParaBox[] {
  const plan = ctx.doc.toc;
  const levels = clampLevels(toc.levels);
  const shown = plan.entries.filter((e) => e.level <= levels);
  if (!measuring(ctx)) {
    const lines = shown.map((e) => ({ level: e.level, text: e.text, bookmark: plan.bookmarkName(e.anchor), label: plan.labels[e.anchor] ?? '' }));
    ctx.part.sink.push(tocXml(lines, levels, ctx.textWidth));
    return [];
  }
  const boxes: ParaBox[] = [];
  for (const entry of shown) {
    const box = emptyBox();
    measureEntry(box, entry, GUESSED_LABEL, ctx);
    plan.lay(entry.anchor, box, (label) => measureEntry(box, entry, label, ctx));
    boxes.push(box);
  }
  // The paragraph that closes the field: an empty Normal paragraph.
  const normal = effectiveStyle(ctx, undefined);
  const mark = markMetrics({}, normal, ctx.doc.fonts);
  const h = mark.ascent + mark.descent + mark.gap;
  const pitch = Math.round((h * normal.line) / 240);
  boxes.push({ ...emptyBox(), pitch: [pitch], fit: [normal.line >= 240 ? h : pitch], before: normal.before, after: normal.after });
  return boxes;
}

/** An entry's lines into `box`: its text wrapped at the entry indent, plus a line if the number no longer fits. */
function measureEntry(box: ParaBox, entry: TocEntry, label: string, ctx: BlockContext): void {
  const style = effectiveStyle(ctx, `TOC${entry.level}`);
  const inlines = [{ type: 'text' as const, text: entry.text }];
  const pieces = inlinePieces(inlines, {}, style, ctx.doc.fonts);
  const mark = markMetrics({}, style, ctx.doc.fonts);
  const avail = Math.max(ctx.textWidth - style.indentLeft, 1);
  const { heights, lastWidth } = breakLines(pieces, avail, avail, mark);
  const face = ctx.doc.fonts.face(style.font, style.bold, style.italic);
  if (lastWidth + textWidth(face, label, style.size) > avail) heights.push(heights[heights.length - 1] ?? mark.ascent + mark.descent + mark.gap);
  box.pitch = heights.map((h) => Math.round((h * style.line) / 240));
  box.fit = heights.map((h, i) => (style.line >= 240 ? h : box.pitch[i]!));
  box.before = style.before;
  box.after = style.after;
  box.keepNext = style.keepNext;
  box.keepLines = style.keepLines;
}

function emptyBox(): ParaBox {
  return { kind: 'para', pitch: [], fit: [], before: 0, after: 0, keepNext: false, keepLines: false, pageBreakBefore: false, widowControl: true };
}
