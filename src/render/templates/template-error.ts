/**
 * The error renderMarkup throws for a broken template set. Like MarkupError it is a
 * ValidationFailed, so the CLI prints (and `--json` emits) its problems like any others.
 */
import { ValidationFailed } from '../../errors.js';
import type { Problem } from '../../problem.js';
import { summarise } from '../markup/markup-error.js';

export interface TemplateProblem extends Problem {
  /** `templates/<set>/<path>.hbs` */
  file: string;
  /** 1-based template line. */
  line: number;
  /** 1-based column, when Handlebars knows it. */
  column?: number;
}

/** Stable codes for `--json` consumers. */
export const TemplateProblemCode = {
  SYNTAX: 'template-syntax',
  VARIABLE: 'template-variable',
  HELPER: 'template-helper',
  PARTIAL: 'template-partial',
  MISSING_MAIN: 'template-missing-main',
  /** A name a template may never read (`constructor`, `__proto__`, …): see forbidden-names.ts. */
  FORBIDDEN: 'template-forbidden',
  /** Partials nested too deep or called too often, or markup too long: see RENDER_LIMITS. */
  LIMIT: 'template-limit',
  RUNTIME: 'template-runtime',
} as const;
export type TemplateProblemCode = (typeof TemplateProblemCode)[keyof typeof TemplateProblemCode];

export class TemplateError extends ValidationFailed {
  declare readonly problems: readonly TemplateProblem[];
  constructor(problems: readonly TemplateProblem[]) {
    super(problems, summarise('Templat tidak bisa dijalankan', problems));
  }
}
