import { describe, expect, it } from 'vitest';
import { toLowerInitial } from './to-lower-initial.js';

describe('toLowerInitial', () => {
  it.each([
    ['Laporan evaluasi kelembagaan', 'laporan evaluasi kelembagaan'],
    ['Dokumen rencana aksi RB General', 'dokumen rencana aksi RB General'],
    ['Quick wins pelayanan perizinan', 'quick wins pelayanan perizinan'],
    ['Peraturan perundang-undangan daerah yang dievaluasi', 'peraturan perundang-undangan daerah yang dievaluasi'],
    ['Indeks kepuasan masyarakat meningkat', 'indeks kepuasan masyarakat meningkat'],
    ['Undang-Undang yang terkait', 'undang-undang yang terkait'],
    ['“Laporan” capaian', '“laporan” capaian'],
    ['Évaluasi', 'évaluasi'],
  ])('lowers %s', (phrase, expected) => {
    expect(toLowerInitial(phrase)).toBe(expected);
  });

  it.each([
    'LKE yang terisi lengkap',
    'SOP pelayanan yang dibakukan',
    'OPD yang diusulkan',
    'BerAKHLAK sebagai nilai dasar',
    'e-SAKIP terintegrasi',
    'K3 terpenuhi',
    '2 dokumen kajian',
    'Peraturan Bupati tentang Tim Reformasi Birokrasi',
    'Keputusan Bupati tentang agen perubahan',
    'Surat Edaran Sekretaris Daerah',
    'Indeks Reformasi Birokrasi naik',
    'Indeks RB naik',
    'Undang-Undang Nomor 23 Tahun 2014',
    'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    'Pemerintah Kabupaten Sukamaju',
    'Bupati menetapkan keputusan',
    'Perangkat Daerah yang membina',
    'Zona Integritas pada unit pelayanan',
    'Laporan Kinerja Instansi Pemerintah',
    'X',
    '',
    '- Laporan',
  ])('keeps %s', (phrase) => {
    expect(toLowerInitial(phrase)).toBe(phrase);
  });
});
