#!/usr/bin/env node
// The CLI as one bundle (scripts/bundle.js, made by `npm run build`): loading it is faster than
// loading the compiled modules one by one. The bundle takes Node's own modules with
// process.getBuiltinModule (Node 20.16 and later): an older Node gets a sentence, not a stack trace.
if (typeof process.getBuiltinModule !== 'function') {
  process.stderr.write(`✖ roadmap memerlukan Node.js 20.17 atau lebih baru; yang terpasang ${process.version}.\n  Pasang Node.js versi LTS terbaru dari https://nodejs.org, lalu jalankan lagi.\n`);
  process.exit(1);
}
const { main } = await import('../dist/bundle/main.js');
process.exitCode = await main(process.argv.slice(2));
