/**
 * Zona Integritas progress in one year: the stage each unit has reached, how many units are at
 * or beyond each stage against the yearly targets, the units that fell back and the units behind
 * their plan. Used by `roadmap status` and by the monitoring report, so both always agree.
 *
 * The order of the stages follows PermenPANRB 90/2021: pencanangan (pakta integritas) →
 * penilaian mandiri → usulan to the TPI (Inspektorat) → usulan to the TPN (KemenPANRB) →
 * predicate WBK → WBBM.
 */
import { TAHAP_ZI } from './schema.js';
import type { Project, TahapZi, UnitZi } from './types.js';

export type TahapZiKode = (typeof TAHAP_ZI)[number];

/**
 * How far a stage is along the way. "Tidak lolos" means the unit was proposed to the TPN and not
 * granted: it stays as far as its proposal. A predicate lost ("dicabut") puts the unit back to
 * building, as if just declared.
 */
export const PERINGKAT_TAHAP: Readonly<Record<TahapZiKode, number>> = {
  pencanangan: 1,
  penilaianMandiri: 2,
  usulanTpi: 3,
  usulanTpn: 4,
  tidakLolos: 4,
  WBK: 5,
  WBBM: 6,
  predikatDicabut: 1,
};

/** The words a reader sees for each stage. */
export const NAMA_TAHAP: Readonly<Record<TahapZiKode, string>> = {
  pencanangan: 'Pencanangan',
  penilaianMandiri: 'Penilaian mandiri',
  usulanTpi: 'Diusulkan ke TPI',
  usulanTpn: 'Diusulkan ke TPN',
  tidakLolos: 'Tidak lolos',
  WBK: 'WBK',
  WBBM: 'WBBM',
  predikatDicabut: 'Predikat dicabut',
};

/**
 * Stage words as people write them in a realisation workbook or a chat: the codes, the names
 * above, and the usual short forms. Matched without case, spaces or punctuation.
 */
const KATA_TAHAP: Readonly<Record<string, TahapZiKode>> = Object.fromEntries(
  (
    [
      ...TAHAP_ZI.map((t): [string, TahapZiKode] => [t, t]),
      ...Object.entries(NAMA_TAHAP).map(([t, nama]): [string, TahapZiKode] => [nama, t as TahapZiKode]),
      ['dicanangkan', 'pencanangan'],
      ['pakta integritas', 'pencanangan'],
      ['penilaian mandiri', 'penilaianMandiri'],
      ['usulan TPI', 'usulanTpi'],
      ['usulan ke TPI', 'usulanTpi'],
      ['usulan TPN', 'usulanTpn'],
      ['usulan ke TPN', 'usulanTpn'],
      ['diusulkan TPN', 'usulanTpn'],
      ['diusulkan TPI', 'usulanTpi'],
      ['tidak lolos', 'tidakLolos'],
      ['belum lolos', 'tidakLolos'],
      ['WBK dipertahankan', 'WBK'],
      ['WBBM dipertahankan', 'WBBM'],
      ['predikat dicabut', 'predikatDicabut'],
      ['dicabut', 'predikatDicabut'],
    ] as [string, TahapZiKode][]
  ).map(([kata, tahap]) => [normalKata(kata), tahap]),
);

function normalKata(text: string): string {
  return text.toLowerCase().replace(/[^a-z]/g, '');
}

/** The stage a text names ("Diusulkan ke TPN", "usulanTpn", "wbk"), or undefined. */
export function tahapDariTeks(text: string): TahapZiKode | undefined {
  return KATA_TAHAP[normalKata(text)];
}

/** The stage words a message can offer, one per stage. */
export const CONTOH_KATA_TAHAP = 'pencanangan, penilaian mandiri, usulan TPI, usulan TPN, WBK, WBBM, tidak lolos, predikat dicabut';

/** The stages a target can count, in the order of `zonaIntegritas.target`. */
export const TAHAP_TARGET = ['pencanangan', 'usulanTpn', 'WBK', 'WBBM'] as const;
export type TahapTarget = (typeof TAHAP_TARGET)[number];

/** The two ways back: recorded in a year, they mean the unit fell back that year. */
const MUNDUR: ReadonlySet<TahapZiKode> = new Set(['tidakLolos', 'predikatDicabut']);

export interface UnitZiProgress {
  id: string;
  /** "Puskesmas Sukamaju Kota" or the OPD's name when the unit is the OPD itself. */
  nama: string;
  opd: string;
  targetPredikat: 'WBK' | 'WBBM';
  targetTahun: number;
  /** The stage reached by the end of the year (carried from earlier years), or null if none yet. */
  tahap: TahapZiKode | null;
  /** The stage recorded in that very year, if any. */
  dicatat: TahapZi | null;
  /** The stage at the end of the previous year. */
  tahapSebelumnya: TahapZiKode | null;
  /** Fell back this year: not granted, a predicate lost, or a stage lower than the year before. */
  mundur: boolean;
  /** The target year has come and the target predicate is not held. */
  terlambat: boolean;
  path: string;
}

