/**
 * A step of the workshop: it reads the project so far, asks, and returns the edits that put the
 * answers into roadmap.yaml. Steps never write; the runner applies and saves after each one.
 */
import type { Edit } from '../../model/edits/apply-edits.js';
import type { Draft } from '../draft.js';
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
  filled(draft: Draft): boolean;
  run(draft: Draft, ask: Ask, context: StepContext): Promise<Edit[]>;
}
