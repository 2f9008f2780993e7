import type { Command } from 'commander';
import type { Io } from '../streams.js';

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
    .action(async (flags: { json?: boolean }) => (await import('../handlers/templates.js')).listTemplates(io, flags));

  templates
    .command('eject')
    .description('menyalin set templat bawaan ke sebuah folder untuk diubah')
    .argument('<folder>', 'folder tujuan')
    .option('--set <nama>', 'set yang disalin', 'default')
    .option('--force', 'timpa berkas yang sudah ada')
    .addHelpText('after', '\nContoh:\n  $ roadmap templates eject templat-kami\n  $ roadmap build --template templat-kami')
    .action(async (folder: string, flags: { set: string; force?: boolean }) => (await import('../handlers/templates.js')).ejectTemplates(io, folder, flags));
}
