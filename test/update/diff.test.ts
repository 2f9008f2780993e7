/**
 * `roadmap diff` between two files and against a git revision.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempExample } from '../helpers/run-cli.js';

function git(dir: string, ...args: string[]) {
  execFileSync('git', ['-c', 'user.name=Uji', '-c', 'user.email=uji@contoh.id', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, stdio: 'pipe' });
}

const EDITS = [
  '--set',
  'indikator:IND-02.target.2026=75',
  '--set',
  'opd:DISKOMINFO.nama=Dinas Komunikasi, Informatika dan Statistik',
  '--set',
  'kegiatan:MP-01.pelaksana[+]=DISKOMINFO',
];

describe('roadmap diff', () => {
  it('lists the changes between two files in words, grouped', () => {
    const { dir, project } = tempExample();
    cpSync(project, join(dir, 'draf-3.yaml'));
    expect(runCli(['update', ...EDITS, '--revisi', 'Reviu provinsi'], { cwd: dir }).code).toBe(0);
    const r = runCli(['diff', 'draf-3.yaml', 'roadmap.yaml'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^draf-3\.yaml \(draf 3, 2024-06-24\) → roadmap\.yaml \(draf 4, \d{4}-\d{2}-\d{2}\)$/);
    expect(lines[1]).toBe('4 perubahan: 2 ditambahkan, 2 diubah');
    expect(r.stdout).toContain('\nOPD\n  ~ OPD DISKOMINFO: nama diubah dari "Dinas Komunikasi dan Informatika" menjadi "Dinas Komunikasi, Informatika dan Statistik"\n');
    expect(r.stdout).toContain(
      '\nSasaran dan indikator\n  ~ Target IND-02 (Nilai Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP)) tahun 2026: 70,5 → 75\n',
    );
    expect(r.stdout).toContain('\nArea perubahan MP — Manajemen Perubahan\n  + Kegiatan MP-01 (Pembentukan dan pemutakhiran Tim Reformasi Birokrasi Kabupaten Sukamaju): pelaksana: "DISKOMINFO" ditambahkan\n');
    expect(r.stdout).toContain('+ Catatan revisi draf 4 (');

    const same = runCli(['diff', 'draf-3.yaml', 'draf-3.yaml'], { cwd: dir });
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('Tidak ada perubahan.');
  });

  it('gives a stable JSON shape', () => {
    const { dir, project } = tempExample();
    cpSync(project, join(dir, 'lama.yaml'));
    runCli(['update', ...EDITS], { cwd: dir });
    const r = runCli(['diff', 'lama.yaml', 'roadmap.yaml', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['from', 'to', 'changes', 'groups', 'count']);
    expect(json.from).toEqual({ label: 'lama.yaml', file: 'lama.yaml', draf: { draf: 3, tanggal: '2024-06-24' } });
    expect(json.count).toEqual({ added: 1, removed: 0, changed: 2, moved: 0 });
    expect(json.changes).toContainEqual({
      group: 'sasaran',
      kind: 'changed',
      subject: { kind: 'indikator', id: 'IND-02', nama: 'Nilai Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP)' },
      field: 'target',
      year: 2026,
      before: 70.5,
      after: 75,
      path: 'sasaran[0].indikator[1].target.2026',
      text: 'Target IND-02 (Nilai Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP)) tahun 2026: 70,5 → 75',
    });
    expect(json.groups.map((g: { key: string }) => g.key)).toEqual(['opd', 'sasaran', 'area:MP']);
  });

  it('compares against a git revision, which is the older side', () => {
    const { dir } = tempExample();
    git(dir, 'init', '-q');
    git(dir, 'add', 'roadmap.yaml');
    git(dir, 'commit', '-q', '-m', 'draf 3');
    runCli(['update', '--set', 'indikator:IND-02.target.2026=75'], { cwd: dir });
    git(dir, 'commit', '-q', '-am', 'draf 4');
    runCli(['update', '--set', 'indikator:IND-02.target.2027=80'], { cwd: dir });

    const head = runCli(['diff', 'roadmap.yaml', 'HEAD'], { cwd: dir });
    expect(head.code, head.stderr).toBe(0);
    expect(head.stdout.split('\n')[0]).toMatch(/^HEAD:roadmap\.yaml .*→ roadmap\.yaml/);
    expect(head.stdout).toContain('tahun 2027: 72,5 → 80');
    expect(head.stdout).not.toContain('tahun 2026');

    const older = runCli(['diff', 'git:HEAD~1', 'roadmap.yaml', '--json'], { cwd: dir });
    expect(older.code, older.stderr).toBe(0);
    const json = JSON.parse(older.stdout);
    expect(json.from.revision).toBe('HEAD~1');
    expect(json.changes.map((c: { year: number; before: number; after: number }) => [c.year, c.before, c.after])).toEqual([
      [2026, 70.5, 75],
      [2027, 72.5, 80],
    ]);

    const missing = runCli(['diff', 'roadmap.yaml', 'HEAD~9'], { cwd: dir });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('"HEAD~9" bukan berkas maupun revisi git');
  });

  it('writes the change list as a DOCX table for the revision annex', () => {
    const { dir, project } = tempExample();
    cpSync(project, join(dir, 'lama.yaml'));
    runCli(['update', ...EDITS], { cwd: dir });
    const r = runCli(['diff', 'lama.yaml', 'roadmap.yaml', '--docx', 'perubahan.docx'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('perubahan.docx');
    const xml = execFileSync('unzip', ['-p', join(dir, 'perubahan.docx'), 'word/document.xml'], { encoding: 'utf8' });
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('DAFTAR PERUBAHAN');
    expect(text).toContain('Uraian Perubahan');
    expect(text).toContain('Target IND-02 (Nilai Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP)) tahun 2026: 70,5 → 75');
    expect(xml).toContain('<w:tblHeader/>');
    expect(readFileSync(join(dir, 'perubahan.docx')).subarray(0, 2).toString()).toBe('PK');
  });
});
