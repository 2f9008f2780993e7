/**
 * The project file (`roadmap.yaml`), defined once. This schema gives the TypeScript types
 * (types.ts), validation (parse-project.ts), defaults, and the JSON Schema editors use
 * (`roadmap schema`). YAML keys, TypeScript fields and template variables are the same words;
 * the glossary in docs/glossary.md explains each.
 */
import { c1ControlMessage, findC1Control } from './c1-controls.js';
import * as z from 'zod/mini';
import { describe } from './zod.js';

export const PROFILE_IDS = ['rb2020', 'rb2023', 'rb2025'] as const;
export const JENIS_PEMERINTAH = ['kabupaten', 'kota', 'provinsi'] as const;
export const ARAH = ['naik', 'turun'] as const;

// C1 controls (U+0080-U+009F) are a wrongly decoded Windows-1252 file, never meant text: refused
// in every text field, the long prose ones included.
const noC1 = (value: string) => findC1Control(value) === undefined;
const c1Error = { error: (issue: { input: unknown }) => c1ControlMessage(String(issue.input)) };
// Made once and shared: a zod schema is immutable (each function returns a new one), so the same
// one serves every field that takes it.
/** A text that may be empty (prose sections). */
const PROSE = z.string().check(z.refine(noC1, c1Error));
const TEXT = z.string().check(z.trim(), z.minLength(1), z.refine(noC1, c1Error));
const TAHUN = z.number().check(z.int(), z.gte(1945), z.lte(2100));
const prose = () => PROSE;
const text = () => TEXT;
const tahun = () => TAHUN;
const TANGGAL = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Tanggal ditulis TTTT-BB-HH, misalnya 2025-03-17.' }));
const tanggal = () => describe(TANGGAL, 'Tanggal, ditulis TTTT-BB-HH');
const kodeOpd = () => describe(text(), 'Kode OPD dari daftar `opd`');

/** A value per year: `{ 2025: 80, 2026: 85 }`. A target may be a number or a milestone text. */
export const Nilai = z.union([z.number(), text()]);
const TAHUN_KUNCI = z.string().check(z.regex(/^\d{4}$/, { message: 'Kunci harus tahun empat angka, misalnya 2025.' }));
const perTahun = <T extends z.ZodMiniType>(value: T) => z.record(TAHUN_KUNCI, value);

export const Pejabat = describe(
  z.strictObject({
    nama: describe(text(), 'Nama lengkap dengan gelar akademik seperti pada tanda tangan, tanpa jabatan, misalnya "Dra. Siti Nur\'aini, M.Si."'),
    pangkat: describe(z.optional(text()), 'Pangkat/golongan, misalnya "Pembina Utama Muda (IV/c)"'),
    nip: z.optional(text()),
  }),
  'Pejabat penandatangan',
);

export const Pemerintah = z.strictObject({
  jenis: describe(z.enum(JENIS_PEMERINTAH), 'kabupaten, kota, atau provinsi'),
  nama: describe(text(), 'Nama daerah tanpa "Kabupaten"/"Kota", misalnya "Pamekasan"'),
  provinsi: describe(z.optional(text()), 'Provinsi (untuk kabupaten/kota)'),
  ibuKota: describe(text(), 'Tempat penetapan, misalnya "Pamekasan" (Ditetapkan di ...)'),
  kepalaDaerah: describe(Pejabat, 'Bupati / Wali Kota / Gubernur'),
  sekda: describe(Pejabat, 'Sekretaris Daerah'),
  kepalaBagianHukum: describe(
    z.optional(Pejabat),
    'Kepala Bagian Hukum (provinsi: Kepala Biro Hukum) yang mengautentikasi SALINAN peraturan',
  ),
  logo: describe(z.optional(text()), 'Berkas logo (PNG/JPEG), relatif terhadap roadmap.yaml'),
});

export const Periode = z.strictObject({ mulai: tahun(), selesai: tahun() }).check(
  z.refine((p) => p.selesai >= p.mulai, { message: 'Tahun selesai tidak boleh sebelum tahun mulai.', path: ['selesai'] }),
  z.refine((p) => p.selesai - p.mulai + 1 <= 25, { message: 'Periode paling lama 25 tahun.', path: ['selesai'] }),
);

