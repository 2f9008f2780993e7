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
