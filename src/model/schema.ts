/**
 * The project file (`roadmap.yaml`), defined once. This schema gives the TypeScript types
 * (types.ts), validation (parse-project.ts), defaults, and the JSON Schema editors use
 * (`roadmap schema`). YAML keys, TypeScript fields and template variables are the same words;
 * the glossary in docs/glossary.md explains each.
 */
import { z } from 'zod';
import { c1ControlMessage, findC1Control } from './c1-controls.js';

// zod writes a specialised parser for each object schema (new Function) the first time it parses
// one. A process reads a project once or twice, so that compile does not pay for itself:
// without it, `validate` on the example 176 -> 165 ms (median of 21 runs in turn); M and L
// builds and validations the same within noise (M build 789 / 796 ms, 21 runs).
z.config({ jitless: true });

export const PROFILE_IDS = ['rb2020', 'rb2023', 'rb2025'] as const;
export const JENIS_PEMERINTAH = ['kabupaten', 'kota', 'provinsi'] as const;
export const ARAH = ['naik', 'turun'] as const;

// C1 controls (U+0080-U+009F) are a wrongly decoded Windows-1252 file, never meant text: refused
// in every text field, the long prose ones included.
const noC1 = (value: string) => findC1Control(value) === undefined;
const c1Error = { error: (issue: { input: unknown }) => c1ControlMessage(String(issue.input)) };
// Made once and shared: a zod schema is immutable (each method returns a new one), and making
// one costs tens of closures, so building these anew for each of some 80 fields cost every
// command that reads a project about 10 ms.
/** A text that may be empty (prose sections). */
const PROSE = z.string().refine(noC1, c1Error);
const TEXT = z.string().trim().min(1).refine(noC1, c1Error);
const TAHUN = z.number().int().min(1945).max(2100);
const prose = () => PROSE;
const text = () => TEXT;
const tahun = () => TAHUN;
const tanggal = () =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Tanggal ditulis TTTT-BB-HH, misalnya 2025-03-17.' })
    .describe('Tanggal, ditulis TTTT-BB-HH');
const kodeOpd = () => text().describe('Kode OPD dari daftar `opd`');

/** A value per year: `{ 2025: 80, 2026: 85 }`. A target may be a number or a milestone text. */
export const Nilai = z.union([z.number(), text()]);
const perTahun = <T extends z.ZodType>(value: T) =>
  z.record(z.string().regex(/^\d{4}$/, { message: 'Kunci harus tahun empat angka, misalnya 2025.' }), value);

export const Pejabat = z
  .strictObject({
    nama: text().describe('Nama lengkap dengan gelar akademik seperti pada tanda tangan, tanpa jabatan, misalnya "Dra. Siti Nur\'aini, M.Si."'),
    pangkat: text().optional().describe('Pangkat/golongan, misalnya "Pembina Utama Muda (IV/c)"'),
    nip: text().optional(),
  })
  .describe('Pejabat penandatangan');

export const Pemerintah = z.strictObject({
  jenis: z.enum(JENIS_PEMERINTAH).describe('kabupaten, kota, atau provinsi'),
  nama: text().describe('Nama daerah tanpa "Kabupaten"/"Kota", misalnya "Pamekasan"'),
  provinsi: text().optional().describe('Provinsi (untuk kabupaten/kota)'),
  ibuKota: text().describe('Tempat penetapan, misalnya "Pamekasan" (Ditetapkan di ...)'),
  kepalaDaerah: Pejabat.describe('Bupati / Wali Kota / Gubernur'),
  sekda: Pejabat.describe('Sekretaris Daerah'),
  kepalaBagianHukum: Pejabat.optional().describe(
    'Kepala Bagian Hukum (provinsi: Kepala Biro Hukum) yang mengautentikasi SALINAN peraturan',
  ),
  logo: text().optional().describe('Berkas logo (PNG/JPEG), relatif terhadap roadmap.yaml'),
});

