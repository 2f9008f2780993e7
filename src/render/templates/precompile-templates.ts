/**
 * Writes the modules precompiled-templates.ts reads: a template set marked, checked and compiled
 * at build time (scripts/precompile-templates.js runs it on templates/default at `npm run build`),
 * so that a build of the built-in set renders with the Handlebars runtime alone. Each file goes
 * through exactly the steps compile-templates.ts takes at run time, in the same order, so the
 * specs are the very code the run-time compiler would make.
 *
 * One module per main template (a process renders one or two documents, and loading a module
 * costs by its size) and an index holding what decides whether they may be used.
 */
import Handlebars from 'handlebars';
import { CompiledTemplates } from './compiled-templates.js';
import { compileOptions, parseTemplates } from './compile-templates.js';
import { normalPath, type TemplateSet } from './prepare-files.js';

/** The index module, and one module per main template the set has, by file name. */
export interface PrecompiledModules {
  index: { file: string; text: string };
  variants: { main: string; file: string; text: string }[];
}

/**
 * Every function of a spec starts by defining a fallback for runtimes older than 4.6, which lack
 * `container.lookupProperty`; the modules are used only by the runtime of the version that made
 * them, so the fallback is written once per module instead of in each of some 300 functions.
 */
const LOOKUP_FALLBACK =
  'lookupProperty = container.lookupProperty || function(parent, propertyName) {\n' +
  '        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {\n' +
  '          return parent[propertyName];\n' +
  '        }\n' +
  '        return undefined\n' +
  '    };';
const SHARED_FALLBACK = 'lookupProperty = container.lookupProperty || lookupOwn;';

/**
 * The modules for `set` rendered from each of `mains`, named after `base` (`precompiled-default`
 * gives `precompiled-default.js` and `precompiled-default.dokumen.js`). A main the set lacks is
 * left out: its documents compile at run time.
 *
 * @throws TemplateError when the set has a problem; the built-in set must have none.
 */
export function precompiledModules(set: TemplateSet, mains: readonly string[], base: string, generator: string): PrecompiledModules {
  const helpers = new CompiledTemplates(Handlebars.create()).helpers;
  const header = `// Made by ${generator} at \`npm run build\` from templates/${set.name}: do not edit, do not commit.`;
  const variants: PrecompiledModules['variants'] = [];
  const index: string[] = [];
  for (const main of mains) {
    const stem = main.replace(/\.hbs$/, '');
    if (!/^[a-z0-9-]+$/.test(stem) || !Object.keys(set.files).some((path) => normalPath(path) === main)) continue;
    const files = parseTemplates(set, main, helpers);
    const entries = files.map((file) => {
      const spec = Handlebars.precompile(file.program as unknown as hbs.AST.Program, compileOptions()) as string;
      const shifts = [...file.shifts].map(([line, shift]) => [line, shift.column, shift.length]);
      return `{ path: ${json(file.path)}, shifts: ${json(shifts)}, spec: ${spec.split(LOOKUP_FALLBACK).join(SHARED_FALLBACK)} },`;
    });
    const file = `${base}.${stem}.js`;
    variants.push({
      main,
      file,
      text: [
        header,
        `// The files of templates/${set.name} in the order rendering ${main} numbers them; read by src/render/templates/precompiled-templates.ts.`,
        'const lookupOwn = (parent, name) => (Object.prototype.hasOwnProperty.call(parent, name) ? parent[name] : undefined);',
        'export default [',
        ...entries,
        '];',
        '',
      ].join('\n'),
    });
    index.push(`    ${json(main)}: () => import(${json(`./${file}`)}),`);
  }
  const text = [
    header,
    '// Read by src/render/templates/precompiled-templates.ts.',
    'export default {',
    `  handlebars: ${json(Handlebars.VERSION)},`,
    `  sources: ${json(set.files)},`,
    '  variants: {',
    ...index,
    '  },',
    '};',
    '',
  ].join('\n');
  return { index: { file: `${base}.js`, text }, variants };
}

/** JSON, also safe inside JavaScript source (U+2028 and U+2029 end a line in older engines' strings). */
function json(value: unknown): string {
  return JSON.stringify(value).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
