/**
 * bin/roadmap.cjs is the entry point; bin/roadmap.js, its path before the CLI started as
 * CommonJS, still runs the same CLI for scripts that call it, exit codes included.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { EXAMPLE, ROOT } from '../helpers/run-cli.js';

const run = (bin: string, args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, bin), ...args], { cwd: ROOT, encoding: 'utf8', input: '', env: { ...process.env, NO_COLOR: '1' } });

it('runs the same CLI from bin/roadmap.js as from bin/roadmap.cjs', () => {
  const cjs = run('bin/roadmap.cjs', ['--help']);
  const js = run('bin/roadmap.js', ['--help']);
  expect(cjs.status).toBe(0);
  expect(cjs.stdout).toContain('Pemakaian: roadmap');
  expect(js.status).toBe(0);
  expect(js.stdout).toBe(cjs.stdout);
});

it('passes the exit code through bin/roadmap.js', () => {
  expect(run('bin/roadmap.js', ['validate', EXAMPLE]).status).toBe(0);
  const missing = run('bin/roadmap.js', ['validate', join(ROOT, 'tidak-ada.yaml')]);
  expect(missing.status).toBe(1);
  expect(missing.stderr).toContain('tidak ditemukan');
  expect(run('bin/roadmap.js', ['perintah-salah']).status).toBe(2);
});
