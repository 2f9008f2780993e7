/**
 * Achievement (capaian) of a target by its realisation, and the progress of a whole project in
 * one year. Used by `roadmap status` and by the document's monitoring chapter, so both always
 * agree. The formulas and their reasons are in docs/updates.md ("Capaian").
 */
import { getProfile } from '../reference/index.js';
import { parseAngka } from './parse-angka.js';
import type { Nilai, Project } from './types.js';
import { yearsOf } from './types.js';
import { evaluasiRbProgress, realisasiUntukTarget, type EvaluasiRbProgress } from './evaluasi-rb.js';
import { zonaIntegritasProgress, type ZonaIntegritasProgress } from './zona-integritas.js';

export const STATUS_CAPAIAN = {
  TERCAPAI: 'tercapai',
  BELUM_TERCAPAI: 'belum tercapai',
  TIDAK_ADA_DATA: 'tidak ada data',
} as const;
export type StatusCapaian = (typeof STATUS_CAPAIAN)[keyof typeof STATUS_CAPAIAN];

export interface Achievement {
  /** Percentage of the target reached (two decimals), or null when it cannot be a number. */
  capaian: number | null;
  status: StatusCapaian;
  /** How it was judged: numbers, milestone words, a graded scale (AA…D, WTP…), or no data. */
  dasar: 'angka' | 'teks' | 'skala' | 'tanpa data';
}

/**
 * Realisations that state the status in words, possibly followed by an explanation:
 * "Tercapai (SK ditetapkan Februari 2024)", "Belum tercapai; rancangan masih diharmonisasi".
 * Longer phrases first, so "belum tercapai" is not read as "tercapai".
 */
const STATUS_WORDS: readonly [string, StatusCapaian][] = [
  ['tidak ada data', 'tidak ada data'],
  ['belum ada data', 'tidak ada data'],
  ['belum tercapai', 'belum tercapai'],
  ['tidak tercapai', 'belum tercapai'],
  ['belum selesai', 'belum tercapai'],
  ['belum terlaksana', 'belum tercapai'],
  ['tidak terlaksana', 'belum tercapai'],
  ['belum', 'belum tercapai'],
  ['tidak', 'belum tercapai'],
  ['tercapai', 'tercapai'],
  ['selesai', 'tercapai'],
  ['terlaksana', 'tercapai'],
  ['sudah', 'tercapai'],
  ['ya', 'tercapai'],
];

