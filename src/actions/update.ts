/**
 * `roadmap update`: scripted edits of a project file. Three jobs: set values (`--set`/`--unset`),
 * import realisations from a spreadsheet (`--realisasi`), and roll into the next period
 * (`--roll`, written to a new file). Every change is validated before anything is written, and
 * written atomically; on any failure the file stays as it was. Never prints.
 */
import { access } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { UsageError, UserError, ValidationFailed } from '../errors.js';
import { readSpreadsheet } from '../io/read-spreadsheet.js';
import { writeFileAtomic } from '../io/write-file-atomic.js';
import { applyEdits, type Edit } from '../model/edits/apply-edits.js';
import { KEEPS_NOTES, planRealisasi, type RealisasiChange } from '../model/realisasi/apply-realisasi.js';
import { formatHunks, lineDiff } from '../model/yaml-text/line-diff.js';
import { FILE_PROBLEMS, realisasiRowsFrom } from '../model/realisasi/realisasi-rows.js';
import { rollPeriod, type RollReport } from '../model/edits/roll-period.js';
import { planSetValues, type SetChange } from '../model/edits/set-value.js';
import { parseProject, UNREADABLE } from '../model/parse-project.js';
import { readCleanProject, readEditedProject } from '../model/read-project.js';
import type { Problem } from '../problem.js';
import {
  displayPath,
  loadProject,
  projectData,
  requireValidProject,
  resolveProjectPath,
  withProjectLock,
  writeLoadedProject,
  type LoadedProject,
} from './project-file.js';
import { checkYearInPeriod } from './year-in-period.js';

interface UpdateBase {
  /** The project file as shown to the user. */
  file: string;
  /** Whether a file was written. */
  written: boolean;
  dryRun: boolean;
  /** 'preserved': only changed lines differ; 'rewritten': the file was laid out again. */
  formatting: 'preserved' | 'rewritten' | 'unchanged';
  /** Unified-diff lines of the project file (for --dry-run and reports). */
  preview: string[];
  /** Problems that stopped (part of) the update; warnings of the result. */
  problems: Problem[];
}

export interface SetUpdateResult extends UpdateBase {
  action: 'set';
  changes: SetChange[];
  /** The revision note added with --revisi. */
  revisi?: { draf: number; tanggal: string; catatan: string };
}

export interface RealisasiUpdateResult extends UpdateBase {
  action: 'realisasi';
  /** The spreadsheet as shown to the user. */
  sumber: string;
  tahun?: number;
  changes: RealisasiChange[];
  /** Rows with an id but no value yet. */
  kosong: number;
  /** Rows rejected (each has a problem). */
  ditolak: number;
  /** Whether keterangan was stored (needs `catatanRealisasi` in the schema). */
  keteranganDisimpan: boolean;
}

export interface RollUpdateResult extends UpdateBase {
  action: 'roll';
  /** The new project file as shown to the user. */
  output: string;
  report: RollReport;
  /** Warnings in the new file (mostly empty targets to fill in). */
  peringatan: number;
}

export type UpdateResult = SetUpdateResult | RealisasiUpdateResult | RollUpdateResult;

interface Common {
  dryRun?: boolean;
  /** Adds a revision note (riwayatRevisi) with this text. */
  revisi?: string;
  /** Date for the revision note, TTTT-BB-HH; default today. */
  tanggal?: string;
}

// --- --set / --unset ---

export interface SetOptions extends Common {
  set: readonly string[];
  unset?: readonly string[];
}

export async function updateSet(given: string | undefined, cwd: string, options: SetOptions): Promise<SetUpdateResult> {
  return locked(given, cwd, 'roadmap update --set', options, () => setValues(given, cwd, options));
}

