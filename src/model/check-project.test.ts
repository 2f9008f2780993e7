import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProject } from './parse-project.js';

/** The Sukamaju example, with or without `pemerintah.logo` whatever the file says today. */
const example = readFileSync(new URL('../../examples/kabupaten-sukamaju/roadmap.yaml', import.meta.url), 'utf8');
const withoutLogo = example.replace(/^ {2}logo:.*\n/m, '');
const withLogo = withoutLogo.replace(/^pemerintah:\n/m, 'pemerintah:\n  logo: lambang.png\n');

describe('checkProject: the lambang daerah', () => {
  it('warns, at the `pemerintah` key, when the project names no logo', () => {
    const parsed = parseProject(withoutLogo, 'roadmap.yaml');
    const line = withoutLogo.split('\n').indexOf('pemerintah:') + 1;
    expect(parsed.project).toBeDefined();
    expect(parsed.problems).toEqual([
      {
        code: 'logo-missing',
        severity: 'warning',
        file: 'roadmap.yaml',
        line,
        column: 1,
        path: 'pemerintah',
        message: 'Lambang daerah belum ditentukan: kepala Peraturan dan sampul lampiran akan tanpa lambang.',
        hint: 'Tambahkan `logo: lambang.png` di bawah `pemerintah` (PNG atau JPEG, relatif terhadap roadmap.yaml).',
      },
    ]);
  });

  it('says nothing when the logo is named (the file is the actions’ business)', () => {
    expect(parseProject(withLogo, 'roadmap.yaml').problems).toEqual([]);
  });
});
