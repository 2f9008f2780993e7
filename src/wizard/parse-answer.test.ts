import { describe, expect, test } from 'vitest';
import {
  formatRupiahRingkas,
  formatYearValues,
  parseKodeOpd,
  parseNilai,
  parseRupiah,
  parseTanggal,
  parseYear,
  parseYearValues,
  splitValues,
  yearValuesFromAnswer,
} from './parse-answer.js';

const YEARS = [2025, 2026, 2027, 2028, 2029];

describe('parseRupiah', () => {
  test.each([
    ['150.000.000', 150_000_000],
    ['150000000', 150_000_000],
    ['Rp150.000.000,00', 150_000_000],
    ['Rp 1.250.000', 1_250_000],
    ['150 juta', 150_000_000],
    ['150jt', 150_000_000],
    ['1,5 miliar', 1_500_000_000],
    ['1.5 juta', 1_500_000],
    ['750 ribu', 750_000],
    ['0', 0],
  ])('%s -> %d', (text, value) => {
    expect(parseRupiah(text)).toEqual({ ok: true, value });
  });

  test('empty and "-" mean no amount', () => {
    expect(parseRupiah('')).toEqual({ ok: true, value: undefined });
    expect(parseRupiah('-')).toEqual({ ok: true, value: undefined });
  });

  test.each(['15O.000', '150.00.000', '150 bebek', '1,5', '-5', 'Rp'])('refuses %s with the reason and examples', (text) => {
    const parsed = parseRupiah(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain('bukan jumlah Rupiah');
    if (!parsed.ok) expect(parsed.error).toContain('150 juta');
  });

  test('formatRupiahRingkas reads back', () => {
    for (const amount of [150_000_000, 1_500_000_000, 1_250_000, 12_345]) {
      expect(parseRupiah(formatRupiahRingkas(amount))).toEqual({ ok: true, value: amount });
    }
    expect(formatRupiahRingkas(150_000_000)).toBe('150 juta');
    expect(formatRupiahRingkas(1_500_000_000)).toBe('1,5 miliar');
  });
});

describe('parseYear', () => {
  test('the schema range speaks, in Indonesian', () => {
    const parsed = parseYear('2200');
    expect(parsed).toEqual({ ok: false, error: 'Tahun di luar jangkauan: Nilai paling besar 2100, tertulis angka 2200.' });
  });
  test('a narrower range names the period', () => {
    expect(parseYear('2031', { min: 2025, max: 2029 })).toEqual({ ok: false, error: 'Tahun 2031 di luar periode 2025-2029.' });
    expect(parseYear(' 2027 ', { min: 2025, max: 2029 })).toEqual({ ok: true, value: 2027 });
  });
  test('words are refused', () => {
    expect(parseYear('dua ribu').ok).toBe(false);
    expect(parseYear('').ok).toBe(false);
  });
});

describe('parseNilai', () => {
  test('Indonesian numbers and milestones', () => {
    expect(parseNilai('3,45')).toEqual({ ok: true, value: 3.45 });
    expect(parseNilai('85%')).toEqual({ ok: true, value: 85 });
    expect(parseNilai('WTP')).toEqual({ ok: true, value: 'WTP' });
    expect(parseNilai('')).toEqual({ ok: true, value: undefined });
  });
});

describe('parseYearValues', () => {
  test('one value per year', () => {
    expect(parseYearValues('60 70 80 90 100', YEARS, 'nilai')).toEqual({ ok: true, value: { 2025: 60, 2026: 70, 2027: 80, 2028: 90, 2029: 100 } });
  });
  test('one value for every year, and words as one milestone', () => {
    expect(parseYearValues('WTP', YEARS, 'nilai')).toEqual({ ok: true, value: { 2025: 'WTP', 2026: 'WTP', 2027: 'WTP', 2028: 'WTP', 2029: 'WTP' } });
    const doc = parseYearValues('1 dokumen', YEARS, 'nilai');
    expect(doc.ok && doc.value['2029']).toBe('1 dokumen');
  });
  test('";" separates milestones with spaces and "-" leaves a year empty', () => {
    expect(parseYearValues('Draf; Ditetapkan; -; -; Evaluasi akhir', YEARS, 'nilai')).toEqual({
      ok: true,
      value: { 2025: 'Draf', 2026: 'Ditetapkan', 2029: 'Evaluasi akhir' },
    });
  });
  test('the wrong count is refused with the period named', () => {
    expect(parseYearValues('60 70 80 90', YEARS, 'nilai')).toEqual({
      ok: false,
      error: 'Perlu 5 nilai (2025-2029) atau satu nilai untuk semua tahun; tertulis 4. Pisahkan dengan spasi, atau dengan ";" bila ada teks berspasi.',
    });
  });
  test('rupiah keeps units with their number', () => {
    expect(splitValues('150 juta 200 juta Rp 1.000.000 - 0', 'rupiah')).toEqual(['150 juta', '200 juta', 'Rp1.000.000', '-', '0']);
    expect(parseYearValues('150.000.000 200 juta 150 juta - 0', YEARS, 'rupiah')).toEqual({
      ok: true,
      value: { 2025: 150_000_000, 2026: 200_000_000, 2027: 150_000_000, 2029: 0 },
    });
  });
  test('a bad amount names its year', () => {
    const parsed = parseYearValues('150 juta 15O.000 1 2 3', YEARS, 'rupiah');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/^Tahun 2026: "15O.000" bukan jumlah Rupiah/);
  });
  test('formatYearValues reads back', () => {
    const values = { 2025: 'SK ditetapkan', 2027: 'Evaluasi' };
    expect(parseYearValues(formatYearValues(values, YEARS, 'nilai'), YEARS, 'nilai')).toEqual({ ok: true, value: values });
  });
  test('answers files: maps, lists, years outside the period', () => {
    expect(yearValuesFromAnswer({ 2025: 1, 2026: '2,5' }, YEARS, 'nilai')).toEqual({ ok: true, value: { 2025: 1, 2026: 2.5 } });
    expect(yearValuesFromAnswer([1, 2, 3, 4, 5], YEARS, 'nilai').ok).toBe(true);
    expect(yearValuesFromAnswer([1, 2], YEARS, 'nilai')).toEqual({ ok: false, error: 'Daftar ini perlu 5 nilai (2025-2029); tertulis 2.' });
    expect(yearValuesFromAnswer({ 2031: 1 }, YEARS, 'nilai')).toEqual({ ok: false, error: 'Tahun 2031 di luar periode 2025-2029.' });
    expect(yearValuesFromAnswer({ 2025: '150 juta' }, YEARS, 'rupiah')).toEqual({ ok: true, value: { 2025: 150_000_000 } });
  });
});

describe('parseTanggal', () => {
  test.each([
    ['2025-03-17', '2025-03-17'],
    ['17-03-2025', '2025-03-17'],
    ['17/3/2025', '2025-03-17'],
    ['17 Maret 2025', '2025-03-17'],
    ['5 agu 2025', '2025-08-05'],
  ])('%s', (text, iso) => expect(parseTanggal(text)).toEqual({ ok: true, value: iso }));
  test('impossible dates are refused', () => {
    expect(parseTanggal('31-02-2025')).toEqual({ ok: false, error: 'Tanggal 31-02-2025 tidak ada di kalender.' });
    expect(parseTanggal('besok').ok).toBe(false);
  });
});

describe('parseKodeOpd', () => {
  test('upper-cases, then applies the schema rule and uniqueness', () => {
    expect(parseKodeOpd('disperkim', [])).toEqual({ ok: true, value: 'DISPERKIM' });
    expect(parseKodeOpd('BKPSDM', ['BKPSDM'])).toEqual({ ok: false, error: 'Kode BKPSDM sudah ada di daftar OPD.' });
    const bad = parseKodeOpd('DINAS/X', []);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toContain('Kode OPD memakai huruf besar');
  });
});
