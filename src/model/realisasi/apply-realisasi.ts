/**
 * Realisations from a spreadsheet into the project: each row checked (known id, year in the
 * period, a readable value, not twice), then written as `realisasi.<year>` of its indicator or
 * activity, or as the stage a Zona Integritas unit reached that year (`tahapan.<year>.tahap`, the
 * keterangan as its `catatan`). Pure: rows in, edits and per-row problems out.
 */
import { isDeepStrictEqual } from 'node:util';
import { statusInWords } from '../achievement.js';
import { Indikator as IndikatorSchema, Kegiatan as KegiatanSchema } from '../schema.js';
import type { PathSegment, Problem } from '../../problem.js';
import { formatPath } from '../../problem.js';
import { suggest } from '../suggest.js';
import type { Nilai, Project, TahapZi } from '../types.js';
import { CONTOH_KATA_TAHAP, namaUnit, tahapDariTeks } from '../zona-integritas.js';
import { applyEdits, type AppliedEdits, type Edit } from '../edits/apply-edits.js';
import { parseAngka } from '../parse-angka.js';
import { cellPath, type RealisasiRow } from './realisasi-rows.js';

export interface RealisasiOptions {
  /** The file as shown to the user, for `file:row` in problems. */
  file: string;
  /** Year for rows without their own `tahun` column. */
  tahun?: number;
}

export interface RealisasiChange {
  id: string;
  /** `zonaIntegritas`: a unit's stage that year (the values are stage codes, e.g. `usulanTpn`). */
  jenis: 'indikator' | 'kegiatan' | 'zonaIntegritas';
  nama: string;
  tahun: number;
  /** A quarterly realisation (realisasiTriwulan), not the year's. */
  triwulan?: 1 | 2 | 3 | 4;
  sebelum: Nilai | null;
  sesudah: Nilai;
  keterangan?: string;
  /** Where the row came from. */
  baris: number;
  lembar?: string;
  /** Field path written, e.g. `sasaran[0].indikator[2].realisasi.2025`. */
  path: string;
}

export interface RealisasiPlan {
  edits: Edit[];
  /** Rows that are good, as changes (a value equal to the one recorded is still listed). */
  changes: RealisasiChange[];
  /** One per bad row, with file and row number. */
  problems: Problem[];
}

/** Whether the schema keeps a note per year next to the realisation (`catatanRealisasi`). */
export const KEEPS_NOTES = 'catatanRealisasi' in IndikatorSchema.shape && 'catatanRealisasi' in KegiatanSchema.shape;

