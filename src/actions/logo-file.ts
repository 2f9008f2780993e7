/**
 * The lambang daerah named by `pemerintah.logo`, read relative to the project file. Validate
 * reports a bad one as a located problem, build stops on it; both read it here, so they agree.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Project } from '../model/types.js';
import { imageTypeOf } from '../render/docx/package/image-type.js';
import { displayPath } from './project-file.js';

export type LogoRead =
  | { ok: true; bytes: Uint8Array | undefined }
  | { ok: false; code: 'logo-not-found' | 'logo-unreadable' | 'logo-format'; message: string; hint: string };

/** The logo's bytes (undefined when the project names none), or why it cannot be used. */
export async function readLogo(project: Project, projectPath: string, cwd: string): Promise<LogoRead> {
  const logo = project.pemerintah.logo;
  if (logo === undefined) return { ok: true, bytes: undefined };
  const path = resolve(dirname(projectPath), logo);
  const shown = displayPath(path, cwd);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      return { ok: false, code: 'logo-not-found', message: `Logo ${shown} (pemerintah.logo) tidak ditemukan.`, hint: 'Jalur logo ditulis relatif terhadap roadmap.yaml.' };
    }
    return {
      ok: false,
      code: 'logo-unreadable',
      message: `Logo ${shown} (pemerintah.logo) tidak dapat dibaca (${code ?? String(error)}).`,
      hint: 'Pastikan jalurnya menunjuk ke berkas gambar yang boleh dibaca.',
    };
  }
  if (imageTypeOf(bytes) === undefined) return { ok: false, code: 'logo-format', message: `Logo ${shown} bukan berkas PNG atau JPEG.`, hint: 'Simpan logo sebagai PNG atau JPEG.' };
  return { ok: true, bytes };
}
