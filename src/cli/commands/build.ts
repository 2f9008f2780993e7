import { Option, type Command } from 'commander';
import { ExitCode, UsageError } from '../../errors.js';
import type { DocumentRequest } from '../../render/document-kind.js';
import { Exit } from '../exit.js';
import type { Io } from '../io.js';
import { createProgressReporter, formatBuildResult, printJson } from '../report.js';
import { positiveInt } from '../option-parsers.js';

type Only = 'regulasi' | 'peraturan' | 'lampiran' | 'berkas-kerja';

interface BuildFlags {
  output?: string;
  outDir?: string;
  template?: string;
  only: Only;
  salinan?: boolean;
  pdf?: boolean;
  watch?: boolean;
  draft?: number;
  final?: boolean;
  jobs?: number;
  json?: boolean;
}

export function registerBuild(program: Command, io: Io): void {
  program
    .command('build')
    .description('membuat dokumen DOCX dari satu atau beberapa roadmap.yaml')
    .argument('[proyek...]', 'berkas roadmap.yaml atau foldernya (bawaan: ./roadmap.yaml)')
    .option('-o, --output <berkas>', 'berkas DOCX keluaran (satu proyek)')
    .option('--out-dir <folder>', 'folder keluaran untuk beberapa proyek')
    .option('--template <folder>', 'set templat sendiri (lihat: roadmap templates eject)')
    .addOption(
      new Option('--only <dokumen>', 'regulasi (peraturan dan lampirannya), hanya peraturan, hanya lampiran, atau berkas kerja')
        .choices(['regulasi', 'peraturan', 'lampiran', 'berkas-kerja'])
        .default('regulasi'),
    )
    .option('--salinan', 'SALINAN peraturan yang telah ditetapkan: "ttd." dan blok autentikasi Kepala Bagian Hukum')
    .option('--pdf', 'juga membuat PDF (memerlukan LibreOffice)')
    .option('--watch', 'membangun ulang setiap kali roadmap.yaml atau templat berubah')
    .option('--draft <nomor>', 'nomor draf yang ditulis di dokumen (bawaan: draf terakhir di riwayatRevisi)', positiveInt)
    .option('--final', 'dokumen final: tanpa tanda DRAF')
    .option('-j, --jobs <n>', 'jumlah proses paralel untuk beberapa proyek', positiveInt)
    .option('--json', 'ringkasan hasil dalam JSON')
    .addHelpText(
      'after',
      `
Contoh:
  $ roadmap build examples/kabupaten-sukamaju/roadmap.yaml -o draf.docx
  $ roadmap build --only berkas-kerja      # tim penyusun, daftar hadir, riwayat revisi, tabel per OPD
  $ roadmap build --salinan --final        # SALINAN untuk dibagikan setelah ditetapkan
  $ roadmap build --only lampiran --pdf
  $ roadmap build proyek/*/roadmap.yaml --out-dir keluaran/`,
    )
    .action(async (projects: string[], flags: BuildFlags) => {
      const { buildProjects } = await import('../../actions/build.js');
      const paths = projects.length > 0 ? projects : ['roadmap.yaml'];
      const options = {
        cwd: io.cwd,
        document: documentFor(flags),
        ...(flags.output ? { output: flags.output } : {}),
        ...(flags.outDir ? { outDir: flags.outDir } : {}),
        ...(flags.template ? { template: flags.template } : {}),
        ...(flags.pdf ? { pdf: true } : {}),
        ...(flags.draft !== undefined ? { draf: flags.draft } : {}),
        ...(flags.final ? { final: true } : {}),
        ...(flags.jobs !== undefined ? { jobs: flags.jobs } : {}),
      };
      const once = async () => {
        const progress = createProgressReporter(io, paths.length);
        const results = await buildProjects(paths, { ...options, onProgress: progress.onProgress });
        progress.finish();
        if (flags.json) printJson(io, results.map((r) => ('error' in r ? { project: r.project, error: String((r.error as Error).message ?? r.error) } : r)));
        const failed = results.filter((r): r is { project: string; error: unknown } => 'error' in r);
        for (const r of results) if (!('error' in r) && !flags.json) io.stdout.write(`${formatBuildResult(r, io.colorOut)}\n`);
        return failed;
      };
      if (flags.watch) {
        const { watchAndRebuild } = await import('../watch.js');
        await watchAndRebuild(io, paths, flags.template, once);
        return;
      }
      const failed = await once();
      if (failed.length === 1 && paths.length === 1) throw failed[0]!.error;
      if (failed.length > 0) {
        const { reportError } = await import('../main.js');
        for (const f of failed) {
          io.stderr.write(`${io.color.red('✖')} ${f.project}:\n`);
          reportError(f.error, io, false);
        }
        throw new Exit(ExitCode.INVALID_INPUT);
      }
    });
}

function documentFor(flags: BuildFlags): DocumentRequest {
  if (flags.only === 'berkas-kerja') {
    if (flags.salinan) throw new UsageError('E_SALINAN_BERKAS', '--salinan hanya untuk peraturan, bukan berkas kerja.');
    return { kind: 'berkas-kerja' };
  }
  const bagian = flags.only === 'regulasi' ? 'semua' : flags.only;
  return { kind: 'regulasi', bagian, ...(flags.salinan ? { salinan: true } : {}) };
}

