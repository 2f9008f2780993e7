/**
 * The RB evaluation results a regency tracks every year, as indicators marked with `jenis`:
 * - `indeksRb`: the Indeks RB KemenPANRB gives (0-100) and its category AA…D, from the LHE;
 * - `pmprb`: the self-assessment before it (PMPRB under PermenPANRB 26/2020, "evaluasi internal"
 *   by the Inspektorat since PermenPANRB 9/2023), on the same scale.
 * Their own rules: the value is a number from 0 to 100; its category follows from the bands
 * below, and a category recorded from the LHE must agree with it; a target may be a value or a
 * category ("BB"), and against a category the value's category counts; the self-assessment is
 * set beside the Indeks RB of the same year (the gap shows how well the regency judges itself).
 * Used by `status`, the report and `validate`, so all three agree.
 */
import { KATEGORI_RB } from './schema.js';
import { parseAngka } from './parse-angka.js';
import type { Indikator, Nilai, Project } from './types.js';
import { yearsOf } from './types.js';

export type KategoriRb = (typeof KATEGORI_RB)[number];
export type JenisEvaluasiRb = NonNullable<Indikator['jenis']>;

/**
 * The category bands of the Indeks RB [S9 in reference/sources.ts]: AA above 90 to 100, A above
 * 80 to 90, BB above 70 to 80, B above 60 to 70, CC above 50 to 60, C above 30 to 50, D 0 to 30.
 * A value on a bound belongs to the lower category: 80 is BB, 80.01 is A.
 */
export const BATAS_KATEGORI: readonly { kategori: KategoriRb; lebihDari: number; arti: string }[] = [
  { kategori: 'AA', lebihDari: 90, arti: 'sangat memuaskan' },
  { kategori: 'A', lebihDari: 80, arti: 'memuaskan' },
  { kategori: 'BB', lebihDari: 70, arti: 'sangat baik' },
  { kategori: 'B', lebihDari: 60, arti: 'baik' },
  { kategori: 'CC', lebihDari: 50, arti: 'cukup' },
  { kategori: 'C', lebihDari: 30, arti: 'kurang' },
  { kategori: 'D', lebihDari: -Infinity, arti: 'sangat kurang' },
];

export const NAMA_JENIS_EVALUASI: Readonly<Record<JenisEvaluasiRb, string>> = {
  indeksRb: 'Indeks RB',
  pmprb: 'Penilaian mandiri (PMPRB)',
};

/** The category of a value on the 0-100 scale. */
export function kategoriDari(nilai: number): KategoriRb {
  return BATAS_KATEGORI.find((b) => nilai > b.lebihDari)!.kategori;
}

/** What a category means ("baik"), as the LHE writes it. */
export function artiKategori(kategori: KategoriRb): string {
  return BATAS_KATEGORI.find((b) => b.kategori === kategori)!.arti;
}

/** Indeks RB values are published with two decimals, Indonesian style: 64,18; 70,50; −1,25. */
export function duaDesimal(n: number): string {
  return n.toFixed(2).replace('-', '−').replace('.', ',');
}

/** A category written as a target or a realisation ("BB", " bb "), or undefined. */
export function kategoriDariTeks(value: Nilai | undefined): KategoriRb | undefined {
  if (typeof value !== 'string') return undefined;
  const upper = value.trim().toUpperCase();
  return (KATEGORI_RB as readonly string[]).includes(upper) ? (upper as KategoriRb) : undefined;
}

/** A value on the 0-100 scale: a number, or a text that reads as one ("64,18"). */
export function nilaiEvaluasi(value: Nilai | undefined): number | undefined {
  if (typeof value === 'number') return value;
  return value === undefined ? undefined : parseAngka(value);
}

/**
 * What an evaluation indicator's realisation is compared with its target as: against a category
 * target, the category of the value (64,18 against "B" is "B"); otherwise the value itself.
 */
export function realisasiUntukTarget(target: Nilai | undefined, realisasi: Nilai | undefined): Nilai | undefined {
  const nilai = nilaiEvaluasi(realisasi);
  return kategoriDariTeks(target) !== undefined && nilai !== undefined ? kategoriDari(nilai) : realisasi;
}

// --- progress ---

export interface NilaiEvaluasiTahun {
  tahun: number;
  /** The value for the year, or null when none is recorded (or it is not a number). */
  nilai: number | null;
  /** The category of the value by the bands, or null without a value. */
  kategori: KategoriRb | null;
  /** The category recorded from the LHE (`kategori`), or null. */
  kategoriDicatat: KategoriRb | null;
  /** The target for the year as written (a value or a category), or null. */
  target: Nilai | null;
  /** The target's category: the category itself, or that of a target value. */
  targetKategori: KategoriRb | null;
}

