import { describe, expect, it } from 'vitest';
import { columnLetters } from './spreadsheet.js';

describe('columnLetters', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [28, 'AB'],
    [52, 'AZ'],
    [702, 'ZZ'],
    [703, 'AAA'],
    [16384, 'XFD'],
  ])('%i -> %s', (position, letters) => {
    expect(columnLetters(position)).toBe(letters);
  });

  it('counts without gaps: each column is the one before plus one', () => {
    const seen = new Set<string>();
    for (let n = 1; n <= 1000; n++) seen.add(columnLetters(n));
    expect(seen.size).toBe(1000);
  });
});
