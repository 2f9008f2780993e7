import { describe, expect, it } from 'vitest';
import { defaultJobs } from './build.js';

describe('defaultJobs: workers when -j is not given', () => {
  it('builds in-process on one or two cores, where a second worker made a batch slower, and uses half the cores above', () => {
    expect([1, 2, 3, 4, 8, 16].map((cores) => defaultJobs(cores))).toEqual([1, 1, 1, 2, 4, 8]);
  });
});
