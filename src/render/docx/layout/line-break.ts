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
/**
 * The numbers, as fields of one object: V8 updates a number field in place, where a module-level
 * `let` holding a fraction becomes a new heap number on every assignment (several per character).
 */
const s = {
  avail: 0,
  rest: 0,
  /** The committed part of the current line: width, its trailing spaces, whether it has text, metrics. */
  lineW: 0,
  lineTrail: 0,
  lineHas: false,
  la: 0,
  ld: 0,
  lg: 0,
  /** The word being read (since the last break opportunity), the spaces after it, its metrics. */
  wordW: 0,
  wordTrail: 0,
  wa: 0,
  wd: 0,
  wg: 0,
  /** Italic correction the word needs if it ends a line (it ends in italic text). */
  wordCorr: 0,
  /** Characters of the word in wordChars. */
  wordLength: 0,
  lastWidth: 0,
};
/** Widths of the word's characters (a word wider than a line is broken between them). */
let wordChars = new Float64Array(256);
const pushChar = (w: number): void => {
  if (s.wordLength === wordChars.length) {
    const grown = new Float64Array(wordChars.length * 2);
    grown.set(wordChars);
    wordChars = grown;
  }
  wordChars[s.wordLength++] = w;
};
/** Metrics for a line with no text of its own (an empty paragraph, a line after a break). */
let fallback: LineMetrics = { ascent: 0, descent: 0, gap: 0 };

function endLine(): void {
  heights.push(s.lineHas ? s.la + s.ld + s.lg : fallback.ascent + fallback.descent + fallback.gap);
  s.lastWidth = s.lineW - s.lineTrail;
  s.lineW = s.lineTrail = 0;
  s.lineHas = false;
  s.la = s.ld = s.lg = 0;
  s.avail = s.rest;
}

function takeWord(): void {
  if (s.wa > s.la) s.la = s.wa;
  if (s.wd > s.ld) s.ld = s.wd;
  if (s.wg > s.lg) s.lg = s.wg;
}

function commitWord(): void {
  if (s.wordW === 0 && s.wordTrail === 0) return;
  if (s.lineHas && s.lineW + s.wordW + s.wordCorr > s.avail) endLine();
  if (!s.lineHas && s.wordW + s.wordCorr > s.avail) {
    // The word alone is wider than the line: break it between characters.
    let w = 0;
    let n = 0;
    for (let k = 0; k < s.wordLength; k++) {
      const cw = wordChars[k]!;
      if (n > 0 && w + cw > s.avail) {
        s.lineW = w;
        s.lineHas = true;
        takeWord();
        endLine();
        w = 0;
        n = 0;
      }
      w += cw;
      n++;
    }
    s.wordW = w;
  }
  s.lineW += s.wordW + s.wordTrail;
  s.lineTrail = s.wordTrail;
  s.lineHas = true;
  takeWord();
  s.wordW = s.wordTrail = s.wordCorr = 0;
  s.wa = s.wd = s.wg = 0;
  s.wordLength = 0;
}

function touch(m: LineMetrics): void {
  if (m.ascent > s.wa) s.wa = m.ascent;
  if (m.descent > s.wd) s.wd = m.descent;
  if (m.gap > s.wg) s.wg = m.gap;
}

export function breakLines(pieces: readonly Piece[], firstWidth: number, restWidth: number, empty: LineMetrics): BrokenLines {
  heights = [];
  s.avail = firstWidth;
  s.rest = restWidth;
  s.lineW = s.lineTrail = 0;
  s.lineHas = false;
  s.la = s.ld = s.lg = 0;
  s.wordW = s.wordTrail = s.wordCorr = 0;
  s.wa = s.wd = s.wg = 0;
  s.wordLength = 0;
  s.lastWidth = 0;
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
            s.wordTrail += cw;
            if (s.wordW === 0 && !s.lineHas) touch(metrics);
            prev = c;
            continue;
          }
          if (s.wordTrail > 0 || (prev >= 0 && prev !== 0x20 && breakBetween(prev, c))) commitWord();
          s.wordW += cw;
          pushChar(cw);
          touch(metrics);
          s.wordCorr = italic;
          prev = c;
        }
        if (italic > 0) {
          // The end of an italic portion: its correction is part of the line from here on.
          if (s.wordTrail > 0) s.wordTrail += italic;
          else s.wordW += italic;
          s.wordCorr = 0;
        }
        break;
      }
      case 'break':
        commitWord();
        if (!s.lineHas) fallback = piece.metrics;
        endLine();
        fallback = piece.metrics;
        prev = -1;
        break;
      case 'tab': {
        commitWord();
        // Jump to the next default stop; a tab past the line's end wraps like a word.
        const next = (Math.floor(s.lineW / TAB_STOP) + 1) * TAB_STOP;
        s.wordW = Math.min(next, s.avail) - s.lineW;
        touch(piece.metrics);
        commitWord();
        prev = -1;
        break;
      }
      case 'box':
        if (s.wordTrail > 0 || prev >= 0) commitWord();
        s.wordW += piece.width;
        pushChar(piece.width);
        touch(piece.metrics);
        commitWord();
        prev = -1;
        break;
    }
  }
  commitWord();
  endLine();
  const result = { heights, lastWidth: s.lastWidth };
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
  // The word being read and its italic correction; a word ends where `widest` takes it in.
  let widest = 0;
  let w = 0;
  let corr = 0;
  let prev = -1;
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p]!;
    switch (piece.kind) {
      case 'text': {
        const { text, face, size, italic } = piece;
        for (let i = 0; i < text.length; i++) {
          const c = text.charCodeAt(i);
          if (c === 0x20) {
            if (w + corr > widest) widest = w + corr;
            w = corr = 0;
            prev = c;
            continue;
          }
          if (prev >= 0 && prev !== 0x20 && breakBetween(prev, c) && !(isHyphen(prev) && isDigit(c))) {
            if (w + corr > widest) widest = w + corr;
            w = corr = 0;
          }
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
        if (w + corr > widest) widest = w + corr;
        if (piece.width > widest) widest = piece.width;
        w = corr = 0;
        prev = -1;
        break;
      case 'break':
      case 'tab':
        if (w + corr > widest) widest = w + corr;
        w = corr = 0;
        prev = -1;
        break;
    }
  }
  return w + corr > widest ? w + corr : widest;
}
