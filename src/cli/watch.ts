/**
 * `build --watch`: rebuild when the project files or the template folder change. Debounced,
 * because editors write a file in several steps.
 */
import { watch } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { reportError } from './answer.js';
import type { Io } from './streams.js';

export async function watchAndRebuild(io: Io, paths: string[], template: string | undefined, build: () => Promise<{ error: unknown }[]>): Promise<void> {
  const run = async () => {
    try {
      for (const f of await build()) reportError(f.error, io);
    } catch (error) {
      reportError(error, io);
    }
    io.stderr.write(io.color.dim('Menunggu perubahan… (Ctrl-C untuk berhenti)\n'));
  };
  await run();
  let timer: NodeJS.Timeout | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 200);
  };
  const dirs = new Set(paths.map((p) => dirname(resolve(io.cwd, p))));
  if (template) dirs.add(resolve(io.cwd, template));
  for (const dir of dirs) watch(dir, { recursive: true }, (_event, file) => {
    if (file && (String(file).endsWith('.yaml') || String(file).endsWith('.hbs') || String(file).endsWith('.png') || String(file).endsWith('.jpg'))) schedule();
  });
  await new Promise(() => {});
}
