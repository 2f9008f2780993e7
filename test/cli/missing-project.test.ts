/**
 * A project file that is missing or cannot be read, asked of every command as a user runs it
 * (the built binary): the same `{ "error": { code, message, hint? } }` on stdout with --json, the
 * same exit code 1, the human message on stderr, and nothing on stdout without --json.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/run-cli.js';

/** Every command that reads a project, with the arguments it needs besides the project. */
const COMMANDS: [string, (project: string) => string[]][] = [
  ['validate', (p) => ['validate', p]],
  ['build', (p) => ['build', p]],
  ['status', (p) => ['status', p]],
  ['laporan', (p) => ['laporan', p, '--tahun', '2025']],
  ['update --set', (p) => ['update', p, '--set', 'visi=Baru']],
  ['update --set --dry-run', (p) => ['update', p, '--set', 'visi=Baru', '--dry-run']],
  ['update --realisasi', (p) => ['update', p, '--realisasi', 'realisasi.csv', '--tahun', '2025']],
  ['update --template-realisasi', (p) => ['update', p, '--template-realisasi', 'realisasi.xlsx']],
  ['update --roll', (p) => ['update', p, '--roll', '2029-2033']],
];

let dir: string;
beforeAll(() => {
  dir = tempDir();
  // A file where a folder should be: its "roadmap.yaml" cannot be read (ENOTDIR).
  writeFileSync(join(dir, 'berkas'), 'bukan folder\n');
  writeFileSync(join(dir, 'realisasi.csv'), 'id,realisasi\nIND-01,70\n');
});

const ERROR_KEYS = ['code', 'message', 'hint'];

describe('a missing project file: one answer from every command', () => {
  for (const [name, argv] of COMMANDS) {
    it(name, () => {
      const json = runCli([...argv('tidak-ada.yaml'), '--json'], { cwd: dir });
      expect(json.code, json.stderr).toBe(1);
      expect(JSON.parse(json.stdout)).toEqual({
        error: {
          code: 'E_PROJECT_NOT_FOUND',
          message: 'Berkas proyek tidak-ada.yaml tidak ditemukan.',
          hint: 'Buat proyek baru dengan `roadmap init`, atau sebutkan jalur roadmap.yaml yang benar.',
        },
      });
      expect(json.stderr).toBe('✖ Berkas proyek tidak-ada.yaml tidak ditemukan.\n  Buat proyek baru dengan `roadmap init`, atau sebutkan jalur roadmap.yaml yang benar.\n');

      const human = runCli(argv('tidak-ada.yaml'), { cwd: dir });
      expect(human.code).toBe(1);
      expect(human.stdout).toBe('');
      expect(human.stderr).toBe(json.stderr);
    });
  }

  it('no project named and no ./roadmap.yaml: the same, for the default path', () => {
    for (const command of ['validate', 'build', 'status']) {
      const r = runCli([command, '--json'], { cwd: dir });
      expect(r.code, command).toBe(1);
      expect(JSON.parse(r.stdout).error, command).toMatchObject({ code: 'E_PROJECT_NOT_FOUND', message: 'Berkas proyek roadmap.yaml tidak ditemukan.' });
    }
  });

  it('diff: the same shape and exit code (its own code: a side may also be a git revision)', () => {
    const r = runCli(['diff', 'tidak-ada.yaml', 'juga-tidak.yaml', '--json'], { cwd: dir });
    expect(r.code).toBe(1);
    const { error } = JSON.parse(r.stdout);
    expect(Object.keys(error)).toEqual(ERROR_KEYS);
    expect(error).toMatchObject({ code: 'E_DIFF_NOT_FOUND', message: '"tidak-ada.yaml" bukan berkas yang ada.' });
  });
});

describe('a project file that cannot be read: one answer from every command', () => {
  for (const [name, argv] of COMMANDS) {
    it(name, () => {
      const r = runCli([...argv('berkas/roadmap.yaml'), '--json'], { cwd: dir });
      expect(r.code, r.stderr).toBe(1);
      expect(JSON.parse(r.stdout)).toEqual({ error: { code: 'E_PROJECT_UNREADABLE', message: 'Berkas proyek berkas/roadmap.yaml tidak dapat dibaca (ENOTDIR).' } });
      expect(r.stderr).toBe('✖ Berkas proyek berkas/roadmap.yaml tidak dapat dibaca (ENOTDIR).\n');
    });
  }
});

describe('build of several projects', () => {
  it('keeps one entry per project, each failure with the same error object', () => {
    const r = runCli(['build', 'tidak-ada.yaml', 'berkas/roadmap.yaml', '--json', '--jobs', '2'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([
      { project: 'tidak-ada.yaml', error: { code: 'E_PROJECT_NOT_FOUND', message: 'Berkas proyek tidak-ada.yaml tidak ditemukan.', hint: expect.any(String) } },
      { project: 'berkas/roadmap.yaml', error: { code: 'E_PROJECT_UNREADABLE', message: 'Berkas proyek berkas/roadmap.yaml tidak dapat dibaca (ENOTDIR).' } },
    ]);
  });

  it('a failure of the whole command is the one { error } shape, not a list', () => {
    const r = runCli(['build', 'a.yaml', 'b.yaml', '-o', 'satu.docx', '--json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual({ error: { code: 'E_OUTPUT_MANY', message: 'Opsi -o hanya untuk satu proyek.', hint: 'Untuk beberapa proyek gunakan --out-dir FOLDER.' } });
  });
});
