import type {
  IndikatorRef,
  KegiatanUtamaRef,
  Profile,
  TemaRef,
  Tingkat,
} from './types.js';
import { AREAS_RB2020, DASAR_HUKUM, PERMEN_25_2020, PERMENPANRB, SASARAN_RB2020 } from './rb2020.js';

/**
 * Road Map RB 2020-2024 as amended by PermenPANRB 3/2023: RB General (21 kegiatan utama with
 * mandated indicators) plus RB Tematik (themes). The 8 areas stay the grouping (they were not
 * formally abolished in the sources seen); each kegiatan utama is mapped onto one of them, a
 * mapping of our own, so each one is marked 'inferred'.
 */

const SEMUA: readonly Tingkat[] = ['kl', 'provinsi', 'kabupaten'];

/**
 * Indicator of a kegiatan utama. Most share status 'secondary' and source S4 (the portal seeds
 * that carry the K/L / Prov / Kab flags), so those are defaults; `arah` is 'naik' for all of
 * them (every RB General indicator is an index, level or percentage to be raised).
 */
function ind(
  kode: string,
  nama: string,
  satuan: string,
  berlakuUntuk: readonly Tingkat[],
  opdTipikal: readonly string[],
  extra: { skala?: string; sumber?: readonly string[]; status?: IndikatorRef['status'] } = {},
): IndikatorRef {
  return {
    kode,
    nama,
    satuan,
    arah: 'naik',
    berlakuUntuk,
    opdTipikal,
    ...(extra.skala === undefined ? {} : { skala: extra.skala }),
    status: extra.status ?? 'secondary',
    sumber: extra.sumber ?? ['S4'],
  };
}

const SUMBER_KU = ['S4', 'S6', 'S6b'] as const;
const MERIT_SKALA = 'Skor dengan kategori I-IV (rentang kategori belum terkonfirmasi)';

