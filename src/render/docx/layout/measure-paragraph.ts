/**
 * The box the paginator places for one paragraph: its lines broken at the text width, from the
 * effective style plus the paragraph's direct properties (the ones wml/paragraph-xml.ts writes).
 */
import type { ParagraphProperties } from '../wml/paragraph-xml.js';
import type { ParaBox } from './boxes.js';
import type { LineMetrics } from './fonts.js';
import { breakLines, type Piece } from './line-break.js';
import type { EffectiveStyle } from './style-table.js';

export interface Measure {
  pieces: readonly Piece[];
  /** Metrics of the paragraph mark: the height of an empty paragraph or line. */
  mark: LineMetrics;
  /** The list marker sits in the hanging indent, so the first line starts at the left indent. */
  numbered?: boolean;
  anchor?: number;
}

/** Widths and line heights of a paragraph with these properties at this text width (twips), as a box. */
export function measureParagraph(p: ParagraphProperties, style: EffectiveStyle, m: Measure, textWidth: number): ParaBox {
  const left = p.indent?.left ?? style.indentLeft;
  const hanging = p.indent?.hanging ?? 0;
  const firstLine = p.indent?.firstLine ?? 0;
  const rest = Math.max(textWidth - left, 1);
  const first = m.numbered ? rest : Math.max(textWidth - left - firstLine + hanging, 1);
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
