import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { achievementFor, progressOf } from './achievement.js';
import { evaluasiRbProgress, kategoriDari, realisasiUntukTarget } from './evaluasi-rb.js';
import { parseProject } from './parse-project.js';
import type { Indikator, Project } from './types.js';

const text = readFileSync(new URL('../../examples/kabupaten-sukamaju/roadmap.yaml', import.meta.url), 'utf8');
const example = parseProject(text, 'roadmap.yaml').project!;

/** The example with IND-01 (Indeks RB) changed. */
function withIndeksRb(change: Partial<Indikator>): Project {
  const sasaran = example.sasaran.map((s) => ({ ...s, indikator: s.indikator.map((i) => (i.id === 'IND-01' ? { ...i, ...change } : i)) }));
  return { ...example, sasaran };
}

describe('kategoriDari: the Indeks RB bands', () => {
  it('puts a value on a bound in the lower category, and just above it in the next', () => {
    const at = [0, 30, 30.01, 50, 50.01, 60, 60.01, 70, 70.01, 80, 80.01, 90, 90.01, 100];
    expect(at.map(kategoriDari)).toEqual(['D', 'D', 'C', 'C', 'CC', 'CC', 'B', 'B', 'BB', 'BB', 'A', 'A', 'AA', 'AA']);
  });
});

describe('an evaluation indicator against its target', () => {
  it('compares the value’s category with a category target, and the value with a value target', () => {
    expect(realisasiUntukTarget('BB', 71.2)).toBe('BB');
    expect(realisasiUntukTarget('bb', '69,9')).toBe('B');
    expect(realisasiUntukTarget(70, 69.9)).toBe(69.9);
    expect(achievementFor('BB', realisasiUntukTarget('BB', 81.5))).toMatchObject({ status: 'tercapai', dasar: 'skala' });
    expect(achievementFor('BB', realisasiUntukTarget('BB', 69.9))).toMatchObject({ status: 'belum tercapai', dasar: 'skala' });
  });

  it('is judged that way by progressOf, where a plain indicator would count 71,2 against "BB" as not reached', () => {
    const categoryTarget = withIndeksRb({ target: { ...example.sasaran[0]!.indikator[0]!.target, 2024: 'CC' } });
    expect(progressOf(categoryTarget, 2024).indikator.find((r) => r.id === 'IND-01')).toMatchObject({ status: 'tercapai', dasar: 'skala' });
    const plain = withIndeksRb({ jenis: undefined, target: { 2024: 'B' } });
    expect(progressOf(plain, 2024).indikator.find((r) => r.id === 'IND-01')).toMatchObject({ status: 'belum tercapai' });
  });
});

describe('evaluasiRbProgress', () => {
  it('sets the self-assessment beside the Indeks RB, year by year from the baseline', () => {
    const ev = evaluasiRbProgress(example, 2025)!;
    expect(ev.indeksRb).toMatchObject({ id: 'IND-01', jenis: 'indeksRb', path: 'sasaran[0].indikator[0]' });
    expect(ev.pmprb).toMatchObject({ id: 'IND-22', jenis: 'pmprb' });
    expect(ev.indeksRb!.riwayat.map((n) => [n.tahun, n.nilai, n.kategori, n.kategoriDicatat])).toEqual([
      [2023, 62.4, 'B', null],
      [2024, 64.18, 'B', 'B'],
      [2025, null, null, null],
    ]);
    expect(ev.indeksRb!.tahunIni).toMatchObject({ tahun: 2025, nilai: null, target: 68, targetKategori: 'B' });
    expect(ev.pmprb!.tahunIni).toMatchObject({ nilai: 72.35, kategori: 'BB' });
    // The Indeks RB for 2025 is not out yet: no gap to show.
    expect(ev.selisih).toBeNull();
    expect(evaluasiRbProgress(example, 2024)!.selisih).toBe(6.32);
  });

  it('is absent when no indicator is marked, and follows the first of a kind', () => {
    const none = { ...example, sasaran: example.sasaran.map((s) => ({ ...s, indikator: s.indikator.map(({ jenis: _, ...i }) => i) })) };
    expect(evaluasiRbProgress(none, 2024)).toBeUndefined();
    expect(progressOf(none, 2024).evaluasiRb).toBeNull();
    expect(progressOf(example, 2024).evaluasiRb?.indeksRb?.id).toBe('IND-01');
  });
});
