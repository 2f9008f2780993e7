/**
 * A province's batch: `count` regencies of the example's size built by one `roadmap build` with
 * -j 1 and with -j N (N = the cores), and the speed-up. -j 1 is not one core: V8 collects garbage
 * and compiles on helper threads, so one build keeps some 1.3 cores busy. Where `taskset` exists
 * (Linux), -j 1 is also timed pinned to one core, the speed of one core.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { mb, medianRun, ms, pairedRatio, rounds, spread } from './measure.js';

/** Rounds; each builds the batch three times (-j 1, -j N, -j 1 pinned: some 11 s on 2 cores). */
const ROUNDS = 3;

export function benchBatch({ out, bin, example, count }) {
  const dir = join(out, 'batch');
  rmSync(dir, { recursive: true, force: true });
  const projects = Array.from({ length: count }, (_, i) => {
    const d = join(dir, `kab-${String(i + 1).padStart(2, '0')}`);
    mkdirSync(d, { recursive: true });
    cpSync(example, d, { recursive: true, filter: (f) => !/\.(docx|pdf)$/.test(f) });
    return join(d, 'roadmap.yaml');
  });
  const cores = availableParallelism();
  const args = (jobs) => [bin, 'build', ...projects, '--out-dir', join(dir, `out-${jobs}`), '-j', String(jobs)];
  const pinned = hasTaskset() ? ['taskset', ['-c', '0', process.execPath, ...args(1)]] : undefined;
  // In turn, round by round, like the builds: one slow minute slows the three runs of its round alike.
  const [one, all, onOneCore] = rounds(ROUNDS, [[process.execPath, args(1)], [process.execPath, args(cores)], pinned]);
  const allMedian = medianRun(all);
  console.log(
    `\nBatch of ${count} regencies (median of ${ROUNDS} rounds, each running these in turn): -j 1 ${ms(medianRun(one).ms)}; ` +
      `-j ${cores} ${ms(allMedian.ms)} (${mb(allMedian.rssMb)} peak of one process); speed-up ${spread(pairedRatio(one, all))}×` +
      (onOneCore
        ? `\n  -j 1 pinned to one core (taskset -c 0) ${ms(medianRun(onOneCore).ms)}; -j ${cores} on ${cores} cores is ${spread(pairedRatio(onOneCore, all))}× one core`
        : ''),
  );
}

function hasTaskset() {
  return process.platform === 'linux' && spawnSync('taskset', ['-c', '0', 'true']).status === 0;
}
