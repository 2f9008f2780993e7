/**
 * One paragraph, written and measured together: w:pPr children in schema order (CT_PPrBase:
 * pStyle, keepNext, keepLines, pageBreakBefore, numPr, tabs, spacing, ind, jc, rPr), then its
 * runs; and the box the paginator places, from the effective style plus these properties.
 */
import type { Align } from '../markup/types.js';
import type { BlockContext } from './context.js';
import type { ParaBox } from './layout/boxes.js';
import type { LineMetrics } from './layout/fonts.js';
import { breakLines, type Piece } from './layout/line-break.js';
import type { EffectiveStyle } from './style-table.js';

/** Direct paragraph properties; undefined = not written (the style's value applies). */
export interface ParagraphProperties {
  styleId?: string | undefined;
  keepNext?: boolean | undefined;
  keepLines?: boolean | undefined;
  pageBreakBefore?: boolean | undefined;
  numbering?: { numId: number; level: number } | undefined;
  /** Raw w:tabs XML (the TOC's right tab with a dot leader). */
  tabs?: string | undefined;
  spacing?: { line?: number | undefined; lineRule?: 'auto' | 'exact' | undefined; before?: number | undefined; after?: number | undefined } | undefined;
  indent?: { left?: number | undefined; hanging?: number | undefined; firstLine?: number | undefined } | undefined;
  align?: Align | undefined;
  /** w:rPr children for the paragraph mark. */
  markRPr?: string | undefined;
}

const JC: Record<Align, string> = { left: 'left', center: 'center', right: 'right', justify: 'both' };

export function pPrXml(p: ParagraphProperties): string {
  let x = '';
  if (p.styleId !== undefined) x += `<w:pStyle w:val="${p.styleId}"/>`;
  if (p.keepNext) x += '<w:keepNext/>';
  if (p.keepLines) x += '<w:keepLines/>';
  if (p.pageBreakBefore) x += '<w:pageBreakBefore/>';
  if (p.numbering) x += `<w:numPr><w:ilvl w:val="${p.numbering.level}"/><w:numId w:val="${p.numbering.numId}"/></w:numPr>`;
  if (p.tabs) x += p.tabs;
  const s = p.spacing;
  if (s && (s.after !== undefined || s.before !== undefined || s.line !== undefined)) {
    x += '<w:spacing';
    if (s.after !== undefined) x += ` w:after="${s.after}"`;
    if (s.before !== undefined) x += ` w:before="${s.before}"`;
    if (s.line !== undefined) x += ` w:line="${s.line}" w:lineRule="${s.lineRule ?? 'auto'}"`;
    x += '/>';
  }
  const ind = p.indent;
  if (ind && (ind.left !== undefined || ind.hanging !== undefined || ind.firstLine !== undefined)) {
    x += '<w:ind';
    if (ind.left !== undefined) x += ` w:left="${ind.left}"`;
    if (ind.hanging !== undefined) x += ` w:hanging="${ind.hanging}"`;
    if (ind.firstLine !== undefined) x += ` w:firstLine="${ind.firstLine}"`;
    x += '/>';
  }
  if (p.align !== undefined) x += `<w:jc w:val="${JC[p.align]}"/>`;
  if (p.markRPr) x += `<w:rPr>${p.markRPr}</w:rPr>`;
  return x;
}

export function paragraphXml(p: ParagraphProperties, content: string): string {
  const pPr = pPrXml(p);
  if (pPr === '' && content === '') return '<w:p/>';
  return `<w:p>${pPr === '' ? '' : `<w:pPr>${pPr}</w:pPr>`}${content}</w:p>`;
}

export interface Measure {
  pieces: readonly Piece[];
  /** Metrics of the paragraph mark: the height of an empty paragraph or line. */
  mark: LineMetrics;
  /** The list marker sits in the hanging indent, so the first line starts at the left indent. */
  numbered?: boolean;
  anchor?: number;
}

/** Widths and line heights of a paragraph with these properties in this context, as a box. */
export function measureParagraph(p: ParagraphProperties, style: EffectiveStyle, m: Measure, ctx: BlockContext): ParaBox {
  const left = p.indent?.left ?? style.indentLeft;
  const hanging = p.indent?.hanging ?? 0;
  const firstLine = p.indent?.firstLine ?? 0;
  const rest = Math.max(ctx.textWidth - left, 1);
  const first = m.numbered ? rest : Math.max(ctx.textWidth - left - firstLine + hanging, 1);
  const { heights } = breakLines(m.pieces, first, rest, m.mark);
  const line = p.spacing?.line ?? style.line;
  const rule = p.spacing?.line !== undefined ? (p.spacing.lineRule ?? 'auto') : style.lineRule;
  const pitch: number[] = new Array<number>(heights.length);
  const fit: number[] = new Array<number>(heights.length);
  for (let i = 0; i < heights.length; i++) {
    const h = heights[i]!;
    if (rule === 'exact') {
      pitch[i] = fit[i] = line;
    } else if (rule === 'atLeast') {
      pitch[i] = fit[i] = Math.max(h, line);
    } else {
      pitch[i] = Math.round((h * line) / 240);
      // The extra of a line spacing above single may hang below the bottom margin.
      fit[i] = line >= 240 ? h : pitch[i]!;
    }
  }
  return {
    kind: 'para',
    pitch,
    fit,
    before: p.spacing?.before ?? style.before,
    after: p.spacing?.after ?? style.after,
    keepNext: p.keepNext === true || style.keepNext,
    keepLines: p.keepLines === true || style.keepLines,
    pageBreakBefore: p.pageBreakBefore === true,
    widowControl: true,
    ...(m.anchor !== undefined ? { anchor: m.anchor } : {}),
  };
}