export interface JumlahTahap {
  tahap: TahapTarget;
  /** Units at or beyond the stage at the end of the year. */
  jumlah: number;
  /** The target for the year, or null when none is set. */
  target: number | null;
}

export interface ZonaIntegritasProgress {
  tahun: number;
  unit: UnitZiProgress[];
  perTahap: JumlahTahap[];
  /** Ids of the units that fell back this year. */
  mundur: string[];
  /** Ids of the units behind their plan. */
  terlambat: string[];
}

/** The stage a unit holds at the end of `tahun`: the latest stage recorded in that year or before. */
export function tahapPada(unit: UnitZi, tahun: number): TahapZiKode | null {
  let found: { year: number; tahap: TahapZiKode } | null = null;
  for (const [key, record] of Object.entries(unit.tahapan)) {
    const year = Number(key);
    if (year <= tahun && (found === null || year > found.year)) found = { year, tahap: record.tahap };
  }
  return found?.tahap ?? null;
}

const rank = (tahap: TahapZiKode | null) => (tahap === null ? 0 : PERINGKAT_TAHAP[tahap]);

/** Whether a stage counts for a target stage: at or beyond it (a unit with WBBM also counts for WBK). */
export function mencapai(tahap: TahapZiKode | null, sasaran: TahapTarget): boolean {
  return tahap !== null && rank(tahap) >= PERINGKAT_TAHAP[sasaran];
}

export function namaUnit(unit: UnitZi, project: Pick<Project, 'opd'>): string {
  return unit.unit ?? project.opd.find((o) => o.kode === unit.opd)?.nama ?? unit.opd;
}

export function zonaIntegritasProgress(project: Project, tahun: number): ZonaIntegritasProgress | undefined {
  const zi = project.zonaIntegritas;
  if (zi === undefined) return undefined;
  const unit = zi.unit.map((u, i): UnitZiProgress => {
    const tahap = tahapPada(u, tahun);
    const tahapSebelumnya = tahapPada(u, tahun - 1);
    const dicatat = u.tahapan[String(tahun)] ?? null;
    const mundur = (dicatat !== null && MUNDUR.has(dicatat.tahap)) || rank(tahap) < rank(tahapSebelumnya);
    return {
      id: u.id,
      nama: namaUnit(u, project),
      opd: u.opd,
      targetPredikat: u.targetPredikat,
      targetTahun: u.targetTahun,
      tahap,
      dicatat,
      tahapSebelumnya,
      mundur,
      terlambat: u.targetTahun <= tahun && !mencapai(tahap, u.targetPredikat),
      path: `zonaIntegritas.unit[${i}]`,
    };
  });
  const perTahap = TAHAP_TARGET.map((t): JumlahTahap => ({
    tahap: t,
    jumlah: unit.filter((u) => mencapai(u.tahap, t)).length,
    target: zi.target[t]?.[String(tahun)] ?? null,
  }));
  return {
    tahun,
    unit,
    perTahap,
    mundur: unit.filter((u) => u.mundur).map((u) => u.id),
    terlambat: unit.filter((u) => u.terlambat).map((u) => u.id),
  };
}

/**
 * A unit proposed to the TPN (or further) before it was declared. A year records the stage reached
 * by its end, so a unit declared and proposed in one year shows the declaration by the date of its
 * pakta integritas (`tanggalPakta`) on that record; otherwise by a `pencanangan` record in an
 * earlier year. Returns the year of the proposal that came first.
 */
export function diusulkanSebelumDicanangkan(unit: UnitZi): number | undefined {
  const records = Object.entries(unit.tahapan)
    .map(([year, record]) => ({ year: Number(year), record }))
    // A record that did not parse (checked elsewhere) says nothing here.
    .filter(({ record }) => record?.tahap !== undefined)
    .sort((a, b) => a.year - b.year);
  const declaredIn = records
    .flatMap(({ year, record }) => [...(record.tahap === 'pencanangan' ? [year] : []), ...(record.tanggalPakta ? [Number(record.tanggalPakta.slice(0, 4))] : [])])
    .reduce((min, y) => Math.min(min, y), Infinity);
  const proposed = records.find(({ record }) => record.tahap !== 'predikatDicabut' && rank(record.tahap) >= PERINGKAT_TAHAP.usulanTpn);
  if (proposed === undefined) return undefined;
  return declaredIn > proposed.year ? proposed.year : undefined;
}
