/** `roadmap laporan`: one year's monitoring report, built like any document. */
import { printJson } from '../answer.js';
import type { Io } from '../streams.js';
import { formatBuildResult } from '../report.js';
import { outputOptions, type OutputFlags } from './output-flags.js';

export interface LaporanFlags extends OutputFlags {
  tahun: number;
  triwulan?: 1 | 2 | 3 | 4;
  json?: boolean;
}

export async function laporan(io: Io, project: string | undefined, flags: LaporanFlags): Promise<void> {
  const { buildProject } = await import('../../actions/build.js');
  const result = await buildProject(project, {
    cwd: io.cwd,
    document: { kind: 'laporan', tahun: flags.tahun, ...(flags.triwulan !== undefined ? { triwulan: flags.triwulan } : {}) },
    ...outputOptions(flags),
  });
  if (flags.json) printJson(io, result);
  else io.stdout.write(`${formatBuildResult(result, io.colorOut)}\n`);
}
