/**
 * Whole-process measurements, as a user waits for them: wall time from spawn to exit and the
 * peak resident memory, read by GNU time (`/usr/bin/time -f`) where installed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0 ? '/usr/bin/time' : undefined;

/** Runs cmd once: { ms, rssMb (or NaN without GNU time), stdout }. Throws when it fails. */
export function run(cmd, args, options = {}) {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-'));
  const rssFile = join(scratch, 'rss');
  const [file, argv] = GNU_TIME ? [GNU_TIME, ['-o', rssFile, '-f', '%M', cmd, ...args]] : [cmd, args];
  const t = performance.now();
  const r = spawnSync(file, argv, { encoding: 'utf8', maxBuffer: 1 << 30, ...options });
  const ms = performance.now() - t;
  const rssMb = GNU_TIME ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').at(-1)) / 1024 : NaN;
  rmSync(scratch, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return { ms, rssMb, stdout: r.stdout };
}

/**
 * Several commands, each run n times in turn (A B C, A B C, ...), so that a machine that speeds
 * up or slows down during the bench (a VM's neighbours) weighs on all of them alike and their
 * ratios hold. Each command's median run (its memory with it), in the order given; a command
 * given as undefined gives undefined.
 */
export function interleaved(n, commands) {
  const runs = commands.map(() => []);
  for (let i = 0; i < n; i++) {
    commands.forEach((command, k) => {
      if (command) runs[k].push(run(...command));
    });
  }
  return runs.map((r) => (r.length === 0 ? undefined : r.sort((a, b) => a.ms - b.ms)[Math.floor(r.length / 2)]));
}

/** The run with the median time of n runs (its memory with it). */
export function median(n, cmd, args, options) {
  const runs = Array.from({ length: n }, () => run(cmd, args, options)).sort((a, b) => a.ms - b.ms);
  return runs[Math.floor(runs.length / 2)];
}

export const ms = (x) => `${Math.round(x).toLocaleString('en')} ms`;
export const mb = (x) => (Number.isNaN(x) ? '?' : `${Math.round(x)} MiB`);
export const ratio = (a, b) => (a / b).toFixed(2);
