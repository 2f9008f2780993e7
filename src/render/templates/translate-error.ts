/**
 * Turns what Handlebars (or one of our helpers) threw into a TemplateProblem in Indonesian,
 * located in the template file where it happened, with the template's own columns (the
 * `<?src?>` markers shifted them).
 */
import { closestName } from '../markup/closest-name.js';
import { HelperError } from './helpers/helper-error.js';
import type { MarkerShift } from './inject-source-markers.js';
import { TemplateProblemCode, type TemplateProblem } from './template-error.js';
import type { PathNode, TemplateAst } from './template-ast.js';

/** One template file as the error translation sees it. */
export interface TemplateFileInfo {
  /** `templates/<set>/<path>.hbs` */
  label: string;
  shifts: ReadonlyMap<number, MarkerShift>;
  /** Absent when the file did not parse. */
  ast: TemplateAst | undefined;
}

export interface KnownNames {
  helpers: readonly string[];
  partials: readonly string[];
}

interface Located {
  lineNumber?: unknown;
  column?: unknown;
}

const LOCATION_SUFFIX = / - \d+:\d+$/;

/** A Handlebars parse-phase failure (syntax, mismatched blocks). */
export function syntaxProblem(error: unknown, file: TemplateFileInfo): TemplateProblem {
  const message = error instanceof Error ? error.message : String(error);
  const parse = /^(?:Parse|Lexical) error on line (\d+)/.exec(message);
  if (parse !== null) {
    return problem(TemplateProblemCode.SYNTAX, `Sintaks Handlebars salah: ${describeParseError(message)}`, file, Number(parse[1]));
  }
  const raw = message.replace(LOCATION_SUFFIX, '');
  const mismatch = /^(.+) doesn't match (.+)$/.exec(raw);
  const text = mismatch !== null ? `blok {{#${mismatch[1]}}} ditutup dengan {{/${mismatch[2]}}}.` : raw;
  return located(TemplateProblemCode.SYNTAX, `Sintaks Handlebars salah: ${text}`, file, error as Located);
}

/** A failure while rendering: missing data, unknown helper or partial, a helper's complaint. */
export function runtimeProblem(error: unknown, file: TemplateFileInfo, known: KnownNames): TemplateProblem {
  if (error instanceof HelperError) return helperProblem(error, file);
  const message = error instanceof Error ? error.message : String(error);
  const raw = message.replace(LOCATION_SUFFIX, '');
  const at = error as Located;

  const notDefined = /^"(.+)" not defined in /.exec(raw);
  if (notDefined !== null) {
    const name = notDefined[1]!;
    const { line, column } = positionOf(at);
    if (file.ast?.helperCallAt(line, column) !== undefined) {
      return located(TemplateProblemCode.HELPER, unknownHelper(name, known), file, at);
    }
    const path = file.ast?.pathAt(line, column);
    return located(TemplateProblemCode.VARIABLE, missingVariable(path?.original ?? name), file, at);
  }

  const partial = /^The partial (.+) could not be found$/.exec(raw);
  if (partial !== null) {
    const name = partial[1]!;
    const use = file.ast?.partials.find((p) => p.name === name);
    return problem(TemplateProblemCode.PARTIAL, unknownPartial(name, known), file, use?.line ?? 1, use?.column);
  }

  // `{{f a.b.c}}` with `a.b` missing: the lookup itself throws, without a position.
  const property = /^Cannot read properties of (?:undefined|null) \(reading '(.+)'\)$/.exec(raw);
  if (property !== null) {
    const path: PathNode | undefined = file.ast?.pathsEndingIn(property[1]!)[0];
    const name = path?.original ?? property[1]!;
    return problem(TemplateProblemCode.VARIABLE, missingVariable(name), file, path?.loc?.start.line ?? 1);
  }

  const helper = /^Missing helper: "(.+)"$/.exec(raw);
  if (helper !== null) return located(TemplateProblemCode.HELPER, unknownHelper(helper[1]!, known), file, at);

  if (error instanceof RangeError && /call stack/i.test(raw)) {
    return problem(TemplateProblemCode.LIMIT, 'Templat bertumpuk terlalu dalam: tumpukan panggilan habis.', file, 1);
  }

  return located(TemplateProblemCode.RUNTIME, `Templat gagal dijalankan: ${raw}`, file, at);
}

/** The message for a field the view does not have. */
export function missingVariable(name: string): string {
  return `Variabel "${name}" tidak ada di data templat.`;
}

/** The message for an unknown helper, with the closest known one. */
export function unknownHelper(name: string, known: KnownNames): string {
  const guess = closestName(name, known.helpers);
  return `Helper "${name}" tidak dikenal.${guess === undefined ? '' : ` Maksud Anda "${guess}"?`}`;
}

