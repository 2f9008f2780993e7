import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { guardStream, needsAsciiSymbols, processIo, toAsciiSymbols } from './streams.js';

/** A stream whose reader has gone, as stdout is after `| head -1`. */
function brokenPipe() {
  const stream = new EventEmitter() as EventEmitter & { write(text: string): boolean; writes: string[] };
  stream.writes = [];
  stream.write = (text: string) => {
    stream.writes.push(text);
    setImmediate(() => stream.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })));
    return false;
  };
  return stream;
}

function tty(): PassThrough & { isTTY: boolean; columns: number; text(): string } {
  const stream = Object.assign(new PassThrough(), { isTTY: true, columns: 80 }) as PassThrough & { isTTY: boolean; columns: number; text(): string };
  const chunks: string[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c.toString()));
  stream.text = () => chunks.join('');
  return stream;
}

describe('guardStream', () => {
  it('stops writing quietly once the reader has gone (EPIPE), instead of crashing', async () => {
    const raw = brokenPipe();
    const out = guardStream(raw as never, false);
    out.write('baris 1\n');
    await new Promise((r) => setImmediate(r));
    out.write('baris 2\n');
    out.write('baris 3\n');
    expect(raw.writes).toEqual(['baris 1\n']);
  });
});

describe('symbols on the old Windows console', () => {
  it('are ASCII only on a Windows console that is not Windows Terminal or VS Code', () => {
    expect(needsAsciiSymbols('win32', {}, true)).toBe(true);
    expect(needsAsciiSymbols('win32', { WT_SESSION: 'abc' }, true)).toBe(false);
    expect(needsAsciiSymbols('win32', { TERM_PROGRAM: 'vscode' }, true)).toBe(false);
    expect(needsAsciiSymbols('win32', {}, false)).toBe(false);
    expect(needsAsciiSymbols('linux', {}, true)).toBe(false);
  });

  it('replaces every symbol the commands print', () => {
    expect(toAsciiSymbols('✔ draf.docx → selesai… • ✖ — “a” ›')).toBe('OK draf.docx -> selesai... * X - "a" >');
    expect(toAsciiSymbols('Kabupaten Sukamaju: 70,5')).toBe('Kabupaten Sukamaju: 70,5');
  });

  it('are applied by processIo to both streams, and not with Windows Terminal', () => {
    const run = (env: Record<string, string>) => {
      const stdout = tty();
      const stderr = tty();
      const io = processIo({ stdout, stderr, stdin: new PassThrough(), env: { NO_COLOR: '1', ...env }, platform: 'win32', cwd: () => 'C:\\proyek' });
      io.stdout.write('✔ roadmap.docx\n');
      io.stderr.write('✖ gagal → lihat…\n');
      return [stdout.text(), stderr.text()];
    };
    expect(run({})).toEqual(['OK roadmap.docx\n', 'X gagal -> lihat...\n']);
    expect(run({ WT_SESSION: '1' })).toEqual(['✔ roadmap.docx\n', '✖ gagal → lihat…\n']);
  });
});
