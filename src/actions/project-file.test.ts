import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../errors.js';
import { lockPathFor, saveProjectText, withProjectLock, writeLoadedProject } from './project-file.js';

function project(text = 'visi: lama\n'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'roadmap-pf-')), 'roadmap.yaml');
  writeFileSync(path, text);
  return path;
}

describe('withProjectLock', () => {
  it('holds .roadmap.yaml.lock while the job runs, and removes it after, also on failure', async () => {
    const path = project();
    const lock = lockPathFor(path);
    expect(lock.endsWith('/.roadmap.yaml.lock')).toBe(true);
    await withProjectLock(path, { command: 'roadmap update --set', displayPath: 'roadmap.yaml' }, async () => {
      expect(JSON.parse(readFileSync(lock, 'utf8'))).toMatchObject({ pid: process.pid, command: 'roadmap update --set' });
    });
    expect(existsSync(lock)).toBe(false);
    await expect(
      withProjectLock(path, { command: 'x', displayPath: 'roadmap.yaml' }, async () => {
        throw new Error('gagal');
      }),
    ).rejects.toThrow('gagal');
    expect(existsSync(lock)).toBe(false);
  });

  it('refuses, in Indonesian, naming who holds the lock and since when', async () => {
    const path = project();
    const since = new Date(Date.now() - 60_000);
    const p = (n: number) => String(n).padStart(2, '0');
    const shown = `${since.getFullYear()}-${p(since.getMonth() + 1)}-${p(since.getDate())} ${p(since.getHours())}:${p(since.getMinutes())}:${p(since.getSeconds())}`;
    writeFileSync(lockPathFor(path), JSON.stringify({ pid: process.ppid, host: hostname(), command: 'roadmap update --realisasi', since: since.toISOString() }));
    let ran = false;
    const error = await withProjectLock(path, { command: 'roadmap update --set', displayPath: 'roadmap.yaml', waitMs: 0 }, async () => {
      ran = true;
    }).catch((e: unknown) => e);
    expect(ran).toBe(false);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).code).toBe('E_PROJECT_LOCKED');
    expect((error as UserError).message).toBe(
      `roadmap.yaml sedang diubah oleh "roadmap update --realisasi" (pid ${process.ppid}) sejak ${shown}; tunggu atau hapus kuncinya bila proses itu sudah tidak berjalan.`,
    );
    expect((error as UserError).hint).toBe('Kuncinya: .roadmap.yaml.lock');
  });
});

describe('writing over a file someone else changed', () => {
  it('writeLoadedProject refuses when the file is no longer what was loaded', async () => {
    const path = project('visi: lama\n');
    writeFileSync(path, 'visi: diubah di editor\n');
    const error = await writeLoadedProject({ path, displayPath: 'roadmap.yaml', text: 'visi: lama\n' }, 'visi: baru\n').catch((e: unknown) => e);
    expect((error as UserError).code).toBe('E_PROJECT_CHANGED');
    expect(readFileSync(path, 'utf8')).toBe('visi: diubah di editor\n');
    await writeLoadedProject({ path, displayPath: 'roadmap.yaml', text: 'visi: diubah di editor\n' }, 'visi: baru\n');
    expect(readFileSync(path, 'utf8')).toBe('visi: baru\n');
  });

  it('saveProjectText (the wizard) checks what it last wrote, and says how to go on', async () => {
    const path = project('a: 1\n');
    await saveProjectText(path, 'a: 2\n', { command: 'roadmap init', displayPath: 'roadmap.yaml', expected: 'a: 1\n' });
    expect(readFileSync(path, 'utf8')).toBe('a: 2\n');
    const error = await saveProjectText(path, 'a: 3\n', {
      command: 'roadmap init',
      displayPath: 'roadmap.yaml',
      expected: 'a: 1\n',
      changedHint: 'Lanjutkan dengan roadmap init --resume.',
    }).catch((e: unknown) => e);
    expect((error as UserError).code).toBe('E_PROJECT_CHANGED');
    expect((error as UserError).hint).toBe('Lanjutkan dengan roadmap init --resume.');
    expect(readFileSync(path, 'utf8')).toBe('a: 2\n');
    expect(existsSync(lockPathFor(path))).toBe(false);
  });
});
