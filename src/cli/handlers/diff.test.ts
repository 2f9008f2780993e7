import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { DiffResult } from '../../actions/diff.js';
import { formatDiff } from './diff.js';

const text =
  'Kegiatan MP-01 (Pembentukan dan pemutakhiran Tim Reformasi Birokrasi Kabupaten Sukamaju): nama diubah dari "Pembentukan Tim RB" menjadi "Pembentukan dan pemutakhiran Tim Reformasi Birokrasi Kabupaten Sukamaju"';
const change = { group: 'area:MP', kind: 'changed' as const, field: 'nama', path: 'areaPerubahan[0].kegiatan[0].nama', text };
const result: DiffResult = {
  from: { label: 'lama.yaml', file: 'lama.yaml' },
  to: { label: 'baru.yaml', file: 'baru.yaml' },
  changes: [change],
  groups: [{ key: 'area:MP', label: 'Area perubahan MP — Manajemen Perubahan', changes: [change] }],
  count: { added: 0, removed: 0, changed: 1, moved: 0 },
};
const plain = new Chalk({ level: 0 });

describe('formatDiff', () => {
  it('on a terminal, wraps a long change between words under its mark, losing nothing', () => {
    const lines = formatDiff(result, plain, 60).slice(4);
    expect(lines[0]!.startsWith('  ~ Kegiatan MP-01')).toBe(true);
    for (const line of lines) {
      expect(line.length).toBeLessThanOrEqual(60);
      expect(line.startsWith('    ') || line.startsWith('  ~ ')).toBe(true);
    }
    expect(lines.map((l) => l.slice(4)).join(' ')).toBe(text);
  });

  it('piped (no width), keeps one change per line', () => {
    expect(formatDiff(result, plain).slice(4)).toEqual([`  ~ ${text}`]);
  });
});

describe('formatDiff: the head, the counts, the groups', () => {
  const item = (kind: 'added' | 'removed' | 'changed' | 'moved', text: string, group = 'umum') => ({ group, kind, path: 'p', text });
  const added = item('added', 'Indikator IND-09 ditambahkan', 'sasaran');
  const removed = item('removed', 'Kegiatan PT-04 dihapus', 'area:PT');
  const moved = item('moved', 'Kegiatan PT-05 dipindahkan ke area PO', 'area:PT');
  const many: DiffResult = {
    from: { label: 'HEAD~1:roadmap.yaml', file: 'roadmap.yaml', revision: 'HEAD~1', draf: { draf: 2, tanggal: '2025-03-01' } },
    to: { label: 'roadmap.yaml', file: 'roadmap.yaml', draf: { draf: 3, tanggal: '2025-04-10' } },
    changes: [added, removed, moved],
    groups: [
      { key: 'sasaran', label: 'Sasaran dan indikator', changes: [added] },
      { key: 'area:PT', label: 'Area perubahan PT — Penataan Tatalaksana', changes: [removed, moved] },
    ],
    count: { added: 1, removed: 1, changed: 0, moved: 1 },
  };

  it('names both sides with their draft, counts by kind leaving out the kinds with none, marks each change', () => {
    expect(formatDiff(many, plain)).toEqual([
      'HEAD~1:roadmap.yaml (draf 2, 2025-03-01) → roadmap.yaml (draf 3, 2025-04-10)',
      '3 perubahan: 1 ditambahkan, 1 dihapus, 1 dipindahkan',
      '',
      'Sasaran dan indikator',
      '  + Indikator IND-09 ditambahkan',
      '',
      'Area perubahan PT — Penataan Tatalaksana',
      '  - Kegiatan PT-04 dihapus',
      '  > Kegiatan PT-05 dipindahkan ke area PO',
    ]);
  });

  it('no changes: says so under the head line', () => {
    const none: DiffResult = { ...result, changes: [], groups: [], count: { added: 0, removed: 0, changed: 0, moved: 0 } };
    expect(formatDiff(none, plain)).toEqual(['lama.yaml → baru.yaml', 'Tidak ada perubahan.']);
  });

  it('colour: the head and group labels bold, each mark in its colour', () => {
    const colour = new Chalk({ level: 1 });
    const lines = formatDiff(many, colour);
    expect(lines[0]).toBe(colour.bold('HEAD~1:roadmap.yaml (draf 2, 2025-03-01) → roadmap.yaml (draf 3, 2025-04-10)'));
    expect(lines).toContain(`  ${colour.green('+')} Indikator IND-09 ditambahkan`);
    expect(lines).toContain(`  ${colour.red('-')} Kegiatan PT-04 dihapus`);
    expect(lines).toContain(`  ${colour.cyan('>')} Kegiatan PT-05 dipindahkan ke area PO`);
    expect(formatDiff(result, colour)).toContain(`  ${colour.yellow('~')} ${text}`);
  });
});
