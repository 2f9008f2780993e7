/**
 * Yearly updates at size L, through the CLI as a user runs them: importing one year's
 * realisations for every indicator and activity from CSV, and diffing two revisions.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

export async function benchUpdates({ out, generateProject, SIZES, time, ms }) {
  const dir = join(out, 'L-updates');
  mkdirSync(dir, { recursive: true });
  const project = generateProject(SIZES.L);
  const base = join(dir, 'roadmap.yaml');
  writeFileSync(base, stringify(project));
  const bin = join(import.meta.dirname, '..', 'bin', 'roadmap.js');

  // 1. Realisations for 2026: one CSV row per indicator and per activity.
  const ids = [...project.sasaran.flatMap((s) => s.indikator.map((i) => i.id)), ...project.areaPerubahan.flatMap((a) => a.kegiatan.map((k) => k.id))];
  const csv = ['id,realisasi', ...ids.map((id, i) => `${id},${50 + (i % 50)}`)].join('\n');
  writeFileSync(join(dir, 'realisasi-2026.csv'), csv);
  const work = join(dir, 'work.yaml');
  copyFileSync(base, work);
  const imp = time(process.execPath, [bin, 'update', work, '--realisasi', join(dir, 'realisasi-2026.csv'), '--tahun', '2026']);
  console.log(`\nL updates: import ${ids.length} realisation rows (CSV) ${ms(imp.ms)}`);

  // 2. A second revision: 200 targets changed, 20 activities added; then diff the two.
  const revised = structuredClone(project);
  revised.areaPerubahan.forEach((a, ai) => {
    a.kegiatan.slice(0, 25).forEach((k) => (k.target['2027'] = 99));
    if (ai < 4) for (let n = 0; n < 5; n++) a.kegiatan.push({ ...structuredClone(a.kegiatan[0]), id: `${a.kode}-BARU-${n}` });
  });
  const second = join(dir, 'revisi.yaml');
  writeFileSync(second, stringify(revised));
  const diff = time(process.execPath, [bin, 'diff', base, second, '--json']);
  const count = JSON.parse(diff.stdout).changes.length;
  console.log(`L updates: diff two revisions (${count} changes) ${ms(diff.ms)}`);
}
