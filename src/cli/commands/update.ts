import type { Command } from 'commander';
import type { Io } from '../streams.js';
import { collect, period, quarter, year } from '../option-parsers.js';
import type { UpdateFlags } from '../handlers/update.js';

export function registerUpdate(program: Command, io: Io): void {
  program
    .command('update')
    .description('mengubah roadmap.yaml lewat skrip: mengisi nilai, mengimpor realisasi, atau menggulir ke periode berikutnya')
    .argument('[proyek]', 'berkas roadmap.yaml atau foldernya (bawaan: ./roadmap.yaml)')
    .option('--set <jalur=nilai>', 'isi satu nilai; boleh berulang (lihat docs/updates.md)', collect, [])
    .option('--unset <jalur>', 'hapus satu isian; boleh berulang', collect, [])
    .option('--revisi <catatan>', 'tambahkan catatan revisi (draf berikutnya) ke riwayatRevisi')
    .option('--realisasi <berkas>', 'impor realisasi dari CSV atau XLSX (kolom id, realisasi, opsional keterangan, tahun)')
    .option('--tahun <tahun>', 'tahun realisasi (untuk --realisasi dan --template-realisasi)', year)
    .option('--partial', 'dengan --realisasi: simpan baris yang benar walaupun ada baris yang salah')
    .option('--template-realisasi <berkas.xlsx>', 'tulis templat XLSX siap isi untuk OPD')
    .option('--per-opd', 'dengan --template-realisasi: satu lembar per OPD')
    .option('--triwulan <n>', 'dengan --template-realisasi: templat triwulan 1-4 (kegiatan dengan target triwulan itu)', quarter)
    .option('--roll <mulai-selesai>', 'buat road map periode berikutnya di berkas baru', period)
    .option('-o, --output <berkas>', 'dengan --roll: berkas baru (bawaan: roadmap-MULAI-SELESAI.yaml)')
    .option('--force', 'dengan --roll atau --template-realisasi: timpa berkas keluaran yang sudah ada')
    .option('--dry-run', 'tampilkan perubahan tanpa menulis berkas')
    .option('--json', 'hasil dalam JSON (bentuknya di docs/updates.md)')
    .addHelpText(
      'after',
      `
Contoh:
  $ roadmap update --set indikator:IND-03.target.2026=75
  $ roadmap update --set 'pemerintah.kepalaDaerah.nama=H. Ahmad' --revisi "Pergantian bupati" --dry-run
  $ roadmap update --template-realisasi realisasi-2025.xlsx --tahun 2025 --per-opd
  $ roadmap update --template-realisasi realisasi-2025-tw2.xlsx --tahun 2025 --triwulan 2
  $ roadmap update --realisasi realisasi-2025.xlsx --tahun 2025
  $ roadmap update --roll 2029-2033 -o ../2029/roadmap.yaml

Kode keluar: 0 berhasil; 1 masukan salah (termasuk baris realisasi yang salah, juga dengan --partial); 2 perintah salah tulis.`,
    )
    .action(async (project: string | undefined, flags: UpdateFlags) => (await import('../handlers/update.js')).update(io, project, flags));
}
