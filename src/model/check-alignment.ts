/**
 * Alignment with the national road map, graded the way KemenPANRB's evaluators grade a regional
 * road map ("kesamaan alur pemikiran antara road map pusat dan daerah"): the share of national
 * items the road map covers, A 100%, B >= 75%, C >= 50%, D >= 10%, E below.
 *  - rb2023: the kegiatan utama of RB General that apply to this level of government.
 *  - rb2020: the 8 areas (each with at least one activity) and the 3 national sasaran.
 *  - rb2025: the areas the road map itself declares, each with at least one activity.
 */
import { getProfile, kegiatanUtamaFor } from '../reference/index.js';
import type { Project } from './types.js';

export type Grade = 'A' | 'B' | 'C' | 'D' | 'E';

export interface AlignmentItem {
  kode: string;
  nama: string;
  covered: boolean;
  /** Ids of the activities/indicators that cover it. */
  by: string[];
}

export interface Alignment {
  profil: Project['profil'];
  /** What was counted, in Indonesian: "kegiatan utama RB General". */
  basis: string;
  items: AlignmentItem[];
  covered: number;
  total: number;
  /** 0..100, one decimal. */
  percent: number;
  grade: Grade;
}

export function gradeFor(percent: number): Grade {
  if (percent >= 100) return 'A';
  if (percent >= 75) return 'B';
  if (percent >= 50) return 'C';
  if (percent >= 10) return 'D';
  return 'E';
}

export function checkAlignment(project: Project): Alignment {
  const profile = getProfile(project.profil);
  const activities = project.areaPerubahan.flatMap((a) => a.kegiatan.map((k) => ({ area: a.kode, k })));
  const indicators = project.sasaran.flatMap((s) => s.indikator);
  let basis: string;
  let items: AlignmentItem[];

  if (profile.kegiatanUtama.length > 0) {
    basis = 'kegiatan utama RB General';
    items = kegiatanUtamaFor(profile, project.pemerintah.jenis === 'provinsi' ? 'provinsi' : 'kabupaten').map((ku) => ({
      kode: ku.kode,
      nama: ku.nama,
      by: [
        ...activities.filter(({ k }) => k.kegiatanUtama === ku.kode).map(({ k }) => k.id),
        ...indicators.filter((i) => i.referensi === ku.kode).map((i) => i.id),
      ],
      covered: false,
    }));
  } else {
    const areas = profile.areaTetap ? profile.areaPerubahan.map((a) => ({ kode: a.kode, nama: a.nama })) : project.areaPerubahan.map((a) => ({ kode: a.kode, nama: a.nama ?? a.kode }));
    basis = profile.areaTetap ? 'area perubahan dan sasaran nasional' : 'area perubahan yang ditetapkan daerah';
    items = areas.map((a) => ({ ...a, by: activities.filter((x) => x.area === a.kode).map((x) => x.k.id), covered: false }));
    for (const sasaran of profile.sasaran) {
      items.push({ kode: sasaran.kode, nama: sasaran.nama, by: project.sasaran.filter((s) => s.referensi === sasaran.kode).map((s) => s.id), covered: false });
    }
  }
  for (const item of items) item.covered = item.by.length > 0;
  const covered = items.filter((i) => i.covered).length;
  const total = items.length;
  const percent = total === 0 ? 100 : Math.round((covered / total) * 1000) / 10;
  return { profil: project.profil, basis, items, covered, total, percent, grade: gradeFor(percent) };
}
