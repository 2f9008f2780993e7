import { mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../errors.js';
import { STALE_TEMP_MS, writeFileAtomic } from './write-file-atomic.js';

const dir = () => mkdtempSync(join(tmpdir(), 'roadmap-atomic-'));
const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temporary file', async () => {
    const d = dir();
    const target = join(d, 'roadmap.docx');
    writeFileSync(target, 'lama');
    await writeFileAtomic(target, 'baru');
    expect(readFileSync(target, 'utf8')).toBe('baru');
    expect(readdirSync(d)).toEqual(['roadmap.docx']);
  });

  it('removes stale temporary files of the same target left by a killed write, and only those', async () => {
    const d = dir();
    const target = join(d, 'roadmap.docx');
    const old = Date.now() / 1000 - (STALE_TEMP_MS / 1000 + 60);
    const stale = ['.roadmap.docx.0123456789ab.tmp', '.roadmap.docx.ba9876543210.tmp'];
    for (const name of stale) {
      writeFileSync(join(d, name), 'setengah');
      utimesSync(join(d, name), old, old);
    }
    // A fresh one may belong to a build still running; another target's is not ours; a user's file with a similar name stays.
    writeFileSync(join(d, '.roadmap.docx.aaaaaaaaaaaa.tmp'), 'sedang ditulis');
    writeFileSync(join(d, '.lain.docx.0123456789ab.tmp'), 'x');
    utimesSync(join(d, '.lain.docx.0123456789ab.tmp'), old, old);
    writeFileSync(join(d, '.roadmap.docx.catatan.tmp'), 'x');
    utimesSync(join(d, '.roadmap.docx.catatan.tmp'), old, old);

    await writeFileAtomic(target, 'baru');
    expect(readdirSync(d).sort()).toEqual(['.lain.docx.0123456789ab.tmp', '.roadmap.docx.aaaaaaaaaaaa.tmp', '.roadmap.docx.catatan.tmp', 'roadmap.docx']);
  });

  it('says to close the file in Word when Windows refuses to replace it (EBUSY, EPERM): old file intact', async () => {
    for (const code of ['EBUSY', 'EPERM', 'EACCES']) {
      const d = dir();
      const target = join(d, 'roadmap.docx');
      writeFileSync(target, 'lama');
      let calls = 0;
      const rename = async () => {
        calls++;
        throw errno(code);
      };
      const error = await writeFileAtomic(target, 'baru', { shown: 'roadmap.docx', rename, platform: 'win32' }).catch((e: unknown) => e);
      expect(error, code).toBeInstanceOf(UserError);
      expect((error as UserError).code).toBe('E_FILE_IN_USE');
      expect((error as UserError).hint).toBe('Tutup roadmap.docx di Word, lalu jalankan lagi.');
      expect(calls, 'tried again, as a virus scanner may hold the file for a moment').toBeGreaterThan(1);
      expect(readFileSync(target, 'utf8')).toBe('lama');
      expect(readdirSync(d)).toEqual(['roadmap.docx']);
    }
  });

  it('names Excel for a workbook, and the path as the user typed it', async () => {
    const d = dir();
    const error = (await writeFileAtomic(join(d, 'r.xlsx'), 'x', { shown: 'keluaran\\r.xlsx', rename: async () => Promise.reject(errno('EBUSY')), platform: 'linux' }).catch((e: unknown) => e)) as UserError;
    expect(error.message).toContain('keluaran\\r.xlsx sedang dibuka di Excel');
    expect(error.hint).toBe('Tutup r.xlsx di Excel, lalu jalankan lagi.');
  });

  it('explains a permission refusal outside Windows, and an output that is a folder', async () => {
    const d = dir();
    const denied = (await writeFileAtomic(join(d, 'x.docx'), 'x', { rename: async () => Promise.reject(errno('EACCES')), platform: 'linux' }).catch((e: unknown) => e)) as UserError;
    expect(denied.code).toBe('E_WRITE_DENIED');
    expect(denied.hint).toMatch(/folder lain/);

    mkdirSync(join(d, 'hasil.docx'));
    const folder = (await writeFileAtomic(join(d, 'hasil.docx'), 'x', { shown: 'hasil.docx' }).catch((e: unknown) => e)) as UserError;
    expect(folder).toBeInstanceOf(UserError);
    expect(folder.code).toBe('E_OUTPUT_IS_DIRECTORY');
    expect(folder.message).toBe('hasil.docx adalah folder, bukan berkas; tidak ada yang ditulis.');
    expect(readdirSync(d)).toEqual(['hasil.docx']);
  });

  it('passes on what it cannot explain', async () => {
    const d = dir();
    const odd = errno('EWEIRD');
    await expect(writeFileAtomic(join(d, 'x.docx'), 'x', { rename: async () => Promise.reject(odd) })).rejects.toBe(odd);
  });
});