/** The message for an unknown partial, with the closest known one. */
export function unknownPartial(name: string, known: KnownNames): string {
  const guess = closestName(name, known.partials);
  return `Templat bagian "${name}" tidak ditemukan.${guess === undefined ? '' : ` Maksud Anda "${guess}"?`}`;
}

/** The message for `constructor`, `__proto__` and the like (forbidden-names.ts). */
export function forbiddenProperty(name: string, expression: string): string {
  const where = expression === name ? '' : ` (di "${expression}")`;
  return `Templat tidak boleh membaca "${name}"${where}: itu bagian dalam JavaScript, bukan data templat.`;
}

/** A helper refused its input; for a missing argument, name the expression the author wrote. */
function helperProblem(error: HelperError, file: TemplateFileInfo): TemplateProblem {
  const { line, column } = positionOf(error);
  if (error.missingArgument !== undefined) {
    const call = file.ast?.callAt(line, column);
    const argument =
      typeof error.missingArgument === 'number'
        ? call?.params[error.missingArgument]
        : call?.hash?.pairs.find((pair) => pair.key === error.missingArgument)?.value;
    if (argument?.type === 'PathExpression') {
      return located(TemplateProblemCode.VARIABLE, missingVariable((argument as PathNode).original), file, error);
    }
  }
  return located(TemplateProblemCode.HELPER, error.message, file, error);
}

function positionOf(at: Located): { line: number; column: number } {
  return {
    line: typeof at.lineNumber === 'number' ? at.lineNumber : 1,
    column: typeof at.column === 'number' ? at.column : 0,
  };
}

function located(code: TemplateProblemCode, message: string, file: TemplateFileInfo, at: Located): TemplateProblem {
  const hasColumn = typeof at.column === 'number';
  const { line, column } = positionOf(at);
  return problem(code, message, file, line, hasColumn ? column : undefined);
}

/** `column` is Handlebars' 0-based column in the marked source; the result is 1-based, unmarked. */
function problem(
  code: TemplateProblemCode,
  message: string,
  file: TemplateFileInfo,
  line: number,
  column?: number,
): TemplateProblem {
  const out: TemplateProblem = { code, severity: 'error', file: file.label, line, message };
  if (column !== undefined) {
    const shift = file.shifts.get(line);
    const unmarked = shift !== undefined && column >= shift.column + shift.length ? column - shift.length : column;
    out.column = unmarked + 1;
  }
  return out;
}

const TOKENS: Readonly<Record<string, string>> = {
  CLOSE: '}}',
  CLOSE_UNESCAPED: '}}}',
  CLOSE_RAW_BLOCK: '}}}}',
  OPEN: '{{',
  OPEN_BLOCK: '{{#',
  OPEN_ENDBLOCK: '{{/',
  OPEN_INVERSE: '{{^',
  OPEN_INVERSE_CHAIN: '{{else',
  OPEN_PARTIAL: '{{>',
  OPEN_PARTIAL_BLOCK: '{{#>',
  OPEN_UNESCAPED: '{{{',
  OPEN_RAW_BLOCK: '{{{{',
  END_RAW_BLOCK: '{{{{/',
  INVERSE: '{{else}}',
  OPEN_SEXPR: '(',
  CLOSE_SEXPR: ')',
  OPEN_BLOCK_PARAMS: 'as |…|',
  CLOSE_BLOCK_PARAMS: '|',
  ID: 'nama',
  STRING: 'teks "…"',
  NUMBER: 'angka',
  BOOLEAN: 'true/false',
  UNDEFINED: 'undefined',
  NULL: 'null',
  DATA: '@nama',
  SEP: '. atau /',
  EQUALS: '=',
  EOF: 'akhir berkas',
  INVALID: 'karakter yang tidak sah',
  CONTENT: 'teks',
  COMMENT: 'komentar',
};

/** "Expecting 'CLOSE', 'ID', got 'INVALID'" → which tokens could come, and what came. */
function describeParseError(message: string): string {
  const got = /got '([A-Z_]+)'/.exec(message)?.[1];
  const expecting = /Expecting (.+), got/.exec(message)?.[1];
  if (got === undefined || expecting === undefined) return 'penulisan {{ … }} tidak bisa dibaca.';
  const names = [...new Set([...expecting.matchAll(/'([A-Z_]+)'/g)].map((m) => TOKENS[m[1]!] ?? m[1]!))];
  const shown = names.length > 6 ? `${names.slice(0, 6).join(', ')}, …` : names.join(', ');
  return `tertulis ${TOKENS[got] ?? got}, padahal yang bisa di sini: ${shown}.`;
}
