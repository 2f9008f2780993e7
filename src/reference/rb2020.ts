import type { AreaRef, DasarHukum, Profile, SasaranRef, Tingkat } from './types.js';

/**
 * Road Map RB 2020-2024 (PermenPANRB 25/2020, evaluated with PermenPANRB 26/2020): 8 areas of
 * change and 3 national sasaran. The 8 areas, the sasaran and the legal citations are also the
 * base of rb2023 and rb2025, so they are exported from here rather than copied.
 *
 * Every item carries `status` (how sure the research behind it is) and `sumber` (tags resolved in
 * SOURCES), so the document never asserts a secondary or unconfirmed item as fact.
 */

const SEMUA_TINGKAT: readonly Tingkat[] = ['kl', 'provinsi', 'kabupaten'];

// ---------------------------------------------------------------------------------------------
// Areas of change, each with the activities regencies typically plan in it. OPD names in the
// sources are mapped onto OPD_CATALOGUE codes; "seluruh OPD layanan" / "OPD
// unit ZI" have no single code and are left to the user.
// ---------------------------------------------------------------------------------------------

export const AREAS_RB2020: readonly AreaRef[] = [
  {
    kode: 'MP',
    nama: 'Manajemen Perubahan',
    deskripsi:
      'Komitmen pimpinan, tim RB, agen perubahan, internalisasi nilai/budaya kerja dan perubahan pola pikir ASN.',
    status: 'confirmed',
    sumber: ['S8', 'S22'],
    kegiatanTipikal: [
      {
        nama: 'Pembentukan/pemutakhiran Tim RB (pengarah dan pelaksana) dengan SK Bupati',
        output: 'SK Tim RB',
        opd: ['BAG-ORG'],
        status: 'secondary',
        sumber: ['Kode publik GitHub, rujukan indeks 71156948858', 'S33'],
      },
      {
        nama: 'Penyusunan dan penetapan Road Map RB dan rencana aksi tahunan',
        output: 'Perbup Road Map RB; dokumen rencana aksi',
        opd: ['BAG-ORG'],
        status: 'confirmed',
        sumber: ['S1', 'S29'],
      },
      {
        nama: 'Penetapan dan pembinaan agen perubahan',
        output: 'SK agen perubahan; laporan kegiatan',
        opd: ['BAG-ORG', 'BKPSDM'],
        status: 'secondary',
        sumber: ['Kode publik GitHub, rujukan indeks 7039762766'],
      },
      {
        nama: 'Internalisasi core values BerAKHLAK dan budaya kerja',
        output: 'Laporan internalisasi',
        opd: ['BKPSDM'],
        status: 'secondary',
        sumber: ['S4'],
      },
      {
        nama: 'Pencanangan dan pembangunan Zona Integritas di unit layanan',
        output: 'Dokumen pencanangan; LKE ZI unit',
        opd: ['BAG-ORG', 'INSPEKTORAT'],
        status: 'confirmed',
        sumber: ['S30', 'S22'],
      },
      {
        nama: 'Sosialisasi/komunikasi RB kepada ASN dan publik',
        output: 'Laporan sosialisasi',
        opd: ['BAG-ORG'],
        status: 'confirmed',
        sumber: ['S33'],
      },
    ],
  },
  {
    kode: 'DK',
    nama: 'Deregulasi Kebijakan',
    deskripsi:
      'Penataan dan harmonisasi regulasi/kebijakan daerah agar tidak tumpang tindih dan mendukung kemudahan berusaha; diukur antara lain lewat IKK dan IRH.',
    status: 'confirmed',
    sumber: ['S8', 'S40'],
    kegiatanTipikal: [
      {
        nama: 'Identifikasi, evaluasi, dan harmonisasi Perda/Perbup yang tumpang tindih atau menghambat',
        output: 'Daftar regulasi yang dicabut/direvisi',
        opd: ['BAG-HUKUM'],
        status: 'inferred',
        // No source names this one: it is the compilers' own default.
        sumber: [],
      },
      {
        nama: 'Penilaian mandiri Indeks Kualitas Kebijakan',
        output: 'Laporan IKK',
        opd: ['BAG-HUKUM', 'BAPPEDA'],
        status: 'secondary',
        sumber: ['S40'],
      },
      {
        nama: 'Penilaian Indeks Reformasi Hukum',
        output: 'Laporan IRH',
        opd: ['BAG-HUKUM'],
        status: 'secondary',
        sumber: ['S40'],
      },
    ],
  },
  {
    kode: 'PO',
    nama: 'Penataan dan Penguatan Organisasi',
    deskripsi:
      'Evaluasi kelembagaan, struktur yang tepat fungsi dan tepat ukuran, penyederhanaan birokrasi dan penyetaraan jabatan.',
    status: 'confirmed',
    sumber: ['S8'],
    kegiatanTipikal: [
      {
        nama: 'Evaluasi kelembagaan perangkat daerah',
        output: 'Laporan evaluasi kelembagaan',
        opd: ['BAG-ORG'],
        status: 'secondary',
        sumber: ['Kode publik GitHub, rujukan indeks 71156948858'],
      },
      {
        nama: 'Penyederhanaan struktur dan penyetaraan jabatan',
        output: 'Perbup SOTK; daftar jabatan yang disetarakan',
        opd: ['BAG-ORG', 'BKPSDM'],
        status: 'secondary',
        sumber: ['S4'],
      },
    ],
  },
  {
    kode: 'PT',
    nama: 'Penataan Tatalaksana',
    deskripsi:
      'Proses bisnis dan SOP, SPBE/pemerintahan digital, keterbukaan informasi, kearsipan, sistem kerja.',
    status: 'confirmed',
    sumber: ['S8', 'S22'],
    kegiatanTipikal: [
      {
        nama: 'Penyusunan peta proses bisnis dan SOP administrasi pemerintahan',
        output: 'Perbup peta proses bisnis; dokumen SOP',
        opd: ['BAG-ORG'],
        status: 'secondary',
        sumber: ['Kode publik GitHub, rujukan indeks 61421526887, 71156948858'],
      },
      {
        nama: 'Penyusunan dan implementasi Arsitektur dan Peta Rencana SPBE',
        output: 'Dokumen arsitektur SPBE; Indeks SPBE',
        opd: ['DISKOMINFO'],
        status: 'secondary',
        sumber: ['S4'],
      },
      {
        nama: 'Penerapan e-Office/tata naskah dinas elektronik',
        output: 'Jumlah OPD yang menerapkan e-Office',
        opd: ['DISKOMINFO'],
        status: 'secondary',
        sumber: ['S34'],
      },
      {
        nama: 'Digitalisasi arsip',
        output: 'Tingkat digitalisasi arsip',
        opd: ['DISPUSIP'],
        status: 'secondary',
        sumber: ['S4'],
      },
      {
        nama: 'Penyelenggaraan Satu Data/statistik sektoral',
        output: 'Tingkat kematangan statistik sektoral',
        opd: ['DISKOMINFO'],
        status: 'secondary',
        sumber: ['S4'],
      },
    ],
  },
  {
    kode: 'SDM',
    nama: 'Penataan Sistem Manajemen SDM Aparatur',
    deskripsi:
      'Perencanaan kebutuhan ASN, sistem merit, manajemen talenta, manajemen kinerja pegawai, pengembangan kompetensi, disiplin.',
    status: 'confirmed',
    sumber: ['S8', 'S22'],
    kegiatanTipikal: [
      {
        nama: 'Penerapan sistem merit (penilaian mandiri dan perbaikan)',
        output: 'Indeks Sistem Merit',
        opd: ['BKPSDM'],
        status: 'secondary',
        sumber: ['S4'],
      },
      {
        nama: 'Manajemen talenta dan talent pool/rencana suksesi',
        output: 'Dokumen talent pool',
        opd: ['BKPSDM'],
        status: 'secondary',
        sumber: ['S4'],
      },
      {
        nama: 'Manajemen kinerja pegawai (SKP) dan pengembangan kompetensi',
        output: 'SKP terdigitalisasi; jam pelajaran pengembangan kompetensi',
        opd: ['BKPSDM'],
        status: 'secondary',
        sumber: ['S4'],
      },
      {
        nama: 'Pengukuran Indeks Profesionalitas ASN',
        output: 'Nilai IP ASN',
        opd: ['BKPSDM'],
        status: 'secondary',
        sumber: ['S20'],
      },
    ],
  },
  {
    kode: 'AK',
    // The sources write "Penguatan Akuntabilitas (Kinerja)": the bracket only marks that both
    // forms are in use. The document needs one name, and ZI uses the long form (S22).
    nama: 'Penguatan Akuntabilitas Kinerja',
    deskripsi:
      'SAKIP (perencanaan, pengukuran, pelaporan, evaluasi kinerja), keterlibatan pimpinan, cascading kinerja.',
    status: 'confirmed',
    sumber: ['S8', 'S22', 'S25'],
    kegiatanTipikal: [
      {
        nama: 'Penyusunan/reviu IKU, Perjanjian Kinerja dan cascading kinerja',
        output: 'Perbup IKU; dokumen PK berjenjang',
        opd: ['BAG-ORG', 'BAPPEDA'],
        status: 'secondary',
        sumber: ['S25'],
      },
      {
        nama: 'Penyusunan LKjIP dan evaluasi AKIP internal perangkat daerah',
        output: 'LKjIP; LHE AKIP',
        opd: ['BAG-ORG', 'INSPEKTORAT'],
        status: 'secondary',
        sumber: ['S25'],
      },
      {
        nama: 'Perbaikan pengelolaan keuangan dan aset untuk mempertahankan opini WTP',
        output: 'Opini WTP; persentase tindak lanjut rekomendasi BPK',
        opd: ['BPKAD'],
        status: 'secondary',
        sumber: ['S4'],
      },
    ],
  },
  {
    kode: 'PW',
    nama: 'Penguatan Pengawasan',
    deskripsi:
      'SPIP, kapabilitas APIP, pengendalian gratifikasi, WBS, benturan kepentingan, pengaduan masyarakat, ZI, tindak lanjut hasil pemeriksaan.',
    status: 'confirmed',
    sumber: ['S8', 'S22'],
    kegiatanTipikal: [
      {
        nama: 'Penyelenggaraan SPIP (penilaian risiko, internalisasi, pemantauan)',
        output: 'Dokumen penilaian risiko OPD; laporan evaluasi SPIP',
        opd: ['INSPEKTORAT'],
        status: 'confirmed',
        sumber: ['S30'],
      },
      {
        nama: 'Pengendalian gratifikasi (UPG, kampanye publik, penanganan laporan)',
        output: 'Laporan pengendalian gratifikasi',
        opd: ['INSPEKTORAT'],
        status: 'confirmed',
        sumber: ['S30'],
      },
      {
        nama: 'Penanganan pengaduan masyarakat dan whistleblowing system',
        output: 'Laporan penanganan pengaduan',
        opd: ['INSPEKTORAT'],
        status: 'confirmed',
        sumber: ['S30'],
      },
      {
        nama: 'Peningkatan kapabilitas APIP',
        output: 'Level kapabilitas APIP',
        opd: ['INSPEKTORAT'],
        status: 'secondary',
        sumber: ['Kode publik GitHub, rujukan indeks 43513505765'],
      },
      {
        nama: 'Pembangunan Zona Integritas dan verifikasi laporan pembangunan ZI',
        output: 'Laporan verifikasi ZI',
        opd: ['INSPEKTORAT'],
        status: 'confirmed',
        sumber: ['S30'],
      },
    ],
  },
  {
    kode: 'PP',
    nama: 'Peningkatan Kualitas Pelayanan Publik',
    deskripsi:
      'Standar pelayanan dan maklumat, budaya pelayanan prima, SKM, pengelolaan pengaduan, inovasi, MPP dan pelayanan digital.',
    status: 'confirmed',
    sumber: ['S8', 'S22', 'S30'],
    kegiatanTipikal: [
      {
        nama: 'Penyusunan kebijakan/standar pelayanan dan maklumat pelayanan',
        output: 'Perbup/pedoman standar pelayanan',
        opd: ['BAG-ORG'],
        status: 'confirmed',
        sumber: ['S30'],
      },
      {
        nama: 'Budaya pelayanan prima',
        output: 'Pedoman standar kualitas pelayanan prima',
        opd: ['BAG-ORG'],
        status: 'confirmed',
        sumber: ['S30'],
      },
      {
        nama: 'Peningkatan sarana pelayanan terpadu (Mal Pelayanan Publik)',
        output: 'MPP beroperasi',
        opd: ['DPMPTSP'],
        status: 'confirmed',
        sumber: ['S30'],
      },
      {
        nama: 'Survei kepuasan masyarakat dan publikasi hasilnya',
        output: 'Dokumen hasil SKM yang dapat diakses publik',
        // "seluruh OPD layanan / Bagian Organisasi": every service OPD runs its own SKM; the
        // coordinating Bagian is the one code that applies everywhere.
        opd: ['BAG-ORG'],
        status: 'confirmed',
        sumber: ['S30'],
      },
      {
        nama: 'Pemanfaatan TI dan inovasi pelayanan publik',
        output: 'Inovasi pelayanan yang responsif',
        opd: ['DISKOMINFO'],
        status: 'confirmed',
        sumber: ['S30'],
      },
      {
        nama: 'Pengelolaan pengaduan pelayanan (SP4N-LAPOR!)',
        output: 'Laporan pengaduan; persentase tindak lanjut',
        opd: ['DISKOMINFO', 'BAG-ORG'],
        status: 'confirmed',
        sumber: ['S30', 'S4'],
      },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// National sasaran 2020-2024 (S20). Yearly target
// percentages are unconfirmed (annex of 25/2020 unreadable), so no targetNasional is given,
// except for the BPS anti-corruption index whose RPJMN targets are confirmed (S21).
// ---------------------------------------------------------------------------------------------

export const SASARAN_RB2020: readonly SasaranRef[] = [
  {
    kode: 'S1',
    nama: 'Birokrasi yang bersih dan akuntabel',
    status: 'secondary',
    sumber: ['S20'],
    indikator: [
      {
        kode: 'S1-I1',
        nama: 'Persentase K/L/Pemda dengan Indeks Perilaku Anti Korupsi minimal Baik',
        satuan: '%',
        arah: 'naik',
        berlakuUntuk: SEMUA_TINGKAT,
        opdTipikal: ['INSPEKTORAT'],
        status: 'secondary',
        sumber: ['S20'],
      },
      {
        kode: 'S1-I2',
        nama: 'Persentase K/L/Pemda dengan predikat SAKIP minimal B',
        satuan: '%',
        arah: 'naik',
        berlakuUntuk: SEMUA_TINGKAT,
        skala: 'Nilai 0-100; predikat AA..D',
        opdTipikal: ['BAG-ORG', 'BAPPEDA'],
        status: 'secondary',
        sumber: ['S20', 'S25'],
      },
      {
        kode: 'S1-I3',
        nama: 'Persentase K/L/Pemda dengan opini BPK WTP',
        satuan: '%',
        arah: 'naik',
        berlakuUntuk: SEMUA_TINGKAT,
        skala: 'WTP/WDP/TW/TMP',
        opdTipikal: ['BPKAD'],
        status: 'secondary',
        sumber: ['S20'],
      },
      {
        // The national BPS index (IPAK BPS), distinct from the unit-level IPAK survey
        // of Zona Integritas. Placed under S1 by us because it measures the same sasaran; it is
        // the only indicator whose national yearly targets are confirmed. 2022 is absent on
        // purpose: no target was found for that year.
        kode: 'S1-I4',
        nama: 'Indeks Perilaku Anti Korupsi nasional (BPS)',
        satuan: 'indeks',
        arah: 'naik',
        berlakuUntuk: SEMUA_TINGKAT,
        skala: 'Indeks 0-5; 3,76-5,00 sangat anti korupsi; 2,51-3,75 anti korupsi; 1,26-2,50 permisif; 0-1,25 sangat permisif',
        targetNasional: { '2020': 4.0, '2021': 4.03, '2023': 4.09, '2024': 4.14 },
        opdTipikal: ['INSPEKTORAT'],
        status: 'confirmed',
        sumber: ['S21'],
      },
    ],
  },
  {
    kode: 'S2',
    nama: 'Birokrasi yang kapabel',
    status: 'secondary',
    sumber: ['S20'],
    indikator: [
      {
        kode: 'S2-I1',
        nama: 'Persentase K/L/Pemda dengan Indeks Kelembagaan minimal Baik',
        satuan: '%',
        arah: 'naik',
        berlakuUntuk: SEMUA_TINGKAT,
        opdTipikal: ['BAG-ORG'],
        status: 'secondary',
        sumber: ['S20'],
      },
      {
        kode: 'S2-I2',
        nama: 'Persentase K/L/Pemda dengan predikat SPBE minimal Baik (Indeks SPBE > 2,6)',
        satuan: '%',
        arah: 'naik',
        berlakuUntuk: SEMUA_TINGKAT,
        skala: 'Indeks SPBE 1-5; Baik > 2,6',
        opdTipikal: ['DISKOMINFO'],
        status: 'secondary',
        sumber: ['S20'],
      },
      {
        // S20 renders the value as "100" and its meaning is unclear, hence the open unit.
        kode: 'S2-I3',
        nama: 'Indeks Profesionalitas ASN',
        satuan: 'indeks/persen',
        arah: 'naik',
        berlakuUntuk: SEMUA_TINGKAT,
        skala: 'Indeks 0-100 (kualifikasi, kompetensi, kinerja, disiplin)',
        opdTipikal: ['BKPSDM'],
        status: 'secondary',
        sumber: ['S20'],
      },
    ],
  },
  {
    kode: 'S3',
    nama: 'Pelayanan publik yang prima',
    status: 'secondary',
    sumber: ['S20'],
    indikator: [
      {
        kode: 'S3-I1',
        nama: 'Persentase K/L/Pemda dengan Indeks Pelayanan Publik kategori Baik',
        satuan: '%',
        arah: 'naik',
        berlakuUntuk: SEMUA_TINGKAT,
        skala: 'Indeks Pelayanan Publik 0-5; Baik 3,51-4,00',
        opdTipikal: ['BAG-ORG'],
        status: 'secondary',
        sumber: ['S20', 'S24'],
      },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// "Mengingat" citations, written as UU 12/2011 Lampiran II wants them: UU and PP with "(Lembaran
// Negara Republik Indonesia Tahun X Nomor Y, Tambahan Lembaran Negara Republik Indonesia Nomor Z)",
// Perpres with its Lembaran Negara where it has one, Peraturan Menteri with its Berita Negara.
// `status` grades the whole text, numbers included:
//   'confirmed'  - every number (or its absence) seen in an official text or a copy of one;
//   'secondary'  - numbers seen only in third-party pages or public code (GitHub);
//   'inferred'   - the citation is ours and a number is missing.
// A number that no source showed is left out of `teks`, never guessed; the comment says which.
// Why an item sits in a profile's list is in its comment. The UU forming the kabupaten and the
// local Perda on Perangkat Daerah come from the project file, not from here.
// ---------------------------------------------------------------------------------------------

export const PERMENPANRB = 'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi';

/** PermenPANRB 25/2020 by number and title: the road map regulation of 2020-2024. */
export const PERMEN_25_2020 = `${PERMENPANRB} Nomor 25 Tahun 2020 tentang Road Map Reformasi Birokrasi 2020-2024`;

export const DASAR_HUKUM = {
  uu28_1999: {
    // In the S29 pattern. LN/TLN identical in Sragen, Boyolali, Sukoharjo and in Perpres 81/2010.
    teks: 'Undang-Undang Nomor 28 Tahun 1999 tentang Penyelenggaraan Negara yang Bersih dan Bebas dari Korupsi, Kolusi, dan Nepotisme (Lembaran Negara Republik Indonesia Tahun 1999 Nomor 75, Tambahan Lembaran Negara Republik Indonesia Nomor 3851)',
    status: 'confirmed',
    sumber: ['S29', 'S10', 'S47'],
  },
  uu25_2009: {
    // Basis of the area Peningkatan Kualitas Pelayanan Publik. LN/TLN from PMA 65/2013 (S46);
    // LN also in Perbup Sukoharjo 62/2019 (S47) and in public code (S51).
    teks: 'Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik (Lembaran Negara Republik Indonesia Tahun 2009 Nomor 112, Tambahan Lembaran Negara Republik Indonesia Nomor 5038)',
    status: 'confirmed',
    sumber: ['S46', 'S47', 'S51'],
  },
  uu5_2014: {
    // Basis of the area SDM aparatur for 2020-2024 road maps; repealed and replaced by
    // UU 20/2023 (uu20_2023). LN/TLN from Peraturan BKN 1/2023 (S48) and public code quoting
    // Putusan MK 87/PUU-XVI/2018 (S51).
    teks: 'Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara (Lembaran Negara Republik Indonesia Tahun 2014 Nomor 6, Tambahan Lembaran Negara Republik Indonesia Nomor 5494)',
    status: 'confirmed',
    sumber: ['S48', 'S51'],
  },
  uu23_2014: {
    // In the S29 pattern (Sragen and Boyolali 2021 cite it "... terakhir dengan UU 11/2020",
    // since replaced). The chain ending with UU 6/2023 is in a regional Perda listed by the BPK
    // database (S50) and in current regional templates (S51); UU 6/2023 LN/TLN from S51 and S52.
    teks: 'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun 2014 Nomor 244, Tambahan Lembaran Negara Republik Indonesia Nomor 5587) sebagaimana telah beberapa kali diubah terakhir dengan Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang (Lembaran Negara Republik Indonesia Tahun 2023 Nomor 41, Tambahan Lembaran Negara Republik Indonesia Nomor 6856)',
    status: 'confirmed',
    sumber: ['S29', 'S50', 'S51', 'S52'],
  },
  uu20_2023: {
    // Replaces UU 5/2014. LN/TLN seen in two unrelated public code bases (S51), no official copy
    // found, hence 'secondary'.
    teks: 'Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara (Lembaran Negara Republik Indonesia Tahun 2023 Nomor 141, Tambahan Lembaran Negara Republik Indonesia Nomor 6897)',
    status: 'secondary',
    sumber: ['S51'],
  },
  uu59_2024: {
    // RPJPN 2025-2045, named by S37/S13 as the frame of the 2025+ transition. LN/TLN left out:
    // no official copy was found; one blog gives LN 2024 Nomor 194, TLN 6987 and one public code
    // base gives LN 2024 Nomor 182 (the number of Perpres 95/2018). Dots, not a guess: the
    // Bagian Hukum sees at once what to fill in from JDIH (docs/tata-naskah.md).
    teks: 'Undang-Undang Nomor 59 Tahun 2024 tentang Rencana Pembangunan Jangka Panjang Nasional Tahun 2025-2045 (Lembaran Negara Republik Indonesia Tahun 2024 Nomor ...., Tambahan Lembaran Negara Republik Indonesia Nomor ....)',
    status: 'inferred',
    sumber: ['S37', 'S13'],
  },
  pp60_2008: {
    // SPIP, basis of the evaluation and the area pengawasan (S23). LN/TLN identical in three
    // unrelated public code bases (S51); no official copy found, hence 'secondary'.
    teks: 'Peraturan Pemerintah Nomor 60 Tahun 2008 tentang Sistem Pengendalian Intern Pemerintah (Lembaran Negara Republik Indonesia Tahun 2008 Nomor 127, Tambahan Lembaran Negara Republik Indonesia Nomor 4890)',
    status: 'secondary',
    sumber: ['S23', 'S51'],
  },
  pp12_2017: {
    // In the S29 pattern. LN/TLN from the Tambahan Lembaran Negara itself (S43: "TLN No. 6041,
    // penjelasan atas LN 2017 Nomor 73"); LN 73 also in Permendagri 117/2017 (S44). Perbup Sragen
    // 68/2021 prints "Tahun 2017 Nomor 165, ... Nomor 4593": those are the numbers of the
    // repealed PP 79/2005, do not copy them.
    teks: 'Peraturan Pemerintah Nomor 12 Tahun 2017 tentang Pembinaan dan Pengawasan Penyelenggaraan Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun 2017 Nomor 73, Tambahan Lembaran Negara Republik Indonesia Nomor 6041)',
    status: 'confirmed',
    sumber: ['S29', 'S43', 'S44'],
  },
  perpres81_2010: {
    // Title as in the Perpres (S10). No Lembaran Negara number exists for it as far as the
    // sources show: PermenPANRB 25/2020 (S1) and 9/2023 (S45) cite it without one while giving
    // one for every other Perpres they cite, and Sragen/Boyolali (S29) do the same.
    teks: 'Peraturan Presiden Nomor 81 Tahun 2010 tentang Grand Design Reformasi Birokrasi 2010-2025',
    status: 'confirmed',
    sumber: ['S10', 'S1', 'S45', 'S29'],
  },
  perpres54_2018: {
    // In the S29 pattern. LN from the Mengingat of PermenPANRB 25/2020 (S1), also in S51.
    teks: 'Peraturan Presiden Nomor 54 Tahun 2018 tentang Strategi Nasional Pencegahan Korupsi (Lembaran Negara Republik Indonesia Tahun 2018 Nomor 108)',
    status: 'confirmed',
    sumber: ['S29', 'S1', 'S51'],
  },
  perpres95_2018: {
    // SPBE, basis of the digital-government indicators (S20, S37). LN from the Mengingat of
    // Permenkominfo 1/2023 (S49), also in S51.
    teks: 'Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik (Lembaran Negara Republik Indonesia Tahun 2018 Nomor 182)',
    status: 'confirmed',
    sumber: ['S49', 'S51', 'S20', 'S37'],
  },
  permen25_2020: {
    // Title as in S1. BN number from one source family only (a BPS dasar-hukum list copied in
    // several public repositories, S53), hence 'secondary'.
    teks: `${PERMEN_25_2020} (Berita Negara Republik Indonesia Tahun 2020 Nomor 441)`,
    status: 'secondary',
    sumber: ['S1', 'S29', 'S53'],
  },
  permen25_2020_jo_3_2023: {
    // Titles as in S1 and S2. Both BN numbers from the same source family as permen25_2020 (S53).
    teks: `${PERMEN_25_2020} (Berita Negara Republik Indonesia Tahun 2020 Nomor 441) sebagaimana telah diubah dengan ${PERMENPANRB} Nomor 3 Tahun 2023 tentang Perubahan atas ${PERMEN_25_2020} (Berita Negara Republik Indonesia Tahun 2023 Nomor 233)`,
    status: 'secondary',
    sumber: ['S1', 'S2', 'S29', 'S53'],
  },
  permen26_2020: {
    // Evaluation rules of 2020-2024 (S8); title as quoted in PermenPANRB 9/2023 (S45). Berita
    // Negara number not found in any source: dots for the Bagian Hukum to fill in from JDIH.
    teks: `${PERMENPANRB} Nomor 26 Tahun 2020 tentang Pedoman Evaluasi Pelaksanaan Reformasi Birokrasi (Berita Negara Republik Indonesia Tahun 2020 Nomor ....)`,
    status: 'inferred',
    sumber: ['S8', 'S45'],
  },
  permen9_2023: {
    // Replaces 26/2020 (S45, S19). Berita Negara number not found in any source: left out, add
    // it from JDIH; dots until then.
    teks: `${PERMENPANRB} Nomor 9 Tahun 2023 tentang Evaluasi Reformasi Birokrasi (Berita Negara Republik Indonesia Tahun 2023 Nomor ....)`,
    status: 'inferred',
    sumber: ['S19', 'S45'],
  },
  permen90_2021: {
    // Zona Integritas (domain.md §f: title confirmed in public code). Cited by the lampiran's
    // Dasar Hukum when the road map plans Zona Integritas units, not by the Mengingat. Berita
    // Negara number not found in any source: dots for the Bagian Hukum to fill in from JDIH.
    teks: `${PERMENPANRB} Nomor 90 Tahun 2021 tentang Pembangunan dan Evaluasi Zona Integritas Menuju Wilayah Bebas dari Korupsi dan Wilayah Birokrasi Bersih dan Melayani di Instansi Pemerintah (Berita Negara Republik Indonesia Tahun 2021 Nomor ....)`,
    status: 'inferred',
    sumber: ['S22'],
  },
} as const satisfies Record<string, DasarHukum>;

export const RB2020: Profile = {
  id: 'rb2020',
  label: 'Road Map RB 2020-2024 (8 area perubahan)',
  periodeNasional: { mulai: 2020, selesai: 2024 },
  regulasi: ['PermenPANRB 25/2020', 'PermenPANRB 26/2020 (evaluasi/PMPRB)'],
  acuanNasional: PERMEN_25_2020,
  status: 'confirmed',
  sumber: ['S1', 'S8'],
  areaPerubahan: AREAS_RB2020,
  sasaran: SASARAN_RB2020,
  kegiatanUtama: [],
  tema: [],
  // Legislation hierarchy (UU, PP, Perpres, Permen), then by year within each level.
  dasarHukum: [
    DASAR_HUKUM.uu28_1999,
    DASAR_HUKUM.uu25_2009,
    DASAR_HUKUM.uu5_2014,
    DASAR_HUKUM.uu23_2014,
    DASAR_HUKUM.pp60_2008,
    DASAR_HUKUM.pp12_2017,
    DASAR_HUKUM.perpres81_2010,
    DASAR_HUKUM.perpres54_2018,
    DASAR_HUKUM.perpres95_2018,
    DASAR_HUKUM.permen25_2020,
    DASAR_HUKUM.permen26_2020,
  ],
  areaTetap: true,
  catatan:
    'Kerangka Road Map Reformasi Birokrasi 2020-2024 sesuai Peraturan Menteri PANRB Nomor 25 Tahun 2020, dengan 8 area perubahan dan 3 sasaran nasional (birokrasi yang bersih dan akuntabel, birokrasi yang kapabel, pelayanan publik yang prima). Pelaksanaannya dievaluasi melalui PMPRB menurut Peraturan Menteri PANRB Nomor 26 Tahun 2020, dikoordinasikan oleh Inspektorat. Target tahunan nasional untuk indikator sasaran belum dapat dipastikan karena lampiran peraturan tidak terbaca; isi target sesuai kondisi daerah. Satu-satunya target nasional yang terkonfirmasi adalah target RPJMN untuk Indeks Perilaku Anti Korupsi (BPS).',
};