/** Checks rows against the project and turns the good ones into edits. */
export function planRealisasi(project: Project, rows: readonly RealisasiRow[], options: RealisasiOptions): RealisasiPlan {
  const targets = indexTargets(project);
  const { mulai, selesai } = project.periode;
  const plan: RealisasiPlan = { edits: [], changes: [], problems: [] };
  const seen = new Map<string, RealisasiRow>();

  for (const row of rows) {
    const fail = (code: string, message: string, hint?: string, cell = row.cell) =>
      plan.problems.push({
        code,
        severity: 'error',
        file: options.file,
        line: row.row,
        ...(cell ? { path: cellPath(row.sheet, cell) } : row.sheet ? { path: row.sheet } : {}),
        message,
        ...(hint ? { hint } : {}),
      });
    /** Whether this is the id's first row for the year (or quarter); a second one is refused. */
    const once = (item: { id: string }, tahun: number, tw: string | undefined): boolean => {
      const key = `${item.id}@${tahun}${tw ?? ''}`;
      const earlier = seen.get(key);
      if (earlier) {
        const where = earlier.sheet ? `${earlier.sheet} baris ${earlier.row}` : `baris ${earlier.row}`;
        fail('realisasi-duplicate', `${item.id} tahun ${tahun} sudah diisi di ${where}.`, 'Setiap indikator, kegiatan atau unit cukup satu baris per tahun.', row.idCell ?? row.cell);
        return false;
      }
      seen.set(key, row);
      return true;
    };

    // 1. The year: the row's own (a problem with it points at the tahun cell), else --tahun.
    const tahunText = row.tahun ?? options.tahun;
    const tahunCell = row.tahun !== undefined ? (row.tahunCell ?? row.cell) : row.cell;
    const tahun = tahunText === undefined ? undefined : Number(String(tahunText).trim());
    if (tahun === undefined) {
      fail('realisasi-no-year', `${row.id}: tahun tidak diketahui.`, 'Sebutkan --tahun TAHUN atau isi kolom "tahun".', row.tahunCell ?? row.cell);
      continue;
    }
    if (!Number.isInteger(tahun) || !/^\s*\d{4}\s*$/.test(String(tahunText))) {
      fail('realisasi-bad-year', `${row.id}: tahun "${shorten(String(tahunText))}" bukan tahun.`, 'Tulis tahun empat angka, misalnya 2025.', tahunCell);
      continue;
    }
    if (tahun < mulai || tahun > selesai) {
      fail('realisasi-year-outside-period', `${row.id}: tahun ${tahun} di luar periode ${mulai}-${selesai}.`, 'Realisasi hanya untuk tahun dalam periode road map.', tahunCell);
      continue;
    }

    // 2. The id.
    const item = targets.get(row.id) ?? targets.get(row.id.toUpperCase());
    if (!item) {
      const near = row.id.length <= 40 ? suggest(row.id, [...targets.keys()]) : undefined;
      const hint = near ? `Maksud Anda "${near}"?` : 'Id harus sama dengan id indikator atau kegiatan di roadmap.yaml.';
      fail('realisasi-unknown-id', `Id "${shorten(row.id)}" tidak ada di road map.`, hint, row.idCell ?? row.cell);
      continue;
    }

    if (item.jenis === 'zonaIntegritas') {
      if (row.triwulan !== undefined || row.anggaran !== undefined) {
        fail('realisasi-not-an-activity', `${item.id}: triwulan dan realisasi anggaran hanya untuk kegiatan rencana aksi.`, 'Kosongkan kolom triwulan dan realisasi anggaran pada baris unit Zona Integritas.');
        continue;
      }
      const tahap = tahapDariTeks(String(row.realisasi));
      if (tahap === undefined) {
        fail('realisasi-bad-zi-stage', `${item.id}: "${shorten(String(row.realisasi))}" bukan tahap Zona Integritas.`, `Tulis salah satu: ${CONTOH_KATA_TAHAP}.`);
        continue;
      }
      if (!once(item, tahun, undefined)) continue;
      const year = String(tahun);
      const before = item.tahapan[year];
      // The year's record keeps what the file does not say (the pakta's date, earlier notes).
      const record = { ...before, tahap, ...(row.keterangan ? { catatan: row.keterangan } : {}) };
      const path: PathSegment[] = [...item.path, 'tahapan', year];
      if (!isDeepStrictEqual(record, before)) plan.edits.push({ op: 'set', path, value: record });
      plan.changes.push({
        id: item.id,
        jenis: 'zonaIntegritas',
        nama: item.nama,
        tahun,
        sebelum: before?.tahap ?? null,
        sesudah: tahap,
        ...(row.keterangan ? { keterangan: row.keterangan } : {}),
        baris: row.row,
        ...(row.sheet ? { lembar: row.sheet } : {}),
        path: formatPath([...path, 'tahap']),
      });
      continue;
    }

    // 3. The value: a quarter's against that quarter's target, else the year's.
    if ((row.triwulan !== undefined || row.anggaran !== undefined) && item.jenis !== 'kegiatan') {

      fail('realisasi-not-an-activity', `${item.id}: triwulan dan realisasi anggaran hanya untuk kegiatan rencana aksi.`, 'Kosongkan kolom triwulan dan realisasi anggaran pada baris indikator.');
      continue;
    }
    const tw = row.triwulan === undefined ? undefined : (`tw${row.triwulan}` as const);
    const year = String(tahun);
    const against = tw === undefined ? item.target : { [year]: item.targetTriwulan?.[year]?.[tw] ?? item.target[year]! };
    const value = valueOf(row.realisasi, against, year);
    if (value === undefined) {
      fail(
        'realisasi-not-a-number',
        `${item.id}: realisasi "${shorten(String(row.realisasi))}" tidak dapat dibaca sebagai angka.`,
        'Tulis angka seperti 85, 85,5, 1.234,5 atau 85%. Teks hanya untuk target berupa teks (misalnya "WTP", "SK ditetapkan").',
      );
      continue;
    }

    // 4. Each id once per year (or per quarter).
    if (!once(item, tahun, tw)) continue;

    const path: PathSegment[] = tw === undefined ? [...item.path, 'realisasi', year] : [...item.path, 'realisasiTriwulan', year, tw];
    plan.edits.push({ op: 'set', path, value });
    if (row.anggaran !== undefined) plan.edits.push({ op: 'set', path: [...item.path, 'realisasiAnggaran', year], value: row.anggaran });
    if (row.keterangan && KEEPS_NOTES) plan.edits.push({ op: 'set', path: [...item.path, 'catatanRealisasi', String(tahun)], value: row.keterangan });
    plan.changes.push({
      id: item.id,
      jenis: item.jenis,
      nama: item.nama,
      tahun,
      sebelum: tw === undefined ? (item.realisasi[year] ?? null) : null,
      ...(row.triwulan !== undefined ? { triwulan: row.triwulan } : {}),
      sesudah: value,
      ...(row.keterangan ? { keterangan: row.keterangan } : {}),
      baris: row.row,
      ...(row.sheet ? { lembar: row.sheet } : {}),
      path: formatPath(path),
    });
  }
  return plan;
}

