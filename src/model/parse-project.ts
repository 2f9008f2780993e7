/**
 * Text of a roadmap.yaml -> the project, the YAML document (kept for edits that preserve
 * comments and order), and every problem found, each located at file:line:column.
 * Pure: the caller reads the file.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import { checkProject } from './check-project.js';
import { locate } from './locate.js';
import { formatPath, sortProblems, type PathSegment, type Problem } from './problem.js';
import { Project as ProjectSchema } from './schema.js';
import type { Project } from './types.js';
import { describeIssue } from './zod-issues.js';

export interface ParsedProject {
  /** Present when the file has no errors (warnings allowed). */
  project?: Project;
  document: Document;
  lineCounter: LineCounter;
  problems: Problem[];
}

export function parseProject(text: string, file: string): ParsedProject {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const problems: Problem[] = [];

  // 1. YAML syntax: nothing else is meaningful until the file parses.
  for (const error of document.errors) {
    const pos = error.linePos?.[0];
    problems.push({
      code: 'yaml-syntax',
      severity: 'error',
      file,
      ...(pos ? { line: pos.line, column: pos.col } : {}),
      message: translateYamlError(error.code, error.message),
      hint: 'Periksa indentasi (spasi, bukan tab) dan tanda ":" setelah setiap kunci.',
    });
  }
  if (problems.length > 0) return { document, lineCounter, problems };

  const at = (path: readonly PathSegment[], key = false) => locate(document, lineCounter, path, { key });

  // 2. Shape and types against the schema.
  const result = ProjectSchema.safeParse(document.toJS() ?? {}, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) {
      for (const described of describeIssue(issue, ProjectSchema)) {
        const loc = at(described.path, described.atKey);
        problems.push({
          code: described.code,
          severity: 'error',
          file,
          ...(loc ? { line: loc.line, column: loc.column } : {}),
          path: formatPath(described.path),
          message: described.message,
          ...(described.hint ? { hint: described.hint } : {}),
        });
      }
    }
    return { document, lineCounter, problems: sortProblems(problems) };
  }

  // 3. Rules across fields (OPD codes, years, ids, areas).
  for (const found of checkProject(result.data)) {
    const loc = at(found.path, found.atKey);
    problems.push({
      code: found.code,
      severity: found.severity,
      file,
      ...(loc ? { line: loc.line, column: loc.column } : {}),
      path: formatPath(found.path),
      message: found.message,
      ...(found.hint ? { hint: found.hint } : {}),
    });
  }
  const sorted = sortProblems(problems);
  const ok = !sorted.some((p) => p.severity === 'error');
  return { ...(ok ? { project: result.data } : {}), document, lineCounter, problems: sorted };
}

export const YAML_MESSAGES: Record<string, string> = {
  DUPLICATE_KEY: 'Kunci yang sama ditulis dua kali dalam satu bagian.',
  BAD_INDENT: 'Indentasi tidak tepat.',
  TAB_AS_INDENT: 'Indentasi memakai tab; gunakan spasi.',
  MISSING_CHAR: 'Ada tanda yang hilang (misalnya penutup kutip atau kurung).',
  BLOCK_AS_IMPLICIT_KEY: 'Kunci tidak boleh berupa blok; mungkin ada ":" yang hilang atau indentasi salah.',
  MULTILINE_IMPLICIT_KEY: 'Kunci tidak boleh lebih dari satu baris; mungkin ada ":" yang hilang.',
  UNEXPECTED_TOKEN: 'Tanda tidak terduga.',
  BAD_SCALAR_START: 'Nilai diawali tanda yang tidak boleh; apit dengan tanda kutip.',
};

export function translateYamlError(code: string, original: string): string {
  const firstLine = original.split('\n')[0] ?? original;
  return `Kesalahan sintaks YAML: ${YAML_MESSAGES[code] ?? firstLine}`;
}
