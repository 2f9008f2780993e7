/**
 * The process's streams as a command sees them (the `Io` object): stdout, stderr, stdin, the raw
 * terminal and the colour for each stream. Built once in main.ts from the process; tests pass a
 * fake that collects strings (test/helpers/memory-io.ts). Not to be confused with src/io/, the
 * file-system edge (atomic writes, spreadsheets, LibreOffice, git).
 * Output streams are guarded: a reader that goes away (`roadmap status | head -1`) ends the output
 * quietly, and the old Windows console gets ASCII for the symbols it cannot draw.
 */
import { Chalk, type ChalkInstance } from 'chalk';

/** Where a command writes text: stdout or stderr. */
export interface OutStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Io {
  stdout: OutStream;
  stderr: OutStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** The raw terminal for the wizard's prompts, which draw and measure the screen themselves. */
  terminal: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream & { columns?: number; rows?: number } };
  /** Colour for stderr messages; level 0 when NO_COLOR is set or stderr is not a terminal. */
  color: ChalkInstance;
  /** Colour for stdout (reports such as `status`); level 0 when stdout is not a terminal. */
  colorOut: ChalkInstance;
  env: Record<string, string | undefined>;
  cwd: string;
}

type RawOut = NodeJS.WritableStream & { isTTY?: boolean; columns?: number; rows?: number };

/** What processIo reads from the process; tests pass their own. */
export interface ProcessLike {
  stdout: RawOut;
  stderr: RawOut;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  cwd(): string;
}

export function processIo(proc: ProcessLike = process): Io {
  const { env } = proc;
  // chalk reads FORCE_COLOR and the TTY but not NO_COLOR, which https://no-color.org asks every
  // program to honour: an empty NO_COLOR does not count.
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  const level = noColor || !proc.stderr.isTTY ? 0 : undefined;
  const levelOut = noColor || !proc.stdout.isTTY ? 0 : undefined;
  return {
    stdout: guardStream(proc.stdout, needsAsciiSymbols(proc.platform, env, proc.stdout.isTTY)),
    stderr: guardStream(proc.stderr, needsAsciiSymbols(proc.platform, env, proc.stderr.isTTY)),
    // Read when a command asks: opening standard input cost --help about a millisecond (its profile).
    get stdin() {
      return proc.stdin;
    },
    get terminal() {
      return { input: proc.stdin, output: proc.stdout };
    },
    color: new Chalk(level === undefined ? {} : { level }),
    colorOut: new Chalk(levelOut === undefined ? {} : { level: levelOut }),
    env,
    cwd: proc.cwd(),
  };
}

/** A terminal we may draw on (progress bars, prompts): both ends are TTYs and not CI. */
export function isInteractive(io: Io): boolean {
  return Boolean(io.stdin.isTTY && io.stdout.isTTY) && !io.env.CI;
}

/**
 * The old Windows console (conhost with its default fonts) shows ✔ ✖ → … as boxes. Windows
 * Terminal (WT_SESSION) and VS Code's terminal draw them. Files and pipes keep UTF-8 as it is.
 */
export function needsAsciiSymbols(platform: NodeJS.Platform, env: Record<string, string | undefined>, isTTY: boolean | undefined): boolean {
  return platform === 'win32' && Boolean(isTTY) && !env.WT_SESSION && env.TERM_PROGRAM !== 'vscode';
}

const ASCII: Record<string, string> = {
  '✔': 'OK',
  '✓': 'OK',
  '✖': 'X',
  '✗': 'X',
  '→': '->',
  '←': '<-',
  '…': '...',
  '•': '*',
  '›': '>',
  '—': '-',
  '–': '-',
  '“': '"',
  '”': '"',
  '‘': "'",
  '’': "'",
};
const NOT_ASCII = new RegExp(`[${Object.keys(ASCII).join('')}]`, 'g');

/**
 * @example
 * toAsciiSymbols('✔ draf.docx → selesai…') //=> 'OK draf.docx -> selesai...'
 */
export function toAsciiSymbols(text: string): string {
  return text.replace(NOT_ASCII, (c) => ASCII[c]!);
}

/**
 * A stream that stops quietly when its reader has gone (EPIPE from `| head -1`: the command goes
 * on and exits 0, as `git log | head` does), and that writes ASCII symbols when asked to.
 */
export function guardStream(raw: RawOut, ascii: boolean): OutStream {
  let closed = false;
  // Nothing can be reported on a stream that failed; without a listener Node would crash with a stack.
  raw.on('error', () => {
    closed = true;
  });
  return {
    write: (text: string) => (closed ? false : raw.write(ascii ? toAsciiSymbols(text) : text)),
    get isTTY() {
      return raw.isTTY;
    },
    get columns() {
      return raw.columns;
    },
  };
}
