import { describe, expect, it } from 'vitest';
import type { Problem } from '../model/problem.js';
import { summarizeProblems } from './report.js';

describe('summarizeProblems', () => {
  it('counts a "… dan N lainnya" line as the N problems it stands for', () => {
    const row = (n: number): Problem => ({ code: 'realisasi-not-a-number', severity: 'error', message: `baris ${n}` });
    const problems: Problem[] = [row(1), row(2), { code: 'realisasi-more-problems', severity: 'error', jumlah: 297, message: '… dan 297 masalah lainnya' }];
    expect(summarizeProblems(problems)).toBe('299 kesalahan, 0 peringatan');
  });
});
