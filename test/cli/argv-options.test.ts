/**
 * argv -> options, in-process: each command's handler is replaced by a spy, so these tests see
 * exactly what commander hands it for a command line (values parsed, defaults filled, repeated
 * options collected), that a bad command line never reaches a handler, and how main.ts turns
 * what a handler throws into an exit code.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryIo } from '../helpers/memory-io.js';
import { ROOT } from '../helpers/run-cli.js';
import { UsageError, UserError, ValidationFailed } from '../../src/errors.js';
import { Exit, Interrupted } from '../../src/cli/exit.js';
import { run } from '../../src/cli/main.js';
import * as buildHandler from '../../src/cli/handlers/build.js';
import * as diffHandler from '../../src/cli/handlers/diff.js';
import * as initHandler from '../../src/cli/handlers/init.js';
import * as laporanHandler from '../../src/cli/handlers/laporan.js';
import * as schemaHandler from '../../src/cli/handlers/schema.js';
import * as statusHandler from '../../src/cli/handlers/status.js';
import * as templatesHandler from '../../src/cli/handlers/templates.js';
import * as updateHandler from '../../src/cli/handlers/update.js';
import * as validateHandler from '../../src/cli/handlers/validate.js';

vi.mock('../../src/cli/handlers/build.js', () => ({ build: vi.fn() }));
vi.mock('../../src/cli/handlers/diff.js', () => ({ diff: vi.fn() }));
vi.mock('../../src/cli/handlers/init.js', () => ({ init: vi.fn() }));
vi.mock('../../src/cli/handlers/laporan.js', () => ({ laporan: vi.fn() }));
vi.mock('../../src/cli/handlers/schema.js', () => ({ schema: vi.fn() }));
vi.mock('../../src/cli/handlers/status.js', () => ({ status: vi.fn() }));
vi.mock('../../src/cli/handlers/templates.js', () => ({ listTemplates: vi.fn(), ejectTemplates: vi.fn() }));
vi.mock('../../src/cli/handlers/update.js', () => ({ update: vi.fn() }));
vi.mock('../../src/cli/handlers/validate.js', () => ({ validate: vi.fn() }));

const handlers = {
  build: vi.mocked(buildHandler.build),
  diff: vi.mocked(diffHandler.diff),
  init: vi.mocked(initHandler.init),
  laporan: vi.mocked(laporanHandler.laporan),
  schema: vi.mocked(schemaHandler.schema),
  status: vi.mocked(statusHandler.status),
  listTemplates: vi.mocked(templatesHandler.listTemplates),
  ejectTemplates: vi.mocked(templatesHandler.ejectTemplates),
  update: vi.mocked(updateHandler.update),
  validate: vi.mocked(validateHandler.validate),
};

beforeEach(() => {
  for (const handler of Object.values(handlers)) handler.mockReset();
});

async function cli(argv: string[]) {
  const f = memoryIo(ROOT);
  const code = await run(argv, f.io);
  return { code, io: f.io, stdout: f.stdout(), stderr: f.stderr() };
}

/** Runs argv, expects exactly one handler call with the same Io, and returns its other arguments. */
async function argsOf(handler: keyof typeof handlers, argv: string[]): Promise<unknown[]> {
  const r = await cli(argv);
  expect(r.code, r.stderr).toBe(0);
  expect(handlers[handler]).toHaveBeenCalledTimes(1);
  const [io, ...rest] = handlers[handler].mock.calls[0]! as unknown[];
  expect(io).toBe(r.io);
  return rest;
}

