import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyEdits } from './apply-edits.js';

const SOURCE = `# Proyek contoh
profil: rb2023   # kerangka nasional
periode: { mulai: 2024, selesai: 2028 }
opd:
- kode: BKPSDM
  nama: "Badan Kepegawaian"   # nama resmi
  singkatan: BKPSDM
- kode: BAG-ORG
  nama: Bagian Organisasi
  singkatan: Bag. Organisasi

sasaran:
  - id: S1
    indikator:
      # indikator utama
      - id: IND-01
        target:
          2024: 70  # disepakati lokakarya
          2025: 75.5
        realisasi: {2024: 72}
        catatan: >-
          Teks panjang yang
          dilipat.
visi: Terwujudnya birokrasi bersih
`;

/** Lines of `after` that are not in `before`, and the other way round. */
function changedLines(before: string, after: string) {
  const a = before.split('\n');
  const b = after.split('\n');
  return { added: b.filter((l) => !a.includes(l)), removed: a.filter((l) => !b.includes(l)) };
}

describe('applyEdits', () => {
  it('changes one scalar and leaves every other byte alone', () => {
    const result = applyEdits(SOURCE, [{ op: 'set', path: ['sasaran', 0, 'indikator', 0, 'target', '2024'], value: 71 }]);
    expect(result.formatting).toBe('preserved');
    expect(result.text).toBe(SOURCE.replace('2024: 70  #', '2024: 71  #'));
  });

  it('keeps the quoting of a replaced text', () => {
    const result = applyEdits(SOURCE, [{ op: 'set', path: ['opd', 0, 'nama'], value: 'Badan Kepegawaian Daerah' }]);
    expect(result.text).toBe(SOURCE.replace('"Badan Kepegawaian"', '"Badan Kepegawaian Daerah"'));
  });

  it('adds a year in year order, written like its neighbours', () => {
    const result = applyEdits(SOURCE, [
      { op: 'set', path: ['sasaran', 0, 'indikator', 0, 'target', '2026'], value: 80 },
      { op: 'set', path: ['sasaran', 0, 'indikator', 0, 'target', '2023'], value: 60 },
    ]);
    expect(result.formatting).toBe('preserved');
    expect(changedLines(SOURCE, result.text)).toEqual({ added: ['          2023: 60', '          2026: 80'], removed: [] });
    expect(Object.keys(parse(result.text).sasaran[0].indikator[0].target)).toEqual(['2023', '2024', '2025', '2026']);
  });

  it('adds to a flow map in place', () => {
    const result = applyEdits(SOURCE, [{ op: 'set', path: ['sasaran', 0, 'indikator', 0, 'realisasi', '2025'], value: 76 }]);
    expect(changedLines(SOURCE, result.text)).toEqual({
      added: ['        realisasi: {2024: 72, 2025: 76}'],
      removed: ['        realisasi: {2024: 72}'],
    });
  });

  it('creates missing maps under an item with the file\'s indentation', () => {
    const result = applyEdits(SOURCE, [{ op: 'set', path: ['opd', 1, 'alamat', 'kota'], value: 'Sukamaju' }]);
    expect(result.formatting).toBe('preserved');
    expect(changedLines(SOURCE, result.text).added).toEqual(['  alamat:', '    kota: Sukamaju']);
    expect(parse(result.text).opd[1].alamat).toEqual({ kota: 'Sukamaju' });
  });

  it('deletes an item with the comment right above it', () => {
    const result = applyEdits(SOURCE, [{ op: 'delete', path: ['sasaran', 0, 'indikator', 0] }]);
    // The list becomes empty, so the whole key is written again as an empty list.
    expect(parse(result.text).sasaran[0].indikator).toEqual([]);
    const other = applyEdits(SOURCE, [{ op: 'delete', path: ['opd', 0] }]);
    expect(other.formatting).toBe('preserved');
    expect(changedLines(SOURCE, other.text).removed).toEqual(['- kode: BKPSDM', '  nama: "Badan Kepegawaian"   # nama resmi', '  singkatan: BKPSDM']);
    const two = SOURCE.replace('      - id: IND-01', '      - id: IND-00\n        target: {}\n      # indikator kedua\n      - id: IND-01');
    const third = applyEdits(two, [{ op: 'delete', path: ['sasaran', 0, 'indikator', 1] }]);
    expect(third.formatting).toBe('preserved');
    expect(third.text).not.toContain('# indikator kedua');
    expect(third.text).toContain('# indikator utama\n      - id: IND-00\n        target: {}\nvisi:');
  });

  it('deletes the first key of a list item and moves the next up behind the dash', () => {
    const result = applyEdits(SOURCE, [{ op: 'delete', path: ['opd', 1, 'kode'] }]);
    expect(result.formatting).toBe('preserved');
    expect(result.text).toContain('- nama: Bagian Organisasi\n  singkatan: Bag. Organisasi\n');
  });

  it('replaces a folded text and a scalar with a map', () => {
    const result = applyEdits(SOURCE, [
      { op: 'set', path: ['sasaran', 0, 'indikator', 0, 'catatan'], value: 'Singkat.' },
      { op: 'set', path: ['visi'], value: { teks: 'Baru' } },
    ]);
    expect(result.formatting).toBe('preserved');
    const data = parse(result.text);
    expect(data.sasaran[0].indikator[0].catatan).toBe('Singkat.');
    expect(data.visi).toEqual({ teks: 'Baru' });
    expect(result.text).toContain('# indikator utama');
    expect(result.text).toContain('profil: rb2023   # kerangka nasional');
  });

  it('appends to a list and to a missing list', () => {
    const result = applyEdits(SOURCE, [
      { op: 'append', path: ['opd'], value: { kode: 'INSPEKTORAT', nama: 'Inspektorat', singkatan: 'Inspektorat' } },
      { op: 'append', path: ['riwayatRevisi'], value: { draf: 1, tanggal: '2025-01-02', catatan: 'Draf awal' } },
    ]);
    expect(result.formatting).toBe('preserved');
    const data = parse(result.text);
    expect(data.opd).toHaveLength(3);
    expect(data.riwayatRevisi).toEqual([{ draf: 1, tanggal: '2025-01-02', catatan: 'Draf awal' }]);
    expect(result.text).toContain('- kode: INSPEKTORAT\n  nama: Inspektorat\n');
  });

  it('does nothing for a set to the same value', () => {
    const result = applyEdits(SOURCE, [{ op: 'set', path: ['periode', 'mulai'], value: 2024 }]);
    expect(result.changed).toBe(0);
    expect(result.text).toBe(SOURCE);
  });

  it('refuses a path through a text', () => {
    expect(() => applyEdits(SOURCE, [{ op: 'set', path: ['visi', 'x'], value: 1 }])).toThrow(/visi: .*bukan kumpulan/);
  });

  it('keeps quoted year keys quoted', () => {
    const text = 'target:\n  "2024": 1\n';
    expect(applyEdits(text, [{ op: 'set', path: ['target', '2025'], value: 2 }]).text).toBe('target:\n  "2024": 1\n  "2025": 2\n');
  });

  it('writes a file without a final newline correctly', () => {
    const result = applyEdits('a: 1\nb: 2', [{ op: 'set', path: ['c'], value: 3 }]);
    expect(parse(result.text)).toEqual({ a: 1, b: 2, c: 3 });
  });
});