export const Periode = z
  .strictObject({ mulai: tahun(), selesai: tahun() })
  .refine((p) => p.selesai >= p.mulai, { message: 'Tahun selesai tidak boleh sebelum tahun mulai.', path: ['selesai'] })
  .refine((p) => p.selesai - p.mulai + 1 <= 25, { message: 'Periode paling lama 25 tahun.', path: ['selesai'] });

export const Dokumen = z.strictObject({
  judul: text().optional().describe('Judul; bawaan: "Road Map Reformasi Birokrasi Pemerintah Kabupaten X Tahun A-B"'),
  nomor: text().optional().describe('Nomor Peraturan Bupati/Wali Kota/Gubernur (kosong = titik-titik)'),
  tahun: tahun().optional().describe('Tahun peraturan'),
  tanggalDitetapkan: tanggal().optional(),
  tanggalDiundangkan: tanggal().optional(),
  nomorBeritaDaerah: text().optional(),
  kertas: z.enum(['F4', 'A4']).optional().describe('Ukuran kertas; bawaan dari set templat (F4)'),
  uuPembentukan: text()
    .optional()
    .describe('Undang-undang pembentukan daerah, ditulis lengkap; dicantumkan pada "Mengingat"'),
  perdaPerangkatDaerah: text()
    .optional()
    .describe('Perda pembentukan dan susunan perangkat daerah, ditulis lengkap; dicantumkan pada "Mengingat"'),
  dasarHukumLain: z.array(text()).default([]).describe('Dasar hukum tambahan, ditulis lengkap'),
  dasarHukum: z
    .array(text())
    .default([])
    .describe('Mengingat yang ditulis sendiri oleh Bagian Hukum; bila diisi, menggantikan seluruh daftar bawaan'),
});

export const Opd = z.strictObject({
  kode: text().regex(/^[A-Z0-9][A-Z0-9._-]*$/, {
    message: 'Kode OPD memakai huruf besar, angka, titik, garis bawah atau tanda minus, misalnya "BKPSDM".',
  }),
  nama: text().describe('Nama lengkap, misalnya "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"'),
  singkatan: text().describe('Nama singkat, misalnya "BKPSDM"'),
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
  id: text().describe('Pengenal unik indikator, misalnya "IND-01"'),
  nama: text(),
  jenis: z
    .enum(JENIS_EVALUASI_RB)
    .optional()
    .describe('indeksRb = Indeks RB dari KemenPANRB; pmprb = nilai penilaian mandiri (PMPRB/evaluasi internal). Kosong untuk indikator lain'),
  satuan: text().describe('Satuan, misalnya "%", "nilai", "indeks", "predikat"'),
  arah: z.enum(ARAH).default('naik').describe('naik = makin tinggi makin baik; turun = makin rendah makin baik'),
  baseline: Baseline.optional(),
  target: perTahun(Nilai).default({}),
  realisasi: perTahun(Nilai).default({}),
  kategori: perTahun(z.enum(KATEGORI_RB))
    .optional()
    .describe('Indeks RB dan PMPRB: kategori yang diberikan per tahun (AA, A, BB, B, CC, C, D), seperti tertulis pada LHE'),
  catatanRealisasi: perTahun(text()).default({}).describe('Keterangan realisasi per tahun (dari impor realisasi)'),
  penanggungJawab: z.array(kodeOpd()).min(1),
  referensi: text().optional().describe('Kode indikator/kegiatan utama nasional yang diacu, misalnya "KU04"'),
  sumberData: text().optional(),
});

export const Sasaran = z.strictObject({
  id: text(),
  nama: text(),
  referensi: text().optional().describe('Kode sasaran nasional, misalnya "S1"'),
  indikator: z.array(Indikator).min(1),
});

export const Triwulan = z.strictObject({ tw1: Nilai.optional(), tw2: Nilai.optional(), tw3: Nilai.optional(), tw4: Nilai.optional() });

