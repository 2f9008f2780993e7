#!/usr/bin/env node
/**
 * Bundles the CLI into dist/bundle, the last step of `npm run build`; bin/roadmap.cjs runs it.
 *
 * Why: a build of the S project spent about 170 ms of its 0.8 s loading some 250 modules (our
 * compiled files and the dependencies': resolving, reading, lexing CommonJS for named exports,
 * compiling). One bundle, split only where the CLI loads a command lazily, cut `roadmap --help`
 * from 129 to 101 ms, `validate` on the example from 349 to 285 ms and an S build from 1,091 to
 * 1,006 ms (`npm run bench` prints the ratios).
 *
 * What stays beside the bundle, found at run time relative to its chunks in dist/bundle:
 * - the build worker (BUILD_WORKER in actions/build-pool.ts: build-worker.cjs), a second entry
 *   point;
 * - the built-in templates (`../../templates/` in actions/template-set.ts: dist/bundle is two
 *   folders below the package, like dist/actions);
 * - the precompiled templates, imported by a name the bundler cannot follow
 *   (render/templates/load-templates.ts): made CommonJS files, one per kind of document.
 * CommonJS dependencies that `require` Node's own modules get a `require` made for the bundle.
 *
 * Node's own modules are taken with process.getBuiltinModule rather than imported: an `import`
 * of one makes Node build an ES module facade of it, syncing every export (node:fs has about a
 * hundred). And commander's child_process, which it needs only to run a subcommand's own
 * executable (we have none), is loaded when it does, not at start-up. With standard input opened
 * on demand (cli/streams.ts), `roadmap --help` went from 85.9 to 83.4 ms against 61.0 ms for
 * `node -e 0` (101 runs in turn); in its CPU profile, module loading from 17.8 to 8.7 ms.
 *
 * The shell, cli.cjs, is CommonJS: cli/main.js with commander, chalk and the error and report code,
 * all that `roadmap --help` runs. Starting as an ES module costs Node its ES module loader and a
 * read per chunk; as CommonJS, `--help` went from 128.6 to 117.2 ms against 93.8 ms for
 * `node -e 0` (41 runs in turn, on a machine slower than the one above: 1.37 -> 1.25 times). Each
 * command's handler and the build worker are CommonJS too, one file each, but `update`'s (below).
 * Every handler takes the modules the shell holds from it.
 *
 *   node scripts/bundle.js [DIST]     (DIST: the tsc output folder, dist unless told)
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(root, process.argv[2] ?? 'dist');
const out = join(dist, 'bundle');
const SHELL = 'cli.cjs';
/** The handlers bundled as ES modules (see below), by entry name; the others are CommonJS. */
const ESM_HANDLERS = new Set(['handler-update']);
const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning', metafile: true };

rmSync(out, { recursive: true, force: true });

// The shell: cli/main.js and what it imports statically (commander, chalk, the error and report
// code), as one CommonJS file. Each command's handler is left as a dynamic import of its entry
// in the second build.
const handlers = {};
const analysed = await build({ ...common, entryPoints: [join(dist, 'cli/main.js')], format: 'cjs', write: false, plugins: [handlersApart(handlers)] });
// (Not the stubs that require a CommonJS handler: they are in their own namespace, `required:`.)
const shellModules = Object.keys(analysed.metafile.inputs)
  .filter((input) => !input.startsWith('required:'))
  .map((input) => resolve(root, input));
const shell = await build({
  ...common,
  stdin: { contents: shellEntry(shellModules), resolveDir: root, sourcefile: 'shell-entry.js' },
  outfile: join(out, SHELL),
  format: 'cjs',
  plugins: [handlersApart(handlers), commanderSpawnsLazily()],
});
const shellExports = createRequire(import.meta.url)(join(out, SHELL)).modules;

// The rest: the handlers and the build worker. A module the shell holds is taken from it, never
// bundled a second time: one UserError class (the shell's `instanceof` sorts errors into exit
// codes), one copy of module state.
const esmHandlers = Object.fromEntries(Object.entries(handlers).filter(([name]) => ESM_HANDLERS.has(name)));
const cjsHandlers = Object.fromEntries(Object.entries(handlers).filter(([name]) => !ESM_HANDLERS.has(name)));
const plugins = (format) => [fromShell(shellModules, shellExports, format), zodWithoutLocales(), builtinsWithoutFacades()];

