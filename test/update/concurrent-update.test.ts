/**
 * Two `roadmap update` processes on one roadmap.yaml at once (issue 8, item 3): they take turns
 * through the project's lock, so neither one's values are lost; a lock held by a live process
 * is reported with its holder, a stale one is taken over.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, runCli, tempExample, type CliResult } from '../helpers/run-cli.js';

/** Starts the CLI without waiting for it, so two can run at the same time. */
function start(args: string[], cwd: string): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', CI: 'true' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

type Indikator = { id: string; target: Record<string, unknown>; realisasi?: Record<string, unknown> };
const indikator = (text: string, id: string): Indikator =>
  (parse(text) as { sasaran: { indikator: Indikator[] }[] }).sasaran.flatMap((s) => s.indikator).find((i) => i.id === id)!;

describe('two updates at once on one roadmap.yaml', () => {
  it('loses no value in 5 rounds of a realisation import racing a --set', async () => {
    const { dir, project } = tempExample();
    for (let round = 1; round <= 5; round++) {
      const value = 50 + round;
      writeFileSync(join(dir, `r${round}.csv`), `id;realisasi 2026\nIND-01;${value}\n`);
      const [a, b] = await Promise.all([
        start(['update', '--realisasi', `r${round}.csv`], dir),
        start(['update', '--set', `indikator:IND-02.target.2027=${100 + round}`], dir),
      ]);
      expect(a.code, a.stderr).toBe(0);
      expect(b.code, b.stderr).toBe(0);
      const text = readFileSync(project, 'utf8');
      expect(indikator(text, 'IND-01').realisasi?.['2026'], `round ${round}`).toBe(value);
      expect(indikator(text, 'IND-02').target['2027'], `round ${round}`).toBe(100 + round);
      expect(existsSync(join(dir, '.roadmap.yaml.lock'))).toBe(false);
    }
  });

  it('refuses with exit 1, naming the holder, while a live process holds the lock; takes over a stale one', () => {
    const { dir, project } = tempExample();
    const before = readFileSync(project, 'utf8');
    const lock = join(dir, '.roadmap.yaml.lock');
    const holder = { pid: process.pid, host: hostname(), command: 'roadmap update --realisasi', since: new Date().toISOString() };
    writeFileSync(lock, JSON.stringify(holder));
    const refused = runCli(['update', '--set', 'indikator:IND-02.target.2027=99'], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      new RegExp(`roadmap\\.yaml sedang diubah oleh "roadmap update --realisasi" \\(pid ${process.pid}\\) sejak \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d; tunggu atau hapus kuncinya bila proses itu sudah tidak berjalan\\.`),
    );
    expect(refused.stderr).toContain('.roadmap.yaml.lock');
    expect(readFileSync(project, 'utf8')).toBe(before);

    // The holder died without cleaning up: its lock is stale.
    const dead = Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
    writeFileSync(lock, JSON.stringify({ ...holder, pid: dead }));
    const done = runCli(['update', '--set', 'indikator:IND-02.target.2027=99'], { cwd: dir });
    expect(done.code, done.stderr).toBe(0);
    expect(indikator(readFileSync(project, 'utf8'), 'IND-02').target['2027']).toBe(99);
    expect(existsSync(lock)).toBe(false);
  });
});
