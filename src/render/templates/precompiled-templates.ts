/**
 * The built-in template set, compiled ahead of time: `npm run build` writes the Handlebars specs of
 * templates/default (marked, checked, then precompiled by precompile-templates.ts) into
 * dist/render/templates/precompiled-default*.js. A build then needs only the Handlebars runtime.
 *
 * The specs are used only for a set whose files are exactly the ones they were made from, with the
 * Handlebars version that made them; otherwise (a template edited since the build, an ejected set
 * that was changed, no generated module at all as under vitest) the set is compiled as any other.
 */
import { CompiledTemplates, type HandlebarsEnvironment, type TemplateFile } from './compiled-templates.js';
import type { MarkerShift } from './inject-source-markers.js';
import { fileLabel, type TemplateSet } from './prepare-files.js';

/** The index module's export. */
export interface PrecompiledSet {
  /** The Handlebars version whose compiler made the specs. */
  handlebars: string;
  /** The set's files exactly as loadTemplateSet read them. */
  sources: Readonly<Record<string, string>>;
  /** By main template: its module. */
  variants: Readonly<Record<string, () => Promise<{ default: readonly PrecompiledFile[] }>>>;
}

/** One file of a main template's module, in rendering order (prepare-files.ts). */
export interface PrecompiledFile {
  path: string;
  /** [line, column, length] of each `<?src?>` marker (inject-source-markers.ts). */
  shifts: readonly (readonly [number, number, number])[];
  spec: TemplateSpecification;
}

/** True when `precompiled` was made from exactly these files, by this Handlebars. */
export function matchesSet(precompiled: PrecompiledSet, set: TemplateSet, version: string): boolean {
  if (precompiled.handlebars !== version) return false;
  const paths = Object.keys(set.files);
  if (paths.length !== Object.keys(precompiled.sources).length) return false;
  return paths.every((path) => Object.hasOwn(precompiled.sources, path) && precompiled.sources[path] === set.files[path]);
}

/**
 * The set ready to render `main` from its precompiled specs, in `hb` (a fresh runtime
 * environment); undefined when the specs were not made from this set, or not for `main`.
 *
 * The files carry no parsed template, so a failure while rendering is reported without the
 * expression behind it; the caller renders again with the compiled set to explain it
 * (load-templates.ts).
 */
export async function fromPrecompiled(precompiled: PrecompiledSet, set: TemplateSet, main: string, hb: HandlebarsEnvironment): Promise<CompiledTemplates | undefined> {
  if (!Object.hasOwn(precompiled.variants, main) || !matchesSet(precompiled, set, hb.VERSION)) return undefined;
  // A build interrupted while writing the modules may have left the index without this one.
  const files = await precompiled.variants[main]!().then(
    (module) => module.default,
    () => undefined,
  );
  if (files === undefined) return undefined;
  const compiled = new CompiledTemplates(hb);
  return compiled.install(
    files.map((file): TemplateFile => ({
      path: file.path,
      label: fileLabel(set, file.path),
      shifts: new Map<number, MarkerShift>(file.shifts.map(([line, column, length]) => [line, { column, length }])),
      ast: undefined,
    })),
    files.map((file) => hb.template(file.spec)),
  );
}
