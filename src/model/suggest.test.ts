import { describe, expect, it } from 'vitest';
import { editDistance, suggest } from './suggest.js';

describe('suggest', () => {
  it('offers the closest candidate within one edit per three letters', () => {
    expect(suggest('DISKOMNFO', ['BAPPEDA', 'DISKOMINFO'])).toBe('DISKOMINFO');
    expect(suggest('kegaitan', ['kegiatan', 'indikator'])).toBe('kegiatan');
    expect(suggest('xyz', ['kegiatan'])).toBeUndefined();
  });

  it('ignores case, and offers a candidate equal but for case unless told not to', () => {
    expect(suggest('Target', ['target'])).toBe('target');
    expect(suggest('Target', ['target'], { sameButCase: false })).toBeUndefined();
  });

  it('counts a swapped pair as one edit only when asked', () => {
    // "tabel" is two plain edits from "table": more than the one a five-letter word may have.
    expect(suggest('tabel', ['table'])).toBeUndefined();
    expect(suggest('tabel', ['table'], { swapsAsOne: true })).toBe('table');
  });

  it('gives no guess for words shorter than minLength', () => {
    expect(suggest('tx', ['tr'])).toBe('tr');
    expect(suggest('tx', ['tr'], { minLength: 3 })).toBeUndefined();
  });
});

describe('editDistance', () => {
  it('is the Levenshtein distance, or optimal string alignment with swaps', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('ab', 'ba')).toBe(2);
    expect(editDistance('ab', 'ba', true)).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