describe('build', () => {
  it('without arguments: no projects (the handler takes ./roadmap.yaml), the regulation', async () => {
    expect(await argsOf('build', ['build'])).toEqual([[], { only: 'regulasi' }]);
  });

  it('--only lampiran -o x.docx', async () => {
    expect(await argsOf('build', ['build', '--only', 'lampiran', '-o', 'x.docx'])).toEqual([[], { only: 'lampiran', output: 'x.docx' }]);
  });

  it('every option, several projects', async () => {
    const argv = ['build', 'a/roadmap.yaml', 'b', '--out-dir', 'keluaran', '--template', 'templat-kami', '--only', 'berkas-kerja', '--salinan', '--pdf', '--watch', '--draft', '3', '--final', '-j', '4', '--json'];
    expect(await argsOf('build', argv)).toEqual([
      ['a/roadmap.yaml', 'b'],
      { outDir: 'keluaran', template: 'templat-kami', only: 'berkas-kerja', salinan: true, pdf: true, watch: true, draft: 3, final: true, jobs: 4, json: true },
    ]);
  });

  it('--output and --jobs by their long names', async () => {
    expect(await argsOf('build', ['build', 'p.yaml', '--output', 'draf.pdf', '--jobs', '2'])).toEqual([['p.yaml'], { only: 'regulasi', output: 'draf.pdf', jobs: 2 }]);
  });
});

describe('validate, status, diff, schema', () => {
  it('validate [proyek] --json', async () => {
    expect(await argsOf('validate', ['validate'])).toEqual([undefined, {}]);
    handlers.validate.mockReset();
    expect(await argsOf('validate', ['validate', 'proyek', '--json'])).toEqual(['proyek', { json: true }]);
  });

  it('status --tahun 2025 --json: the year as a number', async () => {
    expect(await argsOf('status', ['status', '--tahun', '2025', '--json'])).toEqual([undefined, { tahun: 2025, json: true }]);
  });

  it('status proyek --tahun " 2024 ": spaces around the year are allowed', async () => {
    expect(await argsOf('status', ['status', 'proyek', '--tahun', ' 2024 '])).toEqual(['proyek', { tahun: 2024 }]);
  });

  it('diff a b --json --docx', async () => {
    expect(await argsOf('diff', ['diff', 'lama.yaml', 'HEAD~1', '--json', '--docx', 'perubahan.docx'])).toEqual(['lama.yaml', 'HEAD~1', { json: true, docx: 'perubahan.docx' }]);
  });

  it('schema takes nothing but the Io', async () => {
    expect(await argsOf('schema', ['schema'])).toEqual([]);
  });
});

describe('update', () => {
  it('--set a=b --set c=d: every value, in order; --unset empty', async () => {
    expect(await argsOf('update', ['update', '--set', 'a=b', '--set', 'c=d'])).toEqual([undefined, { set: ['a=b', 'c=d'], unset: [] }]);
  });

  it('--unset twice, --revisi, --dry-run, --json', async () => {
    const argv = ['update', 'proyek', '--unset', 'visi', '--unset', 'misi[0]', '--revisi', 'Reviu provinsi', '--dry-run', '--json'];
    expect(await argsOf('update', argv)).toEqual(['proyek', { set: [], unset: ['visi', 'misi[0]'], revisi: 'Reviu provinsi', dryRun: true, json: true }]);
  });

  it('--realisasi with --tahun and --partial', async () => {
    const argv = ['update', '--realisasi', 'realisasi.xlsx', '--tahun', '2025', '--partial'];
    expect(await argsOf('update', argv)).toEqual([undefined, { set: [], unset: [], realisasi: 'realisasi.xlsx', tahun: 2025, partial: true }]);
  });

  it('--template-realisasi with --per-opd and a quarter written "TW II"', async () => {
    const argv = ['update', '--template-realisasi', 'r.xlsx', '--tahun', '2026', '--per-opd', '--triwulan', 'TW II', '--force'];
    expect(await argsOf('update', argv)).toEqual([undefined, { set: [], unset: [], templateRealisasi: 'r.xlsx', tahun: 2026, perOpd: true, triwulan: 2, force: true }]);
  });

  it('--roll 2029–2033 (en dash) -o: the period as two years', async () => {
    const argv = ['update', '--roll', '2029–2033', '-o', '../2029/roadmap.yaml'];
    expect(await argsOf('update', argv)).toEqual([undefined, { set: [], unset: [], roll: { mulai: 2029, selesai: 2033 }, output: '../2029/roadmap.yaml' }]);
  });
});

