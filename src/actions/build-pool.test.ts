import { describe, expect, it } from 'vitest';
import { buildInWorkers, buildProcessFlags } from './build-pool.js';
import { UserError } from '../errors.js';
import type { BuildFailure, BuildProgress, BuildResult } from './build-types.js';

const DIES_ON_MATI = new URL('../../test/fixtures/build-processes/dies-on-mati.mjs', import.meta.url);

describe('buildInWorkers: projects in build processes', () => {
  it('gives every project its outcome, in the order given, from two processes', async () => {
    const paths = ['a', 'b', 'c', 'd', 'e'];
    const outcomes = await buildInWorkers(paths, { cwd: '.' }, 2, DIES_ON_MATI);
    expect(outcomes.map((o) => (o as BuildResult).output)).toEqual(['a.docx', 'b.docx', 'c.docx', 'd.docx', 'e.docx']);
    const pids = new Set(outcomes.map((o) => (o as BuildResult & { pid: number }).pid));
    expect(pids.size).toBe(2);
    expect(pids.has(process.pid)).toBe(false);
  });

  it('a process that dies fails its own project only; a new process builds the rest', async () => {
    const events: BuildProgress[] = [];
    const paths = ['a', 'mati', 'b', 'c'];
    const outcomes = await buildInWorkers(paths, { cwd: '.', onProgress: (e) => events.push(e) }, 1, DIES_ON_MATI);
    const { error } = outcomes[1] as BuildFailure;
    expect(error).toBeInstanceOf(UserError);
    expect(error).toMatchObject({ code: 'E_BUILD_PROCESS', message: 'Proses pembangun berhenti di tengah jalan (kode 7).', hint: expect.stringContaining('roadmap build mati') });
    expect([0, 2, 3].map((i) => (outcomes[i] as BuildResult).output)).toEqual(['a.docx', 'b.docx', 'c.docx']);
    const pids = [0, 2, 3].map((i) => (outcomes[i] as BuildResult & { pid: number }).pid);
    expect(pids[1]).not.toBe(pids[0]);
    expect(pids[2]).toBe(pids[1]);
    expect(events.map((e) => `${e.type} ${e.index}`)).toEqual(['start 0', 'done 0', 'start 1', 'failed 1', 'start 2', 'done 2', 'start 3', 'done 3']);
  });
});

describe('buildProcessFlags', () => {
  it("turns V8's helper threads and lazy feedback off only when the build processes fill every core", () => {
    expect(buildProcessFlags(2, 2)).toEqual(['--single-threaded', '--no-lazy-feedback-allocation']);
    expect(buildProcessFlags(3, 2)).toEqual(['--single-threaded', '--no-lazy-feedback-allocation']);
    expect(buildProcessFlags(2, 8)).toEqual([]);
  });
});