async function setValues(given: string | undefined, cwd: string, options: SetOptions): Promise<SetUpdateResult> {
  const loaded = await loadProject(given, cwd);
  if (loaded.problems.some((p) => UNREADABLE.has(p.code))) {
    throw new ValidationFailed(loaded.problems, `${loaded.displayPath} tidak dapat dibaca; perbaiki sintaks YAML-nya dulu.`);
  }
  const data = projectData(loaded);
  const { edits, changes } = planSetValues(data, { set: options.set, unset: options.unset ?? [] });
  const revisi = revisionNote(data, options);
  if (revisi) edits.push(revisi.edit);
  const outcome = await finish(loaded, edits, options, false);
  const real = changes.filter((c) => c.op !== 'set' || JSON.stringify(c.before) !== JSON.stringify(c.after));
  return { action: 'set', ...outcome, changes: real, ...(revisi ? { revisi: revisi.note } : {}) };
}

// --- --realisasi ---

export interface RealisasiOptions extends Common {
  /** The CSV or XLSX file. */
  source: string;
  tahun?: number;
  /** Write the good rows even when some are bad. */
  partial?: boolean;
}

export async function updateRealisasi(given: string | undefined, cwd: string, options: RealisasiOptions): Promise<RealisasiUpdateResult> {
  return locked(given, cwd, 'roadmap update --realisasi', options, () => importRealisasi(given, cwd, options));
}

async function importRealisasi(given: string | undefined, cwd: string, options: RealisasiOptions): Promise<RealisasiUpdateResult> {
  const loaded = await loadProject(given, cwd);
  const project = requireValidProject(loaded);
  const sourcePath = resolve(cwd, options.source);
  const sumber = displayPath(sourcePath, cwd);
  const sheets = await readSpreadsheet(sourcePath, sumber);
  const read = realisasiRowsFrom(sheets, sumber);
  const fatal = read.problems.filter((p) => FILE_PROBLEMS.has(p.code));
  if (fatal.length > 0) throw new ValidationFailed(fatal, `${sumber} tidak dapat diimpor; ${loaded.displayPath} tidak diubah.`);

  // 1. The year: --tahun, else the header's ("realisasi 2025"), else a `tahun` column per row.
  const tahun = options.tahun ?? read.tahunHeader;
  if (options.tahun !== undefined && read.tahunHeader !== undefined && options.tahun !== read.tahunHeader) {
    throw new UserError('E_REALISASI_YEAR_MISMATCH', `${sumber} berjudul "realisasi ${read.tahunHeader}", tetapi --tahun ${options.tahun}.`, {
      hint: 'Periksa apakah berkas yang dipakai benar, atau samakan --tahun dengan judul kolom.',
    });
  }
  if (tahun !== undefined) checkYearInPeriod(project, tahun);
  if (tahun === undefined && read.rows.some((r) => r.tahun === undefined)) {
    throw new UsageError('E_REALISASI_NO_YEAR', 'Tahun realisasi tidak diketahui.', {
      hint: 'Tambahkan --tahun TAHUN (misalnya --tahun 2025), atau kolom "tahun" di berkas.',
    });
  }

  // 2. Rows against the project, then the edits.
  // Planned here, applied once in finish().
  const result = planRealisasi(project, read.rows, { file: sumber, ...(tahun !== undefined ? { tahun } : {}) });
  const all = [...read.problems, ...result.problems];
  const rejected = all.filter((p) => p.severity === 'error').length;
  const problems = firstProblems(all, sumber);
  const base = {
    action: 'realisasi' as const,
    sumber,
    ...(tahun !== undefined ? { tahun } : {}),
    changes: result.changes,
    kosong: read.empty,
    ditolak: rejected,
    keteranganDisimpan: KEEPS_NOTES,
  };
  const blocked = rejected > 0 && !options.partial;
  if (blocked || result.edits.length === 0) {
    return { ...base, file: loaded.displayPath, written: false, dryRun: options.dryRun ?? false, formatting: 'unchanged', preview: [], problems };
  }
  const edits: Edit[] = [...result.edits];
  const revisi = revisionNote(projectData(loaded), options);
  if (revisi) edits.push(revisi.edit);
  const outcome = await finish(loaded, edits, options, true);
  return { ...base, ...outcome, problems: [...problems, ...outcome.problems] };
}