export const Dokumen = z.strictObject({
  judul: describe(z.optional(text()), 'Judul; bawaan: "Road Map Reformasi Birokrasi Pemerintah Kabupaten X Tahun A-B"'),
  nomor: describe(z.optional(text()), 'Nomor Peraturan Bupati/Wali Kota/Gubernur (kosong = titik-titik)'),
  tahun: describe(z.optional(tahun()), 'Tahun peraturan'),
  tanggalDitetapkan: z.optional(tanggal()),
  tanggalDiundangkan: z.optional(tanggal()),
  nomorBeritaDaerah: z.optional(text()),
  kertas: describe(z.optional(z.enum(['F4', 'A4'])), 'Ukuran kertas; bawaan dari set templat (F4)'),
  uuPembentukan: describe(z.optional(text()), 'Undang-undang pembentukan daerah, ditulis lengkap; dicantumkan pada "Mengingat"'),
  perdaPerangkatDaerah: describe(z.optional(text()), 'Perda pembentukan dan susunan perangkat daerah, ditulis lengkap; dicantumkan pada "Mengingat"'),
  dasarHukumLain: describe(z._default(z.array(text()), []), 'Dasar hukum tambahan, ditulis lengkap'),
  dasarHukum: describe(
    z._default(z.array(text()), []),
    'Mengingat yang ditulis sendiri oleh Bagian Hukum; bila diisi, menggantikan seluruh daftar bawaan',
  ),
});

export const Opd = z.strictObject({
  kode: text().check(
    z.regex(/^[A-Z0-9][A-Z0-9._-]*$/, {
      message: 'Kode OPD memakai huruf besar, angka, titik, garis bawah atau tanda minus, misalnya "BKPSDM".',
    }),
  ),
  nama: describe(text(), 'Nama lengkap, misalnya "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"'),
  singkatan: describe(text(), 'Nama singkat, misalnya "BKPSDM"'),
});

export const Baseline = z.strictObject({ tahun: tahun(), nilai: Nilai });

/**
 * The two RB evaluation results a road map tracks with their own rules (model/evaluasi-rb.ts):
 * the Indeks RB KemenPANRB gives, and the self-assessment (PMPRB / evaluasi internal) before it.
 */
export const JENIS_EVALUASI_RB = ['indeksRb', 'pmprb'] as const;
/** The categories of the Indeks RB, best first (Indeks RB bands; see model/evaluasi-rb.ts). */
export const KATEGORI_RB = ['AA', 'A', 'BB', 'B', 'CC', 'C', 'D'] as const;

export const Indikator = z.strictObject({
  id: describe(text(), 'Pengenal unik indikator, misalnya "IND-01"'),
  nama: text(),
  jenis: describe(
    z.optional(z.enum(JENIS_EVALUASI_RB)),
    'indeksRb = Indeks RB dari KemenPANRB; pmprb = nilai penilaian mandiri (PMPRB/evaluasi internal). Kosong untuk indikator lain',
  ),
  satuan: describe(text(), 'Satuan, misalnya "%", "nilai", "indeks", "predikat"'),
  arah: describe(z._default(z.enum(ARAH), 'naik'), 'naik = makin tinggi makin baik; turun = makin rendah makin baik'),
  baseline: z.optional(Baseline),
  target: z._default(perTahun(Nilai), {}),
  realisasi: z._default(perTahun(Nilai), {}),
  kategori: describe(
    z.optional(perTahun(z.enum(KATEGORI_RB))),
    'Indeks RB dan PMPRB: kategori yang diberikan per tahun (AA, A, BB, B, CC, C, D), seperti tertulis pada LHE',
  ),
  catatanRealisasi: describe(z._default(perTahun(text()), {}), 'Keterangan realisasi per tahun (dari impor realisasi)'),
  penanggungJawab: z.array(kodeOpd()).check(z.minLength(1)),
  referensi: describe(z.optional(text()), 'Kode indikator/kegiatan utama nasional yang diacu, misalnya "KU04"'),
  sumberData: z.optional(text()),
});

export const Sasaran = z.strictObject({
  id: text(),
  nama: text(),
  referensi: describe(z.optional(text()), 'Kode sasaran nasional, misalnya "S1"'),
  indikator: z.array(Indikator).check(z.minLength(1)),
});

export const Triwulan = z.strictObject({ tw1: z.optional(Nilai), tw2: z.optional(Nilai), tw3: z.optional(Nilai), tw4: z.optional(Nilai) });

