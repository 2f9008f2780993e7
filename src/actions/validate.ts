/**
 * `roadmap validate`: every problem in a project, plus its alignment with the national road map.
 * Also the checks that need the disk (the logo file), so validate fails where build would.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { checkAlignment, type Alignment } from '../model/check-alignment.js';
import { locate } from '../model/locate.js';
import { hasErrors, sortProblems, type Problem } from '../model/problem.js';
import { displayPath, loadProject, type LoadedProject } from './project-file.js';

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
  const logo = loaded.project?.pemerintah.logo;
  if (logo === undefined) return [];
  const path = resolve(dirname(loaded.path), logo);
  const shown = displayPath(path, cwd);
  const loc = locate(loaded.document, loaded.lineCounter, ['pemerintah', 'logo']);
  const problem = (code: string, message: string, hint: string): Problem => ({
    code,
    severity: 'error',
    file: loaded.displayPath,
    ...(loc ? { line: loc.line, column: loc.column } : {}),
    path: 'pemerintah.logo',
    message,
    hint,
  });
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      return [problem('logo-not-found', `Logo ${shown} (pemerintah.logo) tidak ditemukan.`, 'Jalur logo ditulis relatif terhadap roadmap.yaml.')];
    }
    return [problem('logo-unreadable', `Logo ${shown} (pemerintah.logo) tidak dapat dibaca (${code ?? String(error)}).`, 'Pastikan jalurnya menunjuk ke berkas gambar yang boleh dibaca.')];
  }
  if (!isPngOrJpeg(bytes)) {
    return [problem('logo-format', `Logo ${shown} bukan berkas PNG atau JPEG.`, 'Simpan logo sebagai PNG atau JPEG.')];
  }
  return [];
}

/** The same magic-number test build applies before embedding the image. */
function isPngOrJpeg(bytes: Uint8Array): boolean {
  const png = bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8;
  return png || jpeg;
}
