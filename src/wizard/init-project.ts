/**
 * `roadmap init` as one function: picks the backend (terminal, --yes, --answers), runs the
 * workshop, and builds the first draft. Returns what happened; the command prints it.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError, UserError } from '../errors.js';
import { displayPath, PROJECT_FILE } from '../actions/project-file.js';
import type { BuildResult } from '../actions/build-types.js';
import type { Problem } from '../problem.js';
import { createPromptBackend, type PromptContext } from './inquirer-backend.js';
import { acceptDefaults } from './journal.js';
import { runFromAnswers } from './run-from-answers.js';
import { runWizard } from './run-wizard.js';
import type { Summary } from './summary.js';
import type { Paint } from './types.js';

export interface InitOptions {
  /** The project folder as given (undefined: the current one). */
  dir?: string | undefined;
  cwd: string;
  resume: boolean;
  /** --answers FILE */
  answers?: string | undefined;
  /** --yes */
  yes: boolean;
  /** Build the first draft at the end (--no-build turns it off). */
  build: boolean;
  now?: Date;
  paint: Paint;
  /** Prompts' streams (interactive only). */
  prompt: PromptContext;
  /** Notes and the summary. */
  write: (text: string) => void;
}

export type InitResult =
  | {
      status: 'done';
      projectPath: string;
      shown: string;
      summary: Summary;
      backup?: string;
      draft?: BuildResult;
      /** The draft could not be built (the project is saved). */
      buildError?: unknown;
    }
  | { status: 'saved'; projectPath: string; shown: string; resumeCommand: string; summary: Summary }
  | { status: 'cancelled' }
  | { status: 'invalid'; problems: Problem[]; answersFile: string };

/** Where roadmap.yaml goes, and how to resume. */
export function initPaths(dir: string | undefined, cwd: string): { projectPath: string; shown: string; resumeCommand: string } {
  const folder = resolve(cwd, dir ?? '.');
  const projectPath = resolve(folder, PROJECT_FILE);
  const arg = dir === undefined ? '' : ` ${/\s/.test(dir) ? JSON.stringify(dir) : dir}`;
  return { projectPath, shown: displayPath(projectPath, cwd), resumeCommand: `roadmap init${arg} --resume` };
}

export async function initProject(o: InitOptions): Promise<InitResult> {
  const { projectPath, shown, resumeCommand } = initPaths(o.dir, o.cwd);
  const now = o.now ?? new Date();
  const folderInfo = await stat(resolve(projectPath, '..')).catch(() => undefined);
  if (folderInfo && !folderInfo.isDirectory()) {
    throw new UsageError('E_INIT_DIR', `${o.dir} bukan folder.`, { hint: 'roadmap init menerima folder proyek; roadmap.yaml dibuat di dalamnya.' });
  }

  let outcome: Extract<InitResult, { status: 'done' }> | Exclude<InitResult, { status: 'done' }>;
  if (o.answers !== undefined) {
    if (o.resume) throw new UsageError('E_INIT_FLAGS', '--resume tidak dapat digabung dengan --answers.', { hint: 'Berkas jawaban selalu menyusun proyek dari awal.' });
    const exists = await stat(projectPath).then(
      () => true,
      () => false,
    );
    if (exists && !o.yes) {
      throw new UsageError('E_INIT_EXISTS', `${shown} sudah ada; --answers tidak menimpanya tanpa persetujuan.`, {
        hint: 'Tambahkan --yes untuk menyimpan berkas lama sebagai cadangan (roadmap.yaml.bak-…) lalu menulis yang baru.',
      });
    }
    const answersPath = resolve(o.cwd, o.answers);
    let answersText: string;
    try {
      answersText = await readFile(answersPath, 'utf8');
    } catch (error) {
      throw new UserError('E_ANSWERS_NOT_FOUND', `Berkas jawaban ${o.answers} tidak dapat dibaca (${(error as NodeJS.ErrnoException).code ?? String(error)}).`, {
        hint: 'Format berkas jawaban: docs/wizard.md; contoh: test/fixtures/answers/sukamaju-mini.yaml.',
      });
    }
    const result = await runFromAnswers({ answersText, answersFile: o.answers, projectPath, displayPath: shown, now, paint: o.paint, write: o.write });
    if (result.status === 'invalid') return { status: 'invalid', problems: result.problems, answersFile: o.answers };
    outcome = { status: 'done', projectPath, shown, summary: result.summary, ...(result.backup ? { backup: result.backup } : {}) };
  } else {
    const terminal = createPromptBackend(o.prompt, o.write);
    const result = await runWizard({
      projectPath,
      displayPath: shown,
      resumeCommand,
      backend: o.yes ? acceptDefaults(terminal) : terminal,
      resume: o.resume,
      now,
      paint: o.paint,
    });
    if (result.status === 'cancelled') return result;
    if (result.status === 'saved') return { status: 'saved', projectPath, shown, resumeCommand, summary: result.summary };
    outcome = { status: 'done', projectPath, shown, summary: result.summary, ...(result.backup ? { backup: result.backup } : {}) };
  }

  // The first draft: built only from a valid project.
  if (!o.build || outcome.status !== 'done' || outcome.summary.errors > 0) return outcome;
  try {
    const { buildProject } = await import('../actions/build.js');
    return { ...outcome, draft: await buildProject(projectPath, { cwd: o.cwd }) };
  } catch (error) {
    return { ...outcome, buildError: error };
  }
}
