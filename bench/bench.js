/**
 * `npm run bench`: in one run, on this machine, whole processes as a user waits for them:
 * - roadmap build against its peers on the same content at sizes S, M and L: docxtemplater filling
 *   a Word template, pandoc from Markdown, and a floor (document.xml as strings, zipped): time and
 *   peak memory;
 * - start-up (`roadmap --help`, `roadmap validate` on the example) against `node -e 0`;
 * - importing 4,200 realisation rows into the L project; the `--watch` rebuild after a save;
 * - a batch of 40 regencies on one core and on two.
 * Figures are printed, never asserted in tests. `node bench/bench.js S M` limits the sizes;
 * `--skip batch,watch,updates` leaves parts out.
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { benchBatch } from './batch.js';
import { generateProject, SIZES } from './generate.js';
import { mb, median, medianRun, ms, pairedRatio, rounds, spread } from './measure.js';
import { contentOf } from './peers/content.js';
import { writeDocxtemplaterTemplate } from './peers/docxtemplater-template.js';
import { markdownOf } from './peers/markdown.js';
import { benchUpdates } from './updates.js';
import { benchWatch } from './watch.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const out = join(here, 'out');
const bin = join(root, 'bin/roadmap.cjs');
export const LAMBANG = join(root, 'examples/kabupaten-sukamaju/lambang.png');
const node = process.execPath;
const args = process.argv.slice(2);
const sizes = args.filter((a) => a in SIZES).length ? args.filter((a) => a in SIZES) : Object.keys(SIZES);
const skip = new Set((args.find((a) => a.startsWith('--skip='))?.slice(7) ?? '').split(','));
const hasPandoc = (() => {
  try {
    median(1, 'pandoc', ['--version']);
    return true;
  } catch {
    return false;
  }
})();

console.log(`roadmap bench — node ${process.version}, ${new Date().toISOString()}`);
mkdirSync(out, { recursive: true });
const template = join(out, 'docxtemplater-template.docx');
await writeDocxtemplaterTemplate(template);

/** Rounds per size: S and M are quick, so more of them steady the ratios; L takes half a minute a round. */
const ROUNDS = { S: 5, M: 5, L: 3 };
const rows = [];
for (const size of sizes) {
  const dir = join(out, size);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const project = join(dir, 'roadmap.yaml');
  const data = generateProject(SIZES[size]);
  writeFileSync(project, stringify(data));
  copyFileSync(LAMBANG, join(dir, 'lambang.png'));
  const markdown = join(dir, 'peer.md');
  writeFileSync(markdown, markdownOf(contentOf(parse(stringify(data)))));
  const runs = rounds(ROUNDS[size], [
    [node, [bin, 'build', project, '-o', join(dir, 'roadmap.docx')]],
    [node, [join(here, 'peers/docxtemplater-fill.js'), template, project, join(dir, 'docxtemplater.docx')]],
    hasPandoc ? ['pandoc', [markdown, '-f', 'markdown', '-t', 'docx', '-o', join(dir, 'pandoc.docx')]] : undefined,
    [node, [join(here, 'peers/floor.js'), project, join(dir, 'floor.docx')]],
  ]);
  const [roadmap, docxtemplater, pandoc, floor] = runs.map((r) => r && medianRun(r));
  const against = (peer) => peer && spread(pairedRatio(runs[0], peer));
  const row = {
    size,
    kegiatan: data.areaPerubahan.reduce((k, a) => k + a.kegiatan.length, 0),
    roadmap,
    docxtemplater,
    pandoc,
    floor,
    ratios: [against(runs[1]), against(runs[2]), against(runs[3])],
  };
  rows.push(row);
  console.log(`${size} done: roadmap ${ms(row.roadmap.ms)}`);
}

console.log(
  `\nBuild, whole process (median of ${[...new Set(sizes.map((size) => ROUNDS[size]))].join(' or ')} rounds, each running the four in turn), peak RSS in brackets;` +
    '\n÷ columns: the median of the rounds\' own ratios, with the lowest and highest (pairedRatio in measure.js):',
);
console.log('| size | kegiatan | roadmap | docxtemplater | pandoc | floor | ÷ docxtemplater | ÷ pandoc | ÷ floor |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  const cell = (m) => (m ? `${ms(m.ms)} (${mb(m.rssMb)})` : 'n/a');
  console.log(
    `| ${r.size} | ${r.kegiatan.toLocaleString('en')} | ${cell(r.roadmap)} | ${cell(r.docxtemplater)} | ${cell(r.pandoc)} | ${cell(r.floor)} | ${r.ratios.map((x) => x ?? 'n/a').join(' | ')} |`,
  );
}

// Start-up: what a user waits for before anything happens.
const example = join(root, 'examples/kabupaten-sukamaju/roadmap.yaml');
const startUp = rounds(11, [
  [node, ['-e', '0']],
  [node, [bin, '--help']],
  [node, [bin, 'validate', example]],
]);
const [bare, help, validate] = startUp.map(medianRun);
console.log(
  `\nStart-up (median of 11, run in turn; ÷ as above): node -e 0 ${ms(bare.ms)}; roadmap --help ${ms(help.ms)} (÷ node ${spread(pairedRatio(startUp[1], startUp[0]))}); ` +
    `roadmap validate example ${ms(validate.ms)} (÷ node ${spread(pairedRatio(startUp[2], startUp[0]))})`,
);

if (!skip.has('updates')) await benchUpdates({ out, bin, generateProject, SIZES });
if (!skip.has('watch')) await benchWatch({ out, bin, example: dirname(example) });
if (!skip.has('batch')) benchBatch({ out, bin, example: dirname(example), count: 40 });
