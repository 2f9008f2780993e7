/**
 * Rules that cross fields: OPD codes exist, years fall in the period, ids are unique, the areas
 * of the national profile are all there, the lambang daerah is named.
 * Runs on a valid project, and on what parsed of one with schema errors (salvage.ts): a part
 * that did not validate is missing, and a rule that needs it is skipped rather than guessed,
 * so a schema error never brings a false cross-field one with it.
 * Returns findings with field paths; parse-project.ts locates them in the file.
 */
import { getProfile, type Profile } from '../reference/index.js';
import { statusInWords } from './achievement.js';
import { diusulkanSebelumDicanangkan } from './zona-integritas.js';
import type { PathSegment } from '../problem.js';
import { checkEvaluasiRb } from './check-evaluasi-rb.js';
import type { Finding } from './finding.js';
import { writtenButInvalid, type Salvaged } from './salvage.js';
import { suggest } from './suggest.js';
import type { Indikator, Project, UnitZi } from './types.js';


export function checkProject(project: Salvaged<Project>): Finding[] {
  const findings: Finding[] = [];
  const add = (f: Finding) => findings.push(f);
  // A rule that needs the period, the profile or the OPD registry runs only when that part parsed.
  const { mulai, selesai } = project.periode ?? {};
  const period = mulai !== undefined && selesai !== undefined ? { mulai, selesai } : undefined;
  const profile: Profile | undefined = project.profil !== undefined ? getProfile(project.profil) : undefined;

  // 1. The OPD registry and every reference to it.
  const opdList = project.opd ?? [];
  const opdCodes = opdList.map((o) => o?.kode);
  duplicates(opdCodes).forEach((i) =>
    add({ code: 'duplicate-opd', severity: 'error', path: ['opd', i, 'kode'], message: `Kode OPD "${opdCodes[i]}" tertulis lebih dari sekali.` }),
  );
  // With a code that did not parse, an "unknown" reference might be that one: say nothing.
  const registry = project.opd !== undefined && opdCodes.every((k) => k !== undefined) ? (opdCodes as string[]) : undefined;
  const known = new Set(registry);
  const checkOpd = (kode: string | undefined, path: PathSegment[]) => {
    if (kode === undefined || !registry || known.has(kode)) return;
    const near = suggest(kode, registry);
    add({
      code: 'opd-unknown',
      severity: 'error',
      path,
      message: `Kode OPD "${kode}" tidak ada di daftar OPD.`,
      hint: near ? `Maksud Anda "${near}"?` : 'Tambahkan OPD itu ke daftar `opd` atau perbaiki kodenya.',
    });
  };
  const checkOpdList = (codes: (string | undefined)[] | undefined, path: PathSegment[]) => codes?.forEach((kode, k) => checkOpd(kode, [...path, k]));

  // 2. Years of per-year maps within the period.
  const checkYears = (map: object | undefined, path: PathSegment[]) => {
    if (!map || !period) return;
    for (const key of Object.keys(map)) {
      const year = Number(key);
      if (year < period.mulai || year > period.selesai) {
        add({
          code: 'year-outside-period',
          severity: 'error',
          path: [...path, key],
          atKey: true,
          message: `Tahun ${key} di luar periode ${period.mulai}-${period.selesai}.`,
          hint: 'Hapus tahun itu atau ubah `periode`.',
        });
      }
    }
  };

  // 3. Ids: indicator and activity ids share one namespace, because realisations are imported by id.
  const ids = new Map<string, PathSegment[]>();
  const checkId = (id: string | undefined, path: PathSegment[], what: string) => {
    if (id === undefined) return;
    const first = ids.get(id);
    if (first) {
      add({
        code: 'duplicate-id',
        severity: 'error',
        path,
        message: `Id ${what} "${id}" sudah dipakai di ${first.map(String).join('.')}.`,
        hint: 'Setiap indikator, kegiatan dan quick win memerlukan id yang berbeda.',
      });
    } else {
      ids.set(id, path);
    }
  };

  const checkBaseline = (baseline: { tahun?: number | undefined } | undefined, path: PathSegment[]) => {
    if (baseline?.tahun !== undefined && period && baseline.tahun > period.mulai) {
      add({
        code: 'baseline-after-start',
        severity: 'warning',
        path: [...path, 'baseline', 'tahun'],
        message: `Tahun baseline ${baseline.tahun} sesudah awal periode ${period.mulai}.`,
        hint: 'Baseline biasanya tahun sebelum periode dimulai.',
      });
    }
  };
  // Sasaran indicators and RB Tematik impact indicators follow the same rules.
  const checkIndikator = (ind: Salvaged<Indikator>, base: PathSegment[]) => {
    checkId(ind.id, [...base, 'id'], 'indikator');
    checkOpdList(ind.penanggungJawab, [...base, 'penanggungJawab']);
    checkYears(ind.target, [...base, 'target']);
    checkYears(ind.realisasi, [...base, 'realisasi']);
    checkYears(ind.catatanRealisasi, [...base, 'catatanRealisasi']);
    checkYears(ind.kategori, [...base, 'kategori']);
    checkBaseline(ind.baseline, base);
    const missing = ind.target && period ? yearsMissing(ind.target, period.mulai, period.selesai) : [];
    if (missing.length > 0) {
      add({
        code: 'target-missing',
        severity: 'warning',
        path: [...base, 'target'],
        message: `Target belum diisi untuk tahun ${missing.join(', ')}.`,
      });
    }
  };

  each(project.sasaran, (sasaran, s) => {
    checkId(sasaran.id, ['sasaran', s, 'id'], 'sasaran');
    each(sasaran.indikator, (ind, i) => checkIndikator(ind, ['sasaran', s, 'indikator', i]));
  });

  // 4. Areas of change against the profile.
  const profileCodes = profile?.areaPerubahan.map((a) => a.kode) ?? [];
  const areaList = project.areaPerubahan ?? [];
  const areaCodes = areaList.map((a) => a?.kode);
  // Whether every area's code parsed: only then can one be said to be missing.
  const areasKnown = project.areaPerubahan !== undefined && areaCodes.every((k) => k !== undefined);
  duplicates(areaCodes).forEach((i) =>
    add({ code: 'duplicate-area', severity: 'error', path: ['areaPerubahan', i, 'kode'], message: `Area "${areaCodes[i]}" tertulis lebih dari sekali.` }),
  );
  each(project.areaPerubahan, (area, a) => {
    const base: PathSegment[] = ['areaPerubahan', a];
    const name = area.nama ?? area.kode ?? `ke-${a + 1}`;
    if (profile && area.kode !== undefined && profile.areaTetap && !profileCodes.includes(area.kode)) {
      const near = suggest(area.kode, profileCodes);
      add({
        code: 'area-unknown',
        severity: 'error',
        path: [...base, 'kode'],
        message: `Area "${area.kode}" tidak dikenal dalam profil ${profile.id}.`,
        hint: near ? `Maksud Anda "${near}"?` : `Area yang dikenal: ${profileCodes.join(', ')}.`,
      });
    }
    if (profile && area.kode !== undefined && !profile.areaTetap && !area.nama && !writtenButInvalid(area, 'nama') && !profileCodes.includes(area.kode)) {
      add({ code: 'area-name-missing', severity: 'error', path: [...base], message: `Area "${area.kode}" memerlukan \`nama\`.` });
    }
    // The lampiran prints these sections whatever they hold: an empty one is a gap in the law.
    if (area.kondisi !== undefined && area.kondisi.trim() === '') {
      add({
        code: 'area-tanpa-kondisi',
        severity: 'warning',
        path: [...base],
        message: `Kondisi area "${name}" belum diuraikan; subbab 2.3 lampiran akan menyebutnya belum diuraikan.`,
        hint: 'Isi `kondisi` area itu dengan kondisi saat ini.',
      });
    }
    if (area.kegiatan !== undefined && area.kegiatan.length === 0) {
      add({
        code: 'area-tanpa-kegiatan',
        severity: 'warning',
        path: [...base],
        message: `Area "${name}" belum memiliki kegiatan rencana aksi.`,
        hint: 'Tambahkan paling sedikit satu kegiatan (BAB IV dan matriks BAB V).',
      });
    }
    each(area.kegiatan, (kegiatan, k) => {
      const path: PathSegment[] = [...base, 'kegiatan', k];
      checkId(kegiatan.id, [...path, 'id'], 'kegiatan');
      checkOpd(kegiatan.koordinator, [...path, 'koordinator']);
      checkOpdList(kegiatan.pelaksana, [...path, 'pelaksana']);
      checkYears(kegiatan.target, [...path, 'target']);
      checkYears(kegiatan.targetTriwulan, [...path, 'targetTriwulan']);
      checkYears(kegiatan.anggaran, [...path, 'anggaran']);
      checkYears(kegiatan.realisasi, [...path, 'realisasi']);
      checkYears(kegiatan.catatanRealisasi, [...path, 'catatanRealisasi']);
      checkBaseline(kegiatan.baseline, path);
      if (kegiatan.target !== undefined && Object.keys(kegiatan.target).length === 0) {
        add({ code: 'kegiatan-no-target', severity: 'warning', path: [...path, 'target'], message: `Kegiatan "${kegiatan.id ?? k + 1}" belum punya target tahunan.` });
      }
      if (kegiatan.kegiatanUtama !== undefined) checkReference(kegiatan.kegiatanUtama, 'kegiatanUtama', [...path, 'kegiatanUtama']);
      if (kegiatan.tema !== undefined) checkReference(kegiatan.tema, 'tema', [...path, 'tema']);
    });
  });
  if (profile?.areaTetap && areasKnown) {
    for (const code of profileCodes) {
      if (!areaCodes.includes(code)) {
        const ref = profile.areaPerubahan.find((a) => a.kode === code);
        add({
          code: 'area-missing',
          severity: 'error',
          path: ['areaPerubahan'],
          message: `Area perubahan "${code}" (${ref?.nama ?? code}) belum ada.`,
          hint: `Profil ${profile.id} memuat ${profileCodes.length} area; tambahkan area itu meskipun kegiatannya belum lengkap.`,
        });
      }
    }
  }

  function checkReference(code: string, kind: 'kegiatanUtama' | 'tema', path: PathSegment[]) {
    if (!profile) return;
    const list = kind === 'kegiatanUtama' ? profile.kegiatanUtama : profile.tema;
    const label = kind === 'kegiatanUtama' ? 'Kegiatan utama' : 'Tema RB Tematik';
    if (list.length === 0) {
      add({ code: `${kind}-not-in-profile`, severity: 'warning', path, message: `${label} "${code}" tidak dipakai dalam profil ${profile.id}.` });
      return;
    }
    const codes = list.map((x) => x.kode);
    if (!codes.includes(code)) {
      const near = suggest(code, codes);
      add({
        code: `${kind}-unknown`,
        severity: 'error',
        path,
        message: `${label} "${code}" tidak dikenal dalam profil ${profile.id}.`,
        hint: near ? `Maksud Anda "${near}"?` : `Kode yang dikenal: ${codes.join(', ')}.`,
      });
    }
  }

  // 5. Thematic RB, quick wins, workshops.
  each(project.tematik, (t, i) => {
    if (t.tema !== undefined) checkReference(t.tema, 'tema', ['tematik', i, 'tema']);
    each(t.indikator, (ind, k) => checkIndikator(ind, ['tematik', i, 'indikator', k]));
    if (t.indikator !== undefined && t.indikator.length === 0) {
      add({
        code: 'tematik-no-indikator',
        severity: 'warning',
        path: ['tematik', i],
        message: `Tema ${t.tema ?? i + 1} belum memiliki indikator dampak dengan target tahunan.`,
        hint: 'Evaluasi RB Tematik menilai dampaknya: tambahkan `indikator` (misalnya persentase penduduk miskin) dengan baseline dan target per tahun.',
      });
    }
  });
  each(project.quickWins, (qw, i) => {
    checkId(qw.id, ['quickWins', i, 'id'], 'quick win');
    checkOpd(qw.opd, ['quickWins', i, 'opd']);
    if (qw.tahun !== undefined && period && (qw.tahun < period.mulai || qw.tahun > period.selesai)) {
      add({ code: 'year-outside-period', severity: 'error', path: ['quickWins', i, 'tahun'], message: `Tahun ${qw.tahun} di luar periode ${period.mulai}-${period.selesai}.` });
    }
    if (qw.areaPerubahan !== undefined && areasKnown && !areaCodes.includes(qw.areaPerubahan)) {
      add({ code: 'area-unknown', severity: 'error', path: ['quickWins', i, 'areaPerubahan'], message: `Area "${qw.areaPerubahan}" tidak ada di \`areaPerubahan\`.` });
    }
    // A quick win's output is a sentence, so only the realisation's opening word can judge it.
    if (typeof qw.realisasi === 'string' && qw.realisasi.trim() !== '' && statusInWords(qw.realisasi) === undefined) {
      add({
        code: 'quickwin-realisasi-tanpa-status',
        severity: 'warning',
        path: ['quickWins', i, 'realisasi'],
        message: `Realisasi quick win ${qw.id ?? i + 1} tidak diawali kata status, sehingga dihitung "belum tercapai".`,
        hint: 'Awali dengan "Tercapai" atau "Belum tercapai", lalu keterangannya: "Tercapai (diresmikan 12 Mei 2024)".',
      });
    }
  });
  // Zona Integritas: units are OPDs of the registry (or units below one), their stages years of the period.
  each(project.zonaIntegritas?.unit, (u, i) => {
    const path: PathSegment[] = ['zonaIntegritas', 'unit', i];
    checkId(u.id, [...path, 'id'], 'unit Zona Integritas');
    checkOpd(u.opd, [...path, 'opd']);
    checkYears(u.tahapan, [...path, 'tahapan']);
    if (u.targetTahun !== undefined && period && (u.targetTahun < period.mulai || u.targetTahun > period.selesai)) {
      add({
        code: 'zi-target-outside-period',
        severity: 'warning',
        path: [...path, 'targetTahun'],
        message: `Tahun target unit ${u.id ?? i + 1} (${u.targetTahun}) di luar periode ${period.mulai}-${period.selesai}.`,
        hint: 'Road map ini hanya dapat merencanakan dan memantau tahun di dalam periodenya: ubah `targetTahun`.',
      });
    }
    const proposedEarly = u.tahapan !== undefined ? diusulkanSebelumDicanangkan(u as UnitZi) : undefined;
    if (proposedEarly !== undefined) {
      add({
        code: 'zi-usulan-sebelum-pencanangan',
        severity: 'warning',
        path: [...path, 'tahapan', String(proposedEarly)],
        atKey: true,
        message: `Unit ${u.id ?? i + 1} diusulkan ke TPN pada ${proposedEarly}, padahal pencanangannya belum tercatat.`,
        hint: 'Catat `pencanangan` pada tahun sebelumnya, atau `tanggalPakta` (tanggal pakta integritas) pada tahun itu.',
      });
    }
  });
  for (const [stage, map] of Object.entries(project.zonaIntegritas?.target ?? {})) checkYears(map, ['zonaIntegritas', 'target', stage]);
  // The yearly predicate targets must hold the units planned to reach them by then.
  for (const predikat of ['WBK', 'WBBM'] as const) {
    const units = (project.zonaIntegritas?.unit ?? []).filter((u) => u?.targetTahun !== undefined && (predikat === 'WBK' || u.targetPredikat === 'WBBM'));
    for (const [year, target] of Object.entries(project.zonaIntegritas?.target?.[predikat] ?? {})) {
      const planned = units.filter((u) => u!.targetTahun! <= Number(year)).map((u) => u!.id);
      if (target === undefined || planned.length <= target) continue;
      add({
        code: 'zi-target-kurang-dari-rencana-unit',
        severity: 'warning',
        path: ['zonaIntegritas', 'target', predikat, year],
        message: `Target ${predikat} tahun ${year} adalah ${target} unit, padahal ${planned.length} unit direncanakan berpredikat ${predikat === 'WBK' ? 'WBK atau WBBM' : 'WBBM'} paling lambat tahun itu (${planned.join(', ')}).`,
        hint: 'Samakan target dengan tahun target unit (`targetTahun`), agar tabel target dan daftar unit di lampiran tidak bertentangan.',
      });
    }
  }
  // The lampiran plans Zona Integritas inside Manajemen Perubahan (national kegiatan utama KU06).
  if ((project.zonaIntegritas?.unit?.length ?? 0) > 0 && project.areaPerubahan !== undefined && !project.areaPerubahan.some((a) => a?.kode === 'MP')) {
    add({
      code: 'zi-tanpa-area-mp',
      severity: 'warning',
      path: ['zonaIntegritas'],
      atKey: true,
      message: 'Unit Zona Integritas direncanakan, tetapi tidak ada area MP (Manajemen Perubahan) tempat rencananya dicantumkan di lampiran.',
      hint: 'Tambahkan area `MP` ke `areaPerubahan`; tanpa itu rencana Zona Integritas hanya muncul di status dan laporan.',
    });
  }
  each(project.lokakarya, (l, i) => checkOpdList(l.hadir, ['lokakarya', i, 'hadir']));

  const drafts = (project.riwayatRevisi ?? []).map((r) => (r?.draf === undefined ? undefined : String(r.draf)));
  duplicates(drafts).forEach((i) =>
    add({ code: 'duplicate-draf', severity: 'error', path: ['riwayatRevisi', i, 'draf'], message: `Draf nomor ${drafts[i]} tertulis lebih dari sekali.` }),
  );

  // 6. The lambang daerah: the Perbup's head and the lampiran's cover carry it. The file itself is
  // read by the actions (validate, build), since the model touches no disk.
  if (project.pemerintah !== undefined && project.pemerintah.logo === undefined && !writtenButInvalid(project.pemerintah, 'logo')) {
    add({
      code: 'logo-missing',
      severity: 'warning',
      path: ['pemerintah'],
      atKey: true,
      message: 'Lambang daerah belum ditentukan: kepala Peraturan dan sampul lampiran akan tanpa lambang.',
      hint: 'Tambahkan `logo: lambang.png` di bawah `pemerintah` (PNG atau JPEG, relatif terhadap roadmap.yaml).',
    });
  }

  // 7. Indeks RB and PMPRB indicators, with rules of their own.
  findings.push(...checkEvaluasiRb(project));

  return findings;
}

/** Calls `fn` for each item that parsed, with its position in the file's list. */
function each<T>(items: readonly (T | undefined)[] | undefined, fn: (item: T, index: number) => void): void {
  items?.forEach((item, index) => {
    if (item !== undefined) fn(item, index);
  });
}

/** Indexes of items equal to an earlier item (items that did not parse are left out). */
function duplicates(values: readonly (string | undefined)[]): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  values.forEach((v, i) => {
    if (v === undefined) return;
    if (seen.has(v)) out.push(i);
    seen.add(v);
  });
  return out;
}

function yearsMissing(map: object, from: number, to: number): number[] {
  const missing: number[] = [];
  for (let y = from; y <= to; y++) if (!(String(y) in map)) missing.push(y);
  return missing;
}
