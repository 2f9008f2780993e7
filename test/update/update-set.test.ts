/**
 * `roadmap update --set/--unset` through the built CLI, on a copy of the example project.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli, tempExample } from '../helpers/run-cli.js';

function changedLineNumbers(before: string, after: string): number[] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return a.flatMap((line, i) => (line === b[i] ? [] : [i + 1]));
}

describe('roadmap update --set', () => {
  it('changes one line and keeps every comment', () => {
    const { dir, project } = tempExample();
    const before = readFileSync(project, 'utf8');
    const r = runCli(['update', project, '--set', 'indikator:IND-02.target.2026=71'], { cwd: dir });
    expect(r.stderr).toContain('diperbarui');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('sasaran[0].indikator[1].target.2026: 70,5 → 71\n');
    const after = readFileSync(project, 'utf8');
    const lines = changedLineNumbers(before, after);
    expect(lines).toHaveLength(1);
    expect(after.split('\n')[lines[0]! - 1]).toBe('        target: {2024: 65, 2025: 67.5, 2026: 71, 2027: 72.5, 2028: 75}');
    // Comments, own-line and trailing, are still there.
    expect(after).toContain('# Daftar perangkat daerah. Kode dipakai di seluruh berkas; nama dan singkatan');
    expect(after).toContain('nip: "197103141996032004" # NIP selalu diapit tanda kutip');
    expect(before.split('\n').filter((l) => l.trimStart().startsWith('#'))).toEqual(after.split('\n').filter((l) => l.trimStart().startsWith('#')));
  });

  it('sets by path and by id in one call, and records a revision', () => {
    const { dir, project } = tempExample();
    const r = runCli(
      [
        'update',
        '--set',
        'pemerintah.kepalaDaerah.nama=H. Ahmad',
        '--set',
        'kegiatan:MP-01.koordinator=BKPSDM',
        '--set',
        'sasaran[2].indikator[0].target.2028=4.5',
        '--unset',
        'kegiatan:MP-02.keterangan',
        '--revisi',
        'Hasil reviu provinsi',
        '--json',
      ],
      { cwd: dir },
    );
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ action: 'set', file: 'roadmap.yaml', written: true, dryRun: false, formatting: 'preserved', problems: [] });
    expect(json.changes.map((c: { op: string; path: string }) => [c.op, c.path])).toEqual([
      ['set', 'pemerintah.kepalaDaerah.nama'],
      ['set', 'areaPerubahan[0].kegiatan[0].koordinator'],
      ['set', 'sasaran[2].indikator[0].target.2028'],
      ['unset', 'areaPerubahan[0].kegiatan[1].keterangan'],
    ]);
    expect(json.revisi).toMatchObject({ draf: 4, catatan: 'Hasil reviu provinsi' });
    const data = parse(readFileSync(project, 'utf8'));
    expect(data.pemerintah.kepalaDaerah.nama).toBe('H. Ahmad');
    expect(data.areaPerubahan[0].kegiatan[0].koordinator).toBe('BKPSDM');
    expect(data.areaPerubahan[0].kegiatan[1].keterangan).toBeUndefined();
    expect(data.sasaran[2].indikator[0].target[2028]).toBe(4.5);
    expect(data.riwayatRevisi.at(-1)).toMatchObject({ draf: 4, catatan: 'Hasil reviu provinsi' });
    expect(runCli(['validate', project], { cwd: dir }).code).toBe(0);
  });

  it('--dry-run shows the change and writes nothing', () => {
    const { dir, project } = tempExample();
    const before = readFileSync(project, 'utf8');
    const r = runCli(['update', '--set', 'indikator:IND-03.target.2026=WDP', '--dry-run'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('-        target: {2024: WTP, 2025: WTP, 2026: WTP, 2027: WTP, 2028: WTP}');
    expect(r.stdout).toContain('+        target: {2024: WTP, 2025: WTP, 2026: WDP, 2027: WTP, 2028: WTP}');
    expect(r.stderr).toContain('--dry-run');
    expect(readFileSync(project, 'utf8')).toBe(before);
  });

  it('leaves the file as it was when the result is invalid (exit 1)', () => {
    const { dir, project } = tempExample();
    const before = readFileSync(project, 'utf8');
    const r = runCli(['update', '--set', 'indikator:IND-01.target.2026=75', '--set', 'kegiatan:MP-01.koordinator=TIDAK-ADA'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('areaPerubahan[0].kegiatan[0].koordinator');
    expect(r.stderr).toContain('tidak diubah');
    expect(readFileSync(project, 'utf8')).toBe(before);

    const json = runCli(['update', '--set', 'kegiatan:MP-01.koordinator=TIDAK-ADA', '--json'], { cwd: dir });
    expect(json.code).toBe(1);
    const { error } = JSON.parse(json.stdout);
    expect(error.code).toBe('E_INVALID');
    // The line of MP-01's koordinator in the example: the first "koordinator:" after "- id: MP-01".
    const lines = before.split('\n');
    const line = lines.findIndex((l, i) => i > lines.findIndex((m) => m.includes('- id: MP-01')) && l.includes('koordinator:')) + 1;
    expect(error.problems).toMatchObject([{ code: 'opd-unknown', path: 'areaPerubahan[0].kegiatan[0].koordinator', line }]);
    expect(readFileSync(project, 'utf8')).toBe(before);
  });

  it('says which id is unknown (exit 1) and which argument is malformed (exit 2)', () => {
    const { dir, project } = tempExample();
    const before = readFileSync(project, 'utf8');
    const unknown = runCli(['update', '--set', 'indikator:IND-99.target.2026=1'], { cwd: dir });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('tidak ada indikator dengan id "IND-99"');
    const malformed = runCli(['update', '--set', 'indikator:IND-01.target.2026'], { cwd: dir });
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain('JALUR=NILAI');
    expect(runCli(['update'], { cwd: dir }).code).toBe(2);
    expect(runCli(['update', '--set', 'visi=x', '--roll', '2029-2033'], { cwd: dir }).code).toBe(2);
    expect(readFileSync(project, 'utf8')).toBe(before);
  });
});
