/**
 * renderMarkup: a template set and a view → document markup. Each call gets its own Handlebars
 * instance (no global helpers or partials), compiles strictly, and marks template lines so the
 * markup parser can report its problems as `templates/<set>/<file>.hbs:LINE`.
 *
 * A template set may come from anyone, so rendering is fenced: no expression reaches a prototype
 * (forbidden-names.ts), nothing Handlebars would print reaches the console (`{{log}}` goes to
 * `onLog`), and partials are bounded in depth, in calls and in output (RENDER_LIMITS).
 */
import Handlebars from 'handlebars';
import { registerHelpers } from './helpers/register-helpers.js';
import type { HelperCallOptions } from './helpers/helper-error.js';
import { FORBIDDEN_PROPERTIES, PROTOTYPE_ACCESS } from './forbidden-names.js';
import { injectSourceMarkers, type MarkerShift } from './inject-source-markers.js';
import { checkTemplates } from './check-templates.js';
import { TemplateError, TemplateProblemCode, type TemplateProblem } from './template-error.js';
import { TemplateAst, type AstNode } from './template-ast.js';
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

/**
 * Bounds on one rendering, far above what the built-in set needs (for the example: about 20
 * partial calls, nested 4 deep, 200 KB of markup), so that a set whose partials call themselves or
 * each other twice over fails at once instead of filling the memory.
 */
export const RENDER_LIMITS = {
  /** Partials inside partials. */
  depth: 64,
  /** Partial calls in one rendering. */
  partialCalls: 100_000,
  /** Characters of markup one template or partial may produce. */
  markupChars: 16 * 1024 * 1024,
} as const;

export interface RenderOptions {
  /**
   * Receives what `{{log …}}` writes, with the template it came from. Handlebars would print it on
   * the console; without `onLog` it is dropped.
   */
  onLog?: (entry: { file: string; line?: number; message: string }) => void;
}

/**
 * `strict`: a misspelt field throws instead of printing nothing, so a typo in a template is an
 * error with its line, never a silently empty paragraph in the document. `noEscape: false`:
 * data can never write markup.
 */
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
export function renderMarkup(set: TemplateSet, view: object, main = MAIN_TEMPLATE, options: RenderOptions = {}): RenderedMarkup {
  const files = prepareFiles(set, main);
  const state: RenderState = { stack: [], partialCalls: 0 };
  const hb = Handlebars.create();
  registerHelpers(hb);
  routeLogging(hb, state, options.onLog);
  const known: KnownNames = {
    helpers: Object.keys(hb.helpers),
    partials: files.filter((file) => file.path !== main).map((file) => partialName(file.path)),
  };

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
      file.ast = new TemplateAst(hb.parseWithoutProcessing(file.source) as unknown as AstNode);
    } catch (error) {
      problems.push(syntaxProblem(error, file));
    }
  }
  problems.push(...checkTemplates(files, known));
  if (problems.length > 0) throw new TemplateError(problems);

  const templates = files.map((file) => guard(hb.compile(file.source, COMPILE_OPTIONS), file, known, state));
  files.forEach((file, i) => {
    if (file.path !== main) hb.registerPartial(partialName(file.path), templates[i]!);
  });
  // Partials inherit the access control of the template that calls them.
  const markup = templates[0]!(view, { ...PROTOTYPE_ACCESS });
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
    return { path, label: label(path), source: marked.text, shifts: marked.shifts as ReadonlyMap<number, MarkerShift>, ast: undefined };
  });
}

function partialName(path: string): string {
  return path.replace(/\.hbs$/, '');
}

/** What the wrappers of one rendering share: the templates running now, the partial calls so far. */
interface RenderState {
  /** Labels of the templates being rendered, innermost last. */
  stack: string[];
  partialCalls: number;
}

/**
 * Wraps a compiled template so a failure inside it is labelled with its own file, and so the
 * rendering stays within RENDER_LIMITS. Partials run inside their parent's call, so the innermost
 * wrapper sees the error first and labels it; the outer ones pass a TemplateError through untouched.
 */
function guard(
  template: HandlebarsTemplateDelegate,
  file: TemplateFileInfo,
  known: KnownNames,
  state: RenderState,
): HandlebarsTemplateDelegate {
  return (context: unknown, options?: Handlebars.RuntimeOptions) => {
    if (state.stack.length >= RENDER_LIMITS.depth) {
      throw limitError(file, `Templat bagian bertumpuk lebih dari ${RENDER_LIMITS.depth} tingkat (${describeStack(state.stack, file)}); apakah ada {{> …}} yang memanggil dirinya sendiri?`);
    }
    if (++state.partialCalls > RENDER_LIMITS.partialCalls) {
      throw limitError(file, `Templat bagian dipanggil lebih dari ${RENDER_LIMITS.partialCalls.toLocaleString('id-ID')} kali; apakah ada {{> …}} yang dipanggil berlipat ganda?`);
    }
    state.stack.push(file.label);
    try {
      const markup = template(context, options);
      if (markup.length > RENDER_LIMITS.markupChars) {
        const mb = (chars: number) => (chars / 1024 / 1024).toLocaleString('id-ID', { maximumFractionDigits: 1 });
        throw limitError(file, `Templat ini menghasilkan ${mb(markup.length)} MB markup; batasnya ${mb(RENDER_LIMITS.markupChars)} MB.`);
      }
      return markup;
    } catch (error) {
      if (error instanceof TemplateError) throw error;
      throw new TemplateError([runtimeProblem(error, file, known)]);
    } finally {
      state.stack.pop();
    }
  };
}

function limitError(file: TemplateFileInfo, message: string): TemplateError {
  return new TemplateError([{ code: TemplateProblemCode.LIMIT, severity: 'error', file: file.label, line: 1, message }]);
}

/** `a → b → a → …`: the last few templates of a chain that is too deep. */
function describeStack(stack: readonly string[], next: TemplateFileInfo): string {
  const names = [...stack.slice(-4), next.label].map((label) => label.replace(/^templates\/[^/]+\//, ''));
  return `… → ${names.join(' → ')}`;
}

/**
 * Handlebars prints `{{log}}` (and its own warnings) with console.log/error; here nothing reaches
 * the console. `{{log}}` goes to `onLog` with the template and line it came from.
 */
function routeLogging(hb: typeof Handlebars, state: RenderState, onLog: RenderOptions['onLog']): void {
  hb.log = () => undefined;
  hb.registerHelper('log', function log(this: unknown, ...args: unknown[]): undefined {
    const options = args.pop() as HelperCallOptions;
    const line = options?.loc?.start.line;
    const message = args.map((arg) => (typeof arg === 'string' ? arg : safeJson(arg))).join(' ');
    onLog?.({ file: state.stack.at(-1) ?? '', ...(line !== undefined ? { line } : {}), message });
    return undefined;
  });
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
