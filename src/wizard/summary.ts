/**
 * The summary screen at the end of the workshop (and in the section menu): counts, the budget,
 * the attendance with the OPDs that hold responsibilities but were absent, the alignment with
 * the national road map (the evaluators' grade), and what `roadmap validate` would say. Pure:
 * text in, lines out.
 */
import { checkAlignment, type Alignment } from '../model/check-alignment.js';
import { parseProject } from '../model/parse-project.js';
import type { Problem } from '../problem.js';
import type { Project } from '../model/types.js';
import { daerahOf, list, num, periodYears, profileIdOf, rec, registryOf, responsibilities, str, strings, type LooseProject } from './loose-project.js';
import { formatRupiahRingkas } from './parse-answer.js';
import type { Paint } from './types.js';

export interface Summary {
  lines: string[];
  problems: Problem[];
  errors: number;
  warnings: number;
  alignment?: Alignment;
  /** OPDs holding responsibilities that were absent from the (latest or given) workshop. */
  absentHolding: { kode: string; singkatan: string; what: string[] }[];
}

export function summarize(text: string, file: string, project: LooseProject, paint: Paint, lokakaryaIndex?: number): Summary {
  const parsed = parseProject(text, file);
  const problems = parsed.problems;
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const lines: string[] = [];
  const years = periodYears(project);
  const registry = registryOf(project);

  lines.push(paint.bold(`Ringkasan · ${daerahOf(project)}${years.length ? ` ${years[0]}-${years.at(-1)}` : ''}${profileIdOf(project) ? ` · profil ${profileIdOf(project)}` : ''}`));

  // 1. Counts
  const sasaran = list(project.sasaran).map(rec);
  const indikator = sasaran.flatMap((s) => list(s.indikator));
  const areas = list(project.areaPerubahan).map(rec);
  const kegiatan = areas.flatMap((a) => list(a.kegiatan).map(rec));
  const areasWith = areas.filter((a) => list(a.kegiatan).length > 0).length;
  const tim = list(rec(project.timPenyusun).anggota).length;
  lines.push(`OPD ${registry.length} · indikator ${indikator.length} · kegiatan ${kegiatan.length} (${areasWith}/${areas.length} area) · quick win ${list(project.quickWins).length} · tim ${tim}`);
  const budget = kegiatan.reduce((sum, k) => sum + Object.values(rec(k.anggaran)).reduce<number>((s, v) => s + (num(v) ?? 0), 0), 0);
  if (budget > 0) lines.push(`Anggaran indikatif Rp ${formatRupiahRingkas(budget)}`);

  // 2. Attendance
  const records = list(project.lokakarya).map(rec);
  const record = records[lokakaryaIndex ?? records.length - 1];
  let absentHolding: Summary['absentHolding'] = [];
  if (record) {
    const hadir = strings(record.hadir);
    lines.push(`Lokakarya ${str(record.tanggal) ?? '?'}${str(record.tempat) ? ` di ${str(record.tempat)}` : ''}: hadir ${hadir.length} dari ${registry.length} OPD`);
    const held = responsibilities(project);
    absentHolding = registry.filter((o) => !hadir.includes(o.kode) && held.has(o.kode)).map((o) => ({ kode: o.kode, singkatan: o.singkatan, what: held.get(o.kode)! }));
    if (absentHolding.length > 0) {
      lines.push(paint.yellow(`Tidak hadir padahal memegang tanggung jawab: ${absentHolding.map((o) => `${o.singkatan} (${o.what.length})`).join(', ')}`));
    }
  } else {
    lines.push(paint.dim('Lokakarya belum dicatat.'));
  }

  // 3. Alignment with the national road map
  let alignment: Alignment | undefined;
  try {
    alignment = checkAlignment(parsed.project ?? lenientProject(project));
  } catch {
    alignment = undefined;
  }
  if (alignment) {
    const grade = alignment.grade === 'A' || alignment.grade === 'B' ? paint.green(alignment.grade) : paint.yellow(alignment.grade);
    lines.push(`Keselarasan nasional: ${alignment.covered}/${alignment.total} ${alignment.basis} = ${alignment.percent.toLocaleString('id-ID')}% → nilai ${grade}`);
    const missing = alignment.items.filter((i) => !i.covered).map((i) => i.kode);
    if (missing.length > 0) lines.push(paint.dim(`  belum tercakup: ${missing.length > 9 ? `${missing.slice(0, 8).join(', ')} dan ${missing.length - 8} lagi` : missing.join(', ')}`));
  }

  // 4. What validate says
  const verdict = `Pemeriksaan: ${errors} kesalahan, ${warnings} peringatan`;
  lines.push(errors > 0 ? paint.red(verdict) : warnings > 0 ? paint.yellow(verdict) : paint.green(verdict));
  for (const p of problems.filter((x) => x.severity === 'error').slice(0, 3)) lines.push(paint.red(`  ✖ ${p.path ? `${p.path}: ` : ''}${p.message}`));
  return { lines, problems, errors, warnings, ...(alignment ? { alignment } : {}), absentHolding };
}

/** Enough of a project for the alignment check while the file is not yet valid. */
function lenientProject(project: LooseProject): Project {
  return {
    profil: profileIdOf(project) ?? 'rb2025',
    pemerintah: { jenis: rec(project.pemerintah).jenis === 'provinsi' ? 'provinsi' : 'kabupaten' },
    areaPerubahan: list(project.areaPerubahan)
      .map(rec)
      .map((a) => ({ kode: str(a.kode) ?? '?', nama: str(a.nama), kegiatan: list(a.kegiatan).map(rec).map((k) => ({ id: str(k.id) ?? '?', kegiatanUtama: str(k.kegiatanUtama) })) })),
    sasaran: list(project.sasaran)
      .map(rec)
      .map((s) => ({ id: str(s.id) ?? '?', referensi: str(s.referensi), indikator: list(s.indikator).map(rec).map((i) => ({ id: str(i.id) ?? '?', referensi: str(i.referensi) })) })),
  } as unknown as Project;
}
