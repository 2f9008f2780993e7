import type { Command } from 'commander';
import type { Io } from '../streams.js';
import { year } from '../option-parsers.js';

export function registerStatus(program: Command, io: Io): void {
  program
    .command('status')
    .description('ringkasan kemajuan: indikator dan kegiatan yang tercapai per sasaran, area perubahan dan OPD')
    .argument('[proyek]', 'berkas roadmap.yaml atau foldernya (bawaan: ./roadmap.yaml)')
    .option('--tahun <tahun>', 'tahun yang dilihat (bawaan: tahun terakhir yang punya realisasi)', year)
    .option('--json', 'hasil dalam JSON (bentuknya di docs/updates.md)')
    .addHelpText(
      'after',
      `
Contoh:
  $ roadmap status
  $ roadmap status examples/kabupaten-sukamaju/roadmap.yaml --tahun 2024
  $ roadmap status --json | jq '.progress.perOpd[] | select(.kegiatan.belumTercapai > 0)'`,
    )
    .action(async (project: string | undefined, flags: { tahun?: number; json?: boolean }) => (await import('../handlers/status.js')).status(io, project, flags));
}
