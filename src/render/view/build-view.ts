/**
 * Project -> the view the templates read. Everything a template would otherwise compute lives
 * here: names by kind of government, numbering, per-year columns aligned to the period,
 * activities grouped by area and by OPD, budget totals, OPD names looked up from codes.
 * Templates compile in Handlebars strict mode, so every field is present (empty, never absent).
 * One view serves the three documents (render/document-kind.ts); each reads its own part.
 */
import { getProfile, kegiatanUtamaByKode, temaByKode, areaByKode } from '../../reference/index.js';
import { checkAlignment } from '../../model/check-alignment.js';
import { dasarHukumLampiranOf, dasarHukumOf } from '../../model/dasar-hukum.js';
import { periodeTeks, yearsOf, type Indikator, type Kegiatan, type Nilai, type Project } from '../../model/types.js';
import type { DocumentRequest } from '../document-kind.js';
import type { TemplateSettings } from '../settings.js';
import { daftarSingkatan } from './abbreviations-used.js';
import { defaultProse } from './default-prose.js';
import { governmentNames } from './names.js';
import { buildLaporan } from './laporan.js';
import { buildOpdTables } from './opd-tables.js';
import { AREA_ZONA_INTEGRITAS, rencanaZonaIntegritas } from './zona-integritas.js';

export interface ViewOptions {
  document: DocumentRequest;
  /** Draft number shown on the document; absent with `final`. */
  draf?: number;
  final: boolean;
  settings: TemplateSettings;
  hasLogo: boolean;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function buildView(project: Project, options: ViewOptions) {
  const profile = getProfile(project.profil);
  const names = governmentNames(project.pemerintah);
  const years = yearsOf(project.periode);
  const periode = periodeTeks(project.periode);
  const opdMap = new Map(project.opd.map((o) => [o.kode, o]));
  const singkatan = (kode: string) => opdMap.get(kode)?.singkatan ?? kode;
  const acuan = profile.acuanNasional;
  const defaults = defaultProse(project, names, acuan);
  const narasi = Object.fromEntries(
    Object.entries(defaults).map(([key, text]) => [key, project.narasi[key as keyof typeof defaults]?.trim() || text]),
  ) as typeof defaults;

  const judul = project.dokumen.judul ?? `Road Map Reformasi Birokrasi ${names.pemerintahDaerah} Tahun ${periode}`;
  const perYear = <T>(map: Record<string, T>, empty: T) => years.map((tahun) => ({ tahun, nilai: map[String(tahun)] ?? empty }));
  const baselineOf = (b: { tahun: number; nilai: Nilai } | undefined) => (b ? { tahun: b.tahun, nilai: b.nilai } : { tahun: '', nilai: '' });

  // Areas in the order the project writes them (a regency may put its own areas first), A, B, C ...
  let nomorKegiatan = 0;
  const area = project.areaPerubahan.map((a, index) => {
    const ref = areaByKode(profile, a.kode);
    const nama = a.nama ?? ref?.nama ?? a.kode;
    const kegiatan = a.kegiatan.map((k) => kegiatanView(k, ++nomorKegiatan));
    return {
      nomor: index + 1,
      huruf: LETTERS[index] ?? String(index + 1),
      kode: a.kode,
      nama,
      deskripsi: ref?.deskripsi ?? '',
      kondisi: a.kondisi,
      capaianSebelumnya: a.capaianSebelumnya,
      permasalahan: a.permasalahan,
      strategi: a.strategi,
      kegiatan,
      jumlahKegiatan: kegiatan.length,
      totalAnggaran: sum(a.kegiatan.map((k) => totalOf(k.anggaran))),
      zonaIntegritas: (a.kode === AREA_ZONA_INTEGRITAS ? rencanaZonaIntegritas(project, singkatan) : undefined) ?? null,
    };
  });

  function kegiatanView(k: Kegiatan, nomor: number) {
    const ku = k.kegiatanUtama ? kegiatanUtamaByKode(profile, k.kegiatanUtama) : undefined;
    const tema = k.tema ? temaByKode(profile, k.tema) : undefined;
    const triwulan = Object.entries(k.targetTriwulan)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([tahun, tw]) => ({ tahun: Number(tahun), tw1: tw.tw1 ?? '', tw2: tw.tw2 ?? '', tw3: tw.tw3 ?? '', tw4: tw.tw4 ?? '' }));
    return {
      nomor,
      id: k.id,
      nama: k.nama,
      output: k.output,
      indikatorOutput: k.indikatorOutput ?? '',
      satuan: k.satuan ?? '',
      baseline: baselineOf(k.baseline),
      tahun: years.map((tahun) => ({
        tahun,
        target: k.target[String(tahun)] ?? '',
        anggaran: k.anggaran[String(tahun)] ?? 0,
        aktif: String(tahun) in k.target,
      })),
      triwulan,
      koordinator: { kode: k.koordinator, singkatan: singkatan(k.koordinator), nama: opdMap.get(k.koordinator)?.nama ?? k.koordinator },
      pelaksana: k.pelaksana.map(singkatan).join(', '),
      totalAnggaran: totalOf(k.anggaran),
      sumberDana: k.sumberDana,
      kegiatanUtama: ku ? { kode: ku.kode, nama: ku.nama } : { kode: k.kegiatanUtama ?? '', nama: '' },
      tema: tema ? { kode: tema.kode, nama: tema.nama } : { kode: k.tema ?? '', nama: '' },
      keterangan: k.keterangan ?? '',
    };
  }

