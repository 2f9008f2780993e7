import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseProject } from './parse-project.js';

const text = readFileSync(new URL('../../examples/kabupaten-sukamaju/roadmap.yaml', import.meta.url), 'utf8');

/** The example's problems after changing its data, as [code, path] pairs (evaluation rules only). */
function problemsAfter(change: (data: { sasaran: { indikator: Record<string, unknown>[] }[]; tematik: { indikator: Record<string, unknown>[] }[] }) => void) {
  const data = parse(text);
  change(data);
  const { problems } = parseProject(JSON.stringify(data), 'roadmap.yaml');
  return problems.filter((p) => p.code.startsWith('evaluasi-rb')).map((p) => [p.code, p.severity, p.path]);
}

describe('the rules of Indeks RB and PMPRB indicators', () => {
  it('the example keeps them', () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });

  it('refuses a value outside 0-100 and warns about one that is not a number', () => {
    expect(
      problemsAfter((d) => {
        const ind = d.sasaran[0]!.indikator[0]!;
        ind.realisasi = { 2024: 642, 2025: 'naik' };
        ind.target = { 2024: 65, 2025: 'BB', 2026: 'tinggi' };
      }),
    ).toEqual([
      // In the order of the file: target before realisasi.
      ['evaluasi-rb-bukan-angka', 'warning', 'sasaran[0].indikator[0].target.2026'],
      ['evaluasi-rb-di-luar-rentang', 'error', 'sasaran[0].indikator[0].realisasi.2024'],
      ['evaluasi-rb-bukan-angka', 'warning', 'sasaran[0].indikator[0].realisasi.2025'],
    ]);
  });

  it('warns when the category recorded from the LHE does not fit the value', () => {
    const found = problemsAfter((d) => {
      d.sasaran[0]!.indikator[0]!.kategori = { 2024: 'BB' };
    });
    expect(found).toEqual([['evaluasi-rb-kategori-tidak-sesuai', 'warning', 'sasaran[0].indikator[0].kategori.2024']]);
    const data = parse(text);
    data.sasaran[0].indikator[0].kategori = { 2024: 'BB' };
    const message = parseProject(JSON.stringify(data), 'roadmap.yaml').problems.find((p) => p.code === 'evaluasi-rb-kategori-tidak-sesuai')!.message;
    expect(message).toBe('Indeks RB IND-01 2024: kategori BB tidak sesuai nilai 64,18, yang termasuk kategori B.');
  });

  it('warns about a second indicator of a kind, a category without a kind, and a kind on an impact indicator', () => {
    expect(
      problemsAfter((d) => {
        // [2] is IND-03 (opini BPK), [3] IND-04.
        d.sasaran[0]!.indikator[2]!.jenis = 'indeksRb';
        d.sasaran[0]!.indikator[3]!.kategori = { 2024: 'A' };
        d.tematik[0]!.indikator[0]!.jenis = 'pmprb';
      }),
    ).toEqual([
      // IND-03's values are predicates (WTP): not values on the scale.
      ['evaluasi-rb-bukan-angka', 'warning', 'sasaran[0].indikator[2].baseline.nilai'],
      ...[2024, 2025, 2026, 2027, 2028].map((y) => ['evaluasi-rb-bukan-angka', 'warning', `sasaran[0].indikator[2].target.${y}`]),
      ['evaluasi-rb-bukan-angka', 'warning', 'sasaran[0].indikator[2].realisasi.2024'],
      ['evaluasi-rb-bukan-angka', 'warning', 'sasaran[0].indikator[2].realisasi.2025'],
      // `jenis` was added last to the indicator, so it sits after its values in the file.
      ['evaluasi-rb-ganda', 'warning', 'sasaran[0].indikator[2].jenis'],
      ['evaluasi-rb-kategori-tanpa-jenis', 'warning', 'sasaran[0].indikator[3].kategori'],
      ['evaluasi-rb-di-tematik', 'warning', 'tematik[0].indikator[0].jenis'],
    ]);
  });
});

describe('an indicator named as the Indeks RB or PMPRB but not marked', () => {
  it('is pointed out, so its rules are not missed', () => {
    expect(
      problemsAfter((d) => {
        delete d.sasaran[0]!.indikator[0]!.jenis;
        delete d.sasaran[0]!.indikator[0]!.kategori;
      }),
    ).toEqual([['evaluasi-rb-tanpa-jenis', 'warning', 'sasaran[0].indikator[0].nama']]);
    // Another name is not taken for one.
    expect(problemsAfter((d) => void (d.sasaran[0]!.indikator[3]!.nama = 'Indeks Reformasi Hukum'))).toEqual([]);
  });
});
