/**
 * The small error vocabulary of roadmap. Only `src/cli/answer.ts` turns these into exit codes and
 * printed messages; everything else throws them.
 */
import type { Problem } from './problem.js';

export const ExitCode = { OK: 0, INVALID_INPUT: 1, USAGE: 2, BUG: 3, INTERRUPTED: 130 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Base class: a stable machine code, an Indonesian message, and an optional how-to-fix hint. */
export class RoadmapError extends Error {
  readonly code: string;
  readonly hint: string | undefined;
  constructor(code: string, message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'RoadmapError';
    this.code = code;
    this.hint = options.hint;
  }
}

/** The input is wrong (a missing file, a bad value): exit 1. */
export class UserError extends RoadmapError {
  override readonly name = 'UserError';
}

/** Wrong flags or arguments: exit 2. */
export class UsageError extends RoadmapError {
  override readonly name = 'UsageError';
}

/** The project (or a template, a spreadsheet) has problems; carries all of them: exit 1. */
export class ValidationFailed extends RoadmapError {
  override readonly name = 'ValidationFailed';
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[], message = 'Berkas tidak valid.') {
    super('E_INVALID', message);
    this.problems = problems;
  }
}