  const indikatorView = (i: Indikator, nomor: number) => ({
    nomor,
    id: i.id,
    nama: i.nama,
    satuan: i.satuan,
    arah: i.arah,
    arahTeks: i.arah === 'naik' ? 'makin tinggi makin baik' : 'makin rendah makin baik',
    baseline: baselineOf(i.baseline),
    target: perYear<Nilai | ''>(i.target, ''),
    realisasi: perYear<Nilai | ''>(i.realisasi, ''),
    penanggungJawab: i.penanggungJawab.map(singkatan).join(', '),
    kodePenanggungJawab: i.penanggungJawab,
    sumberData: i.sumberData ?? '',
  });

  let nomorIndikator = 0;
  const sasaran = project.sasaran.map((s, index) => ({
    nomor: index + 1,
    id: s.id,
    nama: s.nama,
    indikator: s.indikator.map((i) => indikatorView(i, ++nomorIndikator)),
  }));
  const kegiatanSemua = area.flatMap((a) => a.kegiatan.map((k) => ({ ...k, area: a.nama, areaHuruf: a.huruf })));
  const indikatorSemua = sasaran.flatMap((s) => s.indikator);

  // RB Tematik: each theme's impact indicators per year, and the chain theme -> problem -> the
  // activities tagged with it -> their outputs, as the Portal RB and the LKE ask.
  const tematik = project.tematik.map((t, index) => {
    const ref = temaByKode(profile, t.tema);
    return {
      nomor: index + 1,
      kode: t.tema,
      nama: ref?.nama ?? t.tema,
      permasalahan: t.permasalahan,
      strategi: t.strategi,
      indikator: t.indikator.map((i, n) => indikatorView(i, n + 1)),
      kegiatan: kegiatanSemua.filter((k) => k.tema.kode === t.tema),
    };
  });

  const anggaranPerTahun = years.map((tahun) => ({ tahun, total: sum(project.areaPerubahan.flatMap((a) => a.kegiatan.map((k) => k.anggaran[String(tahun)] ?? 0))) }));
  const revisions = [...project.riwayatRevisi].sort((a, b) => a.draf - b.draf);
  const lastDraft = revisions.at(-1);
  const salinan = options.document.kind === 'regulasi' && options.document.salinan === true;
  // A SALINAN is a copy of the enacted regulation, and a regulation with its number and date of
  // enactment is enacted: neither is a draft unless a draft number is asked for.
  const ditetapkan = Boolean(project.dokumen.nomor && project.dokumen.tanggalDitetapkan);
  const drafNomor = options.final || salinan || (ditetapkan && options.draf === undefined) ? undefined : (options.draf ?? lastDraft?.draf);
  const alignment = checkAlignment(project);

  const dasarHukum = dasarHukumOf(project);