export const KEGIATAN_UTAMA_RB2023: readonly KegiatanUtamaRef[] = [
  {
    kode: 'KU01',
    nama: 'Penyederhanaan birokrasi/transformasi organisasi berbasis kinerja dan agile',
    area: 'PO',
    opdTipikal: ['BAG-ORG', 'BKPSDM'],
    status: 'secondary',
    sumber: SUMBER_KU,
    indikator: [
      ind(
        'KU01-I1',
        'Tingkat Implementasi Penyederhanaan Birokrasi (Persentase Penyederhanaan Struktur Organisasi)',
        '%',
        SEMUA,
        ['BAG-ORG', 'BKPSDM'],
      ),
    ],
  },
  {
    kode: 'KU02',
    nama: 'Sistem kerja baru dengan model fleksibel bagi pegawai ASN',
    area: 'PT',
    opdTipikal: ['BAG-ORG', 'BKPSDM'],
    status: 'secondary',
    sumber: SUMBER_KU,
    indikator: [
      ind('KU02-I1', 'Tingkat Capaian Sistem Kerja untuk Penyederhanaan Birokrasi', 'nilai', SEMUA, ['BAG-ORG', 'BKPSDM'], {
        skala: '0-5 (LKE 2023)',
        sumber: ['S4', 'S7'],
      }),
    ],
  },
  {
    kode: 'KU03',
    nama: 'Arsitektur SPBE Nasional',
    area: 'PT',
    opdTipikal: ['DISKOMINFO'],
    status: 'secondary',
    sumber: SUMBER_KU,
    indikator: [
      ind('KU03-I1', 'Indeks SPBE', 'indeks', SEMUA, ['DISKOMINFO'], {
        skala: '1-5; Baik > 2,6 (mulai 2025 digantikan Indeks Pemerintah Digital)',
        sumber: ['S4', 'S20', 'S37'],
      }),
      ind(
        'KU03-I2',
        'Tingkat Implementasi Kebijakan/Inisiatif Strategis Arsitektur SPBE',
        'nilai',
        SEMUA,
        ['DISKOMINFO'],
      ),
    ],
  },
  {
    kode: 'KU04',
    nama: 'Sistem Akuntabilitas Kinerja Instansi Pemerintah yang terintegrasi',
    area: 'AK',
    opdTipikal: ['BAG-ORG', 'BAPPEDA', 'INSPEKTORAT'],
    status: 'secondary',
    sumber: SUMBER_KU,
    indikator: [
      ind('KU04-I1', 'Nilai SAKIP', 'nilai', SEMUA, ['BAG-ORG', 'BAPPEDA', 'INSPEKTORAT'], {
        skala: '0-100; predikat AA..D',
        sumber: ['S4', 'S25'],
      }),
      ind('KU04-I2', 'Capaian IKU Makro', '%', ['provinsi', 'kabupaten'], ['BAPPEDA', 'BAG-ORG']),
      ind('KU04-I3', 'Capaian IKU', '%', SEMUA, ['BAG-ORG', 'BAPPEDA']),
      ind('KU04-I4', 'Indeks Perencanaan Pembangunan', 'indeks', ['kl', 'provinsi'], ['BAPPEDA']),
      ind('KU04-I5', 'Capaian Prioritas Nasional', '%', ['kl'], ['BAPPEDA']),
    ],
  },
  {
    kode: 'KU05',
    nama: 'Pelayanan publik digital (khusus Pemda)',
    area: 'PP',
    opdTipikal: ['DPMPTSP', 'DISKOMINFO'],
    status: 'secondary',
    sumber: SUMBER_KU,
    indikator: [
      // Every level flag is 0 in the S4 seed, but the name says "khusus Pemda": it is meant for
      // regional governments, so it counts for kabupaten/kota and provinsi alike.
      ind('KU05-I1', 'Tingkat Implementasi Kebijakan Transformasi Digital MPP', 'nilai', ['kabupaten', 'provinsi'], [
        'DPMPTSP',
        'DISKOMINFO',
      ]),
    ],
  },
  {
    kode: 'KU06',
    nama: 'Zona Integritas di unit kerja',
    area: 'MP',
    // "OPD unit ZI" depends on which units the regency selects; left to the user.
    opdTipikal: ['BAG-ORG', 'INSPEKTORAT'],
    status: 'secondary',
    sumber: SUMBER_KU,
    indikator: [
      ind('KU06-I1', 'Tingkat Keberhasilan Pembangunan ZI', 'nilai', SEMUA, ['BAG-ORG', 'INSPEKTORAT'], {
        skala: 'Jumlah/persentase unit kerja berpredikat WBK/WBBM',
      }),
    ],
  },
  {
    kode: 'KU07',
    nama: 'Implementasi Sistem Pengendalian Intern Pemerintah (SPIP)',
    area: 'PW',
    opdTipikal: ['INSPEKTORAT'],
    status: 'secondary',
    sumber: SUMBER_KU,
    indikator: [
      ind('KU07-I1', 'Tingkat Maturitas SPIP', 'level', SEMUA, ['INSPEKTORAT'], {
        skala: 'Level 1-5 (Peraturan BPKP 5/2021): Rintisan, Berkembang, Terdefinisi, Terkelola dan Terukur, Optimum',
        sumber: ['S4', 'S23'],
      }),
    ],
  },
  {
    kode: 'KU08',
    nama: 'Pengelolaan pengaduan masyarakat',
    area: 'PP',
    opdTipikal: ['DISKOMINFO', 'BAG-ORG', 'INSPEKTORAT'],
    status: 'secondary',
    sumber: SUMBER_KU,
    indikator: [
      ind('KU08-I1', 'Tingkat Tindak Lanjut Pengaduan Masyarakat (SP4N-LAPOR!)', '%', SEMUA, [
        'DISKOMINFO',
        'BAG-ORG',
        'INSPEKTORAT',
      ]),
    ],
  },
  {
    kode: 'KU09',
    nama: 'Upaya pencegahan korupsi',
    area: 'PW',
    opdTipikal: ['INSPEKTORAT'],
    status: 'secondary',
    sumber: SUMBER_KU,
    indikator: [
      ind('KU09-I1', 'Survei Penilaian Integritas (SPI) KPK', 'indeks', SEMUA, ['INSPEKTORAT'], {
        skala: '0-100',
      }),
    ],
  },
  {
    kode: 'KU10',
    nama: 'Tata kelola kebijakan publik',
    area: 'DK',
    opdTipikal: ['BAG-HUKUM', 'BAPPEDA'],
    status: 'secondary',
    sumber: SUMBER_KU,
    indikator: [
      ind('KU10-I1', 'Indeks Kualitas Kebijakan (IKK)', 'nilai', SEMUA, ['BAG-HUKUM', 'BAPPEDA'], {
        skala: '0-100; dinilai LAN',
        sumber: ['S4', 'S40'],
      }),
    ],
  },
  {
    kode: 'KU11',
    nama: 'Pembentukan peraturan perundang-undangan',
    area: 'DK',
    opdTipikal: ['BAG-HUKUM'],
    status: 'secondary',
    sumber: SUMBER_KU,
    indikator: [
      ind('KU11-I1', 'Indeks Reformasi Hukum (IRH)', 'nilai', SEMUA, ['BAG-HUKUM'], {
        skala: '0-100',
        sumber: ['S4', 'S40'],
      }),
    ],
  },
  {
    kode: 'KU12',
    nama: 'Arsip digital',
    area: 'PT',
    opdTipikal: ['DISPUSIP'],
    status: 'secondary',
    sumber: SUMBER_KU,
    indikator: [ind('KU12-I1', 'Tingkat Digitalisasi Arsip', 'nilai', SEMUA, ['DISPUSIP'])],
  },
  {
    kode: 'KU13',
    nama: 'Data statistik sektoral',
    area: 'PT',
    opdTipikal: ['DISKOMINFO'],
    status: 'secondary',
    sumber: SUMBER_KU,
    indikator: [
      ind(
        'KU13-I1',
        'Tingkat Kematangan Penyelenggaraan Statistik Sektoral/Indeks Pembangunan Statistik',
        'indeks',
        SEMUA,
        ['DISKOMINFO'],
        { skala: 'Dinilai BPS' },
      ),
    ],
  },
  {
    kode: 'KU14',
    nama: 'Pengadaan barang dan jasa pemerintah',
    area: 'AK',
    opdTipikal: ['BAG-PBJ'],
    status: 'secondary',
    sumber: SUMBER_KU,
    indikator: [
      ind('KU14-I1', 'Indeks Tata Kelola Pengadaan', 'indeks', SEMUA, ['BAG-PBJ'], { skala: 'Dinilai LKPP' }),
    ],
  },
  {
    kode: 'KU15',
    nama: 'Pengelolaan keuangan dan aset',
    area: 'AK',
    opdTipikal: ['BPKAD', 'INSPEKTORAT'],
    status: 'secondary',
    sumber: SUMBER_KU,
    indikator: [
      ind('KU15-I1', 'Opini BPK', 'opini', SEMUA, ['BPKAD'], { skala: 'WTP/WDP/TW/TMP' }),
      ind('KU15-I2', 'Tindak Lanjut Rekomendasi BPK', '%', SEMUA, ['INSPEKTORAT', 'BPKAD']),
      ind('KU15-I3', 'Indikator Kinerja Pelaksanaan Anggaran (IKPA)', 'nilai', ['kl'], ['BPKAD']),
      ind('KU15-I4', 'Indeks Pengelolaan Aset', 'indeks', ['kl'], ['BPKAD']),
    ],
  },
  {
    kode: 'KU16',
    nama: 'Jabatan fungsional',
    area: 'SDM',
    opdTipikal: ['BKPSDM'],
    status: 'secondary',
    sumber: SUMBER_KU,
    indikator: [ind('KU16-I1', 'Indeks Sistem Merit', 'nilai', SEMUA, ['BKPSDM'], { skala: MERIT_SKALA })],
  },
  {
    kode: 'KU17',
    nama: 'Manajemen talenta ASN',
    area: 'SDM',
    opdTipikal: ['BKPSDM'],
    status: 'secondary',
    sumber: SUMBER_KU,
    indikator: [ind('KU17-I1', 'Indeks Sistem Merit', 'nilai', SEMUA, ['BKPSDM'], { skala: MERIT_SKALA })],
  },
  {
    kode: 'KU18',
    nama: 'Kinerja pegawai ASN',
    area: 'SDM',
    opdTipikal: ['BKPSDM'],
    status: 'secondary',
    sumber: SUMBER_KU,
    indikator: [ind('KU18-I1', 'Indeks Sistem Merit', 'nilai', SEMUA, ['BKPSDM'], { skala: MERIT_SKALA })],
  },
  {
    kode: 'KU19',
    nama: 'Sistem merit',
    area: 'SDM',
    opdTipikal: ['BKPSDM'],
    status: 'secondary',
    sumber: SUMBER_KU,
    indikator: [ind('KU19-I1', 'Indeks Sistem Merit', 'nilai', SEMUA, ['BKPSDM'], { skala: MERIT_SKALA })],
  },
  {
    kode: 'KU20',
    nama: 'Core values ASN (BerAKHLAK)',
    area: 'MP',
    opdTipikal: ['BKPSDM', 'BAG-ORG'],
    status: 'secondary',
    sumber: SUMBER_KU,
    indikator: [
      ind('KU20-I1', 'Indeks BerAKHLAK', 'indeks', SEMUA, ['BKPSDM', 'BAG-ORG']),
      ind('KU20-I2', 'Employer Branding ASN', 'nilai', SEMUA, ['BKPSDM', 'BAG-ORG']),
    ],
  },
  {
    kode: 'KU21',
    nama: 'Pelayanan publik prima',
    area: 'PP',
    // "OPD penyelenggara layanan" is every service OPD; only the coordinator has a fixed code.
    opdTipikal: ['BAG-ORG'],
    status: 'secondary',
    sumber: SUMBER_KU,
    indikator: [
      ind('KU21-I1', 'Survei Kepuasan Masyarakat (SKM)', 'nilai', SEMUA, ['BAG-ORG'], {
        skala: 'Skala belum terkonfirmasi (25-100 atau 1-4)',
      }),
      ind('KU21-I2', 'Indeks Pelayanan Publik (IPP)', 'indeks', SEMUA, ['BAG-ORG'], {
        skala: '0-5; A 4,51-5,00 Pelayanan Prima; B 3,51-4,00 Baik',
        sumber: ['S4', 'S24'],
      }),
      ind('KU21-I3', 'Tingkat Kepatuhan Standar Pelayanan Publik', 'nilai', SEMUA, ['BAG-ORG'], {
        skala: 'Penilai: Ombudsman RI (belum terkonfirmasi)',
        sumber: ['S6'],
      }),
    ],
  },
];

