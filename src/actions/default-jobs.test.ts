import { describe, expect, it } from 'vitest';
import { defaultJobs } from './build.js';

describe('defaultJobs: build processes when -j is not given', () => {
  it('builds fewer than 16 projects in-process on 2 cores, where a new process warming up costs more than it saves', () => {
    expect([1, 2, 8, 15].map((projects) => defaultJobs(projects, 2))).toEqual([1, 1, 1, 1]);
  });
  it('uses one process per 8 projects, at most one per core', () => {
    expect([16, 40].map((projects) => defaultJobs(projects, 2))).toEqual([2, 2]);
    expect([16, 24, 40, 200].map((projects) => defaultJobs(projects, 8))).toEqual([2, 3, 5, 8]);
    expect(defaultJobs(40, 1)).toBe(1);
  });
});
