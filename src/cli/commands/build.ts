import { Option, type Command } from 'commander';
import type { Io } from '../streams.js';
import { positiveInt } from '../option-parsers.js';
import type { BuildFlags } from '../handlers/build.js';

export function registerBuild(program: Command, io: Io): void {
  program
    .command('build')
    .description('membuat dokumen DOCX dari satu atau beberapa roadmap.yaml')
    .argument('[proyek...]', 'berkas roadmap.yaml atau foldernya (bawaan: ./roadmap.yaml)')
    .option('-o, --output <berkas>', 'berkas keluaran (satu proyek): NAMA.docx, atau NAMA.pdf untuk DOCX dan PDF sekaligus')
    .option('--out-dir <folder>', 'folder keluaran untuk beberapa proyek')
    .option('--template <folder>', 'set templat sendiri (lihat: roadmap templates eject)')
    .addOption(
      new Option('--only <dokumen>', 'regulasi (peraturan dan lampirannya), hanya peraturan, hanya lampiran, atau berkas kerja')
        .choices(['regulasi', 'peraturan', 'lampiran', 'berkas-kerja'])
        .default('regulasi'),
    )
    .option('--salinan', 'SALINAN peraturan yang telah ditetapkan: "ttd." dan blok autentikasi Kepala Bagian Hukum')
    .option('--pdf', 'juga membuat PDF (memerlukan LibreOffice)')
    .option('--watch', 'membangun ulang setiap kali roadmap.yaml atau templat berubah')
    .option('--draft <nomor>', 'nomor draf yang ditulis di dokumen (bawaan: draf terakhir di riwayatRevisi)', positiveInt)
    .option('--final', 'dokumen final: tanpa tanda DRAF')
    .option('-j, --jobs <n>', 'jumlah proses paralel untuk beberapa proyek (bawaan: satu per 8 proyek, paling banyak sejumlah inti prosesor)', positiveInt)
    .option('--json', 'ringkasan hasil dalam JSON (bentuknya di docs/updates.md)')
    .addHelpText(
      'after',
      `
Contoh:
  $ roadmap build examples/kabupaten-sukamaju/roadmap.yaml -o draf.docx
  $ roadmap build --only berkas-kerja      # tim penyusun, daftar hadir, riwayat revisi, tabel per OPD
  $ roadmap build --salinan --final        # SALINAN untuk dibagikan setelah ditetapkan
  $ roadmap build --only lampiran --pdf
  $ roadmap build proyek/*/roadmap.yaml --out-dir keluaran/`,
    )
    .action(async (projects: string[], flags: BuildFlags) => (await import('../handlers/build.js')).build(io, projects, flags));
}