describe('laporan, init, templates', () => {
  it('laporan --tahun 2025 --triwulan III with every output option', async () => {
    const argv = ['laporan', 'proyek', '--tahun', '2025', '--triwulan', 'III', '-o', 'l.docx', '--out-dir', 'out', '--template', 't', '--pdf', '--json'];
    expect(await argsOf('laporan', argv)).toEqual(['proyek', { tahun: 2025, triwulan: 3, output: 'l.docx', outDir: 'out', template: 't', pdf: true, json: true }]);
  });

  it('init: a draft is built unless --no-build', async () => {
    expect(await argsOf('init', ['init'])).toEqual([undefined, { build: true }]);
    handlers.init.mockReset();
    expect(await argsOf('init', ['init', 'ws', '--resume', '--answers', 'jawaban.yaml', '-y', '--no-build'])).toEqual(['ws', { resume: true, answers: 'jawaban.yaml', yes: true, build: false }]);
  });

  it('templates list --json; templates eject with the default set, and with --set --force', async () => {
    expect(await argsOf('listTemplates', ['templates', 'list', '--json'])).toEqual([{ json: true }]);
    expect(await argsOf('ejectTemplates', ['templates', 'eject', 'templat-kami'])).toEqual(['templat-kami', { set: 'default' }]);
    handlers.ejectTemplates.mockReset();
    expect(await argsOf('ejectTemplates', ['templates', 'eject', 'x', '--set', 'lain', '--force'])).toEqual(['x', { set: 'lain', force: true }]);
  });
});