export const Kegiatan = z.strictObject({
  id: text().describe('Pengenal unik kegiatan, misalnya "MP-01"'),
  nama: text(),
  output: text(),
  indikatorOutput: text().optional(),
  satuan: text().optional(),
  baseline: Baseline.optional().describe('Kondisi awal sebelum periode, misalnya {tahun: 2023, nilai: 17}'),
  target: perTahun(Nilai).default({}).describe('Target atau tonggak (milestone) per tahun'),
  targetTriwulan: perTahun(Triwulan).default({}).describe('Target per triwulan (TW I-IV), opsional'),
  realisasi: perTahun(Nilai).default({}),
  realisasiTriwulan: perTahun(Triwulan).default({}).describe('Realisasi per triwulan (TW I-IV), untuk laporan triwulanan'),
  catatanRealisasi: perTahun(text()).default({}).describe('Keterangan realisasi per tahun (dari impor realisasi)'),
  koordinator: kodeOpd().describe('OPD koordinator'),
  pelaksana: z.array(kodeOpd()).default([]).describe('OPD pelaksana'),
  anggaran: perTahun(z.number().nonnegative()).default({}).describe('Anggaran per tahun (Rupiah)'),
  realisasiAnggaran: perTahun(z.number().nonnegative()).default({}).describe('Anggaran yang terealisasi per tahun (Rupiah), untuk laporan pemantauan'),
  sumberDana: text().default('APBD'),
  kegiatanUtama: text().optional().describe('Kode kegiatan utama RB General (profil rb2023), misalnya "KU07"'),
  tema: text().optional().describe('Kode tema RB Tematik (profil rb2023), misalnya "T1"'),
  keterangan: text().optional(),
});

export const AreaPerubahan = z.strictObject({
  kode: text().describe('Kode area dari profil nasional, misalnya "MP", "PT"'),
  nama: text().optional().describe('Nama area; bawaan dari profil nasional'),
  kondisi: prose().default('').describe('Kondisi saat ini (teks)'),
  capaianSebelumnya: prose().default('').describe('Capaian periode sebelumnya (teks)'),
  permasalahan: z.array(text()).default([]),
  strategi: prose().default(''),
  kegiatan: z.array(Kegiatan).default([]),
});

export const Tematik = z.strictObject({
  tema: text().describe('Kode tema RB Tematik, misalnya "T1"'),
  permasalahan: prose().default(''),
  strategi: prose().default(''),
  indikator: z
    .array(Indikator)
    .default([])
    .describe('Indikator dampak tema (misalnya persentase penduduk miskin) dengan target per tahun'),
});

export const QuickWin = z.strictObject({
  id: text(),
  nama: text(),
  deskripsi: prose().default(''),
  output: text(),
  opd: kodeOpd(),
  tahun: tahun(),
  areaPerubahan: text().optional(),
  realisasi: text()
    .optional()
    .describe('Realisasi, diawali kata status: "Tercapai (diresmikan 12 Mei 2024)", "Belum tercapai; gedung belum selesai"'),
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
  tahap: z
    .enum(TAHAP_ZI)
    .describe('pencanangan, penilaianMandiri, usulanTpi (ke Inspektorat), usulanTpn (ke KemenPANRB), WBK, WBBM, tidakLolos, predikatDicabut'),
  tanggalPakta: tanggal().optional().describe('Tanggal penandatanganan pakta integritas (pada pencanangan)'),
  catatan: prose().optional().describe('Catatan, misalnya pokok LHE TPN atau alasan tidak lolos'),
});

export const UnitZi = z.strictObject({
  id: text().describe('Pengenal unit, misalnya "ZI-01"'),
  opd: kodeOpd().describe('OPD unit ini, atau OPD induknya bila unit berada di bawahnya'),
  unit: text().optional().describe('Unit di bawah OPD (puskesmas, kecamatan, UPT); kosong bila unitnya OPD itu sendiri'),
  targetPredikat: z.enum(PREDIKAT_ZI).default('WBK').describe('WBK atau WBBM'),
  targetTahun: tahun().describe('Tahun predikat ditargetkan'),
  tahapan: perTahun(TahapZi).default({}).describe('Tahap yang dicapai per tahun'),
});

