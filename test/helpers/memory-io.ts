/**
 * An in-memory Io for running the CLI in-process (`run(argv, io)` from src/cli/main.ts): no
 * terminal, no colour, an empty stdin, and everything written kept as strings. Thousands of runs
 * a minute, where spawning `node bin/roadmap.js` manages about two a second.
 */
import { PassThrough } from 'node:stream';
import { Chalk } from 'chalk';
import type { Io } from '../../src/cli/io.js';

export interface MemoryIo {
  io: Io;
  stdout(): string;
  stderr(): string;
}

export function memoryIo(cwd: string, env: Record<string, string | undefined> = {}): MemoryIo {
  let out = '';
  let err = '';
  const stdin = new PassThrough();
  stdin.end();
  const io: Io = {
    stdout: { write: (text: string) => ((out += text), true), isTTY: false },
    stderr: { write: (text: string) => ((err += text), true), isTTY: false },
    stdin,
    terminal: { input: stdin, output: new PassThrough() },
    color: new Chalk({ level: 0 }),
    colorOut: new Chalk({ level: 0 }),
    env: { NO_COLOR: '1', CI: 'true', ...env },
    cwd,
  };
  return { io, stdout: () => out, stderr: () => err };
}
