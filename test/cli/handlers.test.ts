/**
 * The handlers in-process, with their actions replaced by spies that return constructed results:
 * what each handler asks its action for a command line (the options it acts on), and what it
 * prints from the answer (results on stdout, the verdict on stderr), without a project on disk.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryIo } from '../helpers/memory-io.js';
import { ROOT } from '../helpers/run-cli.js';
import { UserError, ValidationFailed } from '../../src/errors.js';
import type { BuildResult } from '../../src/actions/build-types.js';
import type { DiffResult } from '../../src/actions/diff.js';
import type { RealisasiWorkbookResult } from '../../src/actions/realisasi-workbook.js';
import type { RealisasiUpdateResult, SetUpdateResult } from '../../src/actions/update.js';
import type { ValidateResult } from '../../src/actions/validate.js';
import type { InitResult } from '../../src/wizard/init-project.js';
import { run } from '../../src/cli/main.js';
import * as buildAction from '../../src/actions/build.js';
import * as diffAction from '../../src/actions/diff.js';
import * as workbookAction from '../../src/actions/realisasi-workbook.js';
import * as templatesAction from '../../src/actions/templates.js';
import * as updateAction from '../../src/actions/update.js';
import * as validateAction from '../../src/actions/validate.js';
import * as initAction from '../../src/wizard/init-project.js';

vi.mock('../../src/actions/build.js', () => ({ buildProject: vi.fn(), buildProjects: vi.fn() }));
vi.mock('../../src/actions/diff.js', () => ({ diffRevisions: vi.fn() }));
vi.mock('../../src/actions/realisasi-workbook.js', () => ({ writeRealisasiWorkbook: vi.fn() }));
vi.mock('../../src/actions/templates.js', () => ({ listTemplateSets: vi.fn(), ejectTemplateSet: vi.fn() }));
vi.mock('../../src/actions/update.js', () => ({ updateSet: vi.fn(), updateRealisasi: vi.fn(), updateRoll: vi.fn() }));
vi.mock('../../src/actions/validate.js', () => ({ validateProject: vi.fn() }));
// initPaths stays real: the Ctrl-C note is built from it.
vi.mock('../../src/wizard/init-project.js', async (actual) => ({ ...(await actual<typeof initAction>()), initProject: vi.fn() }));

const buildProjects = vi.mocked(buildAction.buildProjects);
const buildProject = vi.mocked(buildAction.buildProject);
const diffRevisions = vi.mocked(diffAction.diffRevisions);
const writeRealisasiWorkbook = vi.mocked(workbookAction.writeRealisasiWorkbook);
const listTemplateSets = vi.mocked(templatesAction.listTemplateSets);
const ejectTemplateSet = vi.mocked(templatesAction.ejectTemplateSet);
const updateSet = vi.mocked(updateAction.updateSet);
const updateRealisasi = vi.mocked(updateAction.updateRealisasi);
const validateProject = vi.mocked(validateAction.validateProject);
const initProject = vi.mocked(initAction.initProject);

beforeEach(() => vi.resetAllMocks());

async function cli(argv: string[], options: { tty?: { columns: number } } = {}) {
  const f = memoryIo(ROOT, {}, options);
  const code = await run(argv, f.io);
  return { code, stdout: f.stdout(), stderr: f.stderr() };
}

const built = (project: string, output: string, extra: Partial<BuildResult> = {}): BuildResult => ({
  project,
  output,
  bytes: 123_456,
  warnings: [],
  problems: [],
  phases: {},
  ...extra,
});

describe('build', () => {
  it('turns --only into the document asked of buildProjects, and passes the other flags on', async () => {
    buildProjects.mockResolvedValue([built('roadmap.yaml', 'x.docx')]);
    await cli(['build', '--only', 'lampiran', '-o', 'x.docx', '--draft', '2', '--template', 't', '--pdf', '--final', '-j', '3']);
    expect(buildProjects).toHaveBeenCalledWith(['roadmap.yaml'], {
      cwd: ROOT,
      document: { kind: 'regulasi', bagian: 'lampiran' },
      output: 'x.docx',
      template: 't',
      pdf: true,
      draf: 2,
      final: true,
      jobs: 3,
      onProgress: expect.any(Function),
    });
  });

  it('regulasi means every part; --salinan marks it; berkas-kerja is its own kind', async () => {
    buildProjects.mockResolvedValue([built('roadmap.yaml', 'roadmap.docx')]);
    await cli(['build', 'a.yaml', '--salinan']);
    expect(buildProjects.mock.calls[0]![1].document).toEqual({ kind: 'regulasi', bagian: 'semua', salinan: true });
    await cli(['build', 'a.yaml', '--only', 'berkas-kerja', '--out-dir', 'out']);
    expect(buildProjects.mock.calls[1]![1]).toMatchObject({ document: { kind: 'berkas-kerja' }, outDir: 'out' });
  });

  it('--salinan with --only berkas-kerja is a usage error, before anything is built', async () => {
    const r = await cli(['build', '--only', 'berkas-kerja', '--salinan']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('✖ --salinan hanya untuk peraturan, bukan berkas kerja.\n');
    expect(buildProjects).not.toHaveBeenCalled();
  });

  it('prints one line per document on stdout', async () => {
    buildProjects.mockResolvedValue([built('a/roadmap.yaml', 'out/a.docx'), built('b/roadmap.yaml', 'out/b.docx', { bytes: 800 })]);
    const r = await cli(['build', 'a', 'b', '--out-dir', 'out']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('✔ out/a.docx (121 KB)\n✔ out/b.docx (800 B)\n');
  });

  it('several projects, one failed: the others are printed, the failure said on stderr, exit 1', async () => {
    buildProjects.mockResolvedValue([built('a/roadmap.yaml', 'out/a.docx'), { project: 'b.yaml', error: new UserError('E_PROJECT_NOT_FOUND', 'Berkas proyek b.yaml tidak ditemukan.') }]);
    const r = await cli(['build', 'a', 'b.yaml', '--out-dir', 'out']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('✔ out/a.docx (121 KB)\n');
    expect(r.stderr).toContain('✖ b.yaml:\n✖ Berkas proyek b.yaml tidak ditemukan.\n');
  });

  it('several projects with --json: one entry per project, a failure as { project, error }', async () => {
    const ok = built('a/roadmap.yaml', 'out/a.docx');
    buildProjects.mockResolvedValue([ok, { project: 'b.yaml', error: new UserError('E_PROJECT_NOT_FOUND', 'Berkas proyek b.yaml tidak ditemukan.', { hint: 'Periksa jalurnya.' }) }]);
    const r = await cli(['build', 'a', 'b.yaml', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([ok, { project: 'b.yaml', error: { code: 'E_PROJECT_NOT_FOUND', message: 'Berkas proyek b.yaml tidak ditemukan.', hint: 'Periksa jalurnya.' } }]);
  });

  it('one project that failed: its error is the command\'s, in the one { error } shape', async () => {
    buildProjects.mockResolvedValue([{ project: 'roadmap.yaml', error: new UserError('E_PROJECT_NOT_FOUND', 'Berkas proyek roadmap.yaml tidak ditemukan.') }]);
    const r = await cli(['build', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ error: { code: 'E_PROJECT_NOT_FOUND', message: 'Berkas proyek roadmap.yaml tidak ditemukan.' } });
  });
});

describe('laporan', () => {
  it('asks for the report of the year (and quarter), and prints the document line', async () => {
    buildProject.mockResolvedValue(built('roadmap.yaml', 'roadmap-laporan-2025-tw2.docx', { bytes: 2048 }));
    const r = await cli(['laporan', 'p', '--tahun', '2025', '--triwulan', '2', '--out-dir', 'out']);
    expect(buildProject).toHaveBeenCalledWith('p', { cwd: ROOT, document: { kind: 'laporan', tahun: 2025, triwulan: 2 }, outDir: 'out' });
    expect(r).toMatchObject({ code: 0, stdout: '✔ roadmap-laporan-2025-tw2.docx (2 KB)\n' });
  });
});

describe('validate', () => {
  const invalid: ValidateResult = {
    file: 'roadmap.yaml',
    valid: false,
    problems: [{ code: 'required', severity: 'error', file: 'roadmap.yaml', line: 2, column: 1, path: 'visi', message: 'Wajib diisi (teks).' }],
  };

  it('an invalid project: its problems and the verdict on stderr, exit 1', async () => {
    validateProject.mockResolvedValue(invalid);
    const r = await cli(['validate']);
    expect(r).toEqual({ code: 1, stdout: '', stderr: 'roadmap.yaml:2:1  galat  visi  Wajib diisi (teks).\n1 kesalahan, 0 peringatan\n✖ roadmap.yaml tidak valid.\n' });
  });

  it('with --json the report is the answer, also when invalid (exit 1), and stderr stays quiet', async () => {
    validateProject.mockResolvedValue(invalid);
    const r = await cli(['validate', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual(invalid);
    expect(r.stderr).toBe('');
  });

  it('a valid project: "valid" on stderr, the alignment on stdout', async () => {
    validateProject.mockResolvedValue({
      file: 'roadmap.yaml',
      valid: true,
      problems: [],
      alignment: { profil: 'rb2023', basis: 'kegiatan utama', items: [{ kode: 'MP.1', nama: 'Tim RB', covered: true, by: ['MP-01'] }], covered: 1, total: 1, percent: 100, grade: 'A' },
    });
    const r = await cli(['validate']);
    expect(r).toEqual({ code: 0, stdout: 'Keselarasan dengan road map nasional (rb2023, kegiatan utama): 1/1 = 100% → nilai A\n', stderr: '✔ roadmap.yaml valid.\n' });
  });
});

describe('update', () => {
  const base = { file: 'roadmap.yaml', written: true, dryRun: false, formatting: 'preserved' as const, preview: [], problems: [] };

  it('--set: each change on stdout, the verdict with its count on stderr', async () => {
    const result: SetUpdateResult = {
      ...base,
      action: 'set',
      changes: [
        { op: 'set', expression: 'indikator:IND-03.target.2026=75', path: 'sasaran[0].indikator[2].target.2026', before: 70.5, after: 75 },
        { op: 'set', expression: 'visi=Baru', path: 'visi', before: 'Lama', after: 'Baru' },
        { op: 'unset', expression: 'misi[1]', path: 'misi[1]', before: 'Misi dua', after: undefined },
        { op: 'append', expression: 'misi[]=Misi tiga', path: 'misi', before: undefined, after: 'Misi tiga' },
      ],
      revisi: { draf: 4, tanggal: '2026-01-05', catatan: 'Reviu provinsi' },
    };
    updateSet.mockResolvedValue(result);
    const r = await cli(['update', '--set', 'indikator:IND-03.target.2026=75', '--set', 'visi=Baru', '--unset', 'misi[1]', '--revisi', 'Reviu provinsi']);
    expect(updateSet).toHaveBeenCalledWith(undefined, ROOT, { dryRun: false, revisi: 'Reviu provinsi', set: ['indikator:IND-03.target.2026=75', 'visi=Baru'], unset: ['misi[1]'] });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'sasaran[0].indikator[2].target.2026: 70,5 → 75',
        'visi: "Lama" → "Baru"',
        'misi[1]: "Misi dua" → dihapus',
        'misi: + "Misi tiga"',
        'riwayatRevisi: + draf 4 (2026-01-05) "Reviu provinsi"',
        '',
      ].join('\n'),
    );
    expect(r.stderr).toBe('✔ roadmap.yaml diperbarui (5 perubahan).\n');
  });

  it('--set --dry-run: the preview after the changes, and nothing written', async () => {
    updateSet.mockResolvedValue({ ...base, written: false, dryRun: true, action: 'set', preview: ['@@ -3 +3 @@', '-visi: Lama', '+visi: Baru'], changes: [{ op: 'set', expression: 'visi=Baru', path: 'visi', before: 'Lama', after: 'Baru' }] });
    const r = await cli(['update', '--set', 'visi=Baru', '--dry-run']);
    expect(r.stdout).toBe('visi: "Lama" → "Baru"\n\n--- roadmap.yaml\n+++ roadmap.yaml (sesudah)\n@@ -3 +3 @@\n-visi: Lama\n+visi: Baru\n');
    expect(r.stderr).toBe('• Uji coba (--dry-run): roadmap.yaml tidak diubah.\n');
  });

  it('--set that changes nothing, and one that rewrote the layout', async () => {
    updateSet.mockResolvedValue({ ...base, written: false, formatting: 'unchanged', action: 'set', changes: [] });
    expect((await cli(['update', '--set', 'visi=Sama'])).stderr).toBe('• Tidak ada perubahan; roadmap.yaml tetap.\n');
    updateSet.mockResolvedValue({ ...base, formatting: 'rewritten', action: 'set', changes: [] });
    expect((await cli(['update', '--set', 'visi=Sama'])).stderr).toMatch(/^• Perubahan ini tidak dapat ditulis baris per baris, jadi roadmap.yaml ditulis ulang seluruhnya/);
  });

  const realisasi = (extra: Partial<RealisasiUpdateResult>): RealisasiUpdateResult => ({
    ...base,
    action: 'realisasi',
    sumber: 'realisasi.csv',
    tahun: 2025,
    changes: [
      { id: 'IND-01', jenis: 'indikator', nama: 'Indeks RB', tahun: 2025, sebelum: null, sesudah: 72.5, baris: 2, path: 'x' },
      { id: 'MP-01', jenis: 'kegiatan', nama: 'Tim RB', tahun: 2025, triwulan: 2, sebelum: 'Draf', sesudah: 'SK ditetapkan', baris: 3, path: 'y' },
      { id: 'MP-02', jenis: 'kegiatan', nama: 'Agen', tahun: 2025, sebelum: 5, sesudah: 5, baris: 4, path: 'z' },
    ],
    kosong: 1,
    ditolak: 0,
    keteranganDisimpan: true,
    ...extra,
  });

  it('--realisasi: one tab-separated line per value, then what was recorded', async () => {
    updateRealisasi.mockResolvedValue(realisasi({}));
    const r = await cli(['update', '--realisasi', 'realisasi.csv', '--tahun', '2025']);
    expect(updateRealisasi).toHaveBeenCalledWith(undefined, ROOT, { dryRun: false, source: 'realisasi.csv', tahun: 2025, partial: false });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('IND-01\t2025\t72,5 (baru)\nMP-01\t2025 TW II\t"Draf" → "SK ditetapkan"\nMP-02\t2025\t5 (sama)\n');
    expect(r.stderr).toBe('✔ 3 realisasi tahun 2025 dari realisasi.csv dicatat di roadmap.yaml; 1 baris belum diisi dilewati.\n');
  });

  it('--realisasi with a rejected row and no --partial: the problem, nothing saved, exit 1', async () => {
    const problem = { code: 'realisasi-unknown-id', severity: 'error' as const, file: 'realisasi.csv', line: 5, message: 'id IND-99 tidak ada.' };
    updateRealisasi.mockResolvedValue(realisasi({ written: false, ditolak: 1, problems: [problem] }));
    const r = await cli(['update', '--realisasi', 'realisasi.csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'realisasi.csv:5  galat  id IND-99 tidak ada.\n1 kesalahan, 0 peringatan\n✖ Tidak ada yang disimpan: 1 baris bermasalah di realisasi.csv; roadmap.yaml tidak diubah.\n  Perbaiki baris itu, atau pakai --partial untuk menyimpan baris yang benar saja.\n',
    );
  });

  it('--realisasi --partial with a rejected row: the good rows saved, still exit 1', async () => {
    updateRealisasi.mockResolvedValue(realisasi({ ditolak: 2 }));
    const r = await cli(['update', '--realisasi', 'realisasi.csv', '--partial', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).ditolak).toBe(2);
  });

  it('--template-realisasi: the workbook on stdout, what is in it on stderr', async () => {
    const result: RealisasiWorkbookResult = { file: 'roadmap.yaml', output: 'r.xlsx', tahun: 2025, sheets: [{ name: 'BKPSDM', rows: 4 }, { name: 'BAPPEDA', rows: 3 }], rows: 7 };
    writeRealisasiWorkbook.mockResolvedValue(result);
    const r = await cli(['update', 'p', '--template-realisasi', 'r.xlsx', '--per-opd', '--triwulan', '1']);
    expect(writeRealisasiWorkbook).toHaveBeenCalledWith('p', ROOT, { output: 'r.xlsx', perOpd: true, force: false, triwulan: 1 });
    expect(r.stdout).toBe('r.xlsx\n');
    expect(r.stderr).toBe('✔ Templat realisasi tahun 2025 ditulis: 7 baris, 2 lembar (per OPD). Setelah diisi: roadmap update --realisasi r.xlsx\n');
  });

  it('one job per call: two jobs, no job, or an option of another job are usage errors (exit 2)', async () => {
    const cases: [string[], string][] = [
      [['update', '--set', 'a=1', '--roll', '2029-2033'], '✖ Satu pekerjaan per perintah: --set/--unset dan --roll tidak dapat digabung.\n'],
      [['update'], '✖ Tidak ada yang diubah.\n  Pakai --set JALUR=NILAI, --realisasi BERKAS, --template-realisasi BERKAS.xlsx, atau --roll MULAI-SELESAI (lihat roadmap update --help).\n'],
      [['update', '--set', 'a=1', '--per-opd'], '✖ --per-opd tidak berlaku untuk --set/--unset.\n  --per-opd dipakai bersama --template-realisasi.\n'],
      [['update', '--roll', '2029-2033', '--tahun', '2025'], '✖ --tahun tidak berlaku untuk --roll.\n  --tahun dipakai bersama --realisasi atau --template-realisasi.\n'],
      [['update', '--template-realisasi', 'r.xlsx', '--dry-run'], '✖ --dry-run tidak berlaku untuk --template-realisasi.\n  --dry-run dipakai bersama --set/--unset atau --realisasi atau --roll.\n'],
    ];
    for (const [argv, stderr] of cases) {
      const r = await cli(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr, argv.join(' ')).toBe(stderr);
    }
    expect(updateSet).not.toHaveBeenCalled();
    expect(writeRealisasiWorkbook).not.toHaveBeenCalled();
  });
});

describe('diff', () => {
  const text = 'Kegiatan MP-01 (Pembentukan Tim Reformasi Birokrasi Kabupaten Sukamaju): nama diubah dari "Tim RB" menjadi "Tim Reformasi Birokrasi"';
  const change = { group: 'area:MP', kind: 'changed' as const, path: 'areaPerubahan[0].kegiatan[0].nama', text };
  const result: DiffResult = {
    from: { label: 'lama.yaml', file: 'lama.yaml' },
    to: { label: 'baru.yaml', file: 'baru.yaml' },
    changes: [change],
    groups: [{ key: 'area:MP', label: 'Area perubahan MP', changes: [change] }],
    count: { added: 0, removed: 0, changed: 1, moved: 0 },
    docx: 'perubahan.docx',
  };

  it('piped: one change per line; the DOCX said on stderr', async () => {
    diffRevisions.mockResolvedValue(result);
    const r = await cli(['diff', 'lama.yaml', 'baru.yaml', '--docx', 'perubahan.docx']);
    expect(diffRevisions).toHaveBeenCalledWith('lama.yaml', 'baru.yaml', ROOT, { docx: 'perubahan.docx' });
    expect(r.stdout.split('\n')).toContain(`  ~ ${text}`);
    expect(r.stderr).toBe('✔ Daftar perubahan ditulis ke perubahan.docx\n');
  });

  it('on a terminal: wrapped to its width', async () => {
    diffRevisions.mockResolvedValue(result);
    const r = await cli(['diff', 'lama.yaml', 'baru.yaml'], { tty: { columns: 50 } });
    const lines = r.stdout.trimEnd().split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(50);
    expect(lines.filter((l) => l.startsWith('    ')).length).toBeGreaterThan(1);
  });
});

describe('templates', () => {
  it('list: each set with its file count and files', async () => {
    listTemplateSets.mockResolvedValue([{ name: 'default', files: ['dokumen.hbs', 'pengaturan.yaml'] }]);
    expect((await cli(['templates', 'list'])).stdout).toBe('default (2 berkas)\n  dokumen.hbs\n  pengaturan.yaml\n');
  });

  it('eject: the folder on stdout, how to use it on stderr', async () => {
    ejectTemplateSet.mockResolvedValue({ dir: '/tmp/templat-kami', files: 12 });
    const r = await cli(['templates', 'eject', 'templat-kami', '--force']);
    expect(ejectTemplateSet).toHaveBeenCalledWith('templat-kami', ROOT, { name: 'default', force: true });
    expect(r).toEqual({ code: 0, stdout: '/tmp/templat-kami\n', stderr: '✔ 12 berkas disalin. Bangun dengan: roadmap build --template templat-kami\n' });
  });
});

describe('init', () => {
  const summary = { lines: ['Ringkasan: 3 OPD, 8 area'], problems: [], errors: 0, warnings: 0, absentHolding: [] };

  it('without a terminal and without --answers: a usage error before any prompt', async () => {
    const r = await cli(['init', 'ws']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/roadmap init memerlukan terminal interaktif[^\n]*\n {2}Tanpa terminal, berikan jawaban dari berkas: roadmap init ws --answers jawaban.yaml/);
    expect(initProject).not.toHaveBeenCalled();
  });

  it('Ctrl-C in the wizard: 130, and where the answers are kept', async () => {
    initProject.mockRejectedValue(Object.assign(new Error('User force closed the prompt with SIGINT'), { name: 'ExitPromptError' }));
    const r = await cli(['init', 'ws'], { tty: { columns: 80 } });
    expect(r.code).toBe(130);
    expect(r.stderr).toBe('\nDihentikan. Jawaban tersimpan di ws/roadmap.yaml; lanjutkan dengan: roadmap init ws --resume\n');
  });

  it('--answers: the summary on stderr, the project and the draft on stdout', async () => {
    const done: InitResult = { status: 'done', projectPath: `${ROOT}/ws/roadmap.yaml`, shown: 'ws/roadmap.yaml', summary, draft: built('ws/roadmap.yaml', 'ws/roadmap.docx', { bytes: 3 * 1024 * 1024 / 2, warnings: ['Logo belum ada'] }) };
    initProject.mockResolvedValue(done);
    const r = await cli(['init', 'ws', '--answers', 'j.yaml', '--yes']);
    expect(initProject).toHaveBeenCalledWith(expect.objectContaining({ dir: 'ws', cwd: ROOT, resume: false, answers: 'j.yaml', yes: true, build: true }));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('✔ Proyek: ws/roadmap.yaml\n✔ Draf pertama: ws/roadmap.docx (1,5 MB)\n');
    expect(r.stderr).toBe('Ringkasan: 3 OPD, 8 area\nperingatan  Logo belum ada\n');
  });

  it('answers that cannot be used: their problems, exit 1', async () => {
    initProject.mockResolvedValue({ status: 'invalid', answersFile: 'j.yaml', problems: [{ code: 'x', severity: 'error', file: 'j.yaml', line: 4, message: 'Nama daerah kosong.' }] });
    const r = await cli(['init', 'ws', '--answers', 'j.yaml']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('j.yaml:4  galat  Nama daerah kosong.\n1 kesalahan, 0 peringatan\n✖ Berkas jawaban j.yaml belum dapat dipakai; roadmap.yaml tidak ditulis.\n');
  });

  it('saved for later, and cancelled', async () => {
    initProject.mockResolvedValue({ status: 'saved', projectPath: 'x', shown: 'ws/roadmap.yaml', resumeCommand: 'roadmap init ws --resume', summary });
    expect((await cli(['init', 'ws', '--answers', 'j.yaml'])).stderr).toBe('Ringkasan: 3 OPD, 8 area\nTersimpan di ws/roadmap.yaml; lanjutkan dengan: roadmap init ws --resume\n');
    initProject.mockResolvedValue({ status: 'cancelled' });
    expect(await cli(['init', 'ws', '--answers', 'j.yaml'])).toEqual({ code: 0, stdout: '', stderr: 'Dibatalkan; tidak ada yang diubah.\n' });
  });

  it('a project saved whose draft could not be built: exit 1 with the command to retry', async () => {
    const problems = [{ code: 'required', severity: 'error' as const, file: 'ws/roadmap.yaml', line: 1, path: 'visi', message: 'Wajib diisi (teks).' }];
    initProject.mockResolvedValue({ status: 'done', projectPath: 'x', shown: 'ws/roadmap.yaml', summary, buildError: new ValidationFailed(problems) });
    const r = await cli(['init', 'ws', '--answers', 'j.yaml']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('✖ ws/roadmap.yaml tersimpan, tetapi draf DOCX belum dapat dibuat. Perbaiki masalah di atas, lalu: roadmap build ws/roadmap.yaml\n');
  });
});
