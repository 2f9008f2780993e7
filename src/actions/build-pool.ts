/**
 * Builds many projects in worker threads: each worker takes the next project when it is free.
 * Errors cross the thread boundary as plain data and are rebuilt as the same error classes, so
 * the CLI reports them exactly as for a single build.
 */
import { Worker } from 'node:worker_threads';
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

export async function buildInWorkers(
  paths: readonly string[],
  options: BuildOptions,
  workers: number,
): Promise<BuildOutcome[]> {
  const { onProgress, ...plain } = options;
  const total = paths.length;
  const results: BuildOutcome[] = new Array(total);
  let next = 0;

  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('./build-worker.js', import.meta.url));
      const feed = () => {
        if (next >= total) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const index = next++;
        onProgress?.({ type: 'start', project: paths[index]!, index, total });
        worker.postMessage({ index, path: paths[index]!, options: plain } satisfies WorkerRequest);
      };
      worker.on('message', (reply: WorkerReply) => {
        if ('result' in reply) {
          results[reply.index] = reply.result;
          onProgress?.({ type: 'done', result: reply.result, index: reply.index, total });
        } else {
          const error = deserializeError(reply.error);
          results[reply.index] = { project: paths[reply.index]!, error };
          onProgress?.({ type: 'failed', project: paths[reply.index]!, error, index: reply.index, total });
        }
        feed();
      });
      worker.on('error', reject);
      feed();
    });

  await Promise.all(Array.from({ length: workers }, runWorker));
  return results;
}
