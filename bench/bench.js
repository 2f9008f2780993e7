/**
 * `npm run bench`: builds generated projects of sizes S, M, L and prints per-phase times and
 * peak memory; times pandoc writing the same content (our DOCX read back as Markdown, then
 * written as DOCX by pandoc) for a side-by-side ratio; and `roadmap --help` start-up against
 * bare node. Figures are measured here, never asserted in tests.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { generateProject, SIZES } from './generate.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const out = join(here, 'out');
const only = process.argv.slice(2).filter((a) => a in SIZES);
const sizes = only.length ? only : Object.keys(SIZES);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${Math.round(x).toLocaleString('en')} ms`;
function time(cmd, args, options = {}) {
  const t = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30, ...options });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  return { ms: performance.now() - t, stdout: r.stdout };
}
const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;

console.log(`roadmap bench — node ${process.version}, ${new Date().toISOString()}`);
const rows = [];
for (const size of sizes) {
  const dir = join(out, size);
  mkdirSync(dir, { recursive: true });
  const projectPath = join(dir, 'roadmap.yaml');
  const project = generateProject(SIZES[size]);
  writeFileSync(projectPath, stringify(project));
  const docx = join(dir, 'roadmap.docx');
  const runs = size === 'L' ? 1 : 3;
  const results = [];
  for (let i = 0; i < runs; i++) {
    const r = time(process.execPath, [join(here, 'build-one.js'), projectPath, docx]);
    results.push(JSON.parse(r.stdout));
  }
  const best = results.sort((a, b) => a.total - b.total)[Math.floor(results.length / 2)];
  const activities = project.areaPerubahan.reduce((n, a) => n + a.kegiatan.length, 0);
  console.log(`\n${size}: ${activities} kegiatan, ${SIZES[size].indicators} indikator, ${SIZES[size].years} tahun — ${(best.bytes / 1024).toFixed(0)} KB DOCX`);
  for (const [phase, t] of Object.entries(best.phases)) console.log(`  ${phase.padEnd(14)} ${ms(t)}`);
  console.log(`  ${'total'.padEnd(14)} ${ms(best.total)}   peak RSS ${best.maxRssMb.toFixed(0)} MB`);
  const row = { size, total: best.total, maxRssMb: best.maxRssMb };
  if (hasPandoc) {
    const md = join(dir, 'roadmap.md');
    time('pandoc', [docx, '-t', 'markdown', '-o', md]);
    const pandocRuns = [];
    for (let i = 0; i < runs; i++) pandocRuns.push(time('pandoc', [md, '-f', 'markdown', '-t', 'docx', '-o', join(dir, 'pandoc.docx')]).ms);
    row.pandoc = median(pandocRuns);
    console.log(`  pandoc (same content, markdown -> docx): ${ms(row.pandoc)}; roadmap/pandoc = ${(best.total / row.pandoc).toFixed(2)}`);
  }
  rows.push(row);
}

// Start-up: `roadmap --help` must not load docx, handlebars or inquirer.
const startRuns = 15;
const node = [];
const help = [];
for (let i = 0; i < startRuns; i++) {
  node.push(time(process.execPath, ['-e', '0']).ms);
  help.push(time(process.execPath, [join(root, 'bin/roadmap.js'), '--help']).ms);
}
console.log(`\nstart-up (median of ${startRuns}): node -e 0 ${ms(median(node))}, roadmap --help ${ms(median(help))}, ratio ${(median(help) / median(node)).toFixed(2)}`);

// Yearly updates at L size: importing realisations and diffing two revisions.
try {
  const { benchUpdates } = await import('./updates.js');
  await benchUpdates({ out, generateProject, SIZES, time, ms });
} catch (error) {
  if (error.code !== 'ERR_MODULE_NOT_FOUND') throw error;
}
