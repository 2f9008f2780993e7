import type { AreaRef, Profile } from './types.js';
import { AREAS_RB2020, DASAR_HUKUM } from './rb2020.js';

/**
 * The 2025+ transition. No enacted GDRB 2025-2045 Perpres or Road Map RB 2025-2029 PermenPANRB
 * was found, so nothing national is asserted here: sasaran, kegiatan utama and themes are left
 * to the user. The 8 areas of 2020-2024 are offered only as a suggested, editable grouping
 * (chapters and matrix rows need some grouping until new areas are set), hence status 'inferred' and
 * areaTetap false.
 */
const AREAS_RB2025: readonly AreaRef[] = AREAS_RB2020.map((area) => ({
  ...area,
  status: 'inferred' as const,
}));

export const RB2025: Profile = {
  id: 'rb2025',
  label: 'Transisi 2025+ / GDRBN 2025-2045 (isi diisi pengguna)',
  periodeNasional: { mulai: 2025, selesai: 2029 },
  regulasi: ['SE MenPANRB 6/2025 (transisi)', 'GDRBN 2025-2045 (draf)', 'SAKP'],
  // No road-map regulation for 2025-2029 was found enacted: cite the policy, never a number.
  acuanNasional: 'Kebijakan reformasi birokrasi nasional periode 2025-2029 dalam kerangka Grand Desain Reformasi Birokrasi Nasional 2025-2045',
  status: 'unconfirmed',
  sumber: ['S13', 'S14', 'S15', 'S16', 'S17', 'S19'],
  areaPerubahan: AREAS_RB2025,
  sasaran: [],
  kegiatanUtama: [],
  tema: [],
  dasarHukum: [
    DASAR_HUKUM.uu28_1999,
    DASAR_HUKUM.uu25_2009,
    DASAR_HUKUM.uu23_2014,
    DASAR_HUKUM.uu20_2023,
    DASAR_HUKUM.uu59_2024,
    DASAR_HUKUM.pp60_2008,
    DASAR_HUKUM.pp12_2017,
    DASAR_HUKUM.perpres81_2010,
    DASAR_HUKUM.perpres54_2018,
    DASAR_HUKUM.perpres95_2018,
    {
      // Still the latest road-map regulation found, but whether it governs plans after 2024
      // is not confirmed: the user should replace it once the 2025-2029 road map is enacted.
      ...DASAR_HUKUM.permen25_2020_jo_3_2023,
      status: 'unconfirmed',
      sumber: [...DASAR_HUKUM.permen25_2020_jo_3_2023.sumber, 'Keberlakuan setelah 2024 belum terkonfirmasi'],
    },
    DASAR_HUKUM.permen9_2023,
  ],
  areaTetap: false,
  catatan:
    'Masa transisi 2025 ke atas. Kementerian PANRB sedang menyusun Grand Desain Reformasi Birokrasi Nasional (GDRBN) 2025-2045 dengan empat tahapan road map (pemerintahan digital; integrasi data dan inovasi; tata kelola yang efektif dan efisien; birokrasi berkelas dunia), dengan tahap I untuk 2025-2029, sebagai dasar transformasi tata kelola dalam RPJPN 2025-2045. Kepala daerah diminta memuat prinsip GDRBN dalam RPJPD. Pada saat referensi ini disusun, peraturan presiden tentang GDRBN maupun peraturan menteri tentang Road Map RB 2025-2029 belum ditemukan, sehingga sasaran, indikator, kegiatan utama dan tema diisi oleh pengguna. Delapan area perubahan 2020-2024 hanya disediakan sebagai usulan pengelompokan dan dapat diubah atau diganti. Perkembangan yang perlu diikuti: model akuntabilitas kinerja SAKP berbasis shared outcomes, serta penggantian Indeks SPBE dengan Indeks Pemerintah Digital.',
};
