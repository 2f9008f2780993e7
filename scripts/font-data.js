#!/usr/bin/env node
/**
 * Writes src/render/docx/layout/font-data.ts, the Liberation fonts' advance widths and vertical
 * metrics the paginator measures text with (what and how: layout/font-data-generator.ts).
 *
 *   npm run font-data            (or: node scripts/font-data.js [font directory])
 *
 * Needs no build: the generator and the TrueType reader it uses are compiled on the fly with
 * TypeScript (a dev dependency) into a temporary folder. The output is committed; the fonts
 * (Debian: fonts-liberation) are only needed to regenerate it, and font-data.test.ts fails when
 * the committed file differs from what this writes.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const layout = join(root, 'src/render/docx/layout');
const out = join(layout, 'font-data.ts');

const tmp = mkdtempSync(join(tmpdir(), 'roadmap-font-data-'));
try {
  writeFileSync(join(tmp, 'package.json'), '{ "type": "module" }\n');
  for (const name of ['truetype', 'font-data-generator']) {
    const source = readFileSync(join(layout, `${name}.ts`), 'utf8');
    const compiled = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 } });
    writeFileSync(join(tmp, `${name}.js`), compiled.outputText);
  }
  const { fontDataSource, FONT_FILES, LIBERATION_DIR } = await import(pathToFileURL(join(tmp, 'font-data-generator.js')).href);
  const dir = process.argv[2] ?? LIBERATION_DIR;
  writeFileSync(out, fontDataSource((file) => new Uint8Array(readFileSync(join(dir, file)))));
  console.log(`wrote ${out} from ${FONT_FILES.length} font files in ${dir}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
