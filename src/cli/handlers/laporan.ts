/** `roadmap laporan`: one year's monitoring report, built like any document. */
import { printJson } from '../answer.js';
import type { Io } from '../io.js';
import { formatBuildResult } from '../report.js';

export interface LaporanFlags {
  tahun: number;
  triwulan?: 1 | 2 | 3 | 4;
  output?: string;
  outDir?: string;
  template?: string;
  pdf?: boolean;
  json?: boolean;
}

export async function laporan(io: Io, project: string | undefined, flags: LaporanFlags): Promise<void> {
  const { buildProject } = await import('../../actions/build.js');
  const result = await buildProject(project, {
    cwd: io.cwd,
    document: { kind: 'laporan', tahun: flags.tahun, ...(flags.triwulan !== undefined ? { triwulan: flags.triwulan } : {}) },
    ...(flags.output ? { output: flags.output } : {}),
    ...(flags.outDir ? { outDir: flags.outDir } : {}),
    ...(flags.template ? { template: flags.template } : {}),
    ...(flags.pdf ? { pdf: true } : {}),
  });
  if (flags.json) printJson(io, result);
  else io.stdout.write(`${formatBuildResult(result, io.colorOut)}\n`);
}
