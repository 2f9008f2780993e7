/**
 * The one place roadmap.yaml is read or written. Loading never throws on a bad project: it
 * returns the problems; `requireValidProject` is for commands that cannot go on without one.
 */
import { readFile, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { Document, LineCounter } from 'yaml';
import { UserError, ValidationFailed } from '../errors.js';
import { acquireLock, LockBusy, type LockHolder } from '../io/lock-file.js';
import { writeFileAtomic } from '../io/write-file-atomic.js';
import type { Location } from '../model/locate.js';
import type { ParsedProject } from '../model/parse-project.js';
import { readCleanProject } from '../model/read-project.js';
import type { Project } from '../model/types.js';
import type { PathSegment } from '../problem.js';

export const PROJECT_FILE = 'roadmap.yaml';

/**
 * A project as read from its file. A file without problems is read the fast way, without the
 * YAML document (and without loading the `yaml` library): `locateIn` and `projectData` build
 * what they need from `text` when asked. A file with problems carries its document.
 */
export interface LoadedProject extends Omit<ParsedProject, 'document' | 'lineCounter'> {
  document?: Document;
  lineCounter?: LineCounter;
  /** Absolute path of the file. */
  path: string;
  /** The path as shown to the user (relative to cwd when inside it). */
  displayPath: string;
  text: string;
}

/** `x/roadmap.yaml` as given; a directory means its roadmap.yaml; nothing means ./roadmap.yaml. */
export async function resolveProjectPath(given: string | undefined, cwd: string): Promise<string> {
  const path = resolve(cwd, given ?? PROJECT_FILE);
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) return resolve(path, PROJECT_FILE);
  return path;
}

export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}

export async function loadProject(given: string | undefined, cwd: string): Promise<LoadedProject> {
  const path = await resolveProjectPath(given, cwd);
  const shown = displayPath(path, cwd);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new UserError('E_PROJECT_NOT_FOUND', `Berkas proyek ${shown} tidak ditemukan.`, {
        hint: 'Buat proyek baru dengan `roadmap init`, atau sebutkan jalur roadmap.yaml yang benar.',
      });
    }
    throw new UserError('E_PROJECT_UNREADABLE', `Berkas proyek ${shown} tidak dapat dibaca (${code ?? String(error)}).`);
  }
  const clean = readCleanProject(text);
  if (clean) return { project: clean.project, data: clean.data, problems: [], path, displayPath: shown, text };
  const { parseProject } = await import('../model/parse-project.js');
  const { document, lineCounter, ...parsed } = parseProject(text, shown, { fast: false });
  return { ...parsed, document, lineCounter, path, displayPath: shown, text };
}

/** Where `path` is written in the project's file (the deepest part of it that exists). */
export async function locateIn(loaded: LoadedProject, path: readonly PathSegment[]): Promise<Location | undefined> {
  const { readDocument } = await import('../model/parse-project.js');
  const { locate } = await import('../model/locate.js');
  const { document, lineCounter } = loaded.document && loaded.lineCounter ? { document: loaded.document, lineCounter: loaded.lineCounter } : readDocument(loaded.text);
  return locate(document, lineCounter, path);
}

/** The file's content as plain data, as `document.toJS()` gives it. */
export function projectData(loaded: LoadedProject): unknown {
  if (loaded.data !== undefined) return loaded.data;
  if (!loaded.document) throw new Error(`${loaded.displayPath}: loaded without data or document`);
  return loaded.document.toJS();
}

/** The project, or a ValidationFailed carrying every problem. */
export function requireValidProject(loaded: LoadedProject): Project {
  if (!loaded.project) {
    throw new ValidationFailed(loaded.problems, `${loaded.displayPath} tidak valid; perbaiki dulu masalah di atas.`);
  }
  return loaded.project;
}

/** Writes the YAML document back (comments and key order kept), atomically. */
export async function saveProjectDocument(path: string, document: Document): Promise<void> {
  await writeFileAtomic(path, document.toString({ lineWidth: 0 }));
}

// --- one writer at a time ---

