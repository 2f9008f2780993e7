import { describe, expect, test } from 'vitest';
import { applyEdits } from './apply-edits.js';
import { diffEdits } from './diff-edits.js';

describe('diffEdits', () => {
  test('only changed leaves; absent keys are left alone, undefined deletes', () => {
    expect(diffEdits(['pemerintah'], { nama: 'A', jenis: 'kota', provinsi: 'X' }, { nama: 'B', jenis: 'kota', provinsi: undefined })).toEqual([
      { op: 'set', path: ['pemerintah', 'nama'], value: 'B' },
      { op: 'delete', path: ['pemerintah', 'provinsi'] },
    ]);
  });

  test('lists with the same ids in the same order are compared item by item', () => {
    const before = [
      { kode: 'A', nama: 'a' },
      { kode: 'B', nama: 'b' },
    ];
    expect(diffEdits(['opd'], before, [before[0], { kode: 'B', nama: 'bb' }])).toEqual([{ op: 'set', path: ['opd', 1, 'nama'], value: 'bb' }]);
    expect(diffEdits(['opd'], before, [before[1]])).toEqual([{ op: 'set', path: ['opd'], value: [before[1]] }]);
  });

  test('comments survive a wizard revisit', () => {
    const text = 'pemerintah:\n  # nama resmi\n  nama: A # lama\n  jenis: kota\n';
    const out = applyEdits(text, diffEdits(['pemerintah'], { nama: 'A', jenis: 'kota' }, { nama: 'B', jenis: 'kota' })).text;
    expect(out).toBe('pemerintah:\n  # nama resmi\n  nama: B # lama\n  jenis: kota\n');
  });
});