/** Rejected rows shown; a file of thousands of bad rows gives the first ones and a count. */
export const PROBLEMS_SHOWN = 50;

function firstProblems(problems: readonly Problem[], sumber: string): Problem[] {
  if (problems.length <= PROBLEMS_SHOWN) return [...problems];
  const more = problems.length - PROBLEMS_SHOWN;
  return [
    ...problems.slice(0, PROBLEMS_SHOWN),
    {
      code: 'realisasi-more-problems',
      severity: 'error',
      file: sumber,
      jumlah: more,
      message: `… dan ${more.toLocaleString('id-ID')} masalah lainnya (hanya ${PROBLEMS_SHOWN} yang pertama ditampilkan).`,
      hint: 'Perbaiki baris-baris di atas, lalu impor lagi untuk melihat sisanya.',
    },
  ];
}

// --- --roll ---

export interface RollOptions {
  mulai: number;
  selesai: number;
  /** The new file; default `roadmap-MULAI-SELESAI.yaml` beside the project. */
  output?: string;
  /** Overwrite an existing output file. */
  force?: boolean;
  dryRun?: boolean;
  tanggal?: string;
}

export async function updateRoll(given: string | undefined, cwd: string, options: RollOptions): Promise<RollUpdateResult> {
  const loaded = await loadProject(given, cwd);
  const project = requireValidProject(loaded);
  const { mulai, selesai } = options;
  if (selesai < mulai || selesai - mulai + 1 > 25) {
    throw new UsageError('E_ROLL_PERIOD', `Periode ${mulai}-${selesai} tidak sah.`, { hint: 'Tulis MULAI-SELESAI, misalnya --roll 2029-2033.' });
  }
  checkNextPeriod(project.periode, { mulai, selesai }, loaded.displayPath);
  const outputPath = resolve(cwd, options.output ?? join(dirname(loaded.path), `roadmap-${mulai}-${selesai}.yaml`));
  const output = displayPath(outputPath, cwd);
  if (outputPath === loaded.path) {
    throw new UsageError('E_ROLL_SAME_FILE', 'Road map periode baru ditulis ke berkas baru, bukan menimpa berkas lama.', { hint: 'Pakai -o roadmap-2029-2033.yaml.' });
  }
  if (!options.force && (await exists(outputPath))) {
    throw new UserError('E_OUTPUT_EXISTS', `${output} sudah ada.`, { hint: 'Pilih nama lain dengan -o, atau timpa dengan --force.' });
  }

  const { applied, report } = rollPeriod(loaded.text, project, { mulai, selesai, tanggal: options.tanggal ?? today() });
  const parsed = parseProject(applied.text, output);
  const errors = parsed.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    throw new ValidationFailed(errors, `Road map periode ${mulai}-${selesai} tidak valid sehingga tidak ditulis. Ini kemungkinan bug; mohon laporkan.`);
  }
  const dryRun = options.dryRun ?? false;
  if (!dryRun) await writeFileAtomic(outputPath, applied.text);
  return {
    action: 'roll',
    file: loaded.displayPath,
    output,
    written: !dryRun,
    dryRun,
    formatting: applied.formatting,
    preview: [],
    problems: [],
    report,
    peringatan: parsed.problems.length,
  };
}

/** The new period comes after the old one: it may not start before it or overlap it. */
function checkNextPeriod(old: { mulai: number; selesai: number }, next: { mulai: number; selesai: number }, shown: string): void {
  if (next.mulai > old.selesai) return;
  const overlap = next.selesai >= old.mulai;
  const what = overlap ? `tumpang tindih dengan periode ${old.mulai}-${old.selesai}` : `mendahului periode ${old.mulai}-${old.selesai}`;
  const length = old.selesai - old.mulai;
  throw new UserError('E_ROLL_PERIOD', `Periode baru ${next.mulai}-${next.selesai} ${what} di ${shown}; periode baru harus dimulai sesudah ${old.selesai}.`, {
    hint: `Misalnya --roll ${old.selesai + 1}-${old.selesai + 1 + length}.`,
  });
}

