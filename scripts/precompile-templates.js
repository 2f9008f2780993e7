#!/usr/bin/env node
/**
 * Precompiles the built-in template set, the last step of `npm run build`: reads templates/default
 * as a build reads it, marks, checks and compiles every file for each document's main template,
 * and writes DIST/render/templates/precompiled-default*.js (what and how:
 * src/render/templates/precompile-templates.ts). A build of the built-in set then renders with the
 * Handlebars runtime alone; a stale or missing module only means the set is compiled at run time.
 *
 *   node scripts/precompile-templates.js [DIST]     (DIST: the tsc output folder, dist unless told)
 *
 * Runs the compiled modules in DIST, so it follows `tsc -p tsconfig.build.json`.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(root, process.argv[2] ?? 'dist');
const load = (path) => import(pathToFileURL(join(dist, path)).href);

const { loadTemplateSet } = await load('actions/template-set.js');
const { MAIN_TEMPLATES } = await load('render/document-kind.js');
const { precompiledModules } = await load('render/templates/precompile-templates.js');

const set = await loadTemplateSet(undefined, root);
const mains = [...new Set(Object.values(MAIN_TEMPLATES))];
const modules = precompiledModules(set, mains, 'precompiled-default', 'scripts/precompile-templates.js');
const folder = join(dist, 'render/templates');
for (const { file, text } of [...modules.variants, modules.index]) writeFileSync(join(folder, file), text);
const size = (text) => `${(text.length / 1024).toFixed(0)} KB`;
console.log(
  `${relative(root, join(folder, modules.index.file))}: templates/${set.name} precompiled for ` +
    modules.variants.map((v) => `${v.main} (${size(v.text)})`).join(', '),
);
