/**
 * Yearly updates at size L, through the CLI as a user runs them: importing one year's
 * realisations for every indicator and activity from CSV (4,200 rows), and diffing two revisions.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { mb, median, ms } from './measure.js';

export async function benchUpdates({ out, bin, generateProject, SIZES }) {
  const dir = join(out, 'L-updates');
  mkdirSync(dir, { recursive: true });
  const project = generateProject(SIZES.L);
  const base = join(dir, 'roadmap.yaml');
  writeFileSync(base, stringify(project));
  copyFileSync(join(import.meta.dirname, '..', 'examples/kabupaten-sukamaju/lambang.png'), join(dir, 'lambang.png'));

  const ids = [...project.sasaran.flatMap((s) => s.indikator.map((i) => i.id)), ...project.areaPerubahan.flatMap((a) => a.kegiatan.map((k) => k.id))];
  const csv = join(dir, 'realisasi-2026.csv');
  writeFileSync(csv, ['id,realisasi', ...ids.map((id, i) => `${id},${50 + (i % 50)}`)].join('\n'));
  const work = join(dir, 'work.yaml');
  const imports = [];
  for (let i = 0; i < 3; i++) {
    copyFileSync(base, work);
    imports.push(median(1, process.execPath, [bin, 'update', work, '--realisasi', csv, '--tahun', '2026']));
  }
  const imp = imports.sort((a, b) => a.ms - b.ms)[1];
  console.log(`\nImport into L: ${ids.length.toLocaleString('en')} realisation rows (CSV), median of 3: ${ms(imp.ms)} (${mb(imp.rssMb)})`);

  const revised = structuredClone(project);
  revised.areaPerubahan.forEach((a, ai) => {
    a.kegiatan.slice(0, 25).forEach((k) => (k.target['2027'] = 99));
    if (ai < 4) for (let n = 0; n < 5; n++) a.kegiatan.push({ ...structuredClone(a.kegiatan[0]), id: `${a.kode}-BARU-${n}` });
  });
  const second = join(dir, 'revisi.yaml');
  writeFileSync(second, stringify(revised));
  const diff = median(1, process.execPath, [bin, 'diff', base, second, '--json']);
  console.log(`Diff of two L revisions (${JSON.parse(diff.stdout).changes.length} changes): ${ms(diff.ms)} (${mb(diff.rssMb)})`);
}
