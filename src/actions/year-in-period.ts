/** The one check that a year a command works on lies in the road map's period. */
import { UserError } from '../errors.js';
import type { Project } from '../model/types.js';

/**
 * Throws E_YEAR_OUTSIDE_PERIOD for a year outside `periode`. When the year was typed as an option
 * (`--tahun`), the hint names a year that would do; a year read from a file gets no such hint.
 */
export function checkYearInPeriod(project: Project, tahun: number, typedAs?: '--tahun'): void {
  const { mulai, selesai } = project.periode;
  if (tahun >= mulai && tahun <= selesai) return;
  const hint = typedAs ? { hint: `Pilih tahun ${mulai} sampai ${selesai}, misalnya ${typedAs} ${Math.min(Math.max(tahun, mulai), selesai)}.` } : {};
  throw new UserError('E_YEAR_OUTSIDE_PERIOD', `Tahun ${tahun} di luar periode road map ${mulai}-${selesai}.`, hint);
}
