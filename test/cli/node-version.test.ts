/**
 * The bundle needs process.getBuiltinModule (Node 20.16+). On an older Node, bin/roadmap.cjs says
 * so in Indonesian and exits 1, rather than failing with a TypeError from inside the bundle.
 * An older Node is stood in for by taking the function away before the CLI starts.
 */
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/run-cli.js';

it('tells a user on too old a Node which version to install, without a stack trace', () => {
  const older = `data:text/javascript,${encodeURIComponent('delete process.getBuiltinModule;')}`;
  const r = spawnSync(process.execPath, ['--import', older, BIN, 'validate'], { cwd: ROOT, encoding: 'utf8', input: '' });
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('roadmap memerlukan Node.js 20.17 atau lebih baru');
  expect(r.stderr).toContain(process.version);
  expect(r.stderr).not.toMatch(/TypeError|at .*\.js:\d+/);
});
