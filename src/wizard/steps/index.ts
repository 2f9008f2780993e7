/** The steps of a workshop in the order of issue 3; the areas follow the project's framework. */
import { list, profileOf, rec, str, type Draft } from '../draft.js';
import { areaDaftarStep, areaStep } from './area-perubahan.js';
import { lokakaryaStep } from './lokakarya.js';
import { opdStep } from './opd.js';
import { pemerintahStep } from './pemerintah.js';
import { quickWinsStep } from './quick-wins.js';
import { sasaranStep } from './sasaran.js';
import type { Step } from './step.js';
import { timPenyusunStep } from './tim-penyusun.js';
import { visiMisiStep } from './visi-misi.js';

export type { Step, StepContext } from './step.js';

export function stepsFor(draft: Draft): Step[] {
  const profile = profileOf(draft);
  const declared = list(draft.areaPerubahan).map(rec);
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
    timPenyusunStep,
    lokakaryaStep,
  ];
}
