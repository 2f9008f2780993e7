import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProject } from './parse-project.js';
import { c1ControlMessage, findC1Control } from './c1-controls.js';

const TEXT = readFileSync('test/fixtures/update/kecil.yaml', 'utf8');

describe('C1 control characters (issue 8, item 2)', () => {
  it('finds the first one and what Windows-1252 had there', () => {
    expect(findC1Control('Dinas \u0093Kominfo\u0094')).toEqual({ code: 'U+0093', index: 6, likely: '“' });
    expect(findC1Control('harga \u0080')).toEqual({ code: 'U+0080', index: 6, likely: '€' });
    expect(findC1Control('\u0081')).toEqual({ code: 'U+0081', index: 0 });
    expect(findC1Control('“Dinas” – € ok')).toBeUndefined();
  });

  it('says which character, where, and what to do', () => {
    expect(c1ControlMessage('Dinas \u0093Kominfo\u0094')).toBe(
      'Teks memuat karakter kendali tak terlihat U+0093 di posisi 7 (sesudah "Dinas "), kemungkinan maksudnya “. ' +
        'Ini tanda berkas Windows-1252 yang terbaca dengan pengodean yang salah. Ganti dengan tanda yang dimaksud (misalnya “ ” – atau "), lalu simpan berkas sebagai UTF-8.',
    );
  });

  it('is refused in any text field of roadmap.yaml, at its line', () => {
    const broken = TEXT.replace('visi: Birokrasi Kota', 'visi: Birokrasi \u0093Kota\u0094')
      .replace('nama: Budi Santoso', 'nama: Budi \u0096 Santoso')
      .replace('nama: Nilai SAKIP', 'nama: Nilai SAKIP\u0085');
    const errors = parseProject(broken, 'roadmap.yaml').problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.line, p.path, p.message.split(' (')[0]])).toEqual([
      [9, 'pemerintah.kepalaDaerah.nama', 'Teks memuat karakter kendali tak terlihat U+0096 di posisi 6'],
      [21, 'visi', 'Teks memuat karakter kendali tak terlihat U+0093 di posisi 11'],
      [37, 'sasaran[0].indikator[0].nama', 'Teks memuat karakter kendali tak terlihat U+0085 di posisi 12'],
    ]);
    expect(errors[0]!.message).toContain('kemungkinan maksudnya –');
  });

  it('is refused in a realisation text and a realisation note', () => {
    const broken = TEXT.replace('realisasi: {2025: 66}', 'realisasi: {2025: "SK \u0093Tim\u0094"}\n        catatanRealisasi: {2025: "LHE \u0096 2025"}');
    const errors = parseProject(broken, 'roadmap.yaml').problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.path, p.message.slice(0, 48)])).toEqual([
      ['sasaran[0].indikator[0].realisasi.2025', 'Teks memuat karakter kendali tak terlihat U+0093'],
      ['sasaran[0].indikator[0].catatanRealisasi.2025', 'Teks memuat karakter kendali tak terlihat U+0096'],
    ]);
  });
});

describe('C1 controls in prose fields', () => {
  it('are refused in narasi and kondisi too, not only in short text fields', () => {
    const example = readFileSync(new URL('../../examples/kabupaten-sukamaju/roadmap.yaml', import.meta.url), 'utf8');
    const broken = example.replace('Komitmen pimpinan terhadap reformasi birokrasi', 'Komitmen pimpinan \u0093terhadap\u0094 reformasi birokrasi');
    const codes = parseProject(broken, 'roadmap.yaml').problems.filter((p) => p.severity === 'error').map((p) => p.path);
    expect(codes).toEqual(['areaPerubahan[0].kondisi']);
  });
});
