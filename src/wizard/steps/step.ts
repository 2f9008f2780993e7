/**
 * A step of the workshop: it reads the project so far, asks, and returns the edits that put the
 * answers into roadmap.yaml. Steps never write; the runner applies and saves after each one.
 */
import type { Edit } from '../../model/edits/apply-edits.js';
import { periodYears, registryOf, type LooseProject, type RegistryOpd } from '../loose-project.js';
import type { Ask, Key } from '../types.js';

export interface StepContext {
  /** Today, for defaults (workshop date, period start). */
  now: Date;
  /** This session's workshop record in `lokakarya`; the lokakarya step sets it. */
  session: { lokakarya?: number };
}

export interface Step {
  /** Stable id, kept in the progress file: "pemerintah", "area:MP". */
  id: string;
  /** Shown in the step header and the menu. */
  title: string;
  /** Top-level keys of the answers file this step reads; none present means "skipped". */
  answerKeys: readonly Key[];
  /** Whether roadmap.yaml already holds this step's answers (resume without a progress file). */
  filled(project: LooseProject): boolean;
  run(project: LooseProject, ask: Ask, context: StepContext): Promise<Edit[]>;
}

/**
 * What the planning steps (sasaran, areas, quick wins) pick from: the years of the period and
 * the OPD registry. While either is missing the step cannot ask anything: undefined, after
 * telling the user which one to fill first.
 */
export function planningInputs(project: LooseProject, ask: Ask): { years: number[]; registry: RegistryOpd[] } | undefined {
  const years = periodYears(project);
  const registry = registryOf(project);
  const missing = years.length === 0 ? 'periode' : registry.length === 0 ? 'daftar OPD' : undefined;
  if (missing) {
    ask.note(`Lewati dulu: ${missing} belum diisi.\n`);
    return undefined;
  }
  return { years, registry };
}
