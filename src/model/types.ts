/**
 * The model's types, inferred from the schema so they can never drift from validation.
 * Words are the workshop's (see docs/glossary.md): Opd, Sasaran, Indikator, Kegiatan ...
 */
import type * as z from 'zod/mini';
import type * as S from './schema.js';

export type Project = z.output<typeof S.Project>;
export type ProjectInput = z.input<typeof S.Project>;
export type ProfileId = Project['profil'];
export type JenisPemerintah = Project['pemerintah']['jenis'];
export type Pemerintah = Project['pemerintah'];
export type Pejabat = z.output<typeof S.Pejabat>;
export type Periode = Project['periode'];
export type Opd = z.output<typeof S.Opd>;
export type Sasaran = z.output<typeof S.Sasaran>;
export type Indikator = z.output<typeof S.Indikator>;
export type AreaPerubahan = z.output<typeof S.AreaPerubahan>;
export type Kegiatan = z.output<typeof S.Kegiatan>;
export type Triwulan = z.output<typeof S.Triwulan>;
export type Tematik = z.output<typeof S.Tematik>;
export type QuickWin = z.output<typeof S.QuickWin>;
export type ZonaIntegritas = z.output<typeof S.ZonaIntegritas>;
export type UnitZi = z.output<typeof S.UnitZi>;
export type TahapZi = z.output<typeof S.TahapZi>;
export type Narasi = z.output<typeof S.Narasi>;
export type TimPenyusun = z.output<typeof S.TimPenyusun>;
export type Lokakarya = z.output<typeof S.Lokakarya>;
export type Revisi = z.output<typeof S.Revisi>;
/** A target or realisation: a number, or a milestone in words. */
export type Nilai = number | string;
/** Values per year, keyed by the year as a string ("2025"). */
export type PerTahun<T> = Record<string, T>;

/** The years of the period, in order: 2025..2029. */
export function yearsOf(periode: Periode): number[] {
  const years: number[] = [];
  for (let y = periode.mulai; y <= periode.selesai; y++) years.push(y);
  return years;
}

/** The period as documents write it: "2024-2028", or "2025" for a one-year plan. */
export function periodeTeks(periode: Periode): string {
  return periode.mulai === periode.selesai ? String(periode.mulai) : `${periode.mulai}-${periode.selesai}`;
}
