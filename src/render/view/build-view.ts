/**
 * Project -> the view the templates read. Everything a template would otherwise compute lives
 * here: names by kind of government, numbering, per-year columns aligned to the period,
 * activities grouped by area and by OPD, budget totals, OPD names looked up from codes.
 * Templates compile in Handlebars strict mode, so every field is present (empty, never absent).
 */
import type { Profile } from '../../reference/types.js';
import { getProfile, kegiatanUtamaByKode, temaByKode, areaByKode } from '../../reference/index.js';
import { checkAlignment } from '../../model/check-alignment.js';
import { yearsOf, type Kegiatan, type Nilai, type Project } from '../../model/types.js';
import type { TemplateSettings } from '../settings.js';
import { defaultProse } from './default-prose.js';
import { governmentNames } from './names.js';
import { acuanNasional } from './acuan.js';
import { buildMonitoring } from './monitoring.js';

export interface ViewOptions {
  only: 'semua' | 'peraturan' | 'lampiran';
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
  const periodeTeks = `${project.periode.mulai}-${project.periode.selesai}`;
  const opdMap = new Map(project.opd.map((o) => [o.kode, o]));
  const singkatan = (kode: string) => opdMap.get(kode)?.singkatan ?? kode;
  const acuan = acuanNasional(project.profil);
  const defaults = defaultProse(project, names, acuan);
  const narasi = Object.fromEntries(
    Object.entries(defaults).map(([key, text]) => [key, project.narasi[key as keyof typeof defaults]?.trim() || text]),
  ) as typeof defaults;

  const judul = project.dokumen.judul ?? `Road Map Reformasi Birokrasi ${names.pemerintahDaerah} Tahun ${periodeTeks}`;
  const perYear = <T>(map: Record<string, T>, empty: T) => years.map((tahun) => ({ tahun, nilai: map[String(tahun)] ?? empty }));

