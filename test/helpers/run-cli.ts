/**
 * Runs the built CLI as a user does (`node bin/roadmap.cjs ...`), with no terminal and no colour,
 * and returns what it printed and its exit code.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The built CLI; ROADMAP_BIN points the spawned tests at another build (e.g. a private one). */
export const BIN = process.env.ROADMAP_BIN ?? join(ROOT, 'bin/roadmap.cjs');
export const EXAMPLE = join(ROOT, 'examples/kabupaten-sukamaju/roadmap.yaml');
/** docx-check (schema, package rules, LibreOffice, pandoc) lives in ../shared beside the repository (README). */
export const DOCX_CHECK = join(ROOT, '../shared/tools/docx-check');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', CI: 'true', ...options.env },
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder holding a copy of the example project (roadmap.yaml and its lambang). */
export function tempExample(): { dir: string; project: string } {
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-test-'));
  cpSync(dirname(EXAMPLE), dir, { recursive: true, filter: (src) => !src.endsWith('.docx') && !src.endsWith('.pdf') });
  return { dir, project: join(dir, 'roadmap.yaml') };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'roadmap-test-'));
}
