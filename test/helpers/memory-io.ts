/**
 * An in-memory Io for running the CLI in-process (`run(argv, io)` from src/cli/main.ts): no
 * terminal, no colour, an empty stdin, and everything written kept as strings. Thousands of runs
 * a minute, where spawning `node bin/roadmap.cjs` manages about two a second.
 */
import { PassThrough } from 'node:stream';
import { Chalk } from 'chalk';
import type { Io } from '../../src/cli/streams.js';

export interface MemoryIo {
  io: Io;
  stdout(): string;
  stderr(): string;
}

export interface MemoryIoOptions {
  /**
   * Pretend stdin and stdout are a terminal of this many columns (and CI is unset), for what a
   * command does only on a terminal: `init`'s wizard, `diff` wrapping its lines. Still no colour.
   */
  tty?: { columns: number };
}

export function memoryIo(cwd: string, env: Record<string, string | undefined> = {}, options: MemoryIoOptions = {}): MemoryIo {
  let out = '';
  let err = '';
  const stdin = Object.assign(new PassThrough(), options.tty ? { isTTY: true } : {});
  stdin.end();
  const io: Io = {
    stdout: { write: (text: string) => ((out += text), true), isTTY: Boolean(options.tty), ...(options.tty ? { columns: options.tty.columns } : {}) },
    stderr: { write: (text: string) => ((err += text), true), isTTY: false },
    stdin,
    terminal: { input: stdin, output: new PassThrough() },
    color: new Chalk({ level: 0 }),
    colorOut: new Chalk({ level: 0 }),
    env: { NO_COLOR: '1', CI: options.tty ? undefined : 'true', ...env },
    cwd,
  };
  return { io, stdout: () => out, stderr: () => err };
}