/** The status a realisation states in words, if it opens with one. */
export function statusInWords(text: string): StatusCapaian | undefined {
  const lower = text.trim().toLowerCase();
  for (const [phrase, status] of STATUS_WORDS) {
    if (lower === phrase || (lower.startsWith(phrase) && /^[\s(;,.:\-–]/.test(lower.slice(phrase.length)))) return status;
  }
  return undefined;
}

/**
 * Graded scales found in RB targets, best first, with their sources (tags in reference/sources.ts):
 * Indeks RB and SAKIP predicates AA…D [S9, S25]; Indeks Pelayanan Publik A…F [S24]; Opini BPK
 * (WTP, WDP, TW, TMP: the four opinions of UU 15/2004); Zona Integritas WBBM above WBK [S22].
 * The [S..] keys are the sources listed in src/reference/sources.ts.
 */
const SCALES: readonly (readonly string[])[] = [
  ['AA', 'A', 'BB', 'B', 'CC', 'C', 'D'],
  ['A', 'A-', 'B', 'B-', 'C', 'C-', 'D', 'E', 'F'],
  ['WTP', 'WDP', 'TW', 'TMP'],
  ['WBBM', 'WBK'],
];

/**
 * How far `realisasi` reaches `target`.
 * - Numbers, arah naik (higher is better): r / t × 100.
 * - Numbers, arah turun (lower is better): (2t − r) / t × 100, never below 0. Reaching the target
 *   exactly gives 100; each unit below the target adds what each unit above it takes away.
 * - 'tercapai' when the percentage is ≥ 100 (for t = 0: when r ≥ 0, or r ≤ 0 for turun).
 * - Text (milestones "SK ditetapkan", predicates "WTP", "BB"): the same text (ignoring case),
 *   a realisation that says so ("tercapai", "ya", "selesai", "Tercapai (SK ditetapkan Maret)"),
 *   or a grade at least as good on a known scale counts as tercapai; "belum …"/"tidak …" does
 *   not. The percentage is then null.
 * - No realisation (or no target to compare a number with): 'tidak ada data'.
 *
 * @example
 * achievementFor(80, 72, 'naik')  //=> { capaian: 90, status: 'belum tercapai', dasar: 'angka' }
 * achievementFor(10, 8, 'turun')  //=> { capaian: 120, status: 'tercapai', dasar: 'angka' }
 * achievementFor('BB', 'A', 'naik') //=> { capaian: null, status: 'tercapai', dasar: 'skala' }
 */
export function achievementFor(target: Nilai | undefined, realisasi: Nilai | undefined, arah: 'naik' | 'turun' = 'naik'): Achievement {
  const noData: Achievement = { capaian: null, status: STATUS_CAPAIAN.TIDAK_ADA_DATA, dasar: 'tanpa data' };
  if (realisasi === undefined || (typeof realisasi === 'string' && realisasi.trim() === '')) return noData;

  const r = numberOf(realisasi);
  const stated = typeof realisasi === 'string' && r === undefined ? statusInWords(realisasi) : undefined;
  if (stated === STATUS_CAPAIAN.TIDAK_ADA_DATA) return noData;
  if (stated !== undefined) return text(stated === STATUS_CAPAIAN.TERCAPAI);
  if (target === undefined || (typeof target === 'string' && target.trim() === '')) return noData;

  const t = numberOf(target);
  if (t !== undefined && r !== undefined) return numeric(t, r, arah);
  if (t !== undefined || r !== undefined) {
    // One side a number, the other words ("Level 3" against 3 is read as a number above).
    return text(false);
  }
  const tw = normal(String(target));
  const rw = normal(String(realisasi));
  if (tw === rw) return text(true);
  const graded = compareOnScale(tw, rw);
  if (graded !== undefined) return { capaian: null, status: graded ? STATUS_CAPAIAN.TERCAPAI : STATUS_CAPAIAN.BELUM_TERCAPAI, dasar: 'skala' };
  return text(false);
}

function text(reached: boolean): Achievement {
  return { capaian: null, status: reached ? STATUS_CAPAIAN.TERCAPAI : STATUS_CAPAIAN.BELUM_TERCAPAI, dasar: 'teks' };
}

function numeric(t: number, r: number, arah: 'naik' | 'turun'): Achievement {
  if (t === 0) {
    const reached = arah === 'naik' ? r >= 0 : r <= 0;
    return { capaian: reached ? 100 : 0, status: reached ? STATUS_CAPAIAN.TERCAPAI : STATUS_CAPAIAN.BELUM_TERCAPAI, dasar: 'angka' };
  }
  const raw = arah === 'naik' ? (r / t) * 100 : Math.max(0, ((2 * t - r) / t) * 100);
  const capaian = Math.round(raw * 100) / 100;
  return { capaian, status: capaian >= 100 ? STATUS_CAPAIAN.TERCAPAI : STATUS_CAPAIAN.BELUM_TERCAPAI, dasar: 'angka' };
}

/** A number, or a number written in words such as "85%", "1.234,5", "Level 3". */
function numberOf(value: Nilai): number | undefined {
  if (typeof value === 'number') return value;
  const direct = parseAngka(value);
  if (direct !== undefined) return direct;
  const level = /^(?:level|tingkat|skor|nilai)\s+(\S+)$/i.exec(value.trim());
  return level ? parseAngka(level[1]!) : undefined;
}

function normal(s: string): string {
  return s.trim().toUpperCase().replace(/\s+/g, ' ').replace(/\.$/, '');
}

/** true/false when both grades are on one scale (the realisation at least as good), else undefined. */
function compareOnScale(target: string, realisasi: string): boolean | undefined {
  for (const scale of SCALES) {
    const t = scale.indexOf(target);
    const r = scale.indexOf(realisasi);
    if (t !== -1 && r !== -1) return r <= t;
  }
  return undefined;
}

// --- progress of a project ---

export interface Ringkasan {
  jumlah: number;
  tercapai: number;
  belumTercapai: number;
  tidakAdaData: number;
}

export interface BarisCapaian extends Achievement {
  id: string;
  nama: string;
  target: Nilai | null;
  realisasi: Nilai | null;
  /** Field path in the project, e.g. `sasaran[0].indikator[2]`. */
  path: string;
}

export interface IndikatorProgress extends BarisCapaian {
  satuan: string;
  arah: 'naik' | 'turun';
  sasaran: string;
  penanggungJawab: string[];
}

/** A quick win in its year: the output is its target, the realisation says in words how far it got. */
export interface QuickWinProgress extends BarisCapaian {
  opd: string;
}

export interface KegiatanProgress extends BarisCapaian {
  satuan: string | null;
  area: string;
  koordinator: string;
  pelaksana: string[];
}

export interface Progress {
  tahun: number;
  indikator: IndikatorProgress[];
  kegiatan: KegiatanProgress[];
  total: { indikator: Ringkasan; kegiatan: Ringkasan };
  perSasaran: { id: string; nama: string; indikator: Ringkasan }[];
  perArea: { kode: string; nama: string; kegiatan: Ringkasan }[];
  perOpd: { kode: string; nama: string; singkatan: string; indikator: Ringkasan; kegiatan: Ringkasan }[];
  /** The quick wins planned for the year. */
  quickWins: QuickWinProgress[];
  /** Zona Integritas units and stage counts, or null when the project plans none. */
  zonaIntegritas: ZonaIntegritasProgress | null;
  /** Indeks RB and the self-assessment (PMPRB), or null when no indicator is marked as one. */
  evaluasiRb: EvaluasiRbProgress | null;
}

/**
 * Target against realisation for one year: every indicator (each is measured every year), and
 * every activity scheduled that year (a target for the year) or reported on (a realisation).
 * Summaries per sasaran, per area, and per OPD (an OPD counts the indicators it is responsible for
 * and the activities it coordinates or carries out).
 */
export function progressOf(project: Project, tahun: number): Progress {
  const year = String(tahun);
  const indikator: IndikatorProgress[] = [];
  const perSasaran: Progress['perSasaran'] = [];
  project.sasaran.forEach((s, si) => {
    const rows = s.indikator.map((ind, ii): IndikatorProgress => {
      const target = ind.target[year];
      const realisasi = ind.realisasi[year];
      return {
        id: ind.id,
        nama: ind.nama,
        satuan: ind.satuan,
        arah: ind.arah,
        sasaran: s.id,
        penanggungJawab: [...ind.penanggungJawab],
        target: target ?? null,
        realisasi: realisasi ?? null,
        // Indeks RB and PMPRB: against a category target ("BB"), the value's category counts.
        ...achievementFor(target, ind.jenis === undefined ? realisasi : realisasiUntukTarget(target, realisasi), ind.arah),
        path: `sasaran[${si}].indikator[${ii}]`,
      };
    });
    indikator.push(...rows);
    perSasaran.push({ id: s.id, nama: s.nama, indikator: summarise(rows) });
  });

  const profile = getProfile(project.profil);
  const kegiatan: KegiatanProgress[] = [];
  const perArea: Progress['perArea'] = [];
  project.areaPerubahan.forEach((area, ai) => {
    const rows: KegiatanProgress[] = [];
    area.kegiatan.forEach((k, ki) => {
      const target = k.target[year];
      const realisasi = k.realisasi[year];
      if (target === undefined && realisasi === undefined) return;
      rows.push({
        id: k.id,
        nama: k.nama,
        satuan: k.satuan ?? null,
        area: area.kode,
        koordinator: k.koordinator,
        pelaksana: [...k.pelaksana],
        target: target ?? null,
        realisasi: realisasi ?? null,
        ...achievementFor(target, realisasi, 'naik'),
        path: `areaPerubahan[${ai}].kegiatan[${ki}]`,
      });
    });
    kegiatan.push(...rows);
    const nama = area.nama ?? profile.areaPerubahan.find((a) => a.kode === area.kode)?.nama ?? area.kode;
    perArea.push({ kode: area.kode, nama, kegiatan: summarise(rows) });
  });

  const perOpd = project.opd.map((opd) => ({
    kode: opd.kode,
    nama: opd.nama,
    singkatan: opd.singkatan,
    indikator: summarise(indikator.filter((r) => r.penanggungJawab.includes(opd.kode))),
    kegiatan: summarise(kegiatan.filter((r) => r.koordinator === opd.kode || r.pelaksana.includes(opd.kode))),
  }));

  const quickWins = project.quickWins.flatMap((q, qi): QuickWinProgress[] =>
    q.tahun !== tahun
      ? []
      : [{ id: q.id, nama: q.nama, opd: q.opd, target: q.output, realisasi: q.realisasi ?? null, ...achievementFor(q.output, q.realisasi), path: `quickWins[${qi}]` }],
  );

  return {
    tahun,
    indikator,
    kegiatan,
    total: { indikator: summarise(indikator), kegiatan: summarise(kegiatan) },
    perSasaran,
    perArea,
    perOpd,
    quickWins,
    zonaIntegritas: zonaIntegritasProgress(project, tahun) ?? null,
    evaluasiRb: evaluasiRbProgress(project, tahun) ?? null,
  };
}

export function summarise(rows: readonly { status: StatusCapaian }[]): Ringkasan {
  const count = (s: StatusCapaian) => rows.filter((r) => r.status === s).length;
  return {
    jumlah: rows.length,
    tercapai: count(STATUS_CAPAIAN.TERCAPAI),
    belumTercapai: count(STATUS_CAPAIAN.BELUM_TERCAPAI),
    tidakAdaData: count(STATUS_CAPAIAN.TIDAK_ADA_DATA),
  };
}

/** Years of the period with at least one realisation, in order: the "years passed". */
export function yearsWithRealisasi(project: Project): number[] {
  const years = new Set<string>();
  for (const s of project.sasaran) for (const ind of s.indikator) Object.keys(ind.realisasi).forEach((y) => years.add(y));
  for (const a of project.areaPerubahan) for (const k of a.kegiatan) Object.keys(k.realisasi).forEach((y) => years.add(y));
  return yearsOf(project.periode).filter((y) => years.has(String(y)));
}

/**
 * The last year in which at least half of the indicators have a realisation: the last year
 * "reported", even if one survey result is still missing.
 */
export function lastReportedYear(project: Project): number | undefined {
  const indicators = project.sasaran.flatMap((s) => s.indikator);
  if (indicators.length === 0) return undefined;
  return yearsOf(project.periode)
    .filter((y) => indicators.filter((i) => String(y) in i.realisasi).length * 2 >= indicators.length)
    .at(-1);
}

/**
 * The year `status` shows by default: the last year reported (see lastReportedYear), else the
 * latest year with any realisation, else the first year of the period.
 */
export function defaultTahun(project: Project): number {
  return lastReportedYear(project) ?? yearsWithRealisasi(project).at(-1) ?? project.periode.mulai;
}

/** Progress for each year passed, for the monitoring chapter and annex. */
export function progressByYear(project: Project): Progress[] {
  return yearsWithRealisasi(project).map((y) => progressOf(project, y));
}
