import { describe, expect, it } from 'vitest';
import { findSoffice } from './libreoffice.js';

const WINDOWS_ENV = { ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)', ProgramW6432: 'C:\\Program Files' };

function disk(files: string[], dirs: Record<string, string[]> = {}) {
  return [async (p: string) => files.includes(p), async (d: string) => dirs[d] ?? []] as const;
}

describe('findSoffice', () => {
  it('finds soffice.exe in LibreOffice\'s standard place under Program Files', async () => {
    const found = await findSoffice('win32', WINDOWS_ENV, ...disk(['C:\\Program Files\\LibreOffice\\program\\soffice.exe']));
    expect(found.command).toBe('C:\\Program Files\\LibreOffice\\program\\soffice.exe');
  });

  it('finds a 32-bit install under Program Files (x86), and an old versioned folder', async () => {
    const x86 = await findSoffice('win32', WINDOWS_ENV, ...disk(['C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe']));
    expect(x86.command).toBe('C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe');
    const old = await findSoffice('win32', WINDOWS_ENV, ...disk(['D:\\Apps\\LibreOffice 5\\program\\soffice.exe'], { 'D:\\Apps': ['LibreOffice 5', 'Lain'] }));
    expect(old.command).toBe('soffice');
    const versioned = await findSoffice(
      'win32',
      { ProgramFiles: 'D:\\Apps' },
      ...disk(['D:\\Apps\\LibreOffice 5\\program\\soffice.exe'], { 'D:\\Apps': ['LibreOffice 5', 'Lain'] }),
    );
    expect(versioned.command).toBe('D:\\Apps\\LibreOffice 5\\program\\soffice.exe');
  });

  it('falls back to PATH, and says where it looked', async () => {
    const none = await findSoffice('win32', WINDOWS_ENV, ...disk([]));
    expect(none.command).toBe('soffice');
    expect(none.searched).toContain('C:\\Program Files\\LibreOffice\\program\\soffice.exe');
    expect(none.searched).toContain('C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe');
    expect(none.searched.at(-1)).toBe('PATH');
  });

  it('uses soffice from PATH on Linux, and the app bundle on macOS', async () => {
    expect(await findSoffice('linux', {}, ...disk([]))).toEqual({ command: 'soffice', searched: [] });
    const mac = await findSoffice('darwin', {}, ...disk(['/Applications/LibreOffice.app/Contents/MacOS/soffice']));
    expect(mac.command).toBe('/Applications/LibreOffice.app/Contents/MacOS/soffice');
  });
});
