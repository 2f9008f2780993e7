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
 *   node scripts/bundle.js [DIST]     (DIST: the tsc output folder, dist unless told)
 */
import { copyFileSync, readdirSync, rmSync } from 'node:fs';
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
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
  metafile: true,
  plugins: [zodWithoutLocales()],
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

const templates = join(dist, 'render/templates');
for (const file of readdirSync(templates).filter((f) => /^precompiled-default.*\.js$/.test(f))) copyFileSync(join(templates, file), join(out, file));

const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
console.log(`${out}: ${Object.keys(result.metafile.outputs).length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB (CLI and build worker with their dependencies)`);
