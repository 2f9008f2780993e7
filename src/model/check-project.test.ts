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

describe('checkProject: RB Tematik impact indicators', () => {
  it('checks them as sasaran indicators: OPD codes, years in the period, ids shared with the rest', () => {
    const broken = example.replace(
      /(      - id: TEM-03\n(?:.*\n)*?)        penanggungJawab: \[DPMPTSP\]\n/,
      '$1        penanggungJawab: [DPMPTSPX]\n',
    ).replace('target: {2024: 1.60, 2025: 1.80', 'target: {2031: 1.60, 2025: 1.80').replace('- id: TEM-04', '- id: IND-01');
    const codes = parseProject(broken, 'roadmap.yaml').problems.map((p) => `${p.code} ${p.path}`);
    expect(codes).toContain('opd-unknown tematik[1].indikator[0].penanggungJawab[0]');
    expect(codes).toContain('year-outside-period tematik[1].indikator[0].target.2031');
    expect(codes).toContain('duplicate-id tematik[2].indikator[0].id');
  });

  it('warns when a theme has no impact indicator', () => {
    const none = example.replace(/( {2}- tema: T3\n) {4}indikator:\n(?: {6,}.*\n)+/, '$1');
    const problems = parseProject(none, 'roadmap.yaml').problems.filter((p) => p.code === 'tematik-no-indikator');
    expect(problems.map((p) => p.path)).toEqual(['tematik[2]']);
  });

  it('warns when a quick win realisation does not open with a status word', () => {
    const vague = example.replace('realisasi: Belum tercapai; 41 dari 58', 'realisasi: 41 dari 58');
    expect(vague).not.toBe(example);
    const problems = (text: string) => parseProject(text, 'roadmap.yaml').problems.filter((p) => p.code === 'quickwin-realisasi-tanpa-status');
    expect(problems(example)).toEqual([]);
    expect(problems(vague).map((p) => p.path)).toEqual(['quickWins[2].realisasi']);
  });
});
