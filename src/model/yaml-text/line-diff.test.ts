import { describe, expect, it } from 'vitest';
import { formatHunks, lineDiff } from './line-diff.js';

describe('lineDiff', () => {
  it('shows one changed line with its context', () => {
    const before = 'a\nb\nc\nd\ne\nf\ng\n';
    const after = 'a\nb\nc\nD\ne\nf\ng\n';
    expect(formatHunks(lineDiff(before, after))).toEqual(['@@ -2,5 +2,5 @@', ' b', ' c', '-d', '+D', ' e', ' f']);
  });

  it('separates distant changes and counts inserted lines', () => {
    const before = Array.from({ length: 20 }, (_, i) => `l${i}`).join('\n');
    const lines = before.split('\n');
    lines.splice(2, 0, 'new');
    lines[15] = 'changed';
    const hunks = lineDiff(before, lines.join('\n'), 1);
    expect(hunks).toHaveLength(2);
    expect(hunks[0]).toEqual({ oldStart: 2, newStart: 2, lines: [' l1', '+new', ' l2'] });
    expect(hunks[1]!.lines).toEqual([' l13', '-l14', '+changed', ' l15']);
  });

  it('handles texts with nothing in common', () => {
    expect(formatHunks(lineDiff('x\ny\n', 'p\nq\nr\n'))).toEqual(['@@ -1,2 +1,3 @@', '-x', '-y', '+p', '+q', '+r']);
    expect(lineDiff('same\n', 'same\n')).toEqual([]);
  });
});