  // Areas in the profile's order first (then any of the user's own), numbered A, B, C ...
  const areas = [...project.areaPerubahan].sort((a, b) => areaOrder(profile, a.kode) - areaOrder(profile, b.kode));
  let nomorKegiatan = 0;
  const area = areas.map((a, index) => {
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

  let nomorIndikator = 0;
  const sasaran = project.sasaran.map((s, index) => ({
    nomor: index + 1,
    id: s.id,
    nama: s.nama,
    indikator: s.indikator.map((i) => ({
      nomor: ++nomorIndikator,
      id: i.id,
      nama: i.nama,
      satuan: i.satuan,
      arah: i.arah,
      arahTeks: i.arah === 'naik' ? 'makin tinggi makin baik' : 'makin rendah makin baik',
      baseline: i.baseline ? { tahun: i.baseline.tahun, nilai: i.baseline.nilai } : { tahun: '', nilai: '' },
      target: perYear<Nilai | ''>(i.target, ''),
      realisasi: perYear<Nilai | ''>(i.realisasi, ''),
      penanggungJawab: i.penanggungJawab.map(singkatan).join(', '),
      sumberData: i.sumberData ?? '',
    })),
  }));

  // One responsibility table per OPD: what it coordinates, implements, and answers for.
  const kegiatanSemua = area.flatMap((a) => a.kegiatan.map((k) => ({ ...k, area: a.nama, areaHuruf: a.huruf })));
  const indikatorSemua = sasaran.flatMap((s) => s.indikator);
  // Raw activities in the same (sorted) order as kegiatanSemua, so index i is the same activity.
  const rawKegiatan = areas.flatMap((a) => a.kegiatan);
  const indikatorOwners = project.sasaran.flatMap((s) => s.indikator.map((i) => i.penanggungJawab));
  const opd = project.opd.map((o, index) => {
    const peran = kegiatanSemua.flatMap((k, i) => {
      const raw = rawKegiatan[i]!;
      const koordinator = raw.koordinator === o.kode;
      const pelaksana = raw.pelaksana.includes(o.kode);
      if (!koordinator && !pelaksana) return [];
      return [{ ...k, peran: koordinator ? (pelaksana ? 'Koordinator, pelaksana' : 'Koordinator') : 'Pelaksana' }];
    });
    const indikator = indikatorSemua.filter((_, i) => indikatorOwners[i]!.includes(o.kode));
    const quickWins = project.quickWins.filter((q) => q.opd === o.kode).map((q) => ({ id: q.id, nama: q.nama, tahun: q.tahun }));
    return {
      nomor: index + 1,
      kode: o.kode,
      nama: o.nama,
      singkatan: o.singkatan,
      kegiatan: peran,
      indikator,
      quickWins,
      jumlahKoordinator: peran.filter((p) => p.peran.startsWith('Koordinator')).length,
      jumlahPelaksana: peran.length,
      adaTugas: peran.length + indikator.length + quickWins.length > 0,
    };
  });

  const anggaranPerTahun = years.map((tahun) => ({ tahun, total: sum(project.areaPerubahan.flatMap((a) => a.kegiatan.map((k) => k.anggaran[String(tahun)] ?? 0))) }));
  const revisions = [...project.riwayatRevisi].sort((a, b) => a.draf - b.draf);
  const lastDraft = revisions.at(-1);
  const drafNomor = options.final ? undefined : (options.draf ?? lastDraft?.draf);
  const alignment = checkAlignment(project);

  const dasarHukum = [
    'Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945',
    ...(project.dokumen.uuPembentukan ? [project.dokumen.uuPembentukan] : []),
    ...profile.dasarHukum.filter((d) => !d.berlakuUntuk || d.berlakuUntuk.includes(tingkatOf(project))).map((d) => d.teks),
    ...(project.dokumen.perdaPerangkatDaerah ? [project.dokumen.perdaPerangkatDaerah] : []),
    ...project.dokumen.dasarHukumLain,
  ];

  return {
    pengaturan: options.settings,
    tampil: { peraturan: options.only !== 'lampiran', lampiran: options.only !== 'peraturan' },
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
      kepalaDaerah: { nama: project.pemerintah.kepalaDaerah.nama, pangkat: project.pemerintah.kepalaDaerah.pangkat ?? '', nip: project.pemerintah.kepalaDaerah.nip ?? '' },
      sekda: { nama: project.pemerintah.sekda.nama, pangkat: project.pemerintah.sekda.pangkat ?? '', nip: project.pemerintah.sekda.nip ?? '' },
      logo: options.hasLogo,
    },
    periode: { mulai: project.periode.mulai, selesai: project.periode.selesai, teks: periodeTeks, tahun: years, jumlahTahun: years.length },
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
      catatan: profile.catatan,
    },
    dasarHukum,
    visi: project.visi,
    misi: project.misi,
    narasi,
    sasaran,
    indikatorSemua,
    jumlahIndikator: indikatorSemua.length,
    area,
    jumlahKegiatan: kegiatanSemua.length,
    kegiatanSemua,
    kegiatanTriwulan: kegiatanSemua.filter((k) => k.triwulan.length > 0),
    tematik: project.tematik.map((t, index) => {
      const ref = temaByKode(profile, t.tema);
      return { nomor: index + 1, kode: t.tema, nama: ref?.nama ?? t.tema, indikatorDampak: ref?.indikatorDampak ?? '', permasalahan: t.permasalahan, strategi: t.strategi };
    }),
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
    opd,
    anggaran: { perTahun: anggaranPerTahun, total: sum(anggaranPerTahun.map((a) => a.total)) },
    keselarasan: {
      ...alignment,
      belum: alignment.items.filter((i) => !i.covered),
      sudah: alignment.items.filter((i) => i.covered),
    },
    monitoring: buildMonitoring(project),
    timPenyusun: {
      mitra: project.timPenyusun.mitra
        ? { nama: project.timPenyusun.mitra.nama, unit: project.timPenyusun.mitra.unit ?? '', ketua: project.timPenyusun.mitra.ketua ?? '' }
        : { nama: '', unit: '', ketua: '' },
      adaMitra: project.timPenyusun.mitra !== undefined,
      anggota: project.timPenyusun.anggota.map((a, index) => ({ nomor: index + 1, nama: a.nama, jabatan: a.jabatan ?? '', instansi: a.instansi ?? '', peran: a.peran })),
    },
    lokakarya: project.lokakarya.map((l, index) => {
      const hadir = new Set(l.hadir);
      const bertugas = opd.filter((o) => o.adaTugas);
      return {
        nomor: index + 1,
        tanggal: l.tanggal,
        tempat: l.tempat,
        acara: l.acara ?? '',
        pimpinan: l.pimpinan ?? '',
        catatan: l.catatan ?? '',
        daftarHadir: project.opd.map((o, i) => ({ nomor: i + 1, singkatan: o.singkatan, nama: o.nama, hadir: hadir.has(o.kode) })),
        jumlahHadir: hadir.size,
        tidakHadirBertugas: bertugas.filter((o) => !hadir.has(o.kode)).map((o) => ({ singkatan: o.singkatan, nama: o.nama })),
      };
    }),
    riwayatRevisi: revisions.map((r) => ({ draf: r.draf, tanggal: r.tanggal, catatan: r.catatan })),
  };
}

export type View = ReturnType<typeof buildView>;

function areaOrder(profile: Profile, kode: string): number {
  const i = profile.areaPerubahan.findIndex((a) => a.kode === kode);
  return i === -1 ? Number.MAX_SAFE_INTEGER : i;
}

function tingkatOf(project: Project): 'kabupaten' | 'provinsi' {
  return project.pemerintah.jenis === 'provinsi' ? 'provinsi' : 'kabupaten';
}

function totalOf(map: Record<string, number>): number {
  return sum(Object.values(map));
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
