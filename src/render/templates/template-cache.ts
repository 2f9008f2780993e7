/**
 * Compiled template sets kept for the life of the process, by content: `build --watch` and a batch
 * of projects render the same set again and again, and compiling it is most of the template
 * phase. A set whose files change (a template saved while watching) is another entry; the oldest
 * entries go, so a long watch session editing templates holds a few sets, not one per save.
 */
import type { CompiledTemplates } from './compiled-templates.js';
import type { TemplateSet } from './prepare-files.js';

/** Sets (times main templates) kept: the three documents of a set, and an edited set beside them. */
const CAPACITY = 8;

const cache = new Map<string, CompiledTemplates>();

/** What identifies a compiled set: its name (labels), the main template, every file's path and text. */
export function cacheKey(set: TemplateSet, main: string): string {
  return JSON.stringify([set.name, main, set.files]);
}

export function cachedTemplates(key: string): CompiledTemplates | undefined {
  const hit = cache.get(key);
  if (hit !== undefined) {
    // Most recently used last, so eviction takes the least recently used.
    cache.delete(key);
    cache.set(key, hit);
  }
  return hit;
}

export function keepTemplates(key: string, templates: CompiledTemplates): CompiledTemplates {
  cache.set(key, templates);
  while (cache.size > CAPACITY) cache.delete(cache.keys().next().value!);
  return templates;
}
