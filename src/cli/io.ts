/**
 * The Io object: the streams and colour a command may use. Built once in main.ts from the
 * process; tests pass a fake that collects strings.
 */
import { Chalk, type ChalkInstance } from 'chalk';

export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** Colour for stderr messages; level 0 when NO_COLOR is set or stderr is not a terminal. */
  color: ChalkInstance;
  /** Colour for stdout (reports such as `status`); level 0 when stdout is not a terminal. */
  colorOut: ChalkInstance;
  env: Record<string, string | undefined>;
  cwd: string;
}

export function processIo(): Io {
  const env = process.env;
  // chalk reads FORCE_COLOR and the TTY but not NO_COLOR (code-style D1).
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  const level = noColor || !process.stderr.isTTY ? 0 : undefined;
  const levelOut = noColor || !process.stdout.isTTY ? 0 : undefined;
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    color: new Chalk(level === undefined ? {} : { level }),
    colorOut: new Chalk(levelOut === undefined ? {} : { level: levelOut }),
    env,
    cwd: process.cwd(),
  };
}

/** A terminal we may draw on (progress bars, prompts): both ends are TTYs and not CI. */
export function isInteractive(io: Io): boolean {
  return Boolean(io.stdin.isTTY && io.stdout.isTTY) && !io.env.CI;
}
