/** `roadmap templates list|eject`. */
import { printJson } from '../answer.js';
import type { Io } from '../streams.js';

export async function listTemplates(io: Io, flags: { json?: boolean }): Promise<void> {
  const { listTemplateSets } = await import('../../actions/templates.js');
  const sets = await listTemplateSets();
  if (flags.json) return printJson(io, sets);
  for (const set of sets) {
    io.stdout.write(`${io.colorOut.bold(set.name)} (${set.files.length} berkas)\n`);
    for (const file of set.files) io.stdout.write(`  ${file}\n`);
  }
}

export async function ejectTemplates(io: Io, folder: string, flags: { set: string; force?: boolean }): Promise<void> {
  const { ejectTemplateSet } = await import('../../actions/templates.js');
  const result = await ejectTemplateSet(folder, io.cwd, { name: flags.set, ...(flags.force ? { force: true } : {}) });
  io.stdout.write(`${result.dir}\n`);
  io.stderr.write(`${io.color.green('✔')} ${result.files} berkas disalin. Bangun dengan: roadmap build --template ${folder}\n`);
}
