/**
 * What the operating system refuses, simulated in-process (CI runs on Linux, often as root):
 * - Windows: Word holds roadmap.docx open, so replacing it fails (EBUSY or EPERM). The build says
 *   to close the file in Word, exits 1, and leaves the old DOCX as it was.
 * - A read-only output folder (EACCES): exit 1 with what to do, never "Galat internal".
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { memoryIo } from '../helpers/memory-io.js';
import { tempExample } from '../helpers/run-cli.js';
import { run } from '../../src/cli/main.js';

vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof import('node:fs/promises')>();
  const rename = async (from: string, to: string) => {
    if (String(to).endsWith('.docx')) throw Object.assign(new Error(`EBUSY: resource busy or locked, rename '${from}' -> '${to}'`), { code: 'EBUSY' });
    return fs.rename(from, to);
  };
  const open = (async (path: string, ...rest: unknown[]) => {
    if (String(path).includes('terkunci')) throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
    return (fs.open as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.open;
  return { ...fs, rename, open, default: { ...fs, rename, open } };
});

describe('the operating system refuses', () => {
  it('is not replaced: "Tutup roadmap.docx di Word, lalu jalankan lagi.", exit 1, old file intact', async () => {
    const { dir } = tempExample();
    writeFileSync(join(dir, 'roadmap.docx'), 'versi lama');
    const { io, stdout, stderr } = memoryIo(dir);
    const code = await run(['build', '-o', 'roadmap.docx'], io);
    expect(code, stderr()).toBe(1);
    expect(stderr()).toContain('roadmap.docx sedang dibuka di Word');
    expect(stderr()).toContain('Tutup roadmap.docx di Word, lalu jalankan lagi.');
    expect(stderr()).not.toMatch(/Galat internal/);
    expect(stdout()).toBe('');
    expect(readFileSync(join(dir, 'roadmap.docx'), 'utf8')).toBe('versi lama');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a read-only output folder: exit 1, what to do, no "Galat internal"', async () => {
    const { dir } = tempExample();
    const { io, stderr } = memoryIo(dir);
    const code = await run(['build', '-o', 'terkunci/draf.docx'], io);
    expect(code, stderr()).toBe(1);
    expect(stderr()).toContain('Tidak dapat menulis terkunci/draf.docx: tidak ada izin menulis di folder terkunci.');
    expect(stderr()).toContain('Pilih folder lain');
    expect(stderr()).not.toMatch(/Galat internal/);
  });
});