export interface IndikatorEvaluasi {
  id: string;
  nama: string;
  jenis: JenisEvaluasiRb;
  /** Field path, e.g. `sasaran[0].indikator[0]`. */
  path: string;
  /** The year asked for. */
  tahunIni: NilaiEvaluasiTahun;
  /** Every year of the period up to the year asked for, oldest first, the baseline year before them. */
  riwayat: NilaiEvaluasiTahun[];
}

export interface EvaluasiRbProgress {
  tahun: number;
  indeksRb: IndikatorEvaluasi | null;
  pmprb: IndikatorEvaluasi | null;
  /** Self-assessment minus Indeks RB in the year (two decimals), or null when one is missing. */
  selisih: number | null;
}

/** The first indicator of each kind (validate warns about a second one), with where it sits. */
export function indikatorEvaluasi(project: Project): Partial<Record<JenisEvaluasiRb, { indikator: Indikator; path: string }>> {
  const out: Partial<Record<JenisEvaluasiRb, { indikator: Indikator; path: string }>> = {};
  project.sasaran.forEach((s, si) =>
    s.indikator.forEach((ind, ii) => {
      if (ind.jenis !== undefined && out[ind.jenis] === undefined) out[ind.jenis] = { indikator: ind, path: `sasaran[${si}].indikator[${ii}]` };
    }),
  );
  return out;
}

/** The evaluation results up to `tahun`, or undefined when the project marks no indicator. */
export function evaluasiRbProgress(project: Project, tahun: number): EvaluasiRbProgress | undefined {
  const found = indikatorEvaluasi(project);
  if (found.indeksRb === undefined && found.pmprb === undefined) return undefined;
  const years = yearsOf(project.periode).filter((y) => y <= tahun);
  const of = (jenis: JenisEvaluasiRb): IndikatorEvaluasi | null => {
    const entry = found[jenis];
    if (entry === undefined) return null;
    const { indikator, path } = entry;
    const baselineYear = indikator.baseline !== undefined && indikator.baseline.tahun < project.periode.mulai ? [baseline(indikator)] : [];
    return {
      id: indikator.id,
      nama: indikator.nama,
      jenis,
      path,
      tahunIni: nilaiTahun(indikator, tahun),
      riwayat: [...baselineYear, ...years.map((y) => nilaiTahun(indikator, y))],
    };
  };
  const indeksRb = of('indeksRb');
  const pmprb = of('pmprb');
  return { tahun, indeksRb, pmprb, selisih: selisihOf(pmprb?.tahunIni, indeksRb?.tahunIni) };
}

/** Self-assessment minus Indeks RB, two decimals, or null when one is missing. */
function selisihOf(pmprb: NilaiEvaluasiTahun | undefined, indeksRb: NilaiEvaluasiTahun | undefined): number | null {
  const a = pmprb?.nilai;
  const b = indeksRb?.nilai;
  return a === undefined || a === null || b === undefined || b === null ? null : Math.round((a - b) * 100) / 100;
}

export interface BarisEvaluasi {
  tahun: number;
  indeksRb: NilaiEvaluasiTahun | undefined;
  pmprb: NilaiEvaluasiTahun | undefined;
  selisih: number | null;
}

/** A row per year of either history, oldest first: the two values side by side, as status and the report show them. */
export function barisPerTahun(ev: EvaluasiRbProgress): BarisEvaluasi[] {
  const years = [...new Set([...(ev.indeksRb?.riwayat ?? []), ...(ev.pmprb?.riwayat ?? [])].map((n) => n.tahun))].sort((a, b) => a - b);
  return years.map((tahun) => {
    const indeksRb = ev.indeksRb?.riwayat.find((n) => n.tahun === tahun);
    const pmprb = ev.pmprb?.riwayat.find((n) => n.tahun === tahun);
    return { tahun, indeksRb, pmprb, selisih: selisihOf(pmprb, indeksRb) };
  });
}

function nilaiTahun(indikator: Indikator, tahun: number): NilaiEvaluasiTahun {
  const year = String(tahun);
  const nilai = nilaiEvaluasi(indikator.realisasi[year]) ?? null;
  const target = indikator.target[year] ?? null;
  const targetNilai = nilaiEvaluasi(target ?? undefined);
  return {
    tahun,
    nilai,
    kategori: nilai === null ? null : kategoriDari(nilai),
    kategoriDicatat: indikator.kategori?.[year] ?? null,
    target,
    targetKategori: kategoriDariTeks(target ?? undefined) ?? (targetNilai === undefined ? null : kategoriDari(targetNilai)),
  };
}

function baseline(indikator: Indikator): NilaiEvaluasiTahun {
  const { tahun, nilai: raw } = indikator.baseline!;
  const nilai = nilaiEvaluasi(raw) ?? null;
  return { tahun, nilai, kategori: nilai === null ? null : kategoriDari(nilai), kategoriDicatat: null, target: null, targetKategori: null };
}
