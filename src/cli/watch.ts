/**
 * `build --watch`: rebuild when the project files or the template folder change. Everything a
 * build compiles or parses that a save does not change stays warm in this process between builds:
 * the compiled templates (render/templates/template-cache.ts), the template settings
 * (actions/template-set.ts), the reference data and the loaded modules.
 */
import { watch } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { reportError } from './answer.js';
import type { Io } from './streams.js';

/**
 * How long to wait after a change before rebuilding. An editor's save is a burst of events a few
 * milliseconds apart (truncate and write, or write a temporary file and rename it); 50 ms covers
 * the burst, and anything longer is only delay before the user sees the document. A change that
 * arrives after the build has started is not lost: another build follows (RebuildScheduler).
 */
export const WATCH_DEBOUNCE_MS = 50;

const WATCHED = ['.yaml', '.hbs', '.png', '.jpg'];

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
  const scheduler = new RebuildScheduler(run, WATCH_DEBOUNCE_MS);
  const dirs = new Set(paths.map((p) => dirname(resolve(io.cwd, p))));
  if (template) dirs.add(resolve(io.cwd, template));
  for (const dir of dirs) {
    watch(dir, { recursive: true }, (_event, file) => {
      if (file && WATCHED.some((ext) => String(file).endsWith(ext))) scheduler.changed();
    });
  }
  await new Promise(() => {});
}

/**
 * Runs `rebuild` `delay` ms after the last of a burst of changes, one build at a time: a change
 * during a build schedules one more build after it, so the last save is always built, and two
 * builds never race to write the same document.
 */
export class RebuildScheduler {
  private timer: NodeJS.Timeout | undefined;
  private building = false;
  private pending = false;

  constructor(
    private readonly rebuild: () => Promise<void>,
    private readonly delay: number,
  ) {}

  changed(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.start(), this.delay);
  }

  private async start(): Promise<void> {
    this.timer = undefined;
    if (this.building) {
      this.pending = true;
      return;
    }
    this.building = true;
    try {
      await this.rebuild();
    } finally {
      this.building = false;
    }
    if (this.pending) {
      this.pending = false;
      this.changed();
    }
  }
}
