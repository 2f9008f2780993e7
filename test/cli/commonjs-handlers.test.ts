/**
 * The commands' handlers are CommonJS in the bundle (scripts/bundle.js), so that they never start
 * Node's ES module loader, which costs `roadmap validate` about a tenth of its time. NODE_DEBUG=esm
 * makes Node log each step of that loader: these commands must log none, on their fast path, or on
 * the rare path that loads the `yaml` library to say where a broken file is wrong. (The build
 * processes of `-j 2` are CommonJS too, build-worker.cjs, but their standard error is not shown.)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { BIN, EXAMPLE, ROOT } from '../helpers/run-cli.js';

const run = (args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', input: '', env: { ...process.env, NO_COLOR: '1', NODE_DEBUG: 'esm' } });
const esmSteps = (stderr: string) => stderr.split('\n').filter((line) => /^ESM \d+:/.test(line));

const dir = mkdtempSync(join(tmpdir(), 'roadmap-cjs-'));
const broken = join(dir, 'rusak.yaml');
writeFileSync(broken, 'profil:\n  nama: [Sukamaju\n');
const copy = join(dir, 'salinan');
cpSync(dirname(EXAMPLE), copy, { recursive: true, filter: (f) => !/\.(docx|pdf)$/.test(f) });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it.each([
  { args: ['validate', EXAMPLE], status: 0 },
  { args: ['validate', broken], status: 1 },
  { args: ['status', EXAMPLE], status: 0 },
  { args: ['diff', EXAMPLE, EXAMPLE], status: 0 },
  { args: ['schema'], status: 0 },
  { args: ['templates', 'list'], status: 0 },
  { args: ['build', EXAMPLE, '-o', join(dir, 'draf.docx')], status: 0 },
  { args: ['build', EXAMPLE, copy, '--out-dir', join(dir, 'dua'), '-j', '2'], status: 0 },
  { args: ['laporan', EXAMPLE, '--tahun', '2024', '-o', join(dir, 'laporan.docx')], status: 0 },
  { args: ['update', join(copy, 'roadmap.yaml'), '--set', 'indikator:IND-03.target.2026=75', '--dry-run'], status: 0 },
  { args: ['update', join(copy, 'roadmap.yaml'), '--template-realisasi', join(dir, 'realisasi.xlsx'), '--tahun', '2025'], status: 0 },
])('roadmap $args.0 runs without the ES module loader ($args.1)', ({ args, status }) => {
  const result = run(args);
  expect(result.status, result.stderr).toBe(status);
  expect(esmSteps(result.stderr)).toEqual([]);
});

it('renders a build with the templates precompiled at `npm run build`, required as CommonJS', () => {
  // Without them a build still works, compiling the templates with the Handlebars compiler: only
  // Node's log of the modules it loads tells the two apart.
  const result = spawnSync(process.execPath, [BIN, 'build', EXAMPLE, '-o', join(dir, 'pra.docx')], {
    cwd: ROOT,
    encoding: 'utf8',
    input: '',
    env: { ...process.env, NODE_DEBUG: 'module' },
  });
  expect(result.status, result.stderr).toBe(0);
  expect(result.stderr).toMatch(/load "[^"]*precompiled-default\.dokumen\.cjs"/);
});

it("sees Node's ES module loader when it runs, so that the checks above can fail", () => {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', "await import('node:path')"], { encoding: 'utf8', env: { ...process.env, NODE_DEBUG: 'esm' } });
  expect(result.status, result.stderr).toBe(0);
  expect(esmSteps(result.stderr).length).toBeGreaterThan(0);
});
