/**
 * The commands that only read project files are CommonJS in the bundle (scripts/bundle.js), so
 * that they never start Node's ES module loader, which costs `roadmap validate` about a tenth of
 * its time. NODE_DEBUG=esm makes Node log each step of that loader: these commands must log none,
 * on their fast path and on the rare path that loads the `yaml` library to say where a broken
 * file is wrong. A build does load ES modules, which shows that the log would catch it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { BIN, EXAMPLE, ROOT } from '../helpers/run-cli.js';

const run = (args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', input: '', env: { ...process.env, NO_COLOR: '1', NODE_DEBUG: 'esm' } });
const esmSteps = (stderr: string) => stderr.split('\n').filter((line) => /^ESM \d+:/.test(line));

const broken = join(mkdtempSync(join(tmpdir(), 'roadmap-cjs-')), 'roadmap.yaml');
writeFileSync(broken, 'profil:\n  nama: [Sukamaju\n');

it.each([
  { args: ['validate', EXAMPLE], status: 0 },
  { args: ['validate', broken], status: 1 },
  { args: ['status', EXAMPLE], status: 0 },
  { args: ['diff', EXAMPLE, EXAMPLE], status: 0 },
  { args: ['schema'], status: 0 },
  { args: ['templates', 'list'], status: 0 },
])('roadmap $args.0 runs without the ES module loader ($args.1)', ({ args, status }) => {
  const result = run(args);
  expect(result.status, result.stderr).toBe(status);
  expect(esmSteps(result.stderr)).toEqual([]);
});

it('a build does load ES modules, and the log shows it', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'roadmap-cjs-')), 'draf.docx');
  const result = run(['build', EXAMPLE, '-o', out]);
  expect(result.status, result.stderr).toBe(0);
  expect(esmSteps(result.stderr).length).toBeGreaterThan(0);
});
