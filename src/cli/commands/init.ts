import type { Command } from 'commander';
import type { Io } from '../streams.js';
import type { InitFlags } from '../handlers/init.js';

export function registerInit(program: Command, io: Io): void {
  program
    .command('init')
    .description('wizard lokakarya: menyusun roadmap.yaml bersama OPD, lalu membuat draf DOCX pertama')
    .argument('[folder]', 'folder proyek; roadmap.yaml dibuat di dalamnya (bawaan: folder ini)')
    .option('--resume', 'lanjutkan wizard yang terhenti, mulai dari pertanyaan terakhir')
    .option('--answers <berkas>', 'jawaban dari berkas YAML, tanpa terminal (format: docs/wizard.md)')
    .option('-y, --yes', 'terima jawaban bawaan tanpa bertanya; dengan --answers: boleh menimpa roadmap.yaml (dicadangkan dulu)')
    .option('--no-build', 'jangan membuat draf DOCX di akhir')
    .addHelpText(
      'after',
      `
Contoh:
  $ roadmap init lokakarya                     wizard di terminal, menulis lokakarya/roadmap.yaml
  $ roadmap init lokakarya --resume            lanjutkan setelah Ctrl-C
  $ roadmap init lokakarya --answers jawaban.yaml   tanpa terminal (CI, skrip tahunan)`,
    )
    .action(async (folder: string | undefined, flags: InitFlags) => (await import('../handlers/init.js')).init(io, folder, flags));
}
