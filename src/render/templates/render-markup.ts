/**
 * renderMarkup: a template set and a view → document markup, in one synchronous call that
 * compiles the set when this process has not yet (compile-templates.ts). The build itself goes
 * through loadTemplates, which can use the specs precompiled at `npm run build` instead.
 */
import { compileTemplates } from './compile-templates.js';
import type { RenderedMarkup, RenderOptions } from './compiled-templates.js';
import { MAIN_TEMPLATE, type TemplateSet } from './prepare-files.js';
import { cacheKey, cachedTemplates, keepTemplates } from './template-cache.js';

/**
 * Renders the main template `main` (`dokumen.hbs` unless told) of `set` with `view`. Every other
 * `.hbs` file is a partial named by its path without the extension: `{{> lampiran/bab-1}}`.
 *
 * @throws TemplateError listing the syntax errors, unknown partials and helpers of all files,
 *   or the first failure met while rendering, located in the file where it happened.
 */
export function renderMarkup(set: TemplateSet, view: object, main = MAIN_TEMPLATE, options: RenderOptions = {}): RenderedMarkup {
  const key = cacheKey(set, main);
  const templates = cachedTemplates(key) ?? keepTemplates(key, compileTemplates(set, main));
  return templates.render(view, options);
}