const jumlahPerTahun = () => perTahun(z.number().int().nonnegative()).optional();
export const ZonaIntegritas = z.strictObject({
  target: z
    .strictObject({
      pencanangan: jumlahPerTahun().describe('Jumlah unit yang telah dicanangkan, per tahun'),
      usulanTpn: jumlahPerTahun().describe('Jumlah unit yang telah diusulkan ke TPN, per tahun'),
      WBK: jumlahPerTahun().describe('Jumlah unit berpredikat WBK atau WBBM, per tahun'),
      WBBM: jumlahPerTahun().describe('Jumlah unit berpredikat WBBM, per tahun'),
    })
    .prefault({})
    .describe('Target jumlah unit per tahap setiap tahun, misalnya seluruh 66 SKPD dicanangkan pada 2020'),
  unit: z.array(UnitZi).default([]),
});

export const Narasi = z
  .strictObject({
    kataPengantar: prose().optional(),
    latarBelakang: prose().optional(),
    maksudTujuan: prose().optional(),
    ruangLingkup: prose().optional(),
    gambaranUmum: prose().optional(),
    capaianSebelumnya: prose().optional(),
    isuStrategis: prose().optional(),
    arahKebijakan: prose().optional(),
    monitoringEvaluasi: prose().optional(),
    penutup: prose().optional(),
  })
  .describe('Teks bab-bab; paragraf dipisah baris kosong, daftar dengan "- " atau "1. "');

export const AnggotaTim = z.strictObject({
  nama: text(),
  jabatan: text().optional(),
  instansi: text().optional(),
  peran: text().default('Anggota').describe('Pengarah, Ketua, Sekretaris, Anggota, Tenaga Ahli ...'),
});

export const TimPenyusun = z.strictObject({
  mitra: z
    .strictObject({ nama: text(), unit: text().optional(), ketua: text().optional() })
    .optional()
    .describe('Perguruan tinggi mitra, misalnya Universitas Brawijaya'),
  anggota: z.array(AnggotaTim).default([]),
});

export const Lokakarya = z.strictObject({
  tanggal: tanggal(),
  tempat: text(),
  acara: text().optional(),
  pimpinan: text().optional().describe('Yang memimpin dan mengabsen, misalnya Sekda'),
  hadir: z.array(kodeOpd()).default([]).describe('Kode OPD yang hadir'),
  catatan: prose().optional(),
});

export const Revisi = z.strictObject({
  draf: z.number().int().positive(),
  tanggal: tanggal(),
  catatan: text(),
});

export const Project = z.strictObject({
  versiFormat: z.literal(1).default(1).describe('Versi format berkas'),
  profil: z.enum(PROFILE_IDS).describe('Kerangka nasional: rb2020, rb2023 (RB General + Tematik), rb2025 (transisi)'),
  pemerintah: Pemerintah,
  periode: Periode,
  dokumen: Dokumen.prefault({}),
  visi: text(),
  misi: z.array(text()).min(1),
  opd: z.array(Opd).min(1),
  sasaran: z.array(Sasaran).default([]),
  areaPerubahan: z.array(AreaPerubahan).default([]),
  tematik: z.array(Tematik).default([]),
  quickWins: z.array(QuickWin).default([]),
  zonaIntegritas: ZonaIntegritas.optional().describe('Unit kerja yang dibangun menuju WBK/WBBM dan tahap yang dicapainya'),
  narasi: Narasi.prefault({}),
  timPenyusun: TimPenyusun.prefault({}),
  lokakarya: z.array(Lokakarya).default([]),
  riwayatRevisi: z.array(Revisi).default([]),
});
