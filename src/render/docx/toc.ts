/**
 * The table of contents: a real TOC field (w:sdt with w:docPartGallery "Table of Contents",
 * w:fldChar + `TOC \h \o "1-N"`) whose result is written in full: one entry per heading, a
 * hyperlink and a PAGEREF to the heading's `_Toc` bookmark, and the page number the paginator
 * found, formatted as the heading's section numbers its pages (P2). The entries are measured
 * with a guessed number first and again once the numbers are known, in case one wraps; the XML
 * is written after that.
 */
import type { Block, DocumentTree, Heading, Toc } from '../markup/types.js';
import { measuring, type BlockContext } from './context.js';
import { inlinePieces, inlineText, markMetrics } from './inline.js';
import type { ParaBox } from './layout/boxes.js';
import { textWidth } from './layout/fonts.js';
import { breakLines } from './layout/line-break.js';
import { effectiveStyle } from './paragraphs.js';
import { escapeAttr, escapeText } from './xml.js';

interface Entry {
  heading: Heading;
  level: number;
  text: string;
  anchor: number;
}

interface Laid {
  box: ParaBox;
  entry: Entry;
  ctx: BlockContext;
  label: string;
}

const clampLevels = (levels: number) => Math.min(Math.max(Math.round(levels), 1), 4);

export class TocPlan {
  readonly entries: Entry[] = [];
  private readonly byHeading = new Map<Heading, number>();
  private readonly laid: Laid[] = [];
  /** Page labels per anchor, once known. */
  labels: string[] = [];

  constructor(tree: DocumentTree) {
    let levels = 0;
    const walk = (blocks: readonly Block[], visit: (b: Block) => void): void => {
      for (const b of blocks) {
        visit(b);
        if (b.type === 'table') for (const row of b.rows) for (const cell of row.cells) walk(cell.children, visit);
      }
    };
    for (const s of tree.sections) walk(s.children, (b) => b.type === 'toc' && (levels = Math.max(levels, clampLevels(b.levels))));
    if (levels === 0) return;
    for (const s of tree.sections)
      walk(s.children, (b) => {
        if (b.type !== 'heading' || !b.toc || b.level > levels) return;
        const anchor = this.entries.length;
        const text = inlineText(b.children).replace(/[\n\t]+/g, ' ').replace(/\s+/g, ' ').trim();
        this.entries.push({ heading: b, level: b.level, text, anchor });
        this.byHeading.set(b, anchor);
      });
  }

  get anchorCount(): number {
    return this.entries.length;
  }

  anchorOf(h: Heading): number | undefined {
    return this.byHeading.get(h);
  }

  bookmarkName(anchor: number): string {
    return `_Toc${anchor + 1}`;
  }

  /** Measures a TOC into its boxes, or writes it with the page numbers found. */
  render(toc: Toc, ctx: BlockContext): ParaBox[] {
    const levels = clampLevels(toc.levels);
    const shown = this.entries.filter((e) => e.level <= levels);
    if (!measuring(ctx)) {
      ctx.part.sink.push(this.xml(shown, levels, ctx.textWidth));
      return [];
    }
    const boxes: ParaBox[] = [];
    for (const entry of shown) {
      const laid: Laid = { box: emptyBox(), entry, ctx, label: '00' };
      this.measure(laid);
      this.laid.push(laid);
      boxes.push(laid.box);
    }
    // The paragraph that closes the field: an empty Normal paragraph.
    const normal = effectiveStyle(ctx, undefined);
    const mark = markMetrics({}, normal, ctx.doc);
    const h = mark.ascent + mark.descent + mark.gap;
    const pitch = Math.round((h * normal.line) / 240);
    boxes.push({ ...emptyBox(), pitch: [pitch], fit: [normal.line >= 240 ? h : pitch], before: normal.before, after: normal.after });
    return boxes;
  }

  /**
   * Sets the page labels and measures the entries again with them. Returns whether any entry
   * now takes a different number of lines (then the pages must be laid out again).
   */
  update(labels: string[]): boolean {
    this.labels = labels;
    let changed = false;
    for (const laid of this.laid) {
      const label = labels[laid.entry.anchor] ?? '';
      if (label === laid.label) continue;
      const before = laid.box.pitch.length;
      laid.label = label;
      this.measure(laid);
      if (laid.box.pitch.length !== before) changed = true;
    }
    return changed;
  }

  private xml(shown: readonly Entry[], levels: number, textWidth: number): string {
    const tabs = `<w:tabs><w:tab w:val="right" w:pos="${textWidth}" w:leader="dot"/></w:tabs>`;
    const instr = `<w:r><w:fldChar w:fldCharType="begin"/><w:instrText xml:space="preserve">TOC \\h \\o &quot;1-${levels}&quot;</w:instrText><w:fldChar w:fldCharType="separate"/></w:r>`;
    let xml = '<w:sdt><w:sdtPr><w:alias w:val="Daftar Isi"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>';
    if (shown.length === 0) xml += `<w:p>${instr}</w:p>`;
    shown.forEach((e, i) => {
      const name = escapeAttr(this.bookmarkName(e.anchor));
      const label = this.labels[e.anchor] ?? '';
      xml +=
        `<w:p><w:pPr><w:pStyle w:val="TOC${e.level}"/>${tabs}</w:pPr>${i === 0 ? instr : ''}` +
        `<w:hyperlink w:history="1" w:anchor="${name}"><w:r><w:t xml:space="preserve">${escapeText(e.text)}</w:t></w:r><w:r><w:tab/></w:r>` +
        `<w:r><w:fldChar w:fldCharType="begin"/><w:instrText xml:space="preserve">PAGEREF ${name} \\h</w:instrText><w:fldChar w:fldCharType="separate"/>` +
        `<w:t xml:space="preserve">${escapeText(label)}</w:t><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink></w:p>`;
    });
    return `${xml}<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:sdtContent></w:sdt>`;
  }

  /** An entry's lines: its text wrapped at the entry indent, plus a line if the number no longer fits. */
  private measure(laid: Laid): void {
    const { entry, ctx } = laid;
    const style = effectiveStyle(ctx, `TOC${entry.level}`);
    const inlines = [{ type: 'text' as const, text: entry.text }];
    const pieces = inlinePieces(inlines, {}, style, ctx.doc);
    const mark = markMetrics({}, style, ctx.doc);
    const avail = Math.max(ctx.textWidth - style.indentLeft, 1);
    const { heights, lastWidth } = breakLines(pieces, avail, avail, mark);
    const face = ctx.doc.fonts.face(style.font, style.bold, style.italic);
    if (lastWidth + textWidth(face, laid.label, style.size) > avail) heights.push(heights[heights.length - 1] ?? mark.ascent + mark.descent + mark.gap);
    const box = laid.box;
    box.pitch = heights.map((h) => Math.round((h * style.line) / 240));
    box.fit = heights.map((h, i) => (style.line >= 240 ? h : box.pitch[i]!));
    box.before = style.before;
    box.after = style.after;
    box.keepNext = style.keepNext;
    box.keepLines = style.keepLines;
  }
}

function emptyBox(): ParaBox {
  return { kind: 'para', pitch: [], fit: [], before: 0, after: 0, keepNext: false, keepLines: false, pageBreakBefore: false, widowControl: true };
}