// Each command's handler, and the build worker, as one CommonJS file holding all it may load:
// loading an ES module costs Node its ES module loader. `roadmap validate` on the example took
// 271.5 ms with an ES module handler, 246.5 ms with a CommonJS one (31 runs in turn, against
// 103.5 ms for `node -e 0`); an S build 701.8 against 675.1 ms (21 runs). What a command loads
// only on a rare path (the `yaml` library to say where a broken file is wrong, the Handlebars
// compiler for a user's own templates) is bundled in too, and compiled only if it runs.
const required = await build({
  ...common,
  entryPoints: { ...cjsHandlers, 'build-worker': join(dist, 'actions/build-worker.js') },
  outdir: out,
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  // Where the code finds files beside it (the built-in templates): the same URL as in ESM.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [
    ...plugins('cjs'),
    // load-templates.js imports the precompiled templates by a name held in a variable (the type
    // checker would look for the file in the sources).
    requireInstead(/[\\/]render[\\/]templates[\\/]load-templates\.js$/, /import\((PRECOMPILED_MODULE)\)/g, () => './precompiled-default.cjs'),
  ],
});
for (const file of Object.keys(required.metafile.outputs)) {
  // A dynamic import the bundler could not follow would load its module as an ES module anyway.
  if (/[^\w$.]import\(/.test(readFileSync(join(root, file), 'utf8'))) throw new Error(`${file}: an import() is left; list its command in ESM_HANDLERS`);
}

// The precompiled templates (render/templates/load-templates.js imports them by a name the
// bundler cannot follow), as CommonJS files beside the handlers: each kind of document's
// templates (279 KB) is read only when a build renders that kind.
const templates = join(dist, 'render/templates');
const kinds = await build({
  ...common,
  entryPoints: readdirSync(templates)
    .filter((f) => /^precompiled-default.*\.js$/.test(f))
    .map((f) => join(templates, f)),
  outdir: out,
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  plugins: [requireInstead(/precompiled-default\.js$/, /import\("\.\/(precompiled-default\.[\w-]+)\.js"\)/g, (name) => `./${name}.cjs`)],
});

// `update` stays an ES module, split into chunks, for its workbooks: as one CommonJS file it would
// be 3.3 MB (exceljs and its dependencies), read at every update for the few that write one.
const rest = await build({
  ...common,
  entryPoints: esmHandlers,
  outdir: out,
  splitting: true,
  format: 'esm',
  banner: { js: "const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);" },
  plugins: plugins('esm'),
});

/** Each handler (`import('../handlers/x.js')` in cli/commands) becomes the entry `handler-x`. */
function handlersApart(entries) {
  return {
    name: 'handlers-apart',
    setup(bundle) {
      bundle.onResolve({ filter: /[\\/]handlers[\\/][\w-]+\.js$/ }, (args) => {
        if (args.kind !== 'dynamic-import') return undefined;
        const name = `handler-${args.path.match(/([\w-]+)\.js$/)[1]}`;
        entries[name] = resolve(args.resolveDir, args.path);
        return ESM_HANDLERS.has(name) ? { path: `./${name}.js`, external: true } : { path: `./${name}.cjs`, namespace: 'required' };
      });
      requiredApart(bundle);
    },
  };
}

/**
 * A handler bundled apart as CommonJS (`./handler-x.cjs`, in the `required` namespace) is required
 * when its command runs: `import()` would start the ES module loader for it. (Named exports only:
 * a `default` would come out as the whole module, by Node's rules for CommonJS.)
 */
function requiredApart(bundle) {
  bundle.onLoad({ filter: /.*/, namespace: 'required' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js' }));
  bundle.onResolve({ filter: /^\.\/[\w.-]+\.cjs$/ }, (args) => ({ path: args.path, external: true }));
}

/**
 * In a file matching `file`, each `import(...)` that `pattern` matches becomes a require of the
 * CommonJS file `path(match)` beside the bundle, where `import()` would start the ES module
 * loader. It keeps `import()`'s answer: a promise, rejected if the file cannot be loaded. A file
 * without one fails the bundle, so that a change to it cannot go unnoticed.
 */
function requireInstead(file, pattern, path) {
  return {
    name: 'require-instead',
    setup(bundle) {
      bundle.onLoad({ filter: file }, (args) => {
        let found = 0;
        const contents = readFileSync(args.path, 'utf8').replace(pattern, (_, name) => {
          found += 1;
          return `new Promise((resolve) => resolve(require(${JSON.stringify(path(name))})))`;
        });
        if (found === 0) throw new Error(`${args.path}: no ${pattern} to replace; scripts/bundle.js must follow the change`);
        return { contents, loader: 'js', resolveDir: dirname(args.path) };
      });
      bundle.onResolve({ filter: /^\.\/[\w.-]+\.cjs$/ }, (args) => ({ path: args.path, external: true }));
    },
  };
}

/** The shell's entry: `main`, and every module it holds by its path, for the second build. */
function shellEntry(modules) {
  const key = (file) => JSON.stringify(relative(root, file).split('\\').join('/'));
  return [
    `export { main } from ${JSON.stringify(join(dist, 'cli/main.js'))};`,
    ...modules.map((file, i) => `import * as m${i} from ${JSON.stringify(file)};`),
    `export const modules = { ${modules.map((file, i) => `${key(file)}: m${i}`).join(', ')} };`,
  ].join('\n');
}

/**
 * In the second build, an import of a module the shell holds gets the shell's exports: the
 * shell is loaded already (bin/roadmap.cjs) or, in a build process, loaded by this require.
 */
function fromShell(modules, exportsOf, format) {
  const held = new Set(modules);
  return {
    name: 'from-shell',
    setup(bundle) {
      bundle.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData === 'from-shell' || args.kind === 'entry-point' || isBuiltin(args.path)) return undefined;
        const found = await bundle.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, pluginData: 'from-shell' });
        return held.has(found.path) ? { path: relative(root, found.path).split('\\').join('/'), namespace: 'shell' } : undefined;
      });
      bundle.onLoad({ filter: /.*/, namespace: 'shell' }, (args) => {
        const names = Object.keys(exportsOf[args.path]).filter((name) => name !== 'default');
        const here = format === 'esm' ? 'import.meta.url' : '__filename';
        const load = `process.getBuiltinModule('node:module').createRequire(${here})(${JSON.stringify(`./${SHELL}`)})`;
        return {
          contents: [
            `const m = ${load}.modules[${JSON.stringify(args.path)}];`,
            names.length > 0 ? `export const { ${names.join(', ')} } = m;` : '',
            'default' in exportsOf[args.path] ? 'export default m.default;' : '',
          ].join('\n'),
          loader: 'js',
        };
      });
    },
  };
}

