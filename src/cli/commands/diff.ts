import type { Command } from 'commander';
import type { Io } from '../streams.js';

export function registerDiff(program: Command, io: Io): void {
  program
    .command('diff')
    .description('apa yang berubah di antara dua revisi roadmap.yaml (dua berkas, atau berkas dan revisi git)')
    .argument('<a>', 'berkas roadmap.yaml, atau revisi git (HEAD~1, git:main) dari berkas lainnya')
    .argument('<b>', 'berkas roadmap.yaml, atau revisi git')
    .option('--json', 'daftar perubahan dalam JSON (bentuknya di docs/updates.md)')
    .option('--docx <berkas>', 'tulis daftar perubahan sebagai tabel DOCX untuk lampiran revisi')
    .addHelpText(
      'after',
      `
Contoh:
  $ roadmap diff draf-2/roadmap.yaml draf-3/roadmap.yaml
  $ roadmap diff roadmap.yaml HEAD~1          perubahan sejak commit sebelumnya
  $ roadmap diff roadmap.yaml git:v1.0 --docx daftar-perubahan.docx

Revisi git selalu dianggap sisi yang lebih lama. Kode keluar 0 juga bila ada perubahan.`,
    )
    .action(async (a: string, b: string, flags: { json?: boolean; docx?: string }) => (await import('../handlers/diff.js')).diff(io, a, b, flags));
}
