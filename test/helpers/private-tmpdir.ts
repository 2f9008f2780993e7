/**
 * Vitest setup file: each test file gets a temporary folder of its own, removed when the file's
 * tests end. The tests make hundreds of folders and files through os.tmpdir() (tempExample, the
 * atomic-write and lock tests, the CLIs they spawn, LibreOffice's conversions); without this,
 * every run of the suite left them all in the system's temporary folder.
 *
 * os.tmpdir() reads TMPDIR (TMP and TEMP on Windows) on every call, and runCli passes the
 * environment on to the CLI, so pointing them at the file's folder covers both.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const VARIABLES = ['TMPDIR', 'TMP', 'TEMP'] as const;
const before = new Map(VARIABLES.map((name) => [name, process.env[name]]));
const folder = mkdtempSync(join(tmpdir(), 'roadmap-tests-'));
for (const name of VARIABLES) process.env[name] = folder;

afterAll(() => {
  for (const [name, value] of before) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
});
