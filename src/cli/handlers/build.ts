/** `roadmap build`: the flags -> buildProjects -> one line per document, or JSON. */
import { isBuildFailure } from '../../actions/build-types.js';
import { ExitCode, UsageError } from '../../errors.js';
import type { DocumentRequest } from '../../render/document-kind.js';
import { errorJson, printJson, reportError } from '../answer.js';
import { Exit } from '../exit.js';
import type { Io } from '../streams.js';
import { createProgressReporter, formatBuildResult } from '../report.js';
import { outputOptions, type OutputFlags } from './output-flags.js';

type Only = 'regulasi' | 'peraturan' | 'lampiran' | 'berkas-kerja';

export interface BuildFlags extends OutputFlags {
  only: Only;
  salinan?: boolean;
  watch?: boolean;
  draft?: number;
  final?: boolean;
  jobs?: number;
  json?: boolean;
}

export async function build(io: Io, projects: string[], flags: BuildFlags): Promise<void> {
  const { buildProjects } = await import('../../actions/build.js');
  const paths = projects.length > 0 ? projects : ['roadmap.yaml'];
  const options = {
    cwd: io.cwd,
    document: documentFor(flags),
    ...outputOptions(flags),
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
      for (const r of results) if (!isBuildFailure(r)) io.stdout.write(`${formatBuildResult(r, io.colorOut)}\n`);
      return results.filter(isBuildFailure);
    });
    return;
  }

  const results = await once();
  // One project: its error is the command's error (answer.ts says it, also as JSON).
  if (paths.length === 1 && isBuildFailure(results[0]!)) throw results[0].error;
  if (flags.json) printJson(io, results.map((r) => (isBuildFailure(r) ? { project: r.project, error: errorJson(r.error, io.cwd) } : r)));
  else for (const r of results) if (!isBuildFailure(r)) io.stdout.write(`${formatBuildResult(r, io.colorOut)}\n`);
  const failures = results.filter(isBuildFailure);
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
