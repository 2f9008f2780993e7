import type { Command } from 'commander';
import type { Io } from '../streams.js';

export function registerValidate(program: Command, io: Io): void {
  program
    .command('validate')
    .description('memeriksa roadmap.yaml: struktur, konsistensi, dan keselarasan dengan road map nasional')
    .argument('[proyek]', 'berkas roadmap.yaml atau foldernya', undefined)
    .option('--json', 'keluaran JSON untuk skrip')
    .addHelpText('after', '\nContoh:\n  $ roadmap validate examples/kabupaten-sukamaju/roadmap.yaml\n  $ roadmap validate --json > hasil.json')
    .action(async (project: string | undefined, flags: { json?: boolean }) => (await import('../handlers/validate.js')).validate(io, project, flags));
}
