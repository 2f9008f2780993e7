import type { Command } from 'commander';
import type { Io } from '../streams.js';
import { quarter, year } from '../option-parsers.js';
import type { LaporanFlags } from '../handlers/laporan.js';

export function registerLaporan(program: Command, io: Io): void {
  program
    .command('laporan')
    .description('membuat laporan pemantauan dan evaluasi pelaksanaan road map untuk satu tahun atau satu triwulan (DOCX)')
    .argument('[proyek]', 'berkas roadmap.yaml atau foldernya (bawaan: ./roadmap.yaml)')
    .requiredOption('--tahun <tahun>', 'tahun yang dilaporkan (di dalam periode road map)', year)
    .option('--triwulan <n>', 'laporan triwulan 1-4: kegiatan rencana aksi terhadap target triwulannya', quarter)
    .option('-o, --output <berkas>', 'berkas DOCX keluaran (bawaan: <proyek>-laporan-<tahun>[-tw<n>].docx)')
    .option('--out-dir <folder>', 'folder keluaran')
    .option('--template <folder>', 'set templat sendiri (lihat: roadmap templates eject)')
    .option('--pdf', 'juga membuat PDF (memerlukan LibreOffice)')
    .option('--json', 'ringkasan hasil dalam JSON')
    .addHelpText(
      'after',
      `
Contoh:
  $ roadmap laporan examples/kabupaten-sukamaju --tahun 2025
  $ roadmap laporan --tahun 2025 --triwulan 2   # realisasi triwulan dari kolom "triwulan" berkas realisasi
  $ roadmap laporan --tahun 2024 --pdf

Angka capaian sama dengan \`roadmap status --tahun TAHUN\`; realisasi dicatat dengan \`roadmap update --realisasi\`.`,
    )
    .action(async (project: string | undefined, flags: LaporanFlags) => (await import('../handlers/laporan.js')).laporan(io, project, flags));
}
