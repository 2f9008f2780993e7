/**
 * Inlines as the pieces the line breaker measures, in the fonts and sizes their runs are drawn
 * in (the runs wml/run-xml.ts writes): a run's own font and size, else the paragraph's defaults,
 * else its style's.
 */
import type { Inline } from '../../markup/types.js';
import type { RunDefaults } from '../wml/run-xml.js';
import { lineMetrics, type FontBook, type LineMetrics } from './fonts.js';
import type { Piece } from './line-break.js';
import type { EffectiveStyle } from './style-table.js';

/** Superscript is drawn at about 58% of the size (Word and LibreOffice). */
const SUPERSCRIPT = 0.58;

/** The pieces the line breaker measures, in the fonts the runs resolve to. */
export function inlinePieces(inlines: readonly Inline[], defaults: RunDefaults, style: EffectiveStyle, fonts: FontBook): Piece[] {
  const pieces: Piece[] = [];
  const plain = markMetrics(defaults, style, fonts);
  for (const inline of inlines) {
    switch (inline.type) {
      case 'text':
      case 'field': {
        const font = inline.font ?? defaults.font ?? style.font;
        const size = inline.size ?? defaults.size ?? style.size;
        const bold = inline.bold === true || style.bold;
        const italic = inline.italic === true || style.italic;
        const face = fonts.face(font, bold, italic);
        const metrics = lineMetrics(face, size);
        const raw = inline.type === 'text' ? inline.text : inline.field === 'page' ? '99' : '999';
        const text = inline.caps ? raw.toUpperCase() : raw;
        // LibreOffice's italic correction: a twelfth of the font height (ascent + descent).
        const correction = italic ? (metrics.ascent + metrics.descent) / 12 : 0;
        pieces.push({ kind: 'text', text, face, size: inline.superscript ? size * SUPERSCRIPT : size, metrics, italic: correction });
        break;
      }
      case 'break':
        pieces.push({ kind: 'break', metrics: plain });
        break;
      case 'tab':
        pieces.push({ kind: 'tab', metrics: plain });
        break;
    }
  }
  return pieces;
}

/** Line metrics of the paragraph mark (an empty paragraph's height). */
export function markMetrics(defaults: RunDefaults, style: EffectiveStyle, fonts: FontBook): LineMetrics {
  const face = fonts.face(defaults.font ?? style.font, style.bold, style.italic);
  return lineMetrics(face, defaults.size ?? style.size);
}
