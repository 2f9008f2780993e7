/**
 * Compiles a template set at run time: a user's set (`--template`), or the built-in one when the
 * specs precompiled at `npm run build` are missing or stale. Checks every file first (syntax,
 * unknown partials and helpers, forbidden names) and reports all problems at once. This is the
 * one module that loads the Handlebars compiler at run time.
 */
import Handlebars from 'handlebars';
import { checkTemplates } from './check-templates.js';
import { CompiledTemplates, type TemplateFile } from './compiled-templates.js';
import { FORBIDDEN_PROPERTIES } from './forbidden-names.js';
import { partialName, prepareFiles, type TemplateSet } from './prepare-files.js';
import { TemplateAst, type AstNode } from './template-ast.js';
import { TemplateError, TemplateProblemCode, type TemplateProblem } from './template-error.js';
import { syntaxProblem } from './translate-error.js';
import { logicHelpers } from './helpers/logic-helpers.js';
import { numberHelpers } from './helpers/number-helpers.js';
import { textHelpers } from './helpers/text-helpers.js';

/**
 * `strict`: a misspelt field throws instead of printing nothing, so a typo in a template is an
 * error with its line, never a silently empty paragraph in the document. `noEscape: false`:
 * data can never write markup. `knownHelpers`: a template calls our helpers directly instead of
 * looking each up by name as it runs, which cut the template phase of an M build by about a
 * fifth (same markup, byte for byte). Not `knownHelpersOnly`: it would refuse, at compile time,
 * a call through a data path (`{{obj.f x}}`) that check-templates.ts lets through. A fresh copy
 * for each call: Handlebars writes into its options.
 */
export const compileOptions = (): CompileOptions => ({ strict: true, noEscape: false, knownHelpers: { ...KNOWN_HELPERS } });

/** Our helpers (helpers/register-helpers.ts); Handlebars knows its own. */
const KNOWN_HELPERS: Readonly<Record<string, true>> = Object.fromEntries(
  [numberHelpers, textHelpers, logicHelpers].flatMap((helpers) => Object.keys(helpers)).map((name) => [name, true]),
);

/** A file parsed for checking; its `program` is also what gets compiled, so each file is parsed once. */
export interface ParsedFile extends TemplateFile {
  source: string;
  /** Handlebars' own tree, before whitespace control; absent when the file did not parse. */
  program: AstNode | undefined;
}

/**
 * The set's files, marked, parsed and checked, with `main` first.
 *
 * @throws TemplateError listing the syntax errors, unknown partials and helpers, and forbidden
 *   names of all files.
 */
export function parseTemplates(set: TemplateSet, main: string, helpers: readonly string[]): ParsedFile[] {
  const files: ParsedFile[] = prepareFiles(set, main).map((file) => ({ ...file, ast: undefined, program: undefined }));
  const known = { helpers, partials: files.slice(1).map((file) => partialName(file.path)) };
  const problems: TemplateProblem[] = [];
  for (const file of files) {
    if (FORBIDDEN_PROPERTIES.has(partialName(file.path))) {
      problems.push({
        code: TemplateProblemCode.FORBIDDEN,
        severity: 'error',
        file: file.label,
        line: 1,
        message: `Nama berkas "${file.path}" tidak boleh dipakai: "${partialName(file.path)}" adalah bagian dalam JavaScript. Ganti nama berkasnya.`,
      });
    }
    try {
      file.program = Handlebars.parseWithoutProcessing(file.source) as unknown as AstNode;
      file.ast = new TemplateAst(file.program);
    } catch (error) {
      problems.push(syntaxProblem(error, file));
    }
  }
  problems.push(...checkTemplates(files, known));
  if (problems.length > 0) throw new TemplateError(problems);
  return files;
}

/**
 * Compiles `set` for rendering `main`. Handlebars compiles each template on its first call, so a
 * file the document never reaches (the report's templates, for a regulation) costs only its parse.
 *
 * @throws TemplateError as parseTemplates does.
 */
export function compileTemplates(set: TemplateSet, main: string): CompiledTemplates {
  const compiled = new CompiledTemplates(Handlebars.create());
  const files = parseTemplates(set, main, compiled.helpers);
  return compiled.install(
    files,
    files.map((file) => compiled.hb.compile(file.program as unknown as hbs.AST.Program, compileOptions())),
  );
}