/** `.roadmap.yaml.lock` beside `roadmap.yaml`. */
export function lockPathFor(projectPath: string): string {
  return join(dirname(projectPath), `.${basename(projectPath)}.lock`);
}

/** How long a command waits for another one that is changing the same project. */
export const LOCK_WAIT_MS = 10_000;

export interface ProjectLockOptions {
  /** What we are doing, shown to a process that finds the lock: "roadmap update --set". */
  command: string;
  /** The project as shown to the user. */
  displayPath: string;
  waitMs?: number;
}

/**
 * Runs `job` holding the project's lock, so that two commands changing one roadmap.yaml take
 * turns instead of one silently undoing the other. Waits up to `waitMs` for the holder, then
 * refuses (UserError E_PROJECT_LOCKED, naming the holder). The lock goes when `job` ends.
 */
export async function withProjectLock<T>(projectPath: string, options: ProjectLockOptions, job: () => Promise<T>): Promise<T> {
  const lockPath = lockPathFor(projectPath);
  let lock;
  try {
    lock = await acquireLock(lockPath, { command: options.command, waitMs: options.waitMs ?? LOCK_WAIT_MS });
  } catch (error) {
    if (error instanceof LockBusy) throw lockedError(options.displayPath, lockPathFor(options.displayPath), error.holder);
    // No project there (no folder, or a file where a folder should be): nothing to protect, and
    // the job says so in the words every command uses for a missing or unreadable project.
    if (!(await stat(projectPath).catch(() => undefined))) return job();
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError('E_PROJECT_LOCK', `Kunci ${lockPathFor(options.displayPath)} tidak dapat dibuat (${code ?? String(error)}).`, {
      hint: 'Periksa apakah folder proyek dapat ditulisi.',
      cause: error,
    });
  }
  try {
    return await job();
  } finally {
    await lock.release();
  }
}

function lockedError(shown: string, lockShown: string, holder: LockHolder | undefined): UserError {
  const who = holder
    ? `"${holder.command}" (pid ${holder.pid}${holder.host === hostname() ? '' : ` di komputer ${holder.host}`})`
    : 'proses lain';
  const since = holder ? ` sejak ${localTime(holder.since)}` : '';
  return new UserError('E_PROJECT_LOCKED', `${shown} sedang diubah oleh ${who}${since}; tunggu atau hapus kuncinya bila proses itu sudah tidak berjalan.`, {
    hint: `Kuncinya: ${lockShown}`,
  });
}

/** `2026-12-03 14:21:05` in local time. */
function localTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString('sv-SE');
}

/**
 * Writes the new text of a loaded project, but only if the file still holds what was loaded:
 * an editor (or an older roadmap) that saved meanwhile would otherwise lose its change.
 */
export async function writeLoadedProject(loaded: Pick<LoadedProject, 'path' | 'displayPath' | 'text'>, text: string): Promise<void> {
  await refuseIfChanged(loaded.path, loaded.displayPath, loaded.text);
  await writeFileAtomic(loaded.path, text);
}

/**
 * Saves a project's text under its lock. With `expected`, refuses (E_PROJECT_CHANGED) when the
 * file no longer holds that text, i.e. someone else changed it since we read or wrote it.
 */
export async function saveProjectText(
  path: string,
  text: string,
  options: ProjectLockOptions & { expected?: string; changedHint?: string },
): Promise<void> {
  await withProjectLock(path, options, async () => {
    if (options.expected !== undefined) await refuseIfChanged(path, options.displayPath, options.expected, options.changedHint);
    await writeFileAtomic(path, text);
  });
}

async function refuseIfChanged(path: string, shown: string, expected: string, hint?: string): Promise<void> {
  const now = await readFile(path, 'utf8').catch(() => undefined);
  if (now === undefined || now === expected) return;
  throw new UserError('E_PROJECT_CHANGED', `${shown} diubah oleh program lain selama perintah ini berjalan; perubahan ini tidak disimpan agar perubahan itu tidak hilang.`, {
    hint: hint ?? 'Jalankan perintah itu lagi: perubahan dibuat ulang di atas isi berkas yang sekarang.',
  });
}
