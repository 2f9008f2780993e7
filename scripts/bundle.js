#!/usr/bin/env node
/**
 * Bundles the CLI into dist/bundle, the last step of `npm run build`; bin/roadmap.js runs it.
 *
 * Why: a build of the S project spent about 170 ms of its 0.8 s loading some 250 modules (our
 * compiled files and the dependencies': resolving, reading, lexing CommonJS for named exports,
 * compiling). One bundle, split only where the CLI loads a command lazily, cut `roadmap --help`
 * from 129 to 101 ms, `validate` on the example from 349 to 285 ms and an S build from 1,091 to
 * 1,006 ms (`npm run bench` prints the ratios).
 *
 * What stays beside the bundle, found at run time relative to its chunks in dist/bundle:
 * - the build worker (`new URL('./build-worker.js', import.meta.url)` in actions/build-pool.ts),
 *   a second entry point;
 * - the built-in templates (`../../templates/` in actions/template-set.ts: dist/bundle is two
 *   folders below the package, like dist/actions);
 * - the precompiled templates, imported by a name the bundler cannot follow
 *   (render/templates/load-templates.ts): copied in.
 * CommonJS dependencies that `require` Node's own modules get a `require` made for the bundle.
 *
 * Node's own modules are taken with process.getBuiltinModule rather than imported: an `import`
 * of one makes Node build an ES module facade of it, syncing every export (node:fs has about a
 * hundred). And commander's child_process, which it needs only to run a subcommand's own
 * executable (we have none), is loaded when it does, not at start-up. With standard input opened
 * on demand (cli/streams.ts), `roadmap --help` went from 85.9 to 83.4 ms against 61.0 ms for
 * `node -e 0` (101 runs in turn); in its CPU profile, module loading from 17.8 to 8.7 ms.
 *
 *   node scripts/bundle.js [DIST]     (DIST: the tsc output folder, dist unless told)
 */
import { copyFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(root, process.argv[2] ?? 'dist');
const out = join(dist, 'bundle');

rmSync(out, { recursive: true, force: true });
const result = await build({
  entryPoints: [join(dist, 'cli/main.js'), join(dist, 'actions/build-worker.js')],
  outdir: out,
  entryNames: '[name]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  banner: { js: "const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);" },
  logLevel: 'warning',
  metafile: true,
  plugins: [zodWithoutLocales(), builtinsWithoutFacades(), commanderSpawnsLazily()],
});

/**
 * zod's namespaces carry every locale's messages (`locales`, re-exported by zod/v4/core and
 * zod/v4/classic: 245 KB, half of zod in the bundle), which every command would load and
 * compile. We never use them: zod's own messages are English, set by zod itself from
 * locales/en.js, and ours are Indonesian (model/zod-issues.ts). So `locales` holds English only.
 */
function zodWithoutLocales() {
  return {
    name: 'zod-without-locales',
    setup(bundle) {
      bundle.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
        /[\\/]zod[\\/]v4[\\/](classic[\\/]external|core[\\/]index)\.js$/.test(args.importer) ? { path: join(dirname(args.importer), '../locales/en.js') } : undefined,
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

const templates = join(dist, 'render/templates');
for (const file of readdirSync(templates).filter((f) => /^precompiled-default.*\.js$/.test(f))) copyFileSync(join(templates, file), join(out, file));

const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
console.log(`${out}: ${Object.keys(result.metafile.outputs).length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB (CLI and build worker with their dependencies)`);
