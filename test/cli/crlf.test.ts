/**
 * Files saved on Windows end their lines with CRLF: the project, the wizard's answers, realisation
 * CSVs and edited templates. Each reads exactly as its LF twin, and an update keeps CRLF.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir, tempExample } from '../helpers/run-cli.js';

const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');
const documentXml = (docx: string) => execFileSync('unzip', ['-p', docx, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

function toCrlf(dir: string): void {
  for (const entry of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, entry);
    if (statSync(path).isFile() && /\.(hbs|yaml)$/.test(entry)) writeFileSync(path, crlf(readFileSync(path, 'utf8')));
  }
}

describe('CRLF files', () => {
  it('a CRLF roadmap.yaml validates and builds the same document; update keeps CRLF; a CRLF CSV imports', () => {
    const lf = tempExample();
    const win = tempExample();
    writeFileSync(win.project, crlf(readFileSync(win.project, 'utf8')));

    expect(runCli(['validate'], { cwd: win.dir }).code).toBe(0);
    expect(runCli(['build', '-o', 'draf.docx'], { cwd: lf.dir }).code).toBe(0);
    const build = runCli(['build', '-o', 'draf.docx'], { cwd: win.dir });
    expect(build.code, build.stderr).toBe(0);
    expect(documentXml(join(win.dir, 'draf.docx'))).toBe(documentXml(join(lf.dir, 'draf.docx')));

    const set = runCli(['update', '--set', 'indikator:IND-02.target.2026=75'], { cwd: win.dir });
    expect(set.code, set.stderr).toBe(0);
    writeFileSync(join(win.dir, 'r.csv'), 'id;realisasi\r\nIND-21;20\r\nIND-01;66\r\n');
    const csv = runCli(['update', '--realisasi', 'r.csv', '--tahun', '2025'], { cwd: win.dir });
    expect(csv.code, csv.stderr).toBe(0);
    expect(csv.stdout).toContain('IND-21\t2025\t20');
    const text = readFileSync(win.project, 'utf8');
    expect(text.split('\n').slice(0, -1).every((line) => line.endsWith('\r'))).toBe(true);
    expect(runCli(['validate'], { cwd: win.dir }).code).toBe(0);
  });

  it('a CRLF answers file gives the same roadmap.yaml as its LF twin', () => {
    const dir = tempDir();
    const answers = readFileSync(join(ROOT, 'test/fixtures/answers/sukamaju-mini.yaml'), 'utf8');
    writeFileSync(join(dir, 'lf.yaml'), answers);
    writeFileSync(join(dir, 'crlf.yaml'), crlf(answers));
    expect(runCli(['init', 'a', '--answers', 'lf.yaml', '--no-build'], { cwd: dir }).code).toBe(0);
    const r = runCli(['init', 'b', '--answers', 'crlf.yaml', '--no-build'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'b', 'roadmap.yaml'), 'utf8')).toBe(readFileSync(join(dir, 'a', 'roadmap.yaml'), 'utf8'));
  });

  it('a template set saved with CRLF builds the same document', () => {
    const { dir } = tempExample();
    expect(runCli(['templates', 'eject', 'templat'], { cwd: dir }).code).toBe(0);
    toCrlf(join(dir, 'templat'));
    expect(runCli(['build', '-o', 'bawaan.docx'], { cwd: dir }).code).toBe(0);
    const r = runCli(['build', '--template', 'templat', '-o', 'crlf.docx'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(documentXml(join(dir, 'crlf.docx'))).toBe(documentXml(join(dir, 'bawaan.docx')));
  });
});
