/**
 * `build --watch` on a copy of the example: the time from a save of roadmap.yaml to the end of
 * the rebuild it causes (the "Menunggu perubahan" line), over several saves.
 */
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ms } from './measure.js';

export async function benchWatch({ out, bin, example, saves = 7 }) {
  const dir = join(out, 'watch');
  rmSync(dir, { recursive: true, force: true });
  cpSync(example, dir, { recursive: true, filter: (f) => !/\.(docx|pdf)$/.test(f) });
  const project = join(dir, 'roadmap.yaml');
  const original = readFileSync(project, 'utf8');
  const child = spawn(process.execPath, [bin, 'build', project, '--watch'], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  let waiting = () => {};
  let buffer = '';
  child.stderr.on('data', (chunk) => {
    buffer += chunk;
    if (buffer.includes('Menunggu perubahan')) {
      buffer = '';
      waiting();
    }
  });
  const built = () => new Promise((resolve) => (waiting = resolve));
  await built();
  const times = [];
  for (let i = 0; i < saves; i++) {
    await new Promise((r) => setTimeout(r, 400));
    const next = built();
    const t = performance.now();
    writeFileSync(project, `${original}\n# simpan ${i}\n`);
    await next;
    times.push(performance.now() - t);
  }
  child.kill();
  times.sort((a, b) => a - b);
  console.log(`\nWatch: save → rebuilt example, median of ${saves}: ${ms(times[Math.floor(saves / 2)])} (fastest ${ms(times[0])}, slowest ${ms(times.at(-1))})`);
}