export const Kegiatan = z.strictObject({
  id: describe(text(), 'Pengenal unik kegiatan, misalnya "MP-01"'),
  nama: text(),
  output: text(),
  indikatorOutput: z.optional(text()),
  satuan: z.optional(text()),
  baseline: describe(z.optional(Baseline), 'Kondisi awal sebelum periode, misalnya {tahun: 2023, nilai: 17}'),
  target: describe(z._default(perTahun(Nilai), {}), 'Target atau tonggak (milestone) per tahun'),
  targetTriwulan: describe(z._default(perTahun(Triwulan), {}), 'Target per triwulan (TW I-IV), opsional'),
  realisasi: z._default(perTahun(Nilai), {}),
  realisasiTriwulan: describe(z._default(perTahun(Triwulan), {}), 'Realisasi per triwulan (TW I-IV), untuk laporan triwulanan'),
  catatanRealisasi: describe(z._default(perTahun(text()), {}), 'Keterangan realisasi per tahun (dari impor realisasi)'),
  koordinator: describe(kodeOpd(), 'OPD koordinator'),
  pelaksana: describe(z._default(z.array(kodeOpd()), []), 'OPD pelaksana'),
  anggaran: describe(z._default(perTahun(z.number().check(z.nonnegative())), {}), 'Anggaran per tahun (Rupiah)'),
  realisasiAnggaran: describe(
    z._default(perTahun(z.number().check(z.nonnegative())), {}),
    'Anggaran yang terealisasi per tahun (Rupiah), untuk laporan pemantauan',
  ),
  sumberDana: z._default(text(), 'APBD'),
  kegiatanUtama: describe(z.optional(text()), 'Kode kegiatan utama RB General (profil rb2023), misalnya "KU07"'),
  tema: describe(z.optional(text()), 'Kode tema RB Tematik (profil rb2023), misalnya "T1"'),
  keterangan: z.optional(text()),
});

export const AreaPerubahan = z.strictObject({
  kode: describe(text(), 'Kode area dari profil nasional, misalnya "MP", "PT"'),
  nama: describe(z.optional(text()), 'Nama area; bawaan dari profil nasional'),
  kondisi: describe(z._default(prose(), ''), 'Kondisi saat ini (teks)'),
  capaianSebelumnya: describe(z._default(prose(), ''), 'Capaian periode sebelumnya (teks)'),
  permasalahan: z._default(z.array(text()), []),
  strategi: z._default(prose(), ''),
  kegiatan: z._default(z.array(Kegiatan), []),
});

export const Tematik = z.strictObject({
  tema: describe(text(), 'Kode tema RB Tematik, misalnya "T1"'),
  permasalahan: z._default(prose(), ''),
  strategi: z._default(prose(), ''),
  indikator: describe(z._default(z.array(Indikator), []), 'Indikator dampak tema (misalnya persentase penduduk miskin) dengan target per tahun'),
});

export const QuickWin = z.strictObject({
  id: text(),
  nama: text(),
  deskripsi: z._default(prose(), ''),
  output: text(),
  opd: kodeOpd(),
  tahun: tahun(),
  areaPerubahan: z.optional(text()),
  realisasi: describe(
    z.optional(text()),
    'Realisasi, diawali kata status: "Tercapai (diresmikan 12 Mei 2024)", "Belum tercapai; gedung belum selesai"',
  ),
});

/**
 * Zona Integritas (PermenPANRB 90/2021): the stages a unit goes through towards WBK and WBBM, in
 * order. `tidakLolos` (proposed, not granted) and `predikatDicabut` (a predicate lost) are the
 * two ways back; their place in the order is in model/zona-integritas.ts.
 */
export const TAHAP_ZI = ['pencanangan', 'penilaianMandiri', 'usulanTpi', 'usulanTpn', 'WBK', 'WBBM', 'tidakLolos', 'predikatDicabut'] as const;
/** The predicates are written as everyone writes them, so a stage reached and a target read alike. */
export const PREDIKAT_ZI = ['WBK', 'WBBM'] as const;

export const TahapZi = z.strictObject({
  tahap: describe(
    z.enum(TAHAP_ZI),
    'pencanangan, penilaianMandiri, usulanTpi (ke Inspektorat), usulanTpn (ke KemenPANRB), WBK, WBBM, tidakLolos, predikatDicabut',
  ),
  tanggalPakta: describe(z.optional(tanggal()), 'Tanggal penandatanganan pakta integritas (pada pencanangan)'),
  catatan: describe(z.optional(prose()), 'Catatan, misalnya pokok LHE TPN atau alasan tidak lolos'),
});

