/**
 * Greedy line breaking as LibreOffice and Word do it for Latin text: lines break at spaces (which
 * hang past the margin), after a hyphen, dash or slash followed by a letter, and inside a word
 * only when the word alone is wider than the line. A line is as tall as the tallest ascent plus
 * the tallest descent and line gap of the text on it.
 */
import { charWidth, type Face, type LineMetrics } from './fonts.js';

export type Piece =
  | { kind: 'text'; text: string; face: Face; size: number; metrics: LineMetrics }
  | { kind: 'break'; metrics: LineMetrics }
  | { kind: 'tab'; metrics: LineMetrics }
  | { kind: 'box'; width: number; metrics: LineMetrics };

export interface BrokenLines {
  /** Natural height of each line (ascent + descent + gap), twips. */
  heights: number[];
  /** Width of the last line's text, trailing spaces excluded, twips. */
  lastWidth: number;
}

/** Word's and LibreOffice's default tab stop for our documents (w:defaultTabStop 720). */
const TAB_STOP = 720;

const isSpace = (c: number) => c === 0x20;
const isLetter = (c: number) =>
  (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);

/** Whether a line may break between `prev` and `next` (neither a space). */
function breakBetween(prev: number, next: number): boolean {
  if (prev === 0x2d || prev === 0x2010) return isLetter(next);
  if (prev === 0x2f) return isLetter(next);
  if (prev === 0x2013 || prev === 0x2014 || prev === 0x200b) return true;
  return next === 0x2014;
}

export function breakLines(pieces: readonly Piece[], firstWidth: number, restWidth: number, empty: LineMetrics): BrokenLines {
  const heights: number[] = [];
  let avail = firstWidth;
  // The committed part of the current line.
  let lineW = 0;
  let lineTrail = 0;
  let lineHas = false;
  let la = 0;
  let ld = 0;
  let lg = 0;
  // The word being read (since the last break opportunity) and the spaces after it.
  let wordW = 0;
  let wordTrail = 0;
  let wa = 0;
  let wd = 0;
  let wg = 0;
  const wordChars: number[] = [];
  let prev = -1;
  let lastWidth = 0;
  // Metrics of the run a line ends in, for a line with no text of its own (after a break).
  let lineFallback: LineMetrics = empty;

  const endLine = (): void => {
    heights.push(lineHas ? la + ld + lg : lineFallback.ascent + lineFallback.descent + lineFallback.gap);
    lastWidth = lineW - lineTrail;
    lineW = 0;
    lineTrail = 0;
    lineHas = false;
    la = ld = lg = 0;
    avail = restWidth;
  };
  const takeWord = (): void => {
    if (wa > la) la = wa;
    if (wd > ld) ld = wd;
    if (wg > lg) lg = wg;
  };
  const commitWord = (): void => {
    if (wordW === 0 && wordTrail === 0) return;
    if (lineHas && lineW + wordW > avail) endLine();
    if (!lineHas && wordW > avail) {
      // The word alone is wider than the line: break it between characters.
      let w = 0;
      let n = 0;
      for (const cw of wordChars) {
        if (n > 0 && w + cw > avail) {
          lineW = w;
          lineHas = true;
          takeWord();
          endLine();
          w = 0;
          n = 0;
        }
        w += cw;
        n++;
      }
      wordW = w;
    }
    lineW += wordW + wordTrail;
    lineTrail = wordTrail;
    lineHas = true;
    takeWord();
    wordW = wordTrail = 0;
    wa = wd = wg = 0;
    wordChars.length = 0;
  };
  const touch = (m: LineMetrics): void => {
    if (m.ascent > wa) wa = m.ascent;
    if (m.descent > wd) wd = m.descent;
    if (m.gap > wg) wg = m.gap;
  };

  for (const piece of pieces) {
    switch (piece.kind) {
      case 'text': {
        const { text, face, size, metrics } = piece;
        lineFallback = metrics;
        for (let i = 0; i < text.length; i++) {
          const c = text.charCodeAt(i);
          const cw = charWidth(face, c, size);
          if (isSpace(c)) {
            wordTrail += cw;
            if (wordW === 0 && !lineHas) touch(metrics);
            prev = c;
            continue;
          }
          if (wordTrail > 0 || (prev >= 0 && !isSpace(prev) && breakBetween(prev, c))) commitWord();
          wordW += cw;
          wordChars.push(cw);
          touch(metrics);
          prev = c;
        }
        break;
      }
      case 'break':
        commitWord();
        if (!lineHas) lineFallback = piece.metrics;
        endLine();
        lineFallback = piece.metrics;
        prev = -1;
        break;
      case 'tab': {
        commitWord();
        // Jump to the next default stop; a tab past the line's end wraps like a word.
        const x = lineW;
        const next = (Math.floor(x / TAB_STOP) + 1) * TAB_STOP;
        wordW = Math.min(next, avail) - x;
        touch(piece.metrics);
        commitWord();
        prev = -1;
        break;
      }
      case 'box':
        if (wordTrail > 0 || prev >= 0) commitWord();
        wordW += piece.width;
        wordChars.push(piece.width);
        touch(piece.metrics);
        commitWord();
        prev = -1;
        break;
    }
  }
  commitWord();
  endLine();
  return { heights, lastWidth };
}
