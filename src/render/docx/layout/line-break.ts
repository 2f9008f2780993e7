/**
 * Greedy line breaking as LibreOffice and Word do it for Latin text: lines break at spaces (which
 * hang past the margin), after a hyphen followed by a letter, a digit or an opening bracket
 * ("SDM-|01", "2024-|2028"), after an en or em dash, before an em dash, between ")" and "(", never
 * after a slash ("birokrasi/transformasi" stays whole: LibreOffice 7.4, checked case by case),
 * and inside a word only when the word alone is wider than the line. Widths are the fonts'
 * advances unrounded, as LibreOffice measures them (within a twip in our calibration), plus its
 * italic correction. A line is as tall as the tallest ascent plus the tallest descent and line
 * gap of the text on it.
 *
 * Written as one loop over module-level state rather than closures: it runs for every paragraph
 * of every table cell, and large documents have hundreds of thousands of those.
 */
import { charWidth, type Face, type LineMetrics } from './fonts.js';

export type Piece =
  /**
   * `italic`: LibreOffice's italic correction, in twips: an italic portion is a twelfth of its
   * font height wider at its end (where it meets upright text or the line's end); 0 when upright.
   */
  | { kind: 'text'; text: string; face: Face; size: number; metrics: LineMetrics; italic: number }
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

