/**
 * The commands' handlers are CommonJS in the bundle (scripts/bundle.js), but update's, so that
 * they never start Node's ES module loader, which costs `roadmap validate` about a tenth of its
 * time. NODE_DEBUG=esm makes Node log each step of that loader: these commands must log none, on
 * their fast path, or on the rare path that loads the `yaml` library to say where a broken file
 * is wrong. (The build processes of `-j 2` are CommonJS too, build-worker.cjs, but their standard
 * error is not shown.) `update` does load ES modules, which shows that the log would catch them.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, it } from 'vitest';
import { BIN, EXAMPLE, ROOT } from '../helpers/run-cli.js';

const run = (args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', input: '', env: { ...process.env, NO_COLOR: '1', NODE_DEBUG: 'esm' } });
const esmSteps = (stderr: string) => stderr.split('\n').filter((line) => /^ESM \d+:/.test(line));

const dir = mkdtempSync(join(tmpdir(), 'roadmap-cjs-'));
const broken = join(dir, 'rusak.yaml');
writeFileSync(broken, 'profil:\n  nama: [Sukamaju\n');
const copy = join(dir, 'salinan');
cpSync(dirname(EXAMPLE), copy, { recursive: true, filter: (f) => !/\.(docx|pdf)$/.test(f) });

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
])('roadmap $args.0 runs without the ES module loader ($args.1)', ({ args, status }) => {
  const result = run(args);
  expect(result.status, result.stderr).toBe(status);
  expect(esmSteps(result.stderr)).toEqual([]);
});

it('update does load ES modules, and the log shows it', () => {
  const result = run(['update', join(copy, 'roadmap.yaml'), '--set', 'indikator:IND-03.target.2026=75', '--dry-run']);
  expect(result.status, result.stderr).toBe(0);
  expect(esmSteps(result.stderr).length).toBeGreaterThan(0);
});
