/**
 * The monitoring chapter's tables: target against realisation for the years that have data.
 */
import type { Project } from '../../model/types.js';

export function buildMonitoring(project: Project, years: number[]) {
  const tahunTerisi = years.filter(
    (y) =>
      project.sasaran.some((s) => s.indikator.some((i) => String(y) in i.realisasi)) ||
      project.areaPerubahan.some((a) => a.kegiatan.some((k) => String(y) in k.realisasi)),
  );
  return { adaData: tahunTerisi.length > 0, tahun: tahunTerisi };
}
