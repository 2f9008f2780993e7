/**
 * The wizard through the built binary without a terminal (--answers, --yes, refusals): what a
 * user or a script gets, exit codes included. `npm test` builds first; ROADMAP_BIN points it at
 * another build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { BIN, ROOT } from '../helpers/run-cli.js';
import { parseProject } from '../../src/model/parse-project.js';

const FIXTURE = join(ROOT, 'test/fixtures/answers/sukamaju-mini.yaml');
const dirs: string[] = [];

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist/cli/main.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
});
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-cli-init-'));
  dirs.push(dir);
  return dir;
}

/** Runs the binary with no standard input at all, as CI does. */
function roadmap(args: string[], cwd: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('roadmap init without a terminal', () => {
  test('--answers: exit 0, a valid project and the first draft', () => {
    const cwd = tempDir();
    const r = roadmap(['init', 'sukamaju', '--answers', FIXTURE], cwd);
    expect(r.stderr).not.toMatch(/galat|Error/);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✔ Proyek: sukamaju/roadmap.yaml\n');
    expect(r.stdout).toMatch(/✔ Draf pertama: sukamaju\/roadmap\.docx \(\d+ KB\)\n/);
    expect(r.stderr).toContain('Tidak hadir padahal memegang tanggung jawab: Bapenda (1), DPMPTSP (2)');
    const text = readFileSync(join(cwd, 'sukamaju/roadmap.yaml'), 'utf8');
    // The workshop does not ask for the lambang daerah, so its one finding is the missing logo.
    expect(parseProject(text, 'roadmap.yaml').problems.map((p) => p.code).filter((c) => !c.startsWith('area-tanpa-'))).toEqual(['logo-missing']);
    const docx = readFileSync(join(cwd, 'sukamaju/roadmap.docx'));
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    expect(existsSync(join(cwd, 'sukamaju/.roadmap-wizard.json'))).toBe(false);
  });

  test('no terminal and no --answers: exit 2 at once, naming --answers', () => {
    const cwd = tempDir();
    const r = roadmap(['init', 'baru'], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      '✖ roadmap init memerlukan terminal interaktif, dan di sini tidak ada.\n' +
        '  Tanpa terminal, berikan jawaban dari berkas: roadmap init baru --answers jawaban.yaml (format: docs/wizard.md).\n',
    );
    expect(existsSync(join(cwd, 'baru'))).toBe(false);
  });

  test('bad answers: exit 1, each problem at its line in the answers file, nothing written', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'jawaban.yaml'), readFileSync(FIXTURE, 'utf8').replace('selesai: 2028', 'selesai: 2200').replace('koordinator: DISKOMINFO', 'koordinator: DISKOMINF'));
    const r = roadmap(['init', 'x', '--answers', 'jawaban.yaml'], cwd);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^jawaban\.yaml:20:12  galat  periode\.selesai  Tahun di luar jangkauan: Nilai paling besar 2100, tertulis angka 2200\.$/m);
    expect(r.stderr).toMatch(/^jawaban\.yaml:\d+:\d+  galat  areaPerubahan\.PT\.kegiatan\.Penerapan e-Office\/tata naskah dinas elektronik\.koordinator  Pilihan "DISKOMINF" tidak dikenal\.$/m);
    expect(r.stderr).toContain('→ Maksud Anda "DISKOMINFO"?');
    expect(r.stderr).toContain('✖ Berkas jawaban jawaban.yaml belum dapat dipakai; roadmap.yaml tidak ditulis.');
    expect(existsSync(join(cwd, 'x/roadmap.yaml'))).toBe(false);
  });

  test('--answers over an existing project needs --yes, and then keeps a backup', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'roadmap.yaml'), '# milik Bagian Organisasi\n');
    const refused = roadmap(['init', '--answers', FIXTURE, '--no-build'], cwd);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('roadmap.yaml sudah ada; --answers tidak menimpanya tanpa persetujuan.');
    expect(readFileSync(join(cwd, 'roadmap.yaml'), 'utf8')).toBe('# milik Bagian Organisasi\n');
    const agreed = roadmap(['init', '--answers', FIXTURE, '--no-build', '--yes'], cwd);
    expect(agreed.code).toBe(0);
    expect(agreed.stderr).toMatch(/Berkas lama dicadangkan: .*roadmap\.yaml\.bak-\d{8}-\d{6}/);
    expect(existsSync(join(cwd, 'roadmap.docx'))).toBe(false);
  });
});