/**
 * RB Tematik themes. The regulation-level list (S3) has four themes, the fourth being
 * "Percepatan Prioritas Aktual Presiden"; the 2023/24 evaluation tooling splits that one into
 * PDN and inflation, giving the five items regions actually report on.
 */
export const TEMA_RB2023: readonly TemaRef[] = [
  {
    kode: 'T1',
    nama: 'Pengentasan Kemiskinan',
    indikatorDampak: 'Tingkat/persentase penduduk miskin (termasuk kemiskinan ekstrem)',
    opdTipikal: ['BAPPEDA', 'DINSOS', 'DPMD'],
    status: 'confirmed',
    sumber: ['S3', 'S6b'],
  },
  {
    kode: 'T2',
    nama: 'Peningkatan Investasi (Realisasi Investasi)',
    indikatorDampak: 'Realisasi investasi (Rp)',
    opdTipikal: ['DPMPTSP'],
    status: 'confirmed',
    sumber: ['S3', 'S6b'],
  },
  {
    kode: 'T3',
    nama: 'Digitalisasi Administrasi Pemerintahan',
    // In the 2023 LKE this theme centres on stunting, hence its impact indicator.
    indikatorDampak: 'Prevalensi stunting',
    opdTipikal: ['DISKOMINFO', 'DINKES', 'BAPPEDA'],
    status: 'confirmed',
    sumber: ['S3', 'S6b'],
  },
  {
    kode: 'T4',
    nama: 'Peningkatan Penggunaan Produk Dalam Negeri (P3DN/PDN)',
    indikatorDampak: 'Tingkat penggunaan produk dalam negeri dalam belanja daerah',
    opdTipikal: ['BAG-PBJ', 'BPKAD', 'DISPERINDAG'],
    status: 'confirmed',
    sumber: ['S3', 'S4', 'S6b'],
  },
  {
    kode: 'T5',
    nama: 'Pengendalian Inflasi',
    indikatorDampak: 'Tingkat inflasi daerah',
    // TPID (the inflation task force) is a team, not an OPD, so it has no catalogue code.
    opdTipikal: ['BAG-EKON', 'DISPERINDAG'],
    status: 'confirmed',
    sumber: ['S3', 'S4', 'S6b'],
  },
];

