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
 * up or slows down during the bench (a VM's neighbours) weighs on all of them alike. Each
 * command's runs in round order; a command given as undefined gives undefined.
 */
export function rounds(n, commands) {
  const runs = commands.map((command) => (command ? [] : undefined));
  for (let i = 0; i < n; i++) {
    commands.forEach((command, k) => {
      if (command) runs[k].push(run(...command));
    });
  }
  return runs;
}

/** The run with the median time (its memory with it). */
export const medianRun = (runs) => middle(runs, (r) => r.ms);

/**
 * a ÷ b as the median of the ratios within each round, with the lowest and highest. One slow
 * minute on a noisy machine slows both runs of a round, so their ratio holds better than the
 * ratio of two medians, which may come from different minutes.
 */
export function pairedRatio(a, b) {
  const ratios = a.map((run, i) => run.ms / b[i].ms).sort((x, y) => x - y);
  return { median: middle(ratios, (x) => x), low: ratios[0], high: ratios.at(-1) };
}

const middle = (items, key) => [...items].sort((x, y) => key(x) - key(y))[Math.floor(items.length / 2)];

/** The run with the median time of n runs (its memory with it). */
export function median(n, cmd, args, options) {
  return medianRun(Array.from({ length: n }, () => run(cmd, args, options)));
}

export const ms = (x) => `${Math.round(x).toLocaleString('en')} ms`;
export const mb = (x) => (Number.isNaN(x) ? '?' : `${Math.round(x)} MiB`);
/** A pairedRatio as "1.09 (1.02–1.15)". */
export const spread = ({ median, low, high }) => `${median.toFixed(2)} (${low.toFixed(2)}–${high.toFixed(2)})`;