export interface RealisasiResult extends RealisasiPlan {
  /** The new text, when something is to be written (all rows good, or `partial`). */
  applied?: AppliedEdits;
  /** Whether `keterangan` could be stored (the schema has `catatanRealisasi`). */
  notesKept: boolean;
}

/**
 * Plans and applies realisations to the text of the project. With problems and without
 * `partial`, nothing is applied. `data`: the text's content, which allows the fast edit
 * (apply-edits.ts).
 */
export function applyRealisasi(
  text: string,
  project: Project,
  rows: readonly RealisasiRow[],
  options: RealisasiOptions & { partial?: boolean; data?: unknown },
): RealisasiResult {
  const plan = planRealisasi(project, rows, options);
  const blocked = plan.problems.length > 0 && !options.partial;
  if (blocked || plan.edits.length === 0) return { ...plan, notesKept: KEEPS_NOTES };
  return { ...plan, applied: applyEdits(text, plan.edits, { data: options.data }), notesKept: KEEPS_NOTES };
}

type Target = Measured | ZiUnit;

interface ZiUnit {
  id: string;
  jenis: 'zonaIntegritas';
  nama: string;
  path: PathSegment[];
  tahapan: Record<string, TahapZi>;
}

interface Measured {
  id: string;
  jenis: 'indikator' | 'kegiatan';
  nama: string;
  path: PathSegment[];
  target: Record<string, Nilai>;
  realisasi: Record<string, Nilai>;
  /** Activities: quarterly targets, by year. */
  targetTriwulan?: Record<string, Partial<Record<'tw1' | 'tw2' | 'tw3' | 'tw4', Nilai>>>;
}

function indexTargets(project: Project): Map<string, Target> {
  const out = new Map<string, Target>();
  project.sasaran.forEach((s, si) =>
    s.indikator.forEach((ind, ii) =>
      out.set(ind.id, { id: ind.id, jenis: 'indikator', nama: ind.nama, path: ['sasaran', si, 'indikator', ii], target: ind.target, realisasi: ind.realisasi }),
    ),
  );
  // RB Tematik impact indicators are reported like sasaran indicators (their ids are unique too).
  project.tematik.forEach((t, ti) =>
    t.indikator.forEach((ind, ii) =>
      out.set(ind.id, { id: ind.id, jenis: 'indikator', nama: ind.nama, path: ['tematik', ti, 'indikator', ii], target: ind.target, realisasi: ind.realisasi }),
    ),
  );
  project.areaPerubahan.forEach((a, ai) =>
    a.kegiatan.forEach((k, ki) =>
      out.set(k.id, { id: k.id, jenis: 'kegiatan', nama: k.nama, path: ['areaPerubahan', ai, 'kegiatan', ki], target: k.target, realisasi: k.realisasi, targetTriwulan: k.targetTriwulan }),
    ),
  );
  project.zonaIntegritas?.unit.forEach((u, ui) =>
    out.set(u.id, { id: u.id, jenis: 'zonaIntegritas', nama: `Zona Integritas: ${namaUnit(u, project)}`, path: ['zonaIntegritas', 'unit', ui], tahapan: u.tahapan }),
  );
  return out;
}

/**
 * A number when the cell holds or reads as one; the text itself when the target is text (a
 * milestone or a predicate) or the text is a status word; otherwise undefined (a bad row).
 */
function valueOf(raw: string | number, target: Record<string, Nilai>, year: string): Nilai | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  const number = parseAngka(raw);
  if (number !== undefined) return number;
  const forYear = target[year];
  const textTarget = forYear !== undefined ? typeof forYear === 'string' && parseAngka(forYear) === undefined : Object.values(target).some((t) => typeof t === 'string');
  if (textTarget || statusInWords(raw) !== undefined) return raw.trim();
  return undefined;
}

/** A cell's text as quoted in a message: long cells are cut, so one row cannot flood the screen. */
function shorten(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length.toLocaleString('id-ID')} karakter)`;
}
