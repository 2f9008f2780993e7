import { describe, expect, it } from 'vitest';
import { formatPageNumber, pageLabels } from './page-labels.js';

describe('page labels', () => {
  it('formats roman and arabic numbers', () => {
    expect([1, 4, 9, 14, 40, 1999].map((n) => formatPageNumber(n, 'lower-roman'))).toEqual(['i', 'iv', 'ix', 'xiv', 'xl', 'mcmxcix']);
    expect(formatPageNumber(12, 'upper-roman')).toBe('XII');
    expect(formatPageNumber(12, 'decimal')).toBe('12');
  });

  it('restarts where a section says so and continues otherwise', () => {
    const labels = pageLabels(
      [
        { first: 0, count: 2 },
        { first: 2, count: 2 },
        { first: 4, count: 3 },
        { first: 7, count: 1 },
      ],
      [
        { pageNumberFormat: 'decimal' },
        { pageNumberFormat: 'lower-roman', pageNumberStart: 1 },
        { pageNumberFormat: 'decimal', pageNumberStart: 1 },
        { pageNumberFormat: 'decimal' },
      ],
    );
    expect(labels).toEqual(['1', '2', 'i', 'ii', '1', '2', '3', '4']);
  });
});
