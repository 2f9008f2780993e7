/**
 * `roadmap validate`: every problem in a project, plus its alignment with the national road map.
 */
import { checkAlignment, type Alignment } from '../model/check-alignment.js';
import type { Problem } from '../model/problem.js';
import { loadProject } from './project-file.js';

export interface ValidateResult {
  file: string;
  valid: boolean;
  problems: Problem[];
  /** Present when the project is valid. */
  alignment?: Alignment;
}

export async function validateProject(given: string | undefined, cwd: string): Promise<ValidateResult> {
  const loaded = await loadProject(given, cwd);
  return {
    file: loaded.displayPath,
    valid: loaded.project !== undefined,
    problems: loaded.problems,
    ...(loaded.project ? { alignment: checkAlignment(loaded.project) } : {}),
  };
}
