/**
 * `roadmap status`: progress of a project in one year (target against realisation per indicator
 * and activity, summaries per sasaran, area and OPD). Never prints.
 */
import { defaultTahun, progressOf, yearsWithRealisasi, type Progress } from '../model/achievement.js';
import { loadProject, requireValidProject } from './project-file.js';
import { checkYearInPeriod } from './year-in-period.js';

export interface StatusResult {
  file: string;
  /** "Kabupaten Sukamaju" */
  daerah: string;
  periode: { mulai: number; selesai: number };
  /** Years of the period that have realisations. */
  tahunTerisi: number[];
  progress: Progress;
}

export async function projectStatus(given: string | undefined, cwd: string, options: { tahun?: number } = {}): Promise<StatusResult> {
  const loaded = await loadProject(given, cwd);
  const project = requireValidProject(loaded);
  const { mulai, selesai } = project.periode;
  const tahun = options.tahun ?? defaultTahun(project);
  checkYearInPeriod(project, tahun);
  const jenis = { kabupaten: 'Kabupaten', kota: 'Kota', provinsi: 'Provinsi' }[project.pemerintah.jenis];
  return {
    file: loaded.displayPath,
    daerah: `${jenis} ${project.pemerintah.nama}`,
    periode: { mulai, selesai },
    tahunTerisi: yearsWithRealisasi(project),
    progress: progressOf(project, tahun),
  };
}
