/**
 * The CLI in-process (`run(argv, io)`): commander answers in Indonesian, every failure with
 * --json gives one `{ "error": … }` document, and the user's own situations are not bugs.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../helpers/memory-io.js';
import { EXAMPLE, ROOT, tempDir } from '../helpers/run-cli.js';
import { UserError } from '../../src/errors.js';
import { describeError, errorJson } from '../../src/cli/answer.js';
import { run } from '../../src/cli/main.js';

async function cli(argv: string[], cwd = ROOT) {
  const f = memoryIo(cwd);
  const code = await run(argv, f.io);
  return { code, stdout: f.stdout(), stderr: f.stderr() };
}

/** Words of commander's English that must never reach the user. */
const ENGLISH = /\b(error|option|argument|arguments|invalid|Allowed|choices|Expected|Did you mean|required|unknown|missing|cannot|Usage|Options|Commands|default)\b/;

describe('commander answers in Indonesian', () => {
  const cases: [string, string[], RegExp][] = [
    ['a year that is not a year', ['status', '--tahun', 'abc'], /nilai 'abc' untuk opsi '--tahun <tahun>' tidak dapat dipakai: tulis tahun empat angka/],
    ['a choice outside the list', ['build', '--only', 'semua'], /pilihan yang ada: regulasi, peraturan, lampiran, berkas-kerja/],
    ['a missing argument', ['diff', 'a.yaml'], /argumen 'b' wajib diisi/],
    ['a missing required option', ['laporan'], /opsi '--tahun <tahun>' wajib diberikan/],
    ['an option without its value', ['build', '-o'], /opsi '-o, --output <berkas>' memerlukan nilai/],
    ['too many arguments', ['templates', 'list', 'ekstra'], /argumen terlalu banyak untuk 'list': seharusnya paling banyak 0, diberikan 1/],
    ['an unknown command', ['bangun'], /perintah 'bangun' tidak dikenal/],
    ['a misspelt option, with a suggestion', ['build', '--jsn'], /opsi '--jsn' tidak dikenal\n\(Maksud Anda --json\?\)/],
    ['a misspelt command, with a suggestion', ['buld'], /Maksud Anda build\?/],
  ];
  for (const [what, argv, expected] of cases) {
    it(what, async () => {
      const r = await cli(argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(expected);
      expect(r.stderr).not.toMatch(ENGLISH);
    });
  }

  it('help uses Indonesian headings and words', async () => {
    for (const argv of [['--help'], ['build', '--help'], ['update', '--help'], ['templates', '--help']]) {
      const r = await cli(argv);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Pemakaian: roadmap/);
      expect(r.stdout).toContain('Opsi:');
      expect(r.stdout).not.toMatch(/Usage:|Options:|Arguments:|Commands:|\[options\]|\[command\]|choices:|default:/);
    }
    expect((await cli(['build', '--help'])).stdout.replace(/\s+/g, ' ')).toContain('(pilihan: "regulasi", "peraturan", "lampiran", "berkas-kerja", bawaan: "regulasi")');
  });
});

