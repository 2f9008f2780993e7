/**
 * Collects markup problems. A template loop repeats its mistakes once per iteration, so
 * identical problems (same place, same message) are kept once, and the list is capped so a
 * broken 5,000-row table does not bury the first, most useful message.
 */
import type { MarkupProblem, MarkupProblemCode } from './markup-error.js';
import type { SourceRef } from './types.js';

export const MAX_PROBLEMS = 50;

export class ProblemList {
  readonly problems: MarkupProblem[] = [];
  private readonly seen = new Set<string>();

  add(code: MarkupProblemCode, message: string, at: SourceRef): void {
    if (this.problems.length >= MAX_PROBLEMS) return;
    const key = `${at.file}\u0000${at.line}\u0000${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.problems.push({ code, severity: 'error', file: at.file, line: at.line, message });
  }

  get isEmpty(): boolean {
    return this.problems.length === 0;
  }
}
