/**
 * The steps of a workshop in the order the room works: who and when, vision, the OPDs, targets,
 * the areas (as the project's framework sets them), quick wins, Zona Integritas units, the drafting
 * team, and last the workshop itself with its attendance.
 */
import { list, profileOf, rec, str, type LooseProject } from '../loose-project.js';
import { areaDaftarStep, areaStep } from './area-perubahan.js';
import { lokakaryaStep } from './lokakarya.js';
import { opdStep } from './opd.js';
import { pemerintahStep } from './pemerintah.js';
import { quickWinsStep } from './quick-wins.js';
import { sasaranStep } from './sasaran.js';
import type { Step } from './step.js';
import { timPenyusunStep } from './tim-penyusun.js';
import { visiMisiStep } from './visi-misi.js';
import { zonaIntegritasStep } from './zona-integritas.js';

export type { Step, StepContext } from './step.js';

export function stepsFor(project: LooseProject): Step[] {
  const profile = profileOf(project);
  const declared = list(project.areaPerubahan).map(rec);
  // Fixed frameworks: their areas, in their order. Open ones (rb2025): the areas the project declares.
  const areas = profile.areaTetap
    ? profile.areaPerubahan.map((a) => ({ kode: a.kode, nama: a.nama }))
    : declared
        .map((a) => ({ kode: str(a.kode) ?? '', nama: str(a.nama) ?? profile.areaPerubahan.find((r) => r.kode === str(a.kode))?.nama ?? str(a.kode) ?? '' }))
        .filter((a) => a.kode !== '');
  return [
    pemerintahStep,
    visiMisiStep,
    opdStep,
    sasaranStep,
    ...(profile.areaTetap ? [] : [areaDaftarStep]),
    ...areas.map((a) => areaStep(a.kode, a.nama)),
    quickWinsStep,
    zonaIntegritasStep,
    timPenyusunStep,
    lokakaryaStep,
  ];
}