  // OPDs named in the road map, for the list of abbreviations: only where the short name differs.
  const indikatorDanDampak = [...indikatorSemua, ...tematik.flatMap((t) => t.indikator)];
  const used = new Set([
    ...project.areaPerubahan.flatMap((a) => a.kegiatan.flatMap((k) => [k.koordinator, ...k.pelaksana])),
    ...indikatorDanDampak.flatMap((i) => i.kodePenanggungJawab),
    ...project.quickWins.map((q) => q.opd),
  ]);
  const singkatanOpd = project.opd
    .filter((o) => used.has(o.kode) && o.singkatan !== o.nama)
    .map((o) => ({ singkatan: o.singkatan, nama: o.nama }));
  // Programme and institution acronyms the regulation's text uses (not the working papers').
  // Zona Integritas: the regulation prints the units and targets, not the stages reached and their notes.
  const zonaIntegritas = project.zonaIntegritas ? { ...project.zonaIntegritas, unit: project.zonaIntegritas.unit.map(({ tahapan: _, ...u }) => u) } : undefined;
  const lawText = { ...project, lokakarya: [], timPenyusun: { anggota: [] }, riwayatRevisi: [], zonaIntegritas };
  const text = `${JSON.stringify(lawText)} ${Object.values(narasi).join(' ')}`;
  const singkatanDipakai = daftarSingkatan(text, singkatanOpd);

  // The lampiran's chapters, named once for Pasal 3 ayat (2), BAB I's sistematika and the templates.
  const bab = [
    ['Pendahuluan', 'memuat latar belakang, dasar hukum, maksud dan tujuan, ruang lingkup, serta sistematika penulisan'],
    ['Kondisi Umum', 'memuat gambaran umum, capaian reformasi birokrasi periode sebelumnya, kondisi dan permasalahan setiap area perubahan, serta isu strategis'],
    ['Arah Kebijakan', 'memuat visi, misi, arah kebijakan, sasaran, indikator, dan target reformasi birokrasi, serta keselarasannya dengan road map nasional'],
    ['Strategi dan Program', `memuat strategi dan program setiap area perubahan${tematik.length > 0 ? ', reformasi birokrasi tematik,' : ''} serta program percepatan (quick wins)`],
    ['Rencana Aksi', 'memuat matriks rencana aksi setiap area perubahan dan jadwal tonggak capaian'],
    ['Pengelolaan, Pemantauan, dan Evaluasi', 'memuat pengelolaan reformasi birokrasi, rekapitulasi anggaran indikatif, serta pemantauan dan evaluasi'],
    ['Penutup', ''],
  ] as const;
  const sistematika = bab.map(([judulBab, isi], i) => ({
    bab: `BAB ${['I', 'II', 'III', 'IV', 'V', 'VI', 'VII'][i]}`,
    judul: judulBab,
    isi,
    akhir: i === bab.length - 1 ? '.' : i === bab.length - 2 ? '; dan' : ';',
  }));

  const document = options.document;
  const pejabatView = (p: { nama: string; pangkat?: string | undefined; nip?: string | undefined } | undefined) => ({
    nama: p?.nama ?? '',
    pangkat: p?.pangkat ?? '',
    nip: p?.nip ?? '',
  });

