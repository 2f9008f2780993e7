/**
 * Zona Integritas for the documents. The regulation plans it (the units, their target predicate
 * and year, and the yearly number of units at each stage); the monitoring report shows how far
 * each unit got, from zonaIntegritasProgress, the function `roadmap status` uses.
 *
 * The regulation places it under Manajemen Perubahan: the national road map (PermenPANRB 3/2023,
 * profile rb2023) lists "Zona Integritas di unit kerja" as kegiatan utama KU06 of that area.
 */
import { mencapai, NAMA_TAHAP, TAHAP_TARGET, namaUnit, zonaIntegritasProgress, type TahapTarget, type TahapZiKode, type UnitZiProgress } from '../../model/zona-integritas.js';
import { yearsOf, type Project } from '../../model/types.js';
import type { ChartSpec } from '../docx/index.js';
import { WARNA_STATUS } from './status-colours.js';

/** The area whose section carries the plan. */
export const AREA_ZONA_INTEGRITAS = 'MP';

/** A target row as the regulation words it. */
const BARIS_TARGET: Readonly<Record<TahapTarget, string>> = {
  pencanangan: 'Unit kerja yang telah mencanangkan pembangunan Zona Integritas',
  usulanTpn: 'Unit kerja yang telah diusulkan kepada Tim Penilai Nasional',
  WBK: 'Unit kerja berpredikat WBK atau WBBM',
  WBBM: 'Unit kerja berpredikat WBBM',
};

export function rencanaZonaIntegritas(project: Project, singkatan: (kode: string) => string) {
  const zi = project.zonaIntegritas;
  if (zi === undefined || zi.unit.length === 0) return undefined;
  const years = yearsOf(project.periode);
  const target = TAHAP_TARGET.filter((t) => zi.target[t] !== undefined).map((t) => ({
    nama: BARIS_TARGET[t],
    nilai: years.map((y) => zi.target[t]?.[String(y)] ?? ''),
  }));
  return {
    unit: zi.unit.map((u, i) => ({
      nomor: i + 1,
      id: u.id,
      nama: namaUnit(u, project),
      opd: singkatan(u.opd),
      targetPredikat: u.targetPredikat,
      targetTahun: u.targetTahun,
    })),
    target,
    adaTarget: target.length > 0,
    // A target above the units named (26 declared by 2028, 14 named): the others are chosen later.
    targetMelebihiUnit: TAHAP_TARGET.some((t) => Object.values(zi.target[t] ?? {}).some((n) => n > zi.unit.length)),
  };
}

const tahapTeks = (tahap: TahapZiKode | null) => (tahap === null ? '-' : NAMA_TAHAP[tahap]);

/** The report's section for one year, and its chart: units at or beyond each stage against the target. */
export function laporanZonaIntegritas(project: Project, tahun: number, singkatan: (kode: string) => string): { view: ReturnType<typeof view>; chart: ChartSpec } | undefined {
  const progress = zonaIntegritasProgress(project, tahun);
  if (progress === undefined || progress.unit.length === 0) return undefined;
  const v = view(progress, singkatan);
  const chart: ChartSpec = {
    kind: 'bar',
    title: `Unit Zona Integritas per tahap, tahun ${tahun}`,
    categories: progress.perTahap.map((t) => NAMA_TAHAP[t.tahap]),
    series: [
      { name: 'Target', values: progress.perTahap.map((t) => t.target ?? 0), color: '5B9BD5' },
      { name: 'Tercapai', values: progress.perTahap.map((t) => t.jumlah), color: '70AD47' },
    ],
    numberFormat: '0',
    dataLabels: true,
    min: 0,
  };
  return { view: v, chart };
}

const MERAH = WARNA_STATUS['belum tercapai'].sel;
const HIJAU = WARNA_STATUS.tercapai.sel;
const PUTIH = 'FFFFFF';

/** The unit's state in one word or two, and its cell colour: what went wrong first, then how far. */
function keadaanOf(u: UnitZiProgress): { keadaan: string; warna: string } {
  if (u.dicatat?.tahap === 'tidakLolos') return { keadaan: 'tidak lolos', warna: MERAH };
  if (u.mundur) return { keadaan: 'mundur', warna: MERAH };
  if (u.terlambat) return { keadaan: 'terlambat', warna: MERAH };
  if (mencapai(u.tahap, u.targetPredikat)) return { keadaan: 'tercapai', warna: HIJAU };
  return u.tahap === null ? { keadaan: 'belum dimulai', warna: PUTIH } : { keadaan: 'dalam proses', warna: PUTIH };
}

function view(progress: NonNullable<ReturnType<typeof zonaIntegritasProgress>>, singkatan: (kode: string) => string) {
  const unit = progress.unit.map((u, i) => ({
    nomor: i + 1,
    id: u.id,
    nama: u.nama,
    opd: singkatan(u.opd),
    target: `${u.targetPredikat} ${u.targetTahun}`,
    tahapSebelumnya: tahapTeks(u.tahapSebelumnya),
    tahap: tahapTeks(u.tahap),
    /** The same inside a sentence: "tahap saat ini diusulkan ke TPN". */
    tahapKalimat: tahapTeks(u.tahap).replace(/^./, (c) => c.toLowerCase()),
    catatan: u.dicatat?.catatan ?? '',
    ...keadaanOf(u),
    mundur: u.mundur,
  }));
  return {
    unit,
    perTahap: progress.perTahap.map((t) => ({ nama: NAMA_TAHAP[t.tahap], jumlah: t.jumlah, target: t.target ?? '-', kurang: t.target !== null && t.jumlah < t.target })),
    mundur: unit.filter((u) => u.mundur),
    // A unit that did not pass is listed once, with the units that fell back, not again as late.
    terlambat: unit.filter((u) => progress.terlambat.includes(u.id) && !u.mundur),
  };
}
