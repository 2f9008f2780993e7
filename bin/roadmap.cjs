#!/usr/bin/env node
// The CLI as a bundle (scripts/bundle.js, made by `npm run build`). This file and the bundle's
// shell are CommonJS: starting a program as an ES module costs Node its ES module loader first
// (about 7 ms here), which `roadmap --help` never needs; a command loads its handler when it
// runs (an ES module for the commands that render documents). The bundle takes Node's own modules with process.getBuiltinModule (Node
// 20.16 and later): an older Node gets a sentence, not a stack trace.
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
