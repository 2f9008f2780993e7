import { describe, expect, it } from 'vitest';
import { parseAngka } from './parse-angka.js';

describe('parseAngka', () => {
  it.each([
    ['85', 85],
    ['85,5', 85.5],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1.500.000', 1500000],
    ['1,500,000', 1500000],
    ['2.500', 2500],
    ['0.750', 0.75],
    ['85.5', 85.5],
    ['3.25', 3.25],
    ['85%', 85],
    ['85,5 %', 85.5],
    ['Rp 1.500.000', 1500000],
    ['Rp1.500.000,50', 1500000.5],
    ['-12,5', -12.5],
    ['−3', -3],
    [' 42 ', 42],
  ])('%s -> %s', (text, value) => {
    expect(parseAngka(text)).toBe(value);
  });

  it.each(['', 'WTP', 'abc', '1.2.3,4,5', '12a', '1.23.456', '%', '--5', '1,2,3'])('%s is not a number', (text) => {
    expect(parseAngka(text)).toBeUndefined();
  });
});