describe('a bad command line never reaches a handler: exit 2, in Indonesian', () => {
  const cases: [string[], RegExp][] = [
    [['status', '--tahun', '25'], /nilai '25' untuk opsi '--tahun <tahun>' tidak dapat dipakai: tulis tahun empat angka, misalnya 2025\./],
    [['update', '--tahun', '2025a', '--realisasi', 'r.csv'], /tulis tahun empat angka/],
    [['laporan', '--tahun', '2025', '--triwulan', '5'], /nilai '5' untuk opsi '--triwulan <n>' tidak dapat dipakai: tulis triwulan 1, 2, 3 atau 4\./],
    [['update', '--roll', '2029'], /nilai '2029' untuk opsi '--roll <mulai-selesai>' tidak dapat dipakai: tulis MULAI-SELESAI, misalnya 2029-2033\./],
    [['build', '--jobs', '0'], /nilai '0' untuk opsi '-j, --jobs <n>' tidak dapat dipakai: harus bilangan bulat positif\./],
    [['build', '--draft', '1.5'], /harus bilangan bulat positif/],
    [['build', '--only', 'semua'], /pilihan yang ada: regulasi, peraturan, lampiran, berkas-kerja\./],
    [['update', '--bogus'], /opsi '--bogus' tidak dikenal/],
    [['status', '--jsn'], /opsi '--jsn' tidak dikenal\n\(Maksud Anda --json\?\)/],
    [['laporan'], /opsi '--tahun <tahun>' wajib diberikan/],
    [['diff', 'a.yaml'], /argumen 'b' wajib diisi/],
    [['templates', 'eject'], /argumen 'folder' wajib diisi/],
    [['validate', 'a', 'b'], /argumen terlalu banyak untuk 'validate': seharusnya paling banyak 1, diberikan 2\./],
  ];
  for (const [argv, message] of cases) {
    it(argv.join(' '), async () => {
      const r = await cli(argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain('(lihat: roadmap <perintah> --help)');
      expect(r.stdout).toBe('');
      for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
    });
  }

  it('with --json, the usage error is also the one JSON answer on stdout', async () => {
    const r = await cli(['build', '--jobs', 'dua', '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual({ error: { code: 'E_USAGE', message: "nilai 'dua' untuk opsi '-j, --jobs <n>' tidak dapat dipakai: harus bilangan bulat positif.", hint: 'Lihat: roadmap <perintah> --help' } });
  });

  it('--json after "--" is an argument, not the option', async () => {
    const r = await cli(['status', '--tahun', 'abc', '--', '--json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
});

describe('what a handler throws becomes the exit code (answer.ts)', () => {
  it('nothing thrown: 0', async () => {
    expect((await cli(['validate'])).code).toBe(0);
  });

  it('UserError: 1, message and hint on stderr; with --json also { error } on stdout', async () => {
    handlers.status.mockRejectedValue(new UserError('E_YEAR_OUTSIDE_PERIOD', 'Tahun 2040 di luar periode road map 2025-2029.', { hint: 'Pilih tahun lain.' }));
    const r = await cli(['status', '--tahun', '2040']);
    expect(r).toMatchObject({ code: 1, stdout: '', stderr: '✖ Tahun 2040 di luar periode road map 2025-2029.\n  Pilih tahun lain.\n' });
    const json = await cli(['status', '--tahun', '2040', '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual({ error: { code: 'E_YEAR_OUTSIDE_PERIOD', message: 'Tahun 2040 di luar periode road map 2025-2029.', hint: 'Pilih tahun lain.' } });
  });

  it('UsageError thrown by a handler: 2', async () => {
    handlers.update.mockRejectedValue(new UsageError('E_UPDATE_NOTHING', 'Tidak ada yang diubah.'));
    const r = await cli(['update']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('✖ Tidak ada yang diubah.\n');
  });

  it('ValidationFailed: 1, each problem printed before the message', async () => {
    handlers.build.mockRejectedValue(new ValidationFailed([{ code: 'required', severity: 'error', file: 'roadmap.yaml', line: 3, column: 1, path: 'visi', message: 'Wajib diisi (teks).' }], 'roadmap.yaml tidak valid.'));
    const r = await cli(['build']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('roadmap.yaml:3:1  galat  visi  Wajib diisi (teks).\n1 kesalahan, 0 peringatan\n✖ roadmap.yaml tidak valid.\n');
  });

  it('Exit: its code, and nothing more said', async () => {
    handlers.validate.mockRejectedValue(new Exit(1));
    expect(await cli(['validate', '--json'])).toMatchObject({ code: 1, stdout: '', stderr: '' });
  });

  it('any other error is a bug: 3, "Galat internal", the stack only with --debug', async () => {
    handlers.diff.mockRejectedValue(new TypeError('x is undefined'));
    const r = await cli(['diff', 'a', 'b']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^✖ Galat internal: x is undefined\n {2}Ini bug pada roadmap; mohon laporkan/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const debug = await cli(['diff', 'a', 'b', '--debug']);
    expect(debug.code).toBe(3);
    expect(debug.stderr).toMatch(/TypeError: x is undefined\n\s+at /);
  });

  it('Ctrl-C in a prompt (Inquirer\'s ExitPromptError): 130, "Dihentikan."', async () => {
    handlers.init.mockRejectedValue(Object.assign(new Error('User force closed the prompt'), { name: 'ExitPromptError' }));
    expect(await cli(['init'])).toMatchObject({ code: 130, stdout: '', stderr: '\nDihentikan.\n' });
  });

  it('Ctrl-C with a note from the command: 130, the note after "Dihentikan."', async () => {
    handlers.init.mockRejectedValue(new Interrupted('Jawaban tersimpan di ws/roadmap.yaml; lanjutkan dengan: roadmap init ws --resume'));
    const r = await cli(['init', 'ws']);
    expect(r.code).toBe(130);
    expect(r.stderr).toBe('\nDihentikan. Jawaban tersimpan di ws/roadmap.yaml; lanjutkan dengan: roadmap init ws --resume\n');
  });

  it('help and version: 0 on stdout, no handler', async () => {
    const help = await cli(['status', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Pemakaian: roadmap status \[opsi\] \[proyek\]/);
    const version = await cli(['--version']);
    expect(version).toMatchObject({ code: 0, stdout: '0.1.0\n' });
    expect(handlers.status).not.toHaveBeenCalled();
  });
});
