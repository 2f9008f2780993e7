import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProject } from './build.js';
import { validateProject } from './validate.js';

const example = readFileSync(new URL('../../examples/kabupaten-sukamaju/roadmap.yaml', import.meta.url), 'utf8').replace(/^ {2}logo:.*\n/m, '');
/** Where `logo:` lands in the copies: the line after `pemerintah:`. */
const LOGO_LINE = example.split('\n').indexOf('pemerintah:') + 2;
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A temporary copy of the example naming `logo` (or no logo), plus the given files. */
function project(logo: string | undefined, files: Record<string, Uint8Array | string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-validate-'));
  const text = logo === undefined ? example : example.replace(/^pemerintah:\n/m, `pemerintah:\n  logo: ${logo}\n`);
  writeFileSync(join(dir, 'roadmap.yaml'), text);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('validateProject: the logo file', () => {
  it('without a logo: valid, with only the logo-missing warning', async () => {
    const result = await validateProject(undefined, project(undefined));
    expect(result.valid).toBe(true);
    expect(result.problems.map((p) => [p.severity, p.code])).toEqual([['warning', 'logo-missing']]);
    expect(result.alignment).toBeDefined();
  });

  it('with a PNG logo beside roadmap.yaml: no problems', async () => {
    const result = await validateProject(undefined, project('lambang.png', { 'lambang.png': PNG }));
    expect(result).toMatchObject({ valid: true, problems: [] });
  });

  it('a logo that does not exist is an error located at its value, as build refuses it', async () => {
    const cwd = project('gambar/lambang.png');
    const result = await validateProject(undefined, cwd);
    expect(result.valid).toBe(false);
    expect(result.alignment).toBeUndefined();
    expect(result.problems).toEqual([
      {
        code: 'logo-not-found',
        severity: 'error',
        file: 'roadmap.yaml',
        line: LOGO_LINE,
        column: 9,
        path: 'pemerintah.logo',
        message: 'Logo gambar/lambang.png (pemerintah.logo) tidak ditemukan.',
        hint: 'Jalur logo ditulis relatif terhadap roadmap.yaml.',
      },
    ]);
    await expect(buildProject(undefined, { cwd })).rejects.toMatchObject({ code: 'E_LOGO_NOT_FOUND' });
  });

  it('a logo that is not PNG or JPEG is an error, as build refuses it', async () => {
    const cwd = project('lambang.gif', { 'lambang.gif': 'GIF89a' });
    const result = await validateProject(undefined, cwd);
    expect(result.valid).toBe(false);
    expect(result.problems).toMatchObject([{ code: 'logo-format', severity: 'error', path: 'pemerintah.logo', line: LOGO_LINE, message: 'Logo lambang.gif bukan berkas PNG atau JPEG.' }]);
    await expect(buildProject(undefined, { cwd })).rejects.toMatchObject({ code: 'E_LOGO_FORMAT' });
  });

  it('a logo path that cannot be read as a file is an error', async () => {
    const cwd = project('lambang');
    mkdirSync(join(cwd, 'lambang'));
    const result = await validateProject(undefined, cwd);
    expect(result.valid).toBe(false);
    expect(result.problems).toMatchObject([{ code: 'logo-unreadable', severity: 'error', path: 'pemerintah.logo', message: 'Logo lambang (pemerintah.logo) tidak dapat dibaca (EISDIR).' }]);
  });
});
