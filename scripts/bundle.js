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
 * The bundle is CommonJS files, one per entry, as starting an ES module costs Node its ES module
 * loader: the shell, cli.cjs (cli/main.js with commander, chalk and the error and report code, all
 * that `roadmap --help` runs: 128.6 -> 117.2 ms against 93.8 ms for `node -e 0`, 41 runs in turn,
 * when it stopped being an ES module), one file per command's handler, loaded when the command
 * runs, and the build worker. Every handler takes the modules the shell holds from it. Beside the
 * bundle, found at run time relative to it in dist/bundle:
 * - the build worker (BUILD_WORKER in actions/build-pool.ts: build-worker.cjs);
 * - the built-in templates (`../../templates/` in actions/template-set.ts: dist/bundle is two
 *   folders below the package, like dist/actions);
 * - the precompiled templates, imported by a name the bundler cannot follow
 *   (render/templates/load-templates.ts): made CommonJS files, one per kind of document;
 * - exceljs, for `update --template-realisasi` only, in realisasi-workbook.cjs.
 * Commander's child_process, which it needs only to run a subcommand's own executable (we have
 * none), is loaded when it does, not at start-up.
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
const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning', metafile: true };

rmSync(out, { recursive: true, force: true });

// The shell: cli/main.js and what it imports statically (commander, chalk, the error and report
// code), as one CommonJS file. Each command's handler becomes a require of its own file, made by
// the next build.
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

// The handlers and the build worker, each one CommonJS file holding all it may load: loading an
// ES module costs Node its ES module loader. With ES module handlers (split into chunks) against
// CommonJS ones, 21 runs in turn, `node -e 0` 106.8 ms: `validate` on the example 270.1 against
// 251.0 ms, a build of the example 734.4 against 672.7 ms. What a command loads only on a rare path
// (the `yaml` library to say where a broken file is wrong, the Handlebars compiler for a user's
// own templates) is bundled in too, and compiled only if it runs. A module the shell holds is
// taken from it, never bundled a second time: one UserError class (the shell's `instanceof` sorts
// errors into exit codes), one copy of module state.
const required = await build({
  ...common,
  entryPoints: {
    ...handlers,
    'build-worker': join(dist, 'actions/build-worker.js'),
    // exceljs and what it needs (2.7 MB), for `update --template-realisasi` only.
    'realisasi-workbook': join(dist, 'actions/realisasi-workbook.js'),
  },
  outdir: out,
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  // Where the code finds files beside it (the built-in templates): the same URL as in ESM.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [
    fromShell(shellModules, shellExports),
    zodWithoutLocales(),
    // load-templates.js imports the precompiled templates by a name held in a variable (the type
    // checker would look for the file in the sources).
    requireInstead(/[\\/]render[\\/]templates[\\/]load-templates\.js$/, /import\((PRECOMPILED_MODULE)\)/g, () => './precompiled-default.cjs'),
    requireInstead(/[\\/]cli[\\/]handlers[\\/]update\.js$/, /import\('\.\.\/\.\.\/actions\/(realisasi-workbook)\.js'\)/g, (name) => `./${name}.cjs`),
  ],
});
for (const [file, { imports }] of Object.entries(required.metafile.outputs)) {
  // An import() left would load its module as an ES module. (One of a name in a variable is not
  // listed here: test/cli/commonjs-handlers.test.ts catches that by running the commands.)
  const left = imports.filter((i) => i.kind === 'dynamic-import');
  if (left.length > 0) throw new Error(`${file}: import() of ${left.map((i) => i.path).join(', ')} is left; scripts/bundle.js must make it a require`);
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

/** Each handler (`import('../handlers/x.js')` in cli/commands) becomes the entry `handler-x`. */
function handlersApart(entries) {
  return {
    name: 'handlers-apart',
    setup(bundle) {
      bundle.onResolve({ filter: /[\\/]handlers[\\/][\w-]+\.js$/ }, (args) => {
        if (args.kind !== 'dynamic-import') return undefined;
        const name = `handler-${args.path.match(/([\w-]+)\.js$/)[1]}`;
        entries[name] = resolve(args.resolveDir, args.path);
        return { path: `./${name}.cjs`, namespace: 'required' };
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
  besideAtRunTime(bundle);
}

/** `./x.cjs` is another file of the bundle, required at run time from beside the requiring one. */
function besideAtRunTime(bundle) {
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
      besideAtRunTime(bundle);
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
function fromShell(modules, exportsOf) {
  const held = new Set(modules);
  return {
    name: 'from-shell',
    setup(bundle) {
      bundle.onResolve({ filter: /.*/ }, async (args) => {
        // The stub below requires the shell itself.
        if (args.namespace === 'shell') return { path: args.path, external: true };
        if (args.pluginData === 'from-shell' || args.kind === 'entry-point' || isBuiltin(args.path)) return undefined;
        const found = await bundle.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, pluginData: 'from-shell' });
        return held.has(found.path) ? { path: relative(root, found.path).split('\\').join('/'), namespace: 'shell' } : undefined;
      });
      bundle.onLoad({ filter: /.*/, namespace: 'shell' }, (args) => {
        const names = Object.keys(exportsOf[args.path]).filter((name) => name !== 'default');
        const load = `require(${JSON.stringify(`./${SHELL}`)})`;
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

const outputs = { ...shell.metafile.outputs, ...required.metafile.outputs, ...kinds.metafile.outputs };
const bytes = Object.values(outputs).reduce((sum, o) => sum + o.bytes, 0);
console.log(`${out}: ${Object.keys(outputs).length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB (CLI and build worker with their dependencies)`);
