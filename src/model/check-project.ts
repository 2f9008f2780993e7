/**
 * Rules that cross fields, on a project that already has the right shape: OPD codes exist,
 * years fall in the period, ids are unique, the areas of the national profile are all there,
 * the lambang daerah is named.
 * Returns findings with field paths; parse-project.ts locates them in the file.
 */
import { getProfile } from '../reference/index.js';
import type { PathSegment, Severity } from './problem.js';
import { suggest } from './suggest.js';
import type { Indikator, Project } from './types.js';

export interface Finding {
  code: string;
  severity: Severity;
  path: PathSegment[];
  message: string;
  hint?: string;
  atKey?: boolean;
}

export function checkProject(project: Project): Finding[] {
  const findings: Finding[] = [];
  const add = (f: Finding) => findings.push(f);
  const { mulai, selesai } = project.periode;
  const profile = getProfile(project.profil);

  // 1. The OPD registry and every reference to it.
  const opdCodes = project.opd.map((o) => o.kode);
  duplicates(opdCodes).forEach((i) =>
    add({ code: 'duplicate-opd', severity: 'error', path: ['opd', i, 'kode'], message: `Kode OPD "${opdCodes[i]}" tertulis lebih dari sekali.` }),
  );
  const known = new Set(opdCodes);
  const checkOpd = (kode: string, path: PathSegment[]) => {
    if (known.has(kode)) return;
    const near = suggest(kode, opdCodes);
    add({
      code: 'opd-unknown',
      severity: 'error',
      path,
      message: `Kode OPD "${kode}" tidak ada di daftar OPD.`,
      hint: near ? `Maksud Anda "${near}"?` : 'Tambahkan OPD itu ke daftar `opd` atau perbaiki kodenya.',
    });
  };

  // 2. Years of per-year maps within the period.
  const checkYears = (map: Record<string, unknown>, path: PathSegment[]) => {
    for (const key of Object.keys(map)) {
      const year = Number(key);
      if (year < mulai || year > selesai) {
        add({
          code: 'year-outside-period',
          severity: 'error',
          path: [...path, key],
          atKey: true,
          message: `Tahun ${key} di luar periode ${mulai}-${selesai}.`,
          hint: 'Hapus tahun itu atau ubah `periode`.',
        });
      }
    }
  };

  // 3. Ids: indicator and activity ids share one namespace, because realisations are imported by id.
  const ids = new Map<string, PathSegment[]>();
  const checkId = (id: string, path: PathSegment[], what: string) => {
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

  const checkBaseline = (baseline: { tahun: number } | undefined, path: PathSegment[]) => {
    if (baseline && baseline.tahun > mulai) {
      add({
        code: 'baseline-after-start',
        severity: 'warning',
        path: [...path, 'baseline', 'tahun'],
        message: `Tahun baseline ${baseline.tahun} sesudah awal periode ${mulai}.`,
        hint: 'Baseline biasanya tahun sebelum periode dimulai.',
      });
    }
  };
  // Sasaran indicators and RB Tematik impact indicators follow the same rules.
  const checkIndikator = (ind: Indikator, base: PathSegment[]) => {
    checkId(ind.id, [...base, 'id'], 'indikator');
    ind.penanggungJawab.forEach((kode, k) => checkOpd(kode, [...base, 'penanggungJawab', k]));
    checkYears(ind.target, [...base, 'target']);
    checkYears(ind.realisasi, [...base, 'realisasi']);
    checkYears(ind.catatanRealisasi, [...base, 'catatanRealisasi']);
    checkBaseline(ind.baseline, base);
    const missing = yearsMissing(ind.target, mulai, selesai);
    if (missing.length > 0) {
      add({
        code: 'target-missing',
        severity: 'warning',
        path: [...base, 'target'],
        message: `Target belum diisi untuk tahun ${missing.join(', ')}.`,
      });
    }
  };

  project.sasaran.forEach((sasaran, s) => {
    checkId(sasaran.id, ['sasaran', s, 'id'], 'sasaran');
    sasaran.indikator.forEach((ind, i) => checkIndikator(ind, ['sasaran', s, 'indikator', i]));
  });

  // 4. Areas of change against the profile.
  const profileCodes = profile.areaPerubahan.map((a) => a.kode);
  const areaCodes = project.areaPerubahan.map((a) => a.kode);
  duplicates(areaCodes).forEach((i) =>
    add({ code: 'duplicate-area', severity: 'error', path: ['areaPerubahan', i, 'kode'], message: `Area "${areaCodes[i]}" tertulis lebih dari sekali.` }),
  );
  project.areaPerubahan.forEach((area, a) => {
    const base: PathSegment[] = ['areaPerubahan', a];
    if (profile.areaTetap && !profileCodes.includes(area.kode)) {
      const near = suggest(area.kode, profileCodes);
      add({
        code: 'area-unknown',
        severity: 'error',
        path: [...base, 'kode'],
        message: `Area "${area.kode}" tidak dikenal dalam profil ${profile.id}.`,
        hint: near ? `Maksud Anda "${near}"?` : `Area yang dikenal: ${profileCodes.join(', ')}.`,
      });
    }
    if (!profile.areaTetap && !area.nama && !profileCodes.includes(area.kode)) {
      add({ code: 'area-name-missing', severity: 'error', path: [...base], message: `Area "${area.kode}" memerlukan \`nama\`.` });
    }
    // The lampiran prints these sections whatever they hold: an empty one is a gap in the law.
    if (area.kondisi.trim() === '') {
      add({
        code: 'area-tanpa-kondisi',
        severity: 'warning',
        path: [...base],
        message: `Kondisi area "${area.nama ?? area.kode}" belum diuraikan; subbab 2.3 lampiran akan menyebutnya belum diuraikan.`,
        hint: 'Isi `kondisi` area itu dengan kondisi saat ini.',
      });
    }
    if (area.kegiatan.length === 0) {
      add({
        code: 'area-tanpa-kegiatan',
        severity: 'warning',
        path: [...base],
        message: `Area "${area.nama ?? area.kode}" belum memiliki kegiatan rencana aksi.`,
        hint: 'Tambahkan paling sedikit satu kegiatan (BAB IV dan matriks BAB V).',
      });
    }
    area.kegiatan.forEach((kegiatan, k) => {
      const path: PathSegment[] = [...base, 'kegiatan', k];
      checkId(kegiatan.id, [...path, 'id'], 'kegiatan');
      checkOpd(kegiatan.koordinator, [...path, 'koordinator']);
      kegiatan.pelaksana.forEach((kode, p) => checkOpd(kode, [...path, 'pelaksana', p]));
      checkYears(kegiatan.target, [...path, 'target']);
      checkYears(kegiatan.targetTriwulan, [...path, 'targetTriwulan']);
      checkYears(kegiatan.anggaran, [...path, 'anggaran']);
      checkYears(kegiatan.realisasi, [...path, 'realisasi']);
      checkYears(kegiatan.catatanRealisasi, [...path, 'catatanRealisasi']);
      checkBaseline(kegiatan.baseline, path);
      if (Object.keys(kegiatan.target).length === 0) {
        add({ code: 'kegiatan-no-target', severity: 'warning', path: [...path, 'target'], message: `Kegiatan "${kegiatan.id}" belum punya target tahunan.` });
      }
      if (kegiatan.kegiatanUtama !== undefined) checkReference(kegiatan.kegiatanUtama, 'kegiatanUtama', [...path, 'kegiatanUtama']);
      if (kegiatan.tema !== undefined) checkReference(kegiatan.tema, 'tema', [...path, 'tema']);
    });
  });
  if (profile.areaTetap) {
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
  project.tematik.forEach((t, i) => {
    checkReference(t.tema, 'tema', ['tematik', i, 'tema']);
    t.indikator.forEach((ind, k) => checkIndikator(ind, ['tematik', i, 'indikator', k]));
    if (t.indikator.length === 0) {
      add({
        code: 'tematik-no-indikator',
        severity: 'warning',
        path: ['tematik', i],
        message: `Tema ${t.tema} belum memiliki indikator dampak dengan target tahunan.`,
        hint: 'Evaluasi RB Tematik menilai dampaknya: tambahkan `indikator` (misalnya persentase penduduk miskin) dengan baseline dan target per tahun.',
      });
    }
  });
  project.quickWins.forEach((qw, i) => {
    checkId(qw.id, ['quickWins', i, 'id'], 'quick win');
    checkOpd(qw.opd, ['quickWins', i, 'opd']);
    if (qw.tahun < mulai || qw.tahun > selesai) {
      add({ code: 'year-outside-period', severity: 'error', path: ['quickWins', i, 'tahun'], message: `Tahun ${qw.tahun} di luar periode ${mulai}-${selesai}.` });
    }
    if (qw.areaPerubahan !== undefined && !areaCodes.includes(qw.areaPerubahan)) {
      add({ code: 'area-unknown', severity: 'error', path: ['quickWins', i, 'areaPerubahan'], message: `Area "${qw.areaPerubahan}" tidak ada di \`areaPerubahan\`.` });
    }
  });
  project.lokakarya.forEach((l, i) => l.hadir.forEach((kode, k) => checkOpd(kode, ['lokakarya', i, 'hadir', k])));

  const drafts = project.riwayatRevisi.map((r) => String(r.draf));
  duplicates(drafts).forEach((i) =>
    add({ code: 'duplicate-draf', severity: 'error', path: ['riwayatRevisi', i, 'draf'], message: `Draf nomor ${drafts[i]} tertulis lebih dari sekali.` }),
  );

  // 6. The lambang daerah: the Perbup's head and the lampiran's cover carry it. The file itself is
  // read by the actions (validate, build), since the model touches no disk.
  if (project.pemerintah.logo === undefined) {
    add({
      code: 'logo-missing',
      severity: 'warning',
      path: ['pemerintah'],
      atKey: true,
      message: 'Lambang daerah belum ditentukan: kepala Peraturan dan sampul lampiran akan tanpa lambang.',
      hint: 'Tambahkan `logo: lambang.png` di bawah `pemerintah` (PNG atau JPEG, relatif terhadap roadmap.yaml).',
    });
  }

  return findings;
}

/** Indexes of items equal to an earlier item. */
function duplicates(values: readonly string[]): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  values.forEach((v, i) => {
    if (seen.has(v)) out.push(i);
    seen.add(v);
  });
  return out;
}

function yearsMissing(map: Record<string, unknown>, from: number, to: number): number[] {
  const missing: number[] = [];
  for (let y = from; y <= to; y++) if (!(String(y) in map)) missing.push(y);
  return missing;
}
