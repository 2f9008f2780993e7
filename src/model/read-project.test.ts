import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { editedData, type DataEdit } from './edits/edit-data.js';
import { parseProject } from './parse-project.js';
import { benchText, projectTexts } from './project-texts.testing.js';
import { readPlain } from './read-plain.js';
import { readCleanProject, readEditedProject } from './read-project.js';

/** The fast way (whatever parseProject chooses) and the slow way give the same answer. */
function expectSameAsSlow(text: string, name: string): ReturnType<typeof parseProject> {
  const auto = parseProject(text, 'roadmap.yaml');
  const slow = parseProject(text, 'roadmap.yaml', { fast: false });
  expect(auto.problems, name).toEqual(slow.problems);
  expect(isDeepStrictEqual(auto.project, slow.project), name).toBe(true);
  expect(isDeepStrictEqual(auto.data, slow.data), name).toBe(true);
  return auto;
}

describe('the fast read of a project', () => {
  it('gives the project the slow read gives, for the examples, the fixtures and the bench projects', async () => {
    const texts = [...projectTexts(), { name: 'S', text: await benchText('S') }, { name: 'M', text: await benchText('M') }];
    for (const { name, text } of texts) expectSameAsSlow(text, name);
    // The clean ones are read the fast way (the others have warnings, which need positions).
    const fast = texts.filter(({ text }) => readCleanProject(text) !== undefined).map((t) => t.name);
    expect(fast).toEqual(expect.arrayContaining(['examples/kabupaten-sukamaju/roadmap.yaml', 'S', 'M']));
  });

  it('gives the project the slow read gives for the L bench project', async () => {
    const text = await benchText('L');
    expect(readCleanProject(text)).toBeDefined();
    expectSameAsSlow(text, 'L');
  }, 600_000);

  it('builds the YAML document only when asked, and then the one the slow read builds', async () => {
    const text = await benchText('S');
    const parsed = parseProject(text, 'roadmap.yaml');
    expect(parsed.problems).toEqual([]);
    expect(parsed.document.toJS()).toEqual(parsed.data);
    expect(parsed.lineCounter.linePos(text.indexOf('periode:'))).toEqual(parseProject(text, 'r', { fast: false }).lineCounter.linePos(text.indexOf('periode:')));
  });

  it('sends to the slow read, with today’s problems, what it cannot vouch for', async () => {
    const clean = await benchText('S');
    const cases: Record<string, string> = {
      alias: clean.replace('visi: Terwujudnya', 'visi: &v Terwujudnya').replace('misi:\n  - Meningkatkan kualitas tata kelola', 'misi:\n  - *v'),
      anchor: clean.replace('visi: Terwujudnya', 'visi: &v Terwujudnya'),
      tag: clean.replace('visi: Terwujudnya birokrasi yang bersih, akuntabel dan melayani', 'visi: !!str Terwujudnya'),
      'decimal comma': clean.replace(/target:\n {10}"2025": 62\n/, 'target: {2025: 72,5}\n'),
      'duplicate key': clean.replace('visi: Terwujudnya', 'visi: Dua\nvisi: Terwujudnya'),
      'tab indent': clean.replace('\n  jenis: kabupaten', '\n\tjenis: kabupaten'),
      warning: clean.replace('  logo: lambang.png\n', ''),
    };
    const codes: Record<string, string> = {
      alias: '',
      anchor: '',
      tag: '',
      'decimal comma': 'decimal-comma',
      'duplicate key': 'yaml-syntax',
      'tab indent': 'yaml-syntax',
      warning: 'logo-missing',
    };
    for (const [name, text] of Object.entries(cases)) {
      expect(text, name).not.toBe(clean);
      expect(readCleanProject(text), name).toBeUndefined();
      const parsed = expectSameAsSlow(text, name);
      if (codes[name]) expect(parsed.problems.map((p) => p.code), name).toContain(codes[name]);
    }
  });

});

describe('readEditedProject', () => {
  /** Realisations for every indicator and activity, and a revision note. */
  function realisasiEdits(project: NonNullable<ReturnType<typeof readCleanProject>>['project']): DataEdit[] {
    const edits: DataEdit[] = [];
    project.sasaran.forEach((s, si) => s.indikator.forEach((_, ii) => edits.push({ op: 'set', path: ['sasaran', si, 'indikator', ii, 'realisasi', '2026'], value: 50 + ii })));
    project.areaPerubahan.forEach((a, ai) =>
      a.kegiatan.forEach((_, ki) => {
        edits.push({ op: 'set', path: ['areaPerubahan', ai, 'kegiatan', ki, 'realisasi', '2026'], value: ki % 3 ? 70 : 'Tahap 2 selesai' });
        edits.push({ op: 'set', path: ['areaPerubahan', ai, 'kegiatan', ki, 'realisasiTriwulan', '2026', 'tw2'], value: 40 });
      }),
    );
    edits.push({ op: 'append', path: ['riwayatRevisi'], value: { draf: 9, tanggal: '2026-02-01', catatan: 'Realisasi 2026' } });
    return edits;
  }

  const parts = (edits: readonly DataEdit[]) => edits.map((e) => (e.op === 'append' ? e.path : e.path.slice(0, -1)));

  it('validates only the changed parts and gets the project the whole schema gives', async () => {
    for (const text of [await benchText('S'), projectTexts().find((t) => t.name === 'examples/kabupaten-sukamaju/roadmap.yaml')!.text]) {
      const before = readCleanProject(text)!;
      const edits = realisasiEdits(before.project);
      const after = editedData(before.data, edits);
      const whole = readCleanProject('', after);
      expect(whole).toBeDefined();
      const incremental = readEditedProject(before, after, parts(edits));
      expect(isDeepStrictEqual(incremental?.project, whole?.project)).toBe(true);
    }
  });

  it('finds what the whole schema or the rules across fields would refuse', async () => {
    const before = readCleanProject(await benchText('S'))!;
    const refused: DataEdit[][] = [
      [{ op: 'set', path: ['areaPerubahan', 0, 'kegiatan', 0, 'realisasi', '20x6'], value: 1 }],
      [{ op: 'set', path: ['areaPerubahan', 0, 'kegiatan', 0, 'realisasi', '2026'], value: { a: 1 } }],
      [{ op: 'set', path: ['areaPerubahan', 0, 'kegiatan', 0, 'realisasi', '2040'], value: 1 }],
      [{ op: 'set', path: ['areaPerubahan', 0, 'kegiatan', 0, 'koordinator'], value: 'TIDAK-ADA' }],
      [{ op: 'set', path: ['periode', 'selesai'], value: 2020 }],
      [{ op: 'set', path: ['areaPerubahan', 0, 'kegiatan', 0, 'warna'], value: 'merah' }],
      [{ op: 'set', path: ['opd', 16], value: { kode: 'BARU' } }],
    ];
    for (const edits of refused) {
      const after = editedData(before.data, edits);
      expect(readCleanProject('', after), JSON.stringify(edits)).toBeUndefined();
      expect(readEditedProject(before, after, parts(edits)), JSON.stringify(edits)).toBeUndefined();
    }
  });

  it('reads back what readPlain reads', async () => {
    const text = await benchText('S');
    expect(readCleanProject(text)?.data).toEqual(readPlain(text));
  });
});
