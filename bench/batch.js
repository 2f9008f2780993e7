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
import { median, mb, ms, ratio } from './measure.js';

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
  const one = median(1, process.execPath, args(1));
  const all = median(1, process.execPath, args(cores));
  const pinned = hasTaskset() ? median(1, 'taskset', ['-c', '0', process.execPath, ...args(1)]) : undefined;
  console.log(
    `\nBatch of ${count} regencies: -j 1 ${ms(one.ms)}; -j ${cores} ${ms(all.ms)} (${mb(all.rssMb)} peak of one process); speed-up ${ratio(one.ms, all.ms)}×` +
      (pinned ? `\n  -j 1 pinned to one core (taskset -c 0) ${ms(pinned.ms)}; -j ${cores} on ${cores} cores is ${ratio(pinned.ms, all.ms)}× one core` : ''),
  );
}

function hasTaskset() {
  return process.platform === 'linux' && spawnSync('taskset', ['-c', '0', 'true']).status === 0;
}
