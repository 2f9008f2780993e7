/**
 * Broken projects through the built CLI: each kind of error gets the right message at the right
 * file:line:column, exit code 1, no stack trace, and `build` writes no file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, runCli, tempDir } from '../helpers/run-cli.js';

const example = readFileSync(EXAMPLE, 'utf8');

/** Writes `text` as a project, returns its path and the 1-based line holding `marker`. */
function project(text: string, marker: string): { path: string; dir: string; line: number } {
  const dir = tempDir();
  const path = join(dir, 'roadmap.yaml');
  writeFileSync(path, text);
  const line = text.split('\n').findIndex((l) => l.includes(marker)) + 1;
  expect(line, `marker ${marker} not found`).toBeGreaterThan(0);
  return { path, dir, line };
}

/** Replaces the first match of `pattern` in the example, failing if there is none. */
function mutate(pattern: RegExp, replacement: string): string {
  expect(example).toMatch(pattern);
  return example.replace(pattern, replacement);
}

function expectCleanFailure(result: { code: number; stderr: string }) {
  expect(result.code).toBe(1);
  expect(result.stderr).not.toMatch(/\n\s+at .+\(.*:\d+:\d+\)/); // no stack trace
}

describe('roadmap validate / build on broken projects', () => {
  it('reports a YAML syntax error with its line', () => {
    const p = project(mutate(/^visi: .*$/m, 'visi: "Terwujudnya tata kelola\nmisi_rusak: [\n'), 'misi_rusak');
    const r = runCli(['validate', p.path]);
    expectCleanFailure(r);
    expect(r.stderr).toMatch(/Kesalahan sintaks YAML/);
    expect(r.stderr).toMatch(/roadmap\.yaml:\d+:\d+/);
  });

  it('reports an unknown key with a suggestion, located at the key', () => {
    const text = mutate(/^(\s+)koordinator: (\S+)/m, '$1koordinatr: $2');
    const p = project(text, 'koordinatr:');
    const r = runCli(['validate', p.path]);
    expectCleanFailure(r);
    const column = text.split('\n')[p.line - 1]!.indexOf('koordinatr') + 1;
    expect(r.stderr).toContain(`roadmap.yaml:${p.line}:${column}`);
    expect(r.stderr).toContain('Kunci "koordinatr" tidak dikenal');
    expect(r.stderr).toContain('Maksud Anda "koordinator"?');
  });

  it('reports a wrong type with the field path', () => {
    const text = mutate(/^(\s+)mulai: \d{4}/m, '$1mulai: dua ribu');
    const p = project(text, 'mulai: dua ribu');
    const r = runCli(['validate', p.path]);
    expectCleanFailure(r);
    expect(r.stderr).toContain(`roadmap.yaml:${p.line}:`);
    expect(r.stderr).toContain('periode.mulai');
    expect(r.stderr).toMatch(/Harus angka/);
  });

  it('reports an OPD code missing from the registry, with a suggestion', () => {
    const text = mutate(/^(\s+)koordinator: BKPSDM$/m, '$1koordinator: BKPSD');
    const p = project(text, 'koordinator: BKPSD');
    const r = runCli(['validate', p.path]);
    expectCleanFailure(r);
    expect(r.stderr).toContain(`roadmap.yaml:${p.line}:`);
    expect(r.stderr).toContain('Kode OPD "BKPSD" tidak ada di daftar OPD');
    expect(r.stderr).toContain('Maksud Anda "BKPSDM"?');
  });

  it('reports a year outside the period at the year key', () => {
    const text = mutate(/^(\s+target: \{)(\d{4}):/m, '$11999: 1, $2:');
    const p = project(text, '{1999: 1');
    const r = runCli(['validate', p.path]);
    expectCleanFailure(r);
    expect(r.stderr).toContain(`roadmap.yaml:${p.line}:`);
    expect(r.stderr).toMatch(/Tahun 1999 di luar periode \d{4}-\d{4}/);
  });

  it('reports a duplicate id and where the first one is', () => {
    const ids = [...example.matchAll(/^\s+- id: ([A-Z]+-\d+)$/gm)].map((m) => m[1]!);
    const [first, second] = ids.filter((id) => /^[A-Z]+-\d+$/.test(id) && id.startsWith('MP-'));
    expect(first && second).toBeTruthy();
    const text = example.replace(`- id: ${second}\n`, `- id: ${first}\n`);
    const lines = text.split('\n');
    const dupLine = lines.findIndex((l, i) => l.includes(`- id: ${first}`) && lines.slice(0, i).some((x) => x.includes(`- id: ${first}`))) + 1;
    const p = project(text, `- id: ${first}`);
    const r = runCli(['validate', p.path]);
    expectCleanFailure(r);
    expect(r.stderr).toContain(`roadmap.yaml:${dupLine}:`);
    expect(r.stderr).toContain(`"${first}" sudah dipakai`);
  });

  it('reports a missing area of change', () => {
    const text = mutate(/^  - kode: DK$/m, '  - kode: XX');
    const p = project(text, 'kode: XX');
    const r = runCli(['validate', p.path, '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { valid: boolean; problems: { code: string; line?: number; message: string }[] };
    expect(report.valid).toBe(false);
    expect(report.problems.map((x) => x.code)).toEqual(expect.arrayContaining(['area-missing', 'area-unknown']));
    expect(report.problems.find((x) => x.code === 'area-unknown')?.line).toBe(p.line);
  });

  it('lists every problem at once, not only the first', () => {
    const text2 = mutate(/^(\s+)koordinator: BKPSDM$/m, '$1koordinator: BKPSD').replace(/^(\s+)pelaksana: \[BAG-ORG/m, '$1pelaksana: [BAG-ORX');
    const p2 = project(text2, 'koordinator: BKPSD');
    const r2 = runCli(['validate', p2.path, '--json']);
    const report2 = JSON.parse(r2.stdout) as { problems: { code: string }[] };
    expect(report2.problems.filter((x) => x.code === 'opd-unknown').length).toBeGreaterThanOrEqual(2);
  });

  it('build refuses an invalid project and writes no file', () => {
    const p = project(mutate(/^(\s+)koordinator: BKPSDM$/m, '$1koordinator: BKPSD'), 'BKPSD');
    const out = join(p.dir, 'keluaran.docx');
    const r = runCli(['build', p.path, '-o', out]);
    expectCleanFailure(r);
    expect(r.stderr).toContain('tidak valid');
    expect(existsSync(out)).toBe(false);
  });

  it('says clearly when the project file does not exist', () => {
    const r = runCli(['build', join(tempDir(), 'tidak-ada.yaml')]);
    expectCleanFailure(r);
    expect(r.stderr).toMatch(/tidak ditemukan/);
    expect(r.stderr).toMatch(/roadmap init/);
  });
});