  return {
    jenisDokumen: document.kind,
    pengaturan: options.settings,
    tampil: {
      peraturan: document.kind === 'regulasi' && document.bagian !== 'lampiran',
      lampiran: document.kind === 'regulasi' && document.bagian !== 'peraturan',
      salinan,
    },
    draf: {
      aktif: drafNomor !== undefined,
      nomor: drafNomor ?? '',
      tanggal: revisions.find((r) => r.draf === drafNomor)?.tanggal ?? '',
      final: options.final,
    },
    pemerintah: {
      ...names,
      jenis: project.pemerintah.jenis,
      nama: project.pemerintah.nama,
      provinsi: project.pemerintah.provinsi ?? '',
      adaProvinsi: project.pemerintah.jenis !== 'provinsi' && Boolean(project.pemerintah.provinsi),
      ibuKota: project.pemerintah.ibuKota,
      kepalaDaerah: pejabatView(project.pemerintah.kepalaDaerah),
      sekda: pejabatView(project.pemerintah.sekda),
      kepalaBagianHukum: pejabatView(project.pemerintah.kepalaBagianHukum),
      logo: options.hasLogo,
    },
    periode: { mulai: project.periode.mulai, selesai: project.periode.selesai, teks: periode, tahun: years, jumlahTahun: years.length, satuTahun: years.length === 1 },
    dokumen: {
      judul,
      nomor: project.dokumen.nomor ?? '',
      tahun: project.dokumen.tahun ?? project.periode.mulai,
      tanggalDitetapkan: project.dokumen.tanggalDitetapkan ?? '',
      tanggalDiundangkan: project.dokumen.tanggalDiundangkan ?? '',
      nomorBeritaDaerah: project.dokumen.nomorBeritaDaerah ?? '',
    },
    profil: {
      id: profile.id,
      label: profile.label,
      acuanNasional: acuan,
      adaKegiatanUtama: profile.kegiatanUtama.length > 0,
      adaTema: profile.tema.length > 0,
    },
    dasarHukum,
    dasarHukumLampiran: dasarHukumLampiranOf(project),
    sistematika,
    visi: project.visi,
    misi: project.misi,
    narasi,
    sasaran,
    indikatorSemua,
    jumlahIndikator: indikatorSemua.length,
    area,
    jumlahKegiatan: kegiatanSemua.length,
    jumlahAreaBerkegiatan: area.filter((a) => a.kegiatan.length > 0).length,
    kegiatanSemua,
    kegiatanTriwulan: kegiatanSemua.filter((k) => k.triwulan.length > 0),
    tematik,
    quickWins: project.quickWins.map((q, index) => ({
      nomor: index + 1,
      id: q.id,
      nama: q.nama,
      deskripsi: q.deskripsi,
      output: q.output,
      opd: singkatan(q.opd),
      opdNama: opdMap.get(q.opd)?.nama ?? q.opd,
      tahun: q.tahun,
    })),
    daftarSingkatan: singkatanDipakai,
    anggaran: { perTahun: anggaranPerTahun, total: sum(anggaranPerTahun.map((a) => a.total)) },
    keselarasan: {
      ...alignment,
      ada: alignment.total > 0,
      belum: alignment.items.filter((i) => !i.covered),
      sudah: alignment.items.filter((i) => i.covered),
    },
    ...(document.kind === 'berkas-kerja' ? berkasKerja(project, kegiatanSemua, indikatorDanDampak, revisions) : emptyBerkasKerja()),
    laporan: document.kind === 'laporan' ? buildLaporan(project, names, judul, document.tahun, document.triwulan) : undefined,
  };
}

/** The working papers' parts: drafting team, workshops, revision log, per-OPD tables. */
function berkasKerja(
  project: Project,
  kegiatanSemua: Parameters<typeof buildOpdTables>[1],
  indikatorSemua: Parameters<typeof buildOpdTables>[2],
  revisions: Project['riwayatRevisi'],
) {
  const opd = buildOpdTables(project, kegiatanSemua, indikatorSemua);
  const bertugas = new Set(opd.filter((o) => o.adaTugas).map((o) => o.kode));
  return {
    opd,
    timPenyusun: {
      mitra: project.timPenyusun.mitra
        ? { nama: project.timPenyusun.mitra.nama, unit: project.timPenyusun.mitra.unit ?? '', ketua: project.timPenyusun.mitra.ketua ?? '' }
        : { nama: '', unit: '', ketua: '' },
      adaMitra: project.timPenyusun.mitra !== undefined,
      anggota: project.timPenyusun.anggota.map((a, index) => ({ nomor: index + 1, nama: a.nama, jabatan: a.jabatan ?? '', instansi: a.instansi ?? '', peran: a.peran })),
    },
    lokakarya: project.lokakarya.map((l, index) => {
      const hadir = new Set(l.hadir);
      return {
        nomor: index + 1,
        tanggal: l.tanggal,
        tempat: l.tempat,
        acara: l.acara ?? '',
        pimpinan: l.pimpinan ?? '',
        catatan: l.catatan ?? '',
        daftarHadir: project.opd.map((o, i) => ({ nomor: i + 1, singkatan: o.singkatan, nama: o.nama, hadir: hadir.has(o.kode) })),
        jumlahHadir: hadir.size,
        tidakHadirBertugas: project.opd.filter((o) => bertugas.has(o.kode) && !hadir.has(o.kode)).map((o) => ({ singkatan: o.singkatan, nama: o.nama })),
      };
    }),
    riwayatRevisi: revisions.map((r) => ({ draf: r.draf, tanggal: r.tanggal, catatan: r.catatan })),
  };
}

/** The regulation and the report do not show the working papers; strict templates still see the keys. */
function emptyBerkasKerja(): ReturnType<typeof berkasKerja> {
  return { opd: [], timPenyusun: { mitra: { nama: '', unit: '', ketua: '' }, adaMitra: false, anggota: [] }, lokakarya: [], riwayatRevisi: [] };
}

export type View = ReturnType<typeof buildView>;

function totalOf(map: Record<string, number>): number {
  return sum(Object.values(map));
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
