import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { collect, period, positiveInt, quarter, year } from './option-parsers.js';

/** What commander would print after "tidak dapat dipakai: ". */
function refusal(parse: () => unknown): string {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidArgumentError);
    return (error as Error).message;
  }
  throw new Error('accepted');
}

describe('option parsers', () => {
  it('year: four digits, spaces around allowed', () => {
    expect(year('2025')).toBe(2025);
    expect(year(' 2030 ')).toBe(2030);
    for (const bad of ['25', '20255', '2025a', 'dua ribu', '', '-2025', '2025.0']) expect(refusal(() => year(bad)), bad).toBe('tulis tahun empat angka, misalnya 2025.');
  });

  it('quarter: 1-4, Roman numerals, "TW II"', () => {
    expect(quarter('1')).toBe(1);
    expect(quarter('IV')).toBe(4);
    expect(quarter('TW II')).toBe(2);
    for (const bad of ['0', '5', 'V', 'kedua']) expect(refusal(() => quarter(bad)), bad).toBe('tulis triwulan 1, 2, 3 atau 4.');
  });

  it('positiveInt: a whole number from 1', () => {
    expect(positiveInt('1')).toBe(1);
    expect(positiveInt('16')).toBe(16);
    for (const bad of ['0', '-1', '1.5', 'dua', '']) expect(refusal(() => positiveInt(bad)), bad).toBe('harus bilangan bulat positif.');
  });

  it('period: MULAI-SELESAI with a hyphen or an en dash', () => {
    expect(period('2029-2033')).toEqual({ mulai: 2029, selesai: 2033 });
    expect(period(' 2029 – 2033 ')).toEqual({ mulai: 2029, selesai: 2033 });
    for (const bad of ['2029', '2029-33', '2029/2033', '2029-2033-2037']) expect(refusal(() => period(bad)), bad).toBe('tulis MULAI-SELESAI, misalnya 2029-2033.');
  });

  it('collect: every value of a repeated option, in order, without changing the previous list', () => {
    const first = collect('a=1', []);
    const second = collect('b=2', first);
    expect(second).toEqual(['a=1', 'b=2']);
    expect(first).toEqual(['a=1']);
  });
});
