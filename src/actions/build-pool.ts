/**
 * Builds many projects in child processes: each takes the next project when it is free.
 * Errors cross the process boundary as plain data and are rebuilt as the same error classes, so
 * the CLI reports them exactly as for a single build.
 */
import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { RoadmapError, UsageError, UserError, ValidationFailed } from '../errors.js';
import type { BuildOptions, BuildOutcome, BuildResult } from './build-types.js';

export type WorkerRequest = { index: number; path: string; options: Omit<BuildOptions, 'onProgress'> };
export type WorkerReply = { index: number; result: BuildResult } | { index: number; error: SerializedError };
export type SerializedError = { name: string; message: string; code?: string; hint?: string; problems?: unknown[]; stack?: string };

export function serializeError(error: unknown): SerializedError {
  const e = error as Partial<RoadmapError & ValidationFailed> & Error;
  return {
    name: e?.name ?? 'Error',
    message: e?.message ?? String(error),
    ...(e?.code ? { code: e.code } : {}),
    ...(e?.hint ? { hint: e.hint } : {}),
    ...(e?.problems ? { problems: [...e.problems] } : {}),
    ...(e?.stack ? { stack: e.stack } : {}),
  };
}

export function deserializeError(s: SerializedError): Error {
  const hint = s.hint ? { hint: s.hint } : {};
  if (s.name === 'ValidationFailed') return new ValidationFailed((s.problems ?? []) as never[], s.message);
  if (s.name === 'UserError') return new UserError(s.code ?? 'E_USER', s.message, hint);
  if (s.name === 'UsageError') return new UsageError(s.code ?? 'E_USAGE', s.message, hint);
  const error = new Error(s.message);
  if (s.stack) error.stack = s.stack;
  return error;
}

/**
 * V8's flags for a build process. When every core already runs a build, V8's own helper threads
 * (concurrent marking and sweeping, parallel scavenges, background compiles) only fight the
 * builds for the cores: 40 builds of the example on 2 cores took 3.3-3.6 s in two worker
 * threads, 2.8-3.0 s in two processes with a single-threaded collector, and 2.5-2.7 s in two
 * processes with no helper threads at all (2.6-3.1 s through the CLI, which starts them after
 * its own start-up), against 4.1-4.8 s for -j 1 pinned to one core. With a core to spare the
 * helpers are worth having: -j 1 took 3.1-3.5 s on 2 cores and 4.1-4.8 s pinned to one.
 *
 * A build process also gives each function its feedback vector at its first call rather than
 * after several (--no-lazy-feedback-allocation): its first builds warm up sooner. 40 builds of the
 * example with -j 2 on 2 cores: 3,077 / 3,129 / 3,422 ms against 3,367 / 3,347 / 3,449 ms without
 * (three rounds in turn). A single build is slower with it (S: 723 against 662 ms), so the CLI's
 * own process does without. Measured with the processes filling the cores only.
 *
 * --single-threaded makes a process's first build slower: V8's optimising compiler then works on
 * the main thread (the example alone: 906 against 671 ms). Over 40 builds it is still the fastest:
 * 3,328 ms (median of five rounds in turn) against 3,599 ms with --single-threaded-gc and lazy
 * feedback off, and 3,773 ms with --single-threaded-gc alone.
 */
export function buildProcessFlags(processes: number, cores = availableParallelism()): string[] {
  return processes >= cores ? ['--single-threaded', '--no-lazy-feedback-allocation'] : [];
}

/** The build process's script beside this module: build-worker.cjs in the bundle (scripts/bundle.js). */
const BUILD_WORKER = new URL(import.meta.url.endsWith('.cjs') ? './build-worker.cjs' : './build-worker.js', import.meta.url);

export async function buildInWorkers(
  paths: readonly string[],
  options: BuildOptions,
  workers: number,
  /** The build process's script; another one only in tests. */
  script: URL = BUILD_WORKER,
): Promise<BuildOutcome[]> {
  const { onProgress, ...plain } = options;
  const flags = buildProcessFlags(workers);
  const total = paths.length;
  const results: BuildOutcome[] = new Array(total);
  let next = 0;

  const failed = (index: number, error: Error) => {
    results[index] = { project: paths[index]!, error };
    onProgress?.({ type: 'failed', project: paths[index]!, error, index, total });
  };

  /** One build process, fed a project at a time until none is left; a new one if it dies. */
  const runWorker = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const child = fork(fileURLToPath(script), [], {
        execArgv: flags,
        serialization: 'advanced',
        // Its standard output would mix with --json; a crash is reported below, in Indonesian.
        stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
      });
      let current: number | undefined;
      const feed = () => {
        if (next >= total) {
          current = undefined;
          child.disconnect();
          return;
        }
        current = next++;
        onProgress?.({ type: 'start', project: paths[current]!, index: current, total });
        child.send({ index: current, path: paths[current]!, options: plain } satisfies WorkerRequest);
      };
      child.on('message', (reply: WorkerReply) => {
        if ('result' in reply) {
          results[reply.index] = reply.result;
          onProgress?.({ type: 'done', result: reply.result, index: reply.index, total });
        } else {
          failed(reply.index, deserializeError(reply.error));
        }
        feed();
      });
      // A process that could not start at all; one that dies later is handled at 'exit'.
      child.on('error', (error) => {
        if (child.pid === undefined) reject(error);
      });
      child.on('exit', (code, signal) => {
        if (current === undefined) return resolve();
        // Killed (out of memory, a signal) in the middle of a project: that project fails, the
        // rest go on in a new process.
        const project = paths[current]!;
        failed(
          current,
          new UserError('E_BUILD_PROCESS', `Proses pembangun berhenti di tengah jalan (${signal ?? `kode ${code}`}).`, {
            hint: `Bangun proyek ini sendiri (roadmap build ${project}) untuk melihat sebabnya, misalnya memori yang tidak cukup.`,
          }),
        );
        resolve(next < total ? runWorker() : undefined);
      });
      feed();
    });

  await Promise.all(Array.from({ length: workers }, runWorker));
  return results;
}