describe('one error shape for --json', () => {
  it('validate, build, status, diff, update: a failure prints { error: { code, message, hint } } on stdout', async () => {
    const dir = tempDir();
    for (const argv of [
      ['validate', 'tidak-ada.yaml', '--json'],
      ['build', 'tidak-ada.yaml', '--json'],
      ['status', 'tidak-ada.yaml', '--json'],
      ['laporan', 'tidak-ada.yaml', '--tahun', '2025', '--json'],
      ['update', 'tidak-ada.yaml', '--set', 'visi=x', '--json'],
    ]) {
      const r = await cli(argv, dir);
      expect(r.code, argv.join(' ')).toBe(1);
      expect(JSON.parse(r.stdout), argv.join(' ')).toEqual({
        error: { code: 'E_PROJECT_NOT_FOUND', message: 'Berkas proyek tidak-ada.yaml tidak ditemukan.', hint: expect.stringContaining('roadmap init') },
      });
      // The human message still goes to stderr.
      expect(r.stderr).toContain('tidak ditemukan');
    }
    const diff = await cli(['diff', 'a.yaml', 'b.yaml', '--json'], dir);
    expect(diff.code).toBe(1);
    expect(JSON.parse(diff.stdout).error.code).toBe('E_DIFF_NOT_FOUND');
  });

  it('a usage error with --json answers in JSON too', async () => {
    const r = await cli(['status', '--tahun', 'abc', '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual({ error: { code: 'E_USAGE', message: expect.stringContaining("nilai 'abc'"), hint: expect.any(String) } });
  });

  it('an invalid project carries its problems', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'roadmap.yaml'), 'profil: rb2023\nperiode: {mulai: 2025}\n');
    const r = await cli(['build', '--json'], dir);
    expect(r.code).toBe(1);
    const { error } = JSON.parse(r.stdout);
    expect(error.code).toBe('E_INVALID');
    expect(error.problems.length).toBeGreaterThan(0);
    expect(Object.keys(error.problems[0])).toEqual(expect.arrayContaining(['code', 'severity', 'file', 'message']));
  });

  it('build of several projects: one entry per project, a failed one with the same error object', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'rusak.yaml'), 'profil: [\n');
    const r = await cli(['build', 'tidak-ada.yaml', 'rusak.yaml', '--json', '--jobs', '1'], dir);
    expect(r.code).toBe(1);
    const results = JSON.parse(r.stdout);
    expect(results).toEqual([
      { project: 'tidak-ada.yaml', error: expect.objectContaining({ code: 'E_PROJECT_NOT_FOUND', message: expect.any(String) }) },
      { project: 'rusak.yaml', error: expect.objectContaining({ code: 'E_INVALID', problems: expect.any(Array) }) },
    ]);
  });
});

describe('the user\'s situation is not a bug', () => {
  it('an alias bomb: exit 1 with what to do, never "Galat internal"', async () => {
    const dir = tempDir();
    const levels = ['  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (const [i, name] of ['b', 'c', 'd', 'e', 'f', 'g'].entries()) {
      levels.push(`  ${name}: &${name} [${Array(9).fill(`*${'abcdefg'[i]}`).join(', ')}]`);
    }
    writeFileSync(join(dir, 'roadmap.yaml'), `profil: rb2023\nnarasi:\n${levels.join('\n')}\n`);
    for (const command of ['validate', 'build', 'status']) {
      const r = await cli([command], dir);
      expect(r.code, command).toBe(1);
      expect(r.stderr).toMatch(/alias/);
      expect(r.stderr).not.toMatch(/Galat internal|bug/);
    }
    const json = await cli(['build', '--json'], dir);
    expect(json.stdout).toMatch(/alias/);
  });

  it('an alias bomb from any other YAML reader is the user\'s too', () => {
    const bomb = new ReferenceError('Excessive alias count indicates a resource exhaustion attack');
    expect(describeError(bomb)).toMatchObject({ exit: 1, code: 'E_YAML_ALIASES' });
  });

  it('operating-system refusals read as the user\'s to fix (exit 1), with the path relative to the folder', () => {
    const err = (code: string, path: string) => Object.assign(new Error(`${code}: x`), { code, path });
    expect(describeError(err('EACCES', '/proyek/keluaran/draf.docx'), '/proyek')).toMatchObject({ exit: 1, code: 'E_NO_PERMISSION', message: 'Tidak ada izin untuk mengakses keluaran/draf.docx.' });
    expect(describeError(err('EISDIR', '/proyek/draf.docx'), '/proyek')).toMatchObject({ exit: 1, code: 'E_IS_DIRECTORY' });
    expect(describeError(err('ENOSPC', '/proyek/draf.docx'), '/proyek')).toMatchObject({ exit: 1, code: 'E_DISK_FULL' });
    expect(describeError(err('EBUSY', '/proyek/draf.docx'), '/proyek')).toMatchObject({ exit: 1, code: 'E_FILE_IN_USE', hint: expect.stringContaining('Tutup draf.docx') });
    expect(describeError(new TypeError('x is undefined'))).toMatchObject({ exit: 3, code: 'E_INTERNAL', bug: true });
    expect(describeError(new CommanderError(0, 'commander.helpDisplayed', '(outputHelp)')).exit).toBe(0);
    expect(errorJson(new UserError('E_X', 'Pesan.', { hint: 'Saran.' }))).toEqual({ code: 'E_X', message: 'Pesan.', hint: 'Saran.' });
  });

  it('the example still builds in-process (sanity for the fake Io)', async () => {
    const dir = tempDir();
    const r = await cli(['validate', EXAMPLE, '--json'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).valid).toBe(true);
  });
});
