/** Line breaking with the generated width tables: where lines break and how tall they are. */
import { describe, expect, it } from 'vitest';
import { FontBook, lineMetrics, textWidth } from './fonts.js';
import { breakLines, widestWord, type Piece } from './line-break.js';

const fonts = new FontBook();
const arial = fonts.face('Arial', false, false);
const m12 = lineMetrics(arial, 12);
const text = (t: string, italic = 0): Piece => ({ kind: 'text', text: t, face: arial, size: 12, metrics: m12, italic });
const lines = (pieces: Piece[], width: number) => breakLines(pieces, width, width, m12).heights.length;

describe('fonts', () => {
  it('measures Arial as Liberation Sans: 12 pt lines are 13.8 pt (276 twips), "a" is 1139/2048 em', () => {
    expect(m12).toEqual({ ascent: 217, descent: 51, gap: 8 });
    expect(textWidth(arial, 'a', 12)).toBeCloseTo((1139 / 2048) * 240, 5);
    expect(fonts.knows('Times New Roman')).toBe(true);
    expect(fonts.knows('Bookman Old Style')).toBe(false);
  });

  it('approximates an unknown font from Arial, wider, and says so', () => {
    fonts.approximated = false;
    const bookman = fonts.face('Bookman Old Style', false, false);
    expect(fonts.approximated).toBe(true);
    expect(textWidth(bookman, 'abc', 12)).toBeCloseTo(textWidth(arial, 'abc', 12) * 1.1, 5);
  });
});

describe('breakLines', () => {
  const w = (t: string) => textWidth(arial, t, 12);

  it('breaks at spaces, letting trailing spaces hang past the margin', () => {
    expect(lines([text('aaa bbb')], w('aaa bbb'))).toBe(1);
    expect(lines([text('aaa bbb')], w('aaa bbb') - 1)).toBe(2);
    expect(lines([text('aaa bbb ')], w('aaa bbb'))).toBe(1);
  });

  it('breaks after a hyphen before a letter or a digit, as LibreOffice 7.4 does', () => {
    expect(lines([text('Undang-Undang')], w('Undang-Undan'))).toBe(2);
    expect(lines([text('MP-032 x')], w('MP-032'))).toBe(2);
    // "aa MP-" | "032"; without the break after the hyphen: "aa" | "MP-03" | "2".
    expect(lines([text('aa MP-032')], w('aa MP-') + 1)).toBe(2);
    expect(lines([text('aa 2024-2028')], w('aa 2024-') + 1)).toBe(2);
  });

  it('does not break after a slash', () => {
    // "a" | "bbb/cc" | "c": the slash is no break opportunity, so the word breaks between characters.
    expect(lines([text('a bbb/ccc')], w('a bbb/') + 1)).toBe(3);
  });

  it('breaks a word wider than the line between characters', () => {
    expect(lines([text('INSPEKTORAT')], w('INSPEKTORA'))).toBe(2);
    expect(lines([text('INSPEKTORAT')], w('INSPE'))).toBe(3);
  });

  it('adds LibreOffice\'s italic correction at the end of an italic portion', () => {
    const corr = (m12.ascent + m12.descent) / 12;
    expect(lines([text('aaa bbb', corr)], w('aaa bbb') + corr)).toBe(1);
    expect(lines([text('aaa bbb', corr)], w('aaa bbb') + corr - 1)).toBe(2);
  });

  it('makes a line per break, and a line as tall as its tallest text', () => {
    const m8 = lineMetrics(arial, 8);
    const small: Piece = { kind: 'text', text: 'kecil', face: arial, size: 8, metrics: m8, italic: 0 };
    const { heights } = breakLines([text('besar'), { kind: 'break', metrics: m12 }, small], 10_000, 10_000, m12);
    expect(heights).toEqual([276, m8.ascent + m8.descent + m8.gap]);
    expect(breakLines([], 1000, 1000, m12).heights).toEqual([276]);
  });
});

describe('widestWord', () => {
  const w = (t: string) => textWidth(arial, t, 12);
  const widest = (t: string, italic = 0) => widestWord([text(t, italic)]);

  it('measures the widest word between the places a line may break', () => {
    expect(widest('Badan Perencanaan Pembangunan')).toBeCloseTo(Math.max(w('Perencanaan'), w('Pembangunan')), 5);
    expect(widest('perundang-undangan')).toBeCloseTo(w('perundang-'), 5);
    expect(widest('birokrasi/transformasi')).toBeCloseTo(w('birokrasi/transformasi'), 5);
  });

  it('keeps a hyphen before a digit inside the word: codes and ranges read as one word', () => {
    expect(widest('SDM-01')).toBeCloseTo(w('SDM-01'), 5);
    expect(widest('(0-100)')).toBeCloseTo(w('(0-100)'), 5);
  });

  it('counts the italic correction and words running across pieces', () => {
    const corr = (m12.ascent + m12.descent) / 12;
    expect(widest('agile', corr)).toBeCloseTo(w('agile') + corr, 5);
    expect(widestWord([text('Bappe'), text('dalitbang')])).toBeCloseTo(w('Bappedalitbang'), 5);
    expect(widestWord([text('ab'), { kind: 'break', metrics: m12 }, text('cd')])).toBeCloseTo(Math.max(w('ab'), w('cd')), 5);
  });
});
