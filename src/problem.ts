/**
 * A Problem is one thing wrong with an input, located as precisely as we can: the file, the line
 * and column, and the field path. Text output and `--json` print the same objects.
 */
export type Severity = 'error' | 'warning';

export interface Problem {
  /** Stable machine code, e.g. `unknown-key`, `opd-unknown`. */
  code: string;
  severity: Severity;
  /** File the problem is in (as the user named it), when known. */
  file?: string;
  /** 1-based line and column. */
  line?: number;
  column?: number;
  /** Field path in the project, e.g. `areaPerubahan[2].kegiatan[0].koordinator`. */
  path?: string;
  /** What is wrong, in Indonesian. */
  message: string;
  /** How to fix it, in Indonesian. */
  hint?: string;
  /** A summary line that stands for this many problems not listed one by one. */
  jumlah?: number;
}

export type PathSegment = string | number;

/** `['areaPerubahan', 2, 'kegiatan']` → `areaPerubahan[2].kegiatan` */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** Sort by file, line, column so a long list reads top to bottom like the file. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.line ?? Infinity) - (b.line ?? Infinity) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}
