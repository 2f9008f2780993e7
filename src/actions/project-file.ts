/**
 * The one place roadmap.yaml is read or written. Loading never throws on a bad project: it
 * returns the problems; `requireValidProject` is for commands that cannot go on without one.
 */
import { readFile, stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import type { Document } from 'yaml';
import { UserError, ValidationFailed } from '../errors.js';
import { writeFileAtomic } from '../io/write-file-atomic.js';
import { parseProject, type ParsedProject } from '../model/parse-project.js';
import type { Project } from '../model/types.js';

export const PROJECT_FILE = 'roadmap.yaml';

export interface LoadedProject extends ParsedProject {
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
  return { ...parseProject(text, shown), path, displayPath: shown, text };
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
