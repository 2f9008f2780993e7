import type { Command } from 'commander';
import type { Io } from '../io.js';
import { printJson } from '../report.js';

export function registerTemplates(program: Command, io: Io): void {
  const templates = program
    .command('templates')
    .description('set templat dokumen: melihat dan menyalin untuk diubah')
    .addHelpText('after', '\nContoh:\n  $ roadmap templates list\n  $ roadmap templates eject templat-kami\n  $ roadmap build --template templat-kami');

  templates
    .command('list')
    .description('daftar set templat bawaan')
    .option('--json', 'keluaran JSON')
    .addHelpText('after', '\nContoh:\n  $ roadmap templates list')
    .action(async (flags: { json?: boolean }) => {
      const { listTemplateSets } = await import('../../actions/templates.js');
      const sets = await listTemplateSets();
      if (flags.json) return printJson(io, sets);
      for (const set of sets) {
        io.stdout.write(`${io.color.bold(set.name)} (${set.files.length} berkas)\n`);
        for (const file of set.files) io.stdout.write(`  ${file}\n`);
      }
    });

  templates
    .command('eject')
    .description('menyalin set templat bawaan ke sebuah folder untuk diubah')
    .argument('<folder>', 'folder tujuan')
    .option('--set <nama>', 'set yang disalin', 'default')
    .option('--force', 'timpa berkas yang sudah ada')
    .addHelpText('after', '\nContoh:\n  $ roadmap templates eject templat-kami\n  $ roadmap build --template templat-kami')
    .action(async (folder: string, flags: { set: string; force?: boolean }) => {
      const { ejectTemplateSet } = await import('../../actions/templates.js');
      const result = await ejectTemplateSet(folder, io.cwd, { name: flags.set, ...(flags.force ? { force: true } : {}) });
      io.stdout.write(`${result.dir}\n`);
      io.stderr.write(`${io.color.green('✔')} ${result.files} berkas disalin. Bangun dengan: roadmap build --template ${folder}\n`);
    });
}
