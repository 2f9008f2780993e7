/**
 * Checks a template set before rendering: every `{{> partial}}` exists, every call with
 * arguments names a known helper, and no expression reads JavaScript's object machinery
 * (`constructor`, `__proto__`, …). Rendering would find the first two too, but only the first
 * one, and only on the paths the data happens to take; the third it would deny silently.
 */
import { FORBIDDEN_PROPERTIES } from './forbidden-names.js';
import { TemplateProblemCode, type TemplateProblem } from './template-error.js';
import type { KnownNames, TemplateFileInfo } from './translate-error.js';
import { forbiddenProperty, unknownHelper, unknownPartial } from './translate-error.js';

/** The partial a `{{#> layout}}` block fills in; always there inside a partial block. */
const BUILTIN_PARTIALS = new Set(['@partial-block']);

/** Problems with the partials and helpers every parsed file names; empty when all exist. */
export function checkTemplates(files: readonly TemplateFileInfo[], known: KnownNames): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const partials = new Set(known.partials);
  const helpers = new Set(known.helpers);
  for (const file of files) {
    if (file.ast === undefined) continue;
    for (const use of file.ast.partials) {
      if (partials.has(use.name) || BUILTIN_PARTIALS.has(use.name)) continue;
      problems.push(at(file, use, TemplateProblemCode.PARTIAL, unknownPartial(use.name, known)));
    }
    for (const use of file.ast.helperCalls) {
      if (helpers.has(use.name)) continue;
      problems.push(at(file, use, TemplateProblemCode.HELPER, unknownHelper(use.name, known)));
    }
    for (const use of file.ast.propertyUses) {
      if (!FORBIDDEN_PROPERTIES.has(use.name)) continue;
      problems.push(at(file, use, TemplateProblemCode.FORBIDDEN, forbiddenProperty(use.name, use.expression)));
    }
  }
  return problems;
}

function at(
  file: TemplateFileInfo,
  use: { line: number; column: number },
  code: TemplateProblemCode,
  message: string,
): TemplateProblem {
  const shift = file.shifts.get(use.line);
  const column = shift !== undefined && use.column >= shift.column + shift.length ? use.column - shift.length : use.column;
  return { code, severity: 'error', file: file.label, line: use.line, column: column + 1, message };
}
