/**
 * The one place that shapes what a command answers when it fails, and every `--json` document:
 * an error becomes an exit code, a human message on stderr (what happened, then what to do), and
 * with `--json` also `{ "error": { code, message, hint?, problems? } }` on stdout. Situations of
 * the user's machine (no permission, a folder in the way, a full disk, a file held open, a YAML
 * alias bomb) are the user's to fix, not bugs: exit 1 with a hint. Only the rest is exit 3.
 */
import { basename, isAbsolute, relative } from 'node:path';
import { CommanderError } from 'commander';
import { ExitCode, RoadmapError, UsageError, ValidationFailed } from '../errors.js';
import type { Problem } from '../problem.js';
import { translateCommanderMessage } from './commander-messages.js';
import { Exit, Interrupted, isInterruption } from './exit.js';
import type { Io } from './streams.js';
import { printProblems } from './report.js';

/** The error object of every `--json` answer, also inside `build --json` for a failed project. */
export interface ErrorJson {
  code: string;
  message: string;
  hint?: string;
  problems?: readonly Problem[];
}

interface Described extends ErrorJson {
  exit: number;
  /** Not the user's doing: say it is a bug. */
  bug?: boolean;
  /** For --debug. */
  detail?: unknown;
}

/** Prints a `--json` answer on stdout: one document, two-space indented. */
export function printJson(io: Io, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** `{ code, message, hint?, problems? }` for any error. */
export function errorJson(error: unknown, cwd?: string): ErrorJson {
  const { code, message, hint, problems } = describeError(error, cwd);
  return { code, message, ...(hint ? { hint } : {}), ...(problems ? { problems } : {}) };
}

/**
 * Says what went wrong and returns the exit code: 0 ok, 1 the input (or the user's machine),
 * 2 usage, 3 a bug, 130 interrupted. With `json`, also prints `{ "error": … }` on stdout.
 */
export function reportError(error: unknown, io: Io, options: { debug?: boolean; json?: boolean } = {}): number {
  // A command that has already said everything (e.g. `validate --json` printed its report).
  if (error instanceof Exit) return error.code;
  // Ctrl-C, said here for every command: a command only adds where its work was kept.
  if (isInterruption(error)) {
    const note = error instanceof Interrupted ? ` ${error.note}` : '';
    io.stderr.write(`\n${io.color.yellow('Dihentikan.')}${note}\n`);
    return ExitCode.INTERRUPTED;
  }
  const described = describeError(error, io.cwd);
  if (described.exit === ExitCode.OK) return ExitCode.OK;
  if (options.json) printJson(io, { error: errorJson(error, io.cwd) });
  // Commander has already printed its (translated) message through configureOutput.
  if (error instanceof CommanderError) return described.exit;

  const { color } = io;
  if (described.problems) printProblems(io, described.problems);
  io.stderr.write(`${color.red('✖')} ${described.message}\n`);
  if (described.hint) io.stderr.write(`  ${described.hint}\n`);
  if (options.debug && described.detail) {
    const detail = described.detail as Error;
    io.stderr.write(`${String(detail?.stack ?? detail)}\n`);
  }
  return described.exit;
}

/** Every error in the user's terms. */
export function describeError(error: unknown, cwd?: string): Described {
  if (error instanceof ValidationFailed) {
    return { exit: ExitCode.INVALID_INPUT, code: error.code, message: error.message, ...(error.hint ? { hint: error.hint } : {}), problems: error.problems };
  }
  if (error instanceof RoadmapError) {
    return {
      exit: error instanceof UsageError ? ExitCode.USAGE : ExitCode.INVALID_INPUT,
      code: error.code,
      message: error.message,
      ...(error.hint ? { hint: error.hint } : {}),
      ...(error.cause ? { detail: error.cause } : {}),
    };
  }
  if (error instanceof CommanderError) {
    // Help and version exit 0; every other commander error (unknown option, missing argument, bad
    // value) is a usage error, exit 2, whatever exit code commander itself chose.
    const message = translateCommanderMessage(error.message).replace(/^galat:\s*/, '').trim();
    return { exit: error.exitCode === 0 ? ExitCode.OK : ExitCode.USAGE, code: 'E_USAGE', message, hint: 'Lihat: roadmap <perintah> --help' };
  }
  const situation = describeSituation(error, cwd);
  if (situation) return { exit: ExitCode.INVALID_INPUT, ...situation, detail: error };
  const message = (error as Error)?.message ?? String(error);
  return {
    exit: ExitCode.BUG,
    bug: true,
    code: 'E_INTERNAL',
    message: `Galat internal: ${message}`,
    hint: 'Ini bug pada roadmap; mohon laporkan beserta perintah yang dijalankan. Jalankan ulang dengan --debug untuk rinciannya.',
    detail: error,
  };
}

/** What the operating system or the YAML parser refused, when it is the user's situation. */
function describeSituation(error: unknown, cwd: string | undefined): ErrorJson | undefined {
  const e = error as (NodeJS.ErrnoException & { dest?: string }) | undefined;
  const message = e?.message ?? '';
  // The yaml library refuses to expand a "billion laughs" file (maxAliasCount).
  if (/Excessive alias count/i.test(message)) {
    return {
      code: 'E_YAML_ALIASES',
      message: 'Berkas YAML memakai terlalu banyak alias (&nama dan *nama) yang saling bersarang; berkas seperti ini dapat menghabiskan memori, jadi tidak dibaca.',
      hint: 'roadmap.yaml tidak memerlukan alias: tulis nilainya langsung. Bila berkas ini kiriman pihak lain, periksa isinya sebelum dipakai.',
    };
  }
  const raw = e?.dest ?? e?.path;
  const path = raw ? shown(raw, cwd) : 'berkas itu';
  switch (e?.code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return { code: 'E_NO_PERMISSION', message: `Tidak ada izin untuk mengakses ${path}.`, hint: 'Periksa izin berkas atau folder itu, atau pilih tempat lain.' };
    case 'EISDIR':
      return { code: 'E_IS_DIRECTORY', message: `${path} adalah folder, bukan berkas.`, hint: 'Sebutkan jalur berkas, bukan folder.' };
    case 'ENOTDIR':
      return { code: 'E_NOT_DIRECTORY', message: `${path}: sebagian jalurnya adalah berkas, bukan folder.`, hint: 'Periksa jalur itu.' };
    case 'ENOENT':
      return { code: 'E_NOT_FOUND', message: `${path} tidak ditemukan.`, hint: 'Periksa jalur itu.' };
    case 'ENOSPC':
    case 'EDQUOT':
      return { code: 'E_DISK_FULL', message: `Ruang disk habis saat menulis ${path}.`, hint: 'Kosongkan ruang disk atau pilih drive lain, lalu jalankan lagi.' };
    case 'EBUSY':
      return { code: 'E_FILE_IN_USE', message: `${path} sedang dipakai program lain.`, hint: `Tutup ${raw ? basename(raw) : 'berkas itu'} di program yang membukanya, lalu jalankan lagi.` };
    default:
      return undefined;
  }
}

function shown(path: string, cwd: string | undefined): string {
  if (!cwd || !isAbsolute(path)) return path;
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