const isLetter = (c: number) =>
  (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHyphen = (c: number) => c === 0x2d || c === 0x2010;
const isOpening = (c: number) => c === 0x28 || c === 0x5b;

/** Whether a line may break between `prev` and `next` (neither a space). */
function breakBetween(prev: number, next: number): boolean {
  if (isHyphen(prev)) return isLetter(next) || isDigit(next) || isOpening(next);
  if (prev === 0x2013 || prev === 0x2014 || prev === 0x200b) return true;
  if (prev === 0x29 || prev === 0x5d) return isOpening(next);
  return next === 0x2014;
}

// The state of one breakLines call.
let heights: number[] = [];
let avail = 0;
let rest = 0;
/** The committed part of the current line: width, its trailing spaces, whether it has text, metrics. */
let lineW = 0;
let lineTrail = 0;
let lineHas = false;
let la = 0;
let ld = 0;
let lg = 0;
/** The word being read (since the last break opportunity), the spaces after it, its metrics. */
let wordW = 0;
let wordTrail = 0;
let wa = 0;
let wd = 0;
let wg = 0;
/** Italic correction the word needs if it ends a line (it ends in italic text). */
let wordCorr = 0;
/** Widths of the word's characters (a word wider than a line is broken between them). */
let wordChars = new Float64Array(256);
let wordLength = 0;
const pushChar = (w: number): void => {
  if (wordLength === wordChars.length) {
    const grown = new Float64Array(wordChars.length * 2);
    grown.set(wordChars);
    wordChars = grown;
  }
  wordChars[wordLength++] = w;
};
let lastWidth = 0;
/** Metrics for a line with no text of its own (an empty paragraph, a line after a break). */
let fallback: LineMetrics = { ascent: 0, descent: 0, gap: 0 };

function endLine(): void {
  heights.push(lineHas ? la + ld + lg : fallback.ascent + fallback.descent + fallback.gap);
  lastWidth = lineW - lineTrail;
  lineW = lineTrail = 0;
  lineHas = false;
  la = ld = lg = 0;
  avail = rest;
}

function takeWord(): void {
  if (wa > la) la = wa;
  if (wd > ld) ld = wd;
  if (wg > lg) lg = wg;
}

function commitWord(): void {
  if (wordW === 0 && wordTrail === 0) return;
  if (lineHas && lineW + wordW + wordCorr > avail) endLine();
  if (!lineHas && wordW + wordCorr > avail) {
    // The word alone is wider than the line: break it between characters.
    let w = 0;
    let n = 0;
    for (let k = 0; k < wordLength; k++) {
      const cw = wordChars[k]!;
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
  wordW = wordTrail = wordCorr = 0;
  wa = wd = wg = 0;
  wordLength = 0;
}

function touch(m: LineMetrics): void {
  if (m.ascent > wa) wa = m.ascent;
  if (m.descent > wd) wd = m.descent;
  if (m.gap > wg) wg = m.gap;
}

export function breakLines(pieces: readonly Piece[], firstWidth: number, restWidth: number, empty: LineMetrics): BrokenLines {
  heights = [];
  avail = firstWidth;
  rest = restWidth;
  lineW = lineTrail = 0;
  lineHas = false;
  la = ld = lg = 0;
  wordW = wordTrail = wordCorr = 0;
  wa = wd = wg = 0;
  wordLength = 0;
  lastWidth = 0;
  fallback = empty;
  let prev = -1;

  for (const piece of pieces) {
    switch (piece.kind) {
      case 'text': {
        const { text, face, size, metrics, italic } = piece;
        fallback = metrics;
        for (let i = 0; i < text.length; i++) {
          const c = text.charCodeAt(i);
          const cw = charWidth(face, c, size);
          if (c === 0x20) {
            wordTrail += cw;
            if (wordW === 0 && !lineHas) touch(metrics);
            prev = c;
            continue;
          }
          if (wordTrail > 0 || (prev >= 0 && prev !== 0x20 && breakBetween(prev, c))) commitWord();
          wordW += cw;
          pushChar(cw);
          touch(metrics);
          wordCorr = italic;
          prev = c;
        }
        if (italic > 0) {
          // The end of an italic portion: its correction is part of the line from here on.
          if (wordTrail > 0) wordTrail += italic;
          else wordW += italic;
          wordCorr = 0;
        }
        break;
      }
      case 'break':
        commitWord();
        if (!lineHas) fallback = piece.metrics;
        endLine();
        fallback = piece.metrics;
        prev = -1;
        break;
      case 'tab': {
        commitWord();
        // Jump to the next default stop; a tab past the line's end wraps like a word.
        const next = (Math.floor(lineW / TAB_STOP) + 1) * TAB_STOP;
        wordW = Math.min(next, avail) - lineW;
        touch(piece.metrics);
        commitWord();
        prev = -1;
        break;
      }
      case 'box':
        if (wordTrail > 0 || prev >= 0) commitWord();
        wordW += piece.width;
        pushChar(piece.width);
        touch(piece.metrics);
        commitWord();
        prev = -1;
        break;
    }
  }
  commitWord();
  endLine();
  const result = { heights, lastWidth };
  heights = [];
  return result;
}

/**
 * Width of the widest word, with the italic correction it needs at a line's end: the narrowest
 * line that shows every word whole. Words are what breakLines breaks between (spaces, breaks,
 * tabs, after a hyphen or dash), except that a hyphen before a digit joins: a code or a range
 * such as "SDM-01" or "2024-2028" reads as one word, though LibreOffice would break it. A
 * picture counts as a word.
 */
export function widestWord(pieces: readonly Piece[]): number {
  let widest = 0;
  let w = 0;
  let corr = 0;
  let prev = -1;
  const end = (): void => {
    if (w + corr > widest) widest = w + corr;
    w = corr = 0;
  };
  for (const piece of pieces) {
    switch (piece.kind) {
      case 'text': {
        const { text, face, size, italic } = piece;
        for (let i = 0; i < text.length; i++) {
          const c = text.charCodeAt(i);
          if (c === 0x20) {
            end();
            prev = c;
            continue;
          }
          if (prev >= 0 && prev !== 0x20 && breakBetween(prev, c) && !(isHyphen(prev) && isDigit(c))) end();
          w += charWidth(face, c, size);
          corr = italic;
          prev = c;
        }
        // The end of an italic portion inside a word: its correction is part of the word.
        if (italic > 0 && prev !== 0x20 && w > 0) {
          w += italic;
          corr = 0;
        }
        break;
      }
      case 'box':
        end();
        w = piece.width;
        end();
        prev = -1;
        break;
      case 'break':
      case 'tab':
        end();
        prev = -1;
        break;
    }
  }
  end();
  return widest;
}
