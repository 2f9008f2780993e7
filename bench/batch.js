/**
 * A province's batch: `count` regencies of the example's size built by one `roadmap build` on
 * one core (-j 1) and on every core (-j N), and the speed-up.
 */
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
  const one = median(1, process.execPath, [bin, 'build', ...projects, '--out-dir', join(dir, 'out-1'), '-j', '1']);
  const all = median(1, process.execPath, [bin, 'build', ...projects, '--out-dir', join(dir, `out-${cores}`), '-j', String(cores)]);
  console.log(`\nBatch of ${count} regencies: -j 1 ${ms(one.ms)}; -j ${cores} ${ms(all.ms)} (${mb(all.rssMb)} peak of one process); speed-up ${ratio(one.ms, all.ms)}×`);
}