/**
 * zod's namespaces carry every locale's messages (`locales`, re-exported by zod/v4/core and
 * zod/v4/mini: 245 KB, half of zod in the bundle), which every command would load and
 * compile. We never use them: zod's own messages are English, set from locales/en.js by
 * model/zod.ts, and ours are Indonesian (model/zod-issues.ts). So `locales` holds English only.
 */
function zodWithoutLocales() {
  return {
    name: 'zod-without-locales',
    setup(bundle) {
      bundle.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
        /[\\/]zod[\\/]v4[\\/]((classic|mini)[\\/]external|core[\\/]index)\.js$/.test(args.importer) ? { path: join(dirname(args.importer), '../locales/en.js') } : undefined,
      );
    },
  };
}

/**
 * `import { basename } from 'node:path'` becomes `process.getBuiltinModule('node:path').basename`.
 * Each name is read in a call marked pure, so that the bundler keeps only the names the code
 * uses: reading the others could run their getters (`process.stdin` opens standard input).
 */
function builtinsWithoutFacades() {
  const builtin = createRequire(import.meta.url);
  return {
    name: 'builtins-without-facades',
    setup(bundle) {
      // One module per importer, so that it lands in the importer's chunk: shared, it would be
      // a chunk of its own, one more file to load.
      bundle.onResolve({ filter: /^(node:)?[a-z0-9_/]+$/ }, (args) =>
        args.kind === 'import-statement' && isBuiltin(args.path)
          ? { path: `${args.path} for ${args.importer}`, namespace: 'builtin', pluginData: args.path }
          : undefined,
      );
      bundle.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => {
        const id = args.pluginData;
        const names = Object.keys(builtin(id)).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default');
        const lines = [
          `const m = process.getBuiltinModule(${JSON.stringify(id)});`,
          'export default m;',
          ...names.map((name) => `export const ${name} = /* @__PURE__ */ (() => m.${name})();`),
        ];
        return { contents: lines.join('\n'), loader: 'js' };
      });
    },
  };
}

/** commander's `require('node:child_process')`, for `spawn` only, loads the module on first call. */
function commanderSpawnsLazily() {
  return {
    name: 'commander-spawns-lazily',
    setup(bundle) {
      bundle.onResolve({ filter: /^node:child_process$/ }, (args) =>
        /[\\/]commander[\\/]lib[\\/]command\.js$/.test(args.importer) ? { path: 'child_process', namespace: 'lazy' } : undefined,
      );
      bundle.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
        contents: "module.exports = { spawn: (...args) => require('node:child_process').spawn(...args) };",
        loader: 'js',
      }));
    },
  };
}

const outputs = { ...shell.metafile.outputs, ...required.metafile.outputs, ...kinds.metafile.outputs, ...rest.metafile.outputs };
const bytes = Object.values(outputs).reduce((sum, o) => sum + o.bytes, 0);
console.log(`${out}: ${Object.keys(outputs).length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB (CLI and build worker with their dependencies)`);
