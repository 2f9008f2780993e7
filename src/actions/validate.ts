/**
 * `roadmap validate`: every problem in a project, plus its alignment with the national road map.
 * Also the checks that need the disk (the logo file), so validate fails where build would.
 */
import { checkAlignment, type Alignment } from '../model/check-alignment.js';
import { hasErrors, sortProblems, type Problem } from '../problem.js';
import { readLogo } from './logo-file.js';
import { loadProject, locateIn, type LoadedProject } from './project-file.js';

export interface ValidateResult {
  file: string;
  valid: boolean;
  problems: Problem[];
  /** Present when the project is valid. */
  alignment?: Alignment;
}

export async function validateProject(given: string | undefined, cwd: string): Promise<ValidateResult> {
  const loaded = await loadProject(given, cwd);
  const problems = sortProblems([...loaded.problems, ...(await checkLogoFile(loaded, cwd))]);
  const valid = loaded.project !== undefined && !hasErrors(problems);
  return {
    file: loaded.displayPath,
    valid,
    problems,
    ...(valid && loaded.project ? { alignment: checkAlignment(loaded.project) } : {}),
  };
}

/**
 * The file `pemerintah.logo` names: it must exist, be readable, and be a PNG or JPEG (the
 * conditions under which build stops with E_LOGO_NOT_FOUND / E_LOGO_FORMAT), located at the value.
 */
export async function checkLogoFile(loaded: LoadedProject, cwd: string): Promise<Problem[]> {
  if (!loaded.project) return [];
  const read = await readLogo(loaded.project, loaded.path, cwd);
  if (read.ok) return [];
  const loc = await locateIn(loaded, ['pemerintah', 'logo']);
  return [
    {
      code: read.code,
      severity: 'error',
      file: loaded.displayPath,
      ...(loc ? { line: loc.line, column: loc.column } : {}),
      path: 'pemerintah.logo',
      message: read.message,
      hint: read.hint,
    },
  ];
}
