/**
 * The fast edit (through the outline, apply-edits.ts) writes exactly what the slow one writes:
 * realisations for every indicator and activity of the examples, the fixtures and the bench
 * projects, and single edits where the outline must be careful. Random edits: test/fuzz.
 */
import { describe, expect, it } from 'vitest';
import { benchText, projectTexts } from '../project-texts.testing.js';
import { readCleanProject } from '../read-project.js';
import type { Edit } from './apply-edits.js';
import { bothWays, contentOf, tookFastWay, TRICKY, written } from './both-ways.testing.js';

/** Both ways agree; answers whether the fast way was taken. */
function agree(text: string, edits: readonly Edit[], name: string): boolean {
  const { slow, fast } = bothWays(text, edits);
  expect(written(fast), name).toEqual(written(slow));
  return tookFastWay(fast);
}

/** Realisations (a number or a milestone) for every indicator and activity, as an import makes. */
function realisasiEdits(text: string, year: string): Edit[] {
  const project = (readCleanProject(text)?.project ?? contentOf(text)) as {
    sasaran?: { indikator?: unknown[] }[];
    areaPerubahan?: { kegiatan?: unknown[] }[];
  };
  const edits: Edit[] = [];
  const list = <T>(value: T[] | undefined): T[] => (Array.isArray(value) ? value : []);
  list(project.sasaran).forEach((s, si) =>
    list(s?.indikator).forEach((_, ii) => edits.push({ op: 'set', path: ['sasaran', si, 'indikator', ii, 'realisasi', year], value: 50 + ii })),
  );
  list(project.areaPerubahan).forEach((a, ai) =>
    list(a?.kegiatan).forEach((_, ki) => {
      edits.push({ op: 'set', path: ['areaPerubahan', ai, 'kegiatan', ki, 'realisasi', year], value: ki % 4 === 1 ? 'Tahap 2 selesai' : 60 + ki });
      if (ki % 3 === 0) edits.push({ op: 'set', path: ['areaPerubahan', ai, 'kegiatan', ki, 'realisasiAnggaran', year], value: 1_000_000 * ki });
      if (ki % 5 === 0) edits.push({ op: 'set', path: ['areaPerubahan', ai, 'kegiatan', ki, 'realisasiTriwulan', year, 'tw1'], value: 10 });
    }),
  );
  return edits;
}

describe('applyEdits, the fast way', () => {
  it('writes realisations exactly as the slow way, for the examples, the fixtures and the bench projects', async () => {
    const texts = [...projectTexts(), { name: 'S', text: await benchText('S') }];
    const fast: string[] = [];
    for (const { name, text } of texts) {
      for (const year of ['2025', '2026', '2031']) {
        if (agree(text, realisasiEdits(text, year), `${name} ${year}`) && year === '2026') fast.push(name);
      }
    }
    expect(fast).toEqual(expect.arrayContaining(['examples/kabupaten-sukamaju/roadmap.yaml', 'examples/kota-madyapura/roadmap.yaml', 'S']));
  });

  it('writes the realisations of the L bench project the fast way, as the slow way does', async () => {
    const text = await benchText('L');
    expect(agree(text, realisasiEdits(text, '2026'), 'L')).toBe(true);
  }, 600_000);

  it('agrees with the slow way where the outline must be careful, and is fast where it can be', () => {
    const at = (path: (string | number)[], value: unknown = 80): Edit[] => [{ op: 'set', path, value }];
    const indikator = ['sasaran', 0, 'indikator'];
    const fastCases: [string, Edit[]][] = [
      ['a year after a commented one', at([...indikator, 0, 'target', '2026'])],
      ['a year before the others', at([...indikator, 0, 'target', '2020'])],
      ['a quoted year map, before a comment', at([...indikator, 0, 'realisasi', '2025'])],
      ['a value that is there', at([...indikator, 0, 'target', '2024'], 71)],
      ['the same value', at([...indikator, 0, 'target', '2024'], 70)],
      ['a quoted text', at(['opd', 0, 'nama'], 'Badan A Baru')],
      ['a single-quoted text', at(['opd', 1, 'nama'], "Bagian 'C'")],
      ['a new key after a folded text', at([...indikator, 0, 'baru'], 'x')],
      ['a null value', at(['kosong'], 'isi')],
      ['a list under its key', [{ op: 'append', path: ['misi'], value: 'tiga' }]],
      ['a new map in an item', at(['opd', 1, 'alamat', 'kota'], 'Sukamaju')],
    ];
    for (const [name, edits] of fastCases) expect(agree(TRICKY[0]!, edits, name), name).toBe(true);
    const slowCases: [string, Edit[]][] = [
      ['into an inline map', at(['periode', 'baru'], 1)],
      ['after a block text that ends in a comment-like line', at([...indikator, 1, 'baru'], 1)],
      ['a text over two lines', at([...indikator, 2, 'nama'], 'satu baris')],
      ['after a list with a comment below it', at([...indikator, 2, 'baru'], 1)],
      ['after a kept block text', at(['baru'], 1)],
    ];
    for (const [name, edits] of slowCases) agree(TRICKY[0]!, edits, name);
  });
});
