/**
 * Nothing lost (issue 8): outputs that would replace a project, answers or realisation file are
 * refused; a filled workbook is not overwritten unasked; the user's own situations (a folder in
 * the way, a read-only folder) are exit 1 or 2 with what to do; `| head -1` ends quietly; temporary
 * files of killed builds are cleaned.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runCli, tempExample } from '../helpers/run-cli.js';

const NO_BUG = /Galat internal|Ini bug/;

describe('outputs that must not be written', () => {
  it('build -o refuses the project file, answers and realisation files, and anything not .docx/.pdf (exit 2)', () => {
    const { dir, project } = tempExample();
    const before = readFileSync(project, 'utf8');
    writeFileSync(join(dir, 'realisasi.csv'), 'id;realisasi\nIND-01;66\n');
    writeFileSync(join(dir, 'jawaban.yaml'), 'pemerintah: {nama: Sukamaju}\n');
    for (const [command, output] of [
      ['build', 'roadmap.yaml'],
      ['build', 'realisasi.csv'],
      ['build', 'jawaban.yaml'],
      ['build', 'catatan.txt'],
      ['build', 'draf'],
      ['laporan', 'roadmap.yaml'],
    ] as const) {
      const args = command === 'laporan' ? ['laporan', '--tahun', '2025', '-o', output] : ['build', '-o', output];
      const r = runCli(args, { cwd: dir });
      expect(r.code, `${command} -o ${output}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toContain(`-o ${output}`);
      expect(r.stderr).toMatch(/\.docx/);
    }
    expect(readFileSync(project, 'utf8')).toBe(before);
    expect(readFileSync(join(dir, 'realisasi.csv'), 'utf8')).toBe('id;realisasi\nIND-01;66\n');
    expect(readFileSync(join(dir, 'jawaban.yaml'), 'utf8')).toBe('pemerintah: {nama: Sukamaju}\n');
    expect(readdirSync(dir).filter((f) => f.endsWith('.docx'))).toEqual([]);
  });

  it('--out-dir that is a file, -o that is a folder, diff --docx onto a project: exit 2, nothing written', () => {
    const { dir, project } = tempExample();
    const before = readFileSync(project, 'utf8');
    const outDir = runCli(['build', '--out-dir', 'roadmap.yaml'], { cwd: dir });
    expect(outDir.code).toBe(2);
    expect(outDir.stderr).toContain('--out-dir roadmap.yaml adalah berkas, bukan folder');

    mkdirSync(join(dir, 'hasil.docx'));
    const folder = runCli(['build', '-o', 'hasil.docx'], { cwd: dir });
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('-o hasil.docx adalah folder, bukan berkas');
    expect(folder.stderr).not.toMatch(NO_BUG);

    writeFileSync(join(dir, 'lama.yaml'), before);
    const diff = runCli(['diff', 'lama.yaml', 'roadmap.yaml', '--docx', 'lama.yaml'], { cwd: dir });
    expect(diff.code).toBe(2);
    expect(readFileSync(join(dir, 'lama.yaml'), 'utf8')).toBe(before);
    expect(readFileSync(project, 'utf8')).toBe(before);
  });

  it('--template-realisasi does not overwrite an existing workbook unless --force', () => {
    const { dir } = tempExample();
    expect(runCli(['update', '--template-realisasi', 'realisasi-2025.xlsx', '--tahun', '2025'], { cwd: dir }).code).toBe(0);
    writeFileSync(join(dir, 'realisasi-2025.xlsx'), 'diisi OPD');
    const again = runCli(['update', '--template-realisasi', 'realisasi-2025.xlsx', '--tahun', '2025'], { cwd: dir });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('realisasi-2025.xlsx sudah ada');
    expect(again.stderr).toContain('--force');
    expect(readFileSync(join(dir, 'realisasi-2025.xlsx'), 'utf8')).toBe('diisi OPD');

    const json = runCli(['update', '--template-realisasi', 'realisasi-2025.xlsx', '--tahun', '2025', '--json'], { cwd: dir });
    expect(JSON.parse(json.stdout).error.code).toBe('E_OUTPUT_EXISTS');

    const forced = runCli(['update', '--template-realisasi', 'realisasi-2025.xlsx', '--tahun', '2025', '--force'], { cwd: dir });
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(join(dir, 'realisasi-2025.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('shows the output path as the user typed it', () => {
    const { dir } = tempExample();
    mkdirSync(join(dir, 'keluaran'));
    const ok = runCli(['build', 'roadmap.yaml', '-o', './keluaran/../keluaran/draf.docx'], { cwd: dir });
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/^✔ \.\/keluaran\/\.\.\/keluaran\/draf\.docx \(/);
  });
});

describe('the user\'s situation, not a bug', () => {
  it.skipIf(process.getuid?.() === 0)('a read-only output folder: exit 1 and what to do', () => {
    const { dir } = tempExample();
    mkdirSync(join(dir, 'terkunci'));
    chmodSync(join(dir, 'terkunci'), 0o555);
    const r = runCli(['build', '-o', 'terkunci/draf.docx'], { cwd: dir });
    chmodSync(join(dir, 'terkunci'), 0o755);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('tidak ada izin menulis');
    expect(r.stderr).not.toMatch(NO_BUG);
  });
});

describe('a reader that goes away (| head -1)', () => {
  /** Runs the CLI with its stdout closed before it writes: every write fails with EPIPE. */
  function closedStdout(args: string[], cwd: string): Promise<{ code: number | null; stderr: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      child.on('close', (code) => resolve({ code, stderr }));
    });
  }

  it('status and diff stop quietly and exit 0', async () => {
    const { dir, project } = tempExample();
    writeFileSync(join(dir, 'lama.yaml'), readFileSync(project, 'utf8').replaceAll('2024', '2023'));
    for (const args of [['status'], ['diff', 'lama.yaml', 'roadmap.yaml'], ['diff', 'lama.yaml', 'roadmap.yaml', '--json'], ['schema']]) {
      const r = await closedStdout(args, dir);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
      expect(r.stderr).not.toMatch(/EPIPE|Error/);
    }
  });
});

describe('temporary files of a killed build', () => {
  it('are removed by the next build when older than an hour; recent ones are left alone', () => {
    const { dir } = tempExample();
    const stale = '.roadmap.docx.0123456789ab.tmp';
    const recent = '.roadmap.docx.fedcba987654.tmp';
    writeFileSync(join(dir, stale), 'setengah');
    writeFileSync(join(dir, recent), 'sedang ditulis');
    const twoHoursAgo = Date.now() / 1000 - 2 * 3600;
    utimesSync(join(dir, stale), twoHoursAgo, twoHoursAgo);
    const r = runCli(['build'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(dir, stale))).toBe(false);
    expect(existsSync(join(dir, recent))).toBe(true);
  });
});
