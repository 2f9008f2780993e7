/**
 * A template set ready to render: one Handlebars environment of its own (no global helpers or
 * partials) holding our helpers, every file as a template, the partials registered. Made once per
 * set and process (template-cache.ts), then rendered any number of times: the templates may come
 * from the compiler (compile-templates.ts) or from specs precompiled at `npm run build`
 * (precompiled-templates.ts); rendering itself needs only the Handlebars runtime.
 *
 * A template set may come from anyone, so rendering is fenced: no expression reaches a prototype
 * (forbidden-names.ts), nothing Handlebars would print reaches the console (`{{log}}` goes to
 * `onLog`), and partials are bounded in depth, in calls and in output (RENDER_LIMITS).
 */
import type Handlebars from 'handlebars';
import { PROTOTYPE_ACCESS } from './forbidden-names.js';
import type { HelperCallOptions } from './helpers/helper-error.js';
import { registerHelpers } from './helpers/register-helpers.js';
import { partialName } from './prepare-files.js';
import { TemplateError, TemplateProblemCode } from './template-error.js';
import { runtimeProblem, type KnownNames, type TemplateFileInfo } from './translate-error.js';
import { removeForbiddenXmlCharacters } from './xml-characters.js';

/** A Handlebars environment: the full one (with the compiler) or the runtime's, fresh from `create()`. */
export type HandlebarsEnvironment = typeof Handlebars;

export interface RenderedMarkup {
  markup: string;
  /** `templates/<set>/<path>.hbs` by the index the markup's `<?src N:L?>` markers use. */
  files: string[];
}

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

/** One file of the set as rendering sees it. */
export interface TemplateFile extends TemplateFileInfo {
  /** Path inside the set, `/`-separated: `lampiran/bab-1.hbs`. */
  path: string;
}

/** What the wrappers of one rendering share: the templates running now, the partial calls so far. */
interface RenderState {
  /** Labels of the templates being rendered, innermost last. */
  stack: string[];
  partialCalls: number;
  onLog: RenderOptions['onLog'];
}

export class CompiledTemplates {
  /** The helpers a template may call: ours and Handlebars' own. */
  readonly helpers: readonly string[];
  /** Helpers and partials the set may call, for "did you mean" in runtime problems. */
  private known: KnownNames = { helpers: [], partials: [] };
  /** The labels by file index, as `<?src N:L?>` markers number them. */
  private labels: string[] = [];
  private readonly state: RenderState = { stack: [], partialCalls: 0, onLog: undefined };
  private main: HandlebarsTemplateDelegate | undefined;

  private parsed = false;

  /** `hb` must be fresh from `create()`: it gets our helpers here, and the templates later. */
  constructor(readonly hb: HandlebarsEnvironment) {
    registerHelpers(hb);
    routeLogging(hb, this.state);
    this.helpers = Object.keys(hb.helpers);
  }

  /**
   * Takes the files, the main template first and then the partials (prepare-files.ts), and one
   * template per file made by this environment (`hb.compile` or `hb.template`); registers the
   * partials by path.
   */
  install(files: readonly TemplateFile[], templates: readonly HandlebarsTemplateDelegate[]): this {
    this.known = { helpers: this.helpers, partials: files.slice(1).map((file) => partialName(file.path)) };
    this.labels = files.map((file) => file.label);
    this.parsed = files.every((file) => file.ast !== undefined);
    const guarded = templates.map((template, i) => guard(template, files[i]!, this.known, this.state));
    files.forEach((file, i) => {
      if (i > 0) this.hb.registerPartial(partialName(file.path), guarded[i]!);
    });
    this.main = guarded[0];
    return this;
  }

  /**
   * Whether a failure while rendering is reported with the expression behind it: only when every
   * file carries its parsed template (translate-error.ts), as compiled ones do.
   */
  get explainsFailures(): boolean {
    return this.parsed;
  }

  /**
   * Renders the main template with `view`.
   *
   * @throws TemplateError for the first failure met while rendering, located in the file where it
   *   happened.
   */
  render(view: object, options: RenderOptions = {}): RenderedMarkup {
    if (this.main === undefined) throw new Error('CompiledTemplates.render before install');
    this.state.stack = [];
    this.state.partialCalls = 0;
    this.state.onLog = options.onLog;
    // Partials inherit the access control of the template that calls them.
    const markup = this.main(view, { ...PROTOTYPE_ACCESS });
    return { markup: removeForbiddenXmlCharacters(markup), files: [...this.labels] };
  }
}

/**
 * Wraps a template so a failure inside it is labelled with its own file, and so the rendering
 * stays within RENDER_LIMITS. Partials run inside their parent's call, so the innermost wrapper
 * sees the error first and labels it; the outer ones pass a TemplateError through untouched.
 */
function guard(template: HandlebarsTemplateDelegate, file: TemplateFileInfo, known: KnownNames, state: RenderState): HandlebarsTemplateDelegate {
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
 * the console. `{{log}}` goes to the rendering's `onLog` with the template and line it came from.
 */
function routeLogging(hb: HandlebarsEnvironment, state: RenderState): void {
  hb.log = () => undefined;
  hb.registerHelper('log', function log(this: unknown, ...args: unknown[]): undefined {
    const options = args.pop() as HelperCallOptions;
    const line = options?.loc?.start.line;
    const message = args.map((arg) => (typeof arg === 'string' ? arg : safeJson(arg))).join(' ');
    state.onLog?.({ file: state.stack.at(-1) ?? '', ...(line !== undefined ? { line } : {}), message });
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
