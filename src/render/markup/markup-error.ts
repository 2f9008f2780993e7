/**
 * The error the markup parser throws. It is a `ValidationFailed`, so the CLI prints its problems
 * (and `--json` emits them) exactly like project problems, and exits 1.
 */
import { ValidationFailed } from '../../errors.js';
import type { Problem } from '../../problem.js';

/** One thing wrong with the markup, located in the template that wrote it. */
export interface MarkupProblem extends Problem {
  /** `templates/<set>/<file>.hbs`, or `(markup)` when no template marker preceded the problem. */
  file: string;
  /** 1-based template line (or markup line for `(markup)`). */
  line: number;
}

/** Stable codes for `--json` consumers. */
export const MarkupProblemCode = {
  SYNTAX: 'markup-syntax',
  ELEMENT: 'markup-element',
  ATTRIBUTE: 'markup-attribute',
  NESTING: 'markup-nesting',
  TEXT: 'markup-text',
  TABLE: 'markup-table',
} as const;
export type MarkupProblemCode = (typeof MarkupProblemCode)[keyof typeof MarkupProblemCode];

/** Location used when the markup did not come through `renderMarkup` (no `<?src?>` markers). */
export const UNMAPPED_FILE = '(markup)';

export class MarkupError extends ValidationFailed {
  declare readonly problems: readonly MarkupProblem[];
  constructor(problems: readonly MarkupProblem[]) {
    super(problems, summarise('Markup dokumen tidak valid', problems));
  }
}

/** `Title: file:line: message (dan 3 masalah lain)` — the first problem, for logs and stack traces. */
export function summarise(title: string, problems: readonly Problem[]): string {
  const first = problems[0];
  if (first === undefined) return `${title}.`;
  const where = first.file === undefined ? '' : `${first.file}:${first.line ?? '?'}: `;
  const more = problems.length > 1 ? ` (dan ${problems.length - 1} masalah lain)` : '';
  return `${title}: ${where}${first.message}${more}`;
}