// --- shared ---

/**
 * Runs a job that rewrites the project under its lock (see project-file.ts), so that two updates
 * at once take turns. A dry run writes nothing and takes no lock.
 */
async function locked<T>(given: string | undefined, cwd: string, command: string, options: Common, job: () => Promise<T>): Promise<T> {
  if (options.dryRun) return job();
  const path = await resolveProjectPath(given, cwd);
  return withProjectLock(path, { command, displayPath: displayPath(path, cwd) }, job);
}

/**
 * Applies edits to the project's text, validates the result, writes it (unless a dry run).
 * `requireValid`: the result must have no errors at all; otherwise only no new ones (so --set
 * can fix one of two mistakes).
 */
async function finish(loaded: LoadedProject, edits: readonly Edit[], options: Common, requireValid: boolean): Promise<UpdateBase> {
  const dryRun = options.dryRun ?? false;
  // A project read the fast way (no document) was read by readPlain: its text is plain.
  const applied = applyEdits(loaded.text, edits, { data: loaded.data, plain: loaded.document === undefined && loaded.data !== undefined });
  if (applied.changed === 0) {
    return { file: loaded.displayPath, written: false, dryRun, formatting: 'unchanged', preview: [], problems: [] };
  }
  // The edited text is read once, by the edit, which checks its content; a clean result is
  // validated from that content, only the changed parts again when the project was clean.
  const clean = applied.data !== undefined && editedProjectClean(loaded, applied, edits);
  const problems = clean ? [] : parseProject(applied.text, loaded.displayPath, { fast: applied.data === undefined }).problems;
  const known = new Set(loaded.problems.map(problemKey));
  const errors = problems.filter((p) => p.severity === 'error' && (requireValid || !known.has(problemKey(p))));
  if (errors.length > 0) {
    throw new ValidationFailed(errors, `Perubahan tidak disimpan karena hasilnya tidak valid; ${loaded.displayPath} tidak diubah.`);
  }
  if (!dryRun) await writeLoadedProject(loaded, applied.text);
  return {
    file: loaded.displayPath,
    written: !dryRun,
    dryRun,
    formatting: applied.formatting,
    // The line diff is costly on large files (Myers, O(N·D)); only a dry run shows it.
    preview: dryRun ? formatHunks(lineDiff(loaded.text, applied.text)) : [],
    problems: [],
  };
}

function editedProjectClean(loaded: LoadedProject, applied: { text: string; data?: unknown }, edits: readonly Edit[]): boolean {
  if (loaded.project && loaded.data !== undefined && loaded.problems.length === 0) {
    const parts = edits.map((edit) => (edit.op === 'append' ? edit.path : edit.path.slice(0, -1)));
    return readEditedProject({ project: loaded.project, data: loaded.data }, applied.data, parts) !== undefined;
  }
  return readCleanProject(applied.text, applied.data) !== undefined;
}

function problemKey(p: Problem): string {
  return `${p.code}|${p.path ?? ''}|${p.message}`;
}

/** The next draft number and a revision note, when --revisi was given. */
function revisionNote(data: unknown, options: Common): { edit: Edit; note: { draf: number; tanggal: string; catatan: string } } | undefined {
  if (options.revisi === undefined) return undefined;
  const catatan = options.revisi.trim();
  if (catatan === '') throw new UsageError('E_REVISI_EMPTY', '--revisi memerlukan catatan, misalnya --revisi "Penyesuaian target hasil reviu provinsi".');
  const log = (data as { riwayatRevisi?: { draf?: unknown }[] } | null)?.riwayatRevisi ?? [];
  const last = Math.max(0, ...log.map((r) => (typeof r?.draf === 'number' ? r.draf : 0)));
  const note = { draf: last + 1, tanggal: options.tanggal ?? today(), catatan };
  return { edit: { op: 'append', path: ['riwayatRevisi'], value: note }, note };
}

/** Today as TTTT-BB-HH in local time. */
export function today(): string {
  return new Date().toLocaleDateString('sv-SE');
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