export const RB2023: Profile = {
  id: 'rb2023',
  label: 'Road Map RB 2020-2024 sebagaimana diubah (RB General + RB Tematik)',
  periodeNasional: { mulai: 2020, selesai: 2024 },
  regulasi: [
    'PermenPANRB 3/2023',
    'PermenPANRB 9/2023 (evaluasi)',
    'KepmenPANRB 739/2023',
    'KepmenPANRB 182/2024',
  ],
  acuanNasional: `${PERMEN_25_2020} sebagaimana telah diubah dengan ${PERMENPANRB} Nomor 3 Tahun 2023`,
  // 3/2023 and 739/2023 are confirmed; 9/2023 and 182/2024 only secondary (S19).
  status: 'confirmed',
  sumber: ['S2', 'S3', 'S7', 'S19'],
  areaPerubahan: AREAS_RB2020,
  // 3/2023 changed the tujuan/sasaran (S2) but its new text could not be read, so the
  // 2020-2024 sasaran remain the editable default.
  sasaran: SASARAN_RB2020,
  kegiatanUtama: KEGIATAN_UTAMA_RB2023,
  tema: TEMA_RB2023,
  dasarHukum: [
    DASAR_HUKUM.uu28_1999,
    DASAR_HUKUM.uu25_2009,
    DASAR_HUKUM.uu23_2014,
    DASAR_HUKUM.uu20_2023,
    DASAR_HUKUM.pp60_2008,
    DASAR_HUKUM.pp12_2017,
    DASAR_HUKUM.perpres81_2010,
    DASAR_HUKUM.perpres54_2018,
    DASAR_HUKUM.perpres95_2018,
    DASAR_HUKUM.permen25_2020_jo_3_2023,
    DASAR_HUKUM.permen9_2023,
  ],
  areaTetap: true,
  catatan:
    'Kerangka Road Map Reformasi Birokrasi 2020-2024 sebagaimana diubah dengan Peraturan Menteri PANRB Nomor 3 Tahun 2023. Reformasi birokrasi dibagi menjadi RB General (isu hulu: pembenahan sistem dan tata kelola internal) yang disusun atas 21 kegiatan utama beserta indikatornya, dan RB Tematik (isu hilir: penyelesaian masalah tata kelola yang langsung dirasakan masyarakat) dengan tema pengentasan kemiskinan, peningkatan investasi, digitalisasi administrasi pemerintahan, penggunaan produk dalam negeri, dan pengendalian inflasi. Evaluasi menilai apakah road map daerah memuat seluruh kegiatan utama road map nasional (A = 100%, B ≥ 75%, C ≥ 50%, D ≥ 10%, E < 10%). Pengelompokan kegiatan utama ke dalam 8 area perubahan merupakan pemetaan usulan yang dapat diubah. Nilai "Target Baik" per indikator ditetapkan dalam Keputusan Menteri PANRB Nomor 739 Tahun 2023 dan belum terkonfirmasi, sehingga target diisi sesuai kondisi daerah.',
};
