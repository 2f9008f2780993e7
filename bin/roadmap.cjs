#!/usr/bin/env node
// The CLI as a bundle (scripts/bundle.js, made by `npm run build`), all CommonJS: starting a
// program as an ES module costs Node its ES module loader first, which no command needs; a
// command loads its handler when it runs. The bundle needs Node 20.17 or later (package.json's
// engines), and process.getBuiltinModule (20.16) tells an older one: it gets a sentence, not a
// stack trace.
'use strict';
if (typeof process.getBuiltinModule !== 'function') {
  process.stderr.write(`✖ roadmap memerlukan Node.js 20.17 atau lebih baru; yang terpasang ${process.version}.\n  Pasang Node.js versi LTS terbaru dari https://nodejs.org, lalu jalankan lagi.\n`);
  process.exit(1);
}
// Node 22.1 and later keep the bundle's compiled code between runs (in the system's temporary
// folder; NODE_DISABLE_COMPILE_CACHE=1 turns it off): on Node 24, --help 49 -> 46 ms, validate
// on the example 140 -> 127 ms, an S build 404 -> 370 ms. Node 20 has no such cache.
require('node:module').enableCompileCache?.();
const { main } = require('../dist/bundle/cli.cjs');
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
