/**
 * The template set ready to render, however it is cheapest to have: from this process's cache;
 * else from the specs `npm run build` precompiled, when the set is the one they were made from;
 * else compiled now. Only the last loads the Handlebars compiler, so a build of the built-in set
 * loads and runs the Handlebars runtime alone.
 */
import type { CompiledTemplates, RenderedMarkup, RenderOptions } from './compiled-templates.js';
import { HandlebarsRuntime } from './handlebars-runtime.js';
import { fromPrecompiled, type PrecompiledSet } from './precompiled-templates.js';
import type { TemplateSet } from './prepare-files.js';
import { TemplateError } from './template-error.js';
import { cacheKey, cachedTemplates, keepTemplates } from './template-cache.js';

/**
 * Written beside this module by scripts/precompile-templates.js; absent from the source tree, so
 * named through a variable that the type checker does not try to resolve. scripts/bundle.js
 * turns `import(PRECOMPILED_MODULE)` into a require of the bundle's precompiled-default.cjs.
 */
const PRECOMPILED_MODULE = './precompiled-default.js';

let precompiled: Promise<PrecompiledSet | undefined> | undefined;

/**
 * @throws TemplateError when the set has a problem (compile-templates.ts says which).
 */
export async function loadTemplates(set: TemplateSet, main: string): Promise<CompiledTemplates> {
  const key = cacheKey(set, main);
  const hit = cachedTemplates(key);
  if (hit !== undefined) return hit;
  const specs = await (precompiled ??= importPrecompiled());
  if (specs !== undefined) {
    const made = await fromPrecompiled(specs, set, main, HandlebarsRuntime.create());
    if (made !== undefined) return keepTemplates(key, made);
  }
  return keepTemplates(key, await compile(set, main));
}

/**
 * Renders `main` of `set` with `view`, with the templates loadTemplates gives.
 *
 * @throws TemplateError for a problem of the set, or the first failure met while rendering.
 */
export async function renderTemplates(set: TemplateSet, main: string, view: object, options: RenderOptions = {}): Promise<RenderedMarkup> {
  return renderWith(await loadTemplates(set, main), set, main, view, options);
}

/**
 * Renders with `templates`, made from `set` for `main`. A failure met with precompiled templates,
 * which do not know the expression behind it, is met again with the set compiled, to report it as
 * precisely as always: the view and the templates are the same, so is the failure.
 */
export async function renderWith(templates: CompiledTemplates, set: TemplateSet, main: string, view: object, options: RenderOptions = {}): Promise<RenderedMarkup> {
  try {
    return templates.render(view, options);
  } catch (error) {
    if (!(error instanceof TemplateError) || templates.explainsFailures) throw error;
    // onLog has had what the first rendering logged.
    return (await compile(set, main)).render(view);
  }
}

async function compile(set: TemplateSet, main: string): Promise<CompiledTemplates> {
  const { compileTemplates } = await import('./compile-templates.js');
  return compileTemplates(set, main);
}

async function importPrecompiled(): Promise<PrecompiledSet | undefined> {
  try {
    return ((await import(PRECOMPILED_MODULE)) as { default: PrecompiledSet }).default;
  } catch {
    // Not built (vitest runs the sources), or built without the precompile step.
    return undefined;
  }
}
