/** `roadmap build`: the flags -> buildProjects -> one line per document, or JSON. */
import type { BuildResult } from '../../actions/build.js';
import { ExitCode, UsageError } from '../../errors.js';
import type { DocumentRequest } from '../../render/document-kind.js';
import { errorJson, printJson, reportError } from '../answer.js';
import { Exit } from '../exit.js';
import type { Io } from '../io.js';
import { createProgressReporter, formatBuildResult } from '../report.js';

type Only = 'regulasi' | 'peraturan' | 'lampiran' | 'berkas-kerja';

export interface BuildFlags {
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

type Outcome = BuildResult | { project: string; error: unknown };
const failed = (r: Outcome): r is { project: string; error: unknown } => 'error' in r;

export async function build(io: Io, projects: string[], flags: BuildFlags): Promise<void> {
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
    return results;
  };

  if (flags.watch) {
    const { watchAndRebuild } = await import('../watch.js');
    await watchAndRebuild(io, paths, flags.template, async () => {
      const results = await once();
      for (const r of results) if (!failed(r)) io.stdout.write(`${formatBuildResult(r, io.colorOut)}\n`);
      return results.filter(failed);
    });
    return;
  }

  const results = await once();
  // One project: its error is the command's error (main.ts prints it, also as JSON).
  if (paths.length === 1 && failed(results[0]!)) throw results[0].error;
  if (flags.json) printJson(io, results.map((r) => (failed(r) ? { project: r.project, error: errorJson(r.error, io.cwd) } : r)));
  else for (const r of results) if (!failed(r)) io.stdout.write(`${formatBuildResult(r, io.colorOut)}\n`);
  const failures = results.filter(failed);
  if (failures.length === 0) return;
  let exit: number = ExitCode.INVALID_INPUT;
  for (const f of failures) {
    io.stderr.write(`${io.color.red('✖')} ${f.project}:\n`);
    exit = Math.max(exit, reportError(f.error, io));
  }
  throw new Exit(exit);
}

function documentFor(flags: BuildFlags): DocumentRequest {
  if (flags.only === 'berkas-kerja') {
    if (flags.salinan) throw new UsageError('E_SALINAN_BERKAS', '--salinan hanya untuk peraturan, bukan berkas kerja.');
    return { kind: 'berkas-kerja' };
  }
  const bagian = flags.only === 'regulasi' ? 'semua' : flags.only;
  return { kind: 'regulasi', bagian, ...(flags.salinan ? { salinan: true } : {}) };
}