export const UnitZi = z.strictObject({
  id: describe(text(), 'Pengenal unit, misalnya "ZI-01"'),
  opd: describe(kodeOpd(), 'OPD unit ini, atau OPD induknya bila unit berada di bawahnya'),
  unit: describe(z.optional(text()), 'Unit di bawah OPD (puskesmas, kecamatan, UPT); kosong bila unitnya OPD itu sendiri'),
  targetPredikat: describe(z._default(z.enum(PREDIKAT_ZI), 'WBK'), 'WBK atau WBBM'),
  targetTahun: describe(tahun(), 'Tahun predikat ditargetkan'),
  tahapan: describe(z._default(perTahun(TahapZi), {}), 'Tahap yang dicapai per tahun'),
});

const jumlahPerTahun = () => z.optional(perTahun(z.number().check(z.int(), z.nonnegative())));
export const ZonaIntegritas = z.strictObject({
  target: describe(
    z.prefault(
      z.strictObject({
        pencanangan: describe(jumlahPerTahun(), 'Jumlah unit yang telah dicanangkan, per tahun'),
        usulanTpn: describe(jumlahPerTahun(), 'Jumlah unit yang telah diusulkan ke TPN, per tahun'),
        WBK: describe(jumlahPerTahun(), 'Jumlah unit berpredikat WBK atau WBBM, per tahun'),
        WBBM: describe(jumlahPerTahun(), 'Jumlah unit berpredikat WBBM, per tahun'),
      }),
      {},
    ),
    'Target jumlah unit per tahap setiap tahun, misalnya seluruh 66 SKPD dicanangkan pada 2020',
  ),
  unit: z._default(z.array(UnitZi), []),
});

export const Narasi = describe(
  z.strictObject({
    kataPengantar: z.optional(prose()),
    latarBelakang: z.optional(prose()),
    maksudTujuan: z.optional(prose()),
    ruangLingkup: z.optional(prose()),
    gambaranUmum: z.optional(prose()),
    capaianSebelumnya: z.optional(prose()),
    isuStrategis: z.optional(prose()),
    arahKebijakan: z.optional(prose()),
    monitoringEvaluasi: z.optional(prose()),
    penutup: z.optional(prose()),
  }),
  'Teks bab-bab; paragraf dipisah baris kosong, daftar dengan "- " atau "1. "',
);

export const AnggotaTim = z.strictObject({
  nama: text(),
  jabatan: z.optional(text()),
  instansi: z.optional(text()),
  peran: describe(z._default(text(), 'Anggota'), 'Pengarah, Ketua, Sekretaris, Anggota, Tenaga Ahli ...'),
});

export const TimPenyusun = z.strictObject({
  mitra: describe(
    z.optional(z.strictObject({ nama: text(), unit: z.optional(text()), ketua: z.optional(text()) })),
    'Perguruan tinggi mitra, misalnya Universitas Brawijaya',
  ),
  anggota: z._default(z.array(AnggotaTim), []),
});

export const Lokakarya = z.strictObject({
  tanggal: tanggal(),
  tempat: text(),
  acara: z.optional(text()),
  pimpinan: describe(z.optional(text()), 'Yang memimpin dan mengabsen, misalnya Sekda'),
  hadir: describe(z._default(z.array(kodeOpd()), []), 'Kode OPD yang hadir'),
  catatan: z.optional(prose()),
});

export const Revisi = z.strictObject({
  draf: z.number().check(z.int(), z.positive()),
  tanggal: tanggal(),
  catatan: text(),
});

export const Project = z.strictObject({
  versiFormat: describe(z._default(z.literal(1), 1), 'Versi format berkas'),
  profil: describe(z.enum(PROFILE_IDS), 'Kerangka nasional: rb2020, rb2023 (RB General + Tematik), rb2025 (transisi)'),
  pemerintah: Pemerintah,
  periode: Periode,
  dokumen: z.prefault(Dokumen, {}),
  visi: text(),
  misi: z.array(text()).check(z.minLength(1)),
  opd: z.array(Opd).check(z.minLength(1)),
  sasaran: z._default(z.array(Sasaran), []),
  areaPerubahan: z._default(z.array(AreaPerubahan), []),
  tematik: z._default(z.array(Tematik), []),
  quickWins: z._default(z.array(QuickWin), []),
  zonaIntegritas: describe(z.optional(ZonaIntegritas), 'Unit kerja yang dibangun menuju WBK/WBBM dan tahap yang dicapainya'),
  narasi: z.prefault(Narasi, {}),
  timPenyusun: z.prefault(TimPenyusun, {}),
  lokakarya: z._default(z.array(Lokakarya), []),
  riwayatRevisi: z._default(z.array(Revisi), []),
});
