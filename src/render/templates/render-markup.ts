/**
 * renderMarkup: a template set and a view → document markup. Each call gets its own Handlebars
 * instance (no global helpers or partials), compiles strictly, and marks template lines so the
 * markup parser can report its problems as `templates/<set>/<file>.hbs:LINE`.
 */
import Handlebars from 'handlebars';
import { registerHelpers } from './helpers/register-helpers.js';
import { injectSourceMarkers, type MarkerShift } from './inject-source-markers.js';
import { checkTemplates } from './check-templates.js';
import { TemplateError, TemplateProblemCode, type TemplateProblem } from './template-error.js';
import { TemplateIndex, type AstNode } from './template-index.js';
import { runtimeProblem, syntaxProblem, type KnownNames, type TemplateFileInfo } from './translate-error.js';
import { removeForbiddenXmlCharacters } from './xml-characters.js';

/** A template set as read from disk: paths relative to the set's folder → contents. */
export interface TemplateSet {
  name: string;
  files: Record<string, string>;
}

export interface RenderedMarkup {
  markup: string;
  /** `templates/<set>/<path>.hbs` by the index the markup's `<?src N:L?>` markers use. */
  files: string[];
}

/** The regulation's main template; the other documents have their own (render/document-kind.ts). */
export const MAIN_TEMPLATE = 'dokumen.hbs';

/** `strict`: a misspelt field throws (P14). `noEscape: false`: data can never write markup. */
const COMPILE_OPTIONS = { strict: true, noEscape: false } as const;

interface PreparedFile extends TemplateFileInfo {
  /** Path inside the set, `/`-separated: `lampiran/bab-1.hbs`. */
  path: string;
  source: string;
}

/**
 * Renders the main template `main` (`dokumen.hbs` unless told) of `set` with `view`. Every other
 * `.hbs` file is a partial named by its path without the extension: `{{> lampiran/bab-1}}`.
 *
 * @throws TemplateError listing the syntax errors, unknown partials and helpers of all files,
 *   or the first failure met while rendering, located in the file where it happened.
 */
export function renderMarkup(set: TemplateSet, view: object, main = MAIN_TEMPLATE): RenderedMarkup {
  const files = prepareFiles(set, main);
  const hb = Handlebars.create();
  registerHelpers(hb);
  const known: KnownNames = {
    helpers: Object.keys(hb.helpers),
    partials: files.filter((file) => file.path !== main).map((file) => partialName(file.path)),
  };

  const problems: TemplateProblem[] = [];
  for (const file of files) {
    try {
      file.index = new TemplateIndex(hb.parseWithoutProcessing(file.source) as unknown as AstNode);
    } catch (error) {
      problems.push(syntaxProblem(error, file));
    }
  }
  problems.push(...checkTemplates(files, known));
  if (problems.length > 0) throw new TemplateError(problems);

  const templates = files.map((file) => labelFailures(hb.compile(file.source, COMPILE_OPTIONS), file, known));
  files.forEach((file, i) => {
    if (file.path !== main) hb.registerPartial(partialName(file.path), templates[i]!);
  });
  const markup = templates[0]!(view);
  return { markup: removeForbiddenXmlCharacters(markup), files: files.map((file) => file.label) };
}

/** The main template first, then the partials in path order; each marked for source mapping. */
function prepareFiles(set: TemplateSet, main: string): PreparedFile[] {
  const paths = Object.keys(set.files)
    .map((path) => ({ original: path, path: path.replace(/\\/g, '/').replace(/^\.\//, '') }))
    .filter(({ path }) => path.endsWith('.hbs'))
    .sort((a, b) => (a.path === main ? -1 : b.path === main ? 1 : a.path.localeCompare(b.path)));
  const label = (path: string) => `templates/${set.name}/${path}`;
  if (paths[0]?.path !== main) {
    throw new TemplateError([
      {
        code: TemplateProblemCode.MISSING_MAIN,
        severity: 'error',
        file: label(main),
        line: 1,
        message: `Templat utama ${main} tidak ada di set "${set.name}".`,
        hint: 'Set templat yang disalin dari versi lama belum memuat dokumen ini; salin ulang berkasnya dari `roadmap templates eject FOLDER-BARU`.',
      },
    ]);
  }
  return paths.map(({ original, path }, index) => {
    const text = (set.files[original] ?? '').replace(/^\uFEFF/, '');
    const marked = injectSourceMarkers(text, index);
    return { path, label: label(path), source: marked.text, shifts: marked.shifts as ReadonlyMap<number, MarkerShift>, index: undefined };
  });
}

function partialName(path: string): string {
  return path.replace(/\.hbs$/, '');
}

/**
 * Wraps a compiled template so a failure inside it is labelled with its own file. Partials run
 * inside their parent's call, so the innermost wrapper sees the error first and labels it; the
 * outer ones pass a TemplateError through untouched.
 */
function labelFailures(
  template: HandlebarsTemplateDelegate,
  file: TemplateFileInfo,
  known: KnownNames,
): HandlebarsTemplateDelegate {
  return (context: unknown, options?: Handlebars.RuntimeOptions) => {
    try {
      return template(context, options);
    } catch (error) {
      if (error instanceof TemplateError) throw error;
      throw new TemplateError([runtimeProblem(error, file, known)]);
    }
  };
}
