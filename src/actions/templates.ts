/** `roadmap templates list|eject`: the built-in template sets, and a copy to customise. */
import { cp, readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { BUILTIN_TEMPLATES_DIR, builtinTemplateNames } from './template-set.js';

export interface TemplateSetInfo {
  name: string;
  files: string[];
}

export async function listTemplateSets(): Promise<TemplateSetInfo[]> {
  const names = await builtinTemplateNames();
  return Promise.all(
    names.map(async (name) => ({
      name,
      files: (await readdir(join(BUILTIN_TEMPLATES_DIR, name), { recursive: true }))
        .map(String)
        .filter((f) => f.endsWith('.hbs') || f.endsWith('.yaml'))
        .sort(),
    })),
  );
}

/** Copies a built-in set to `target`; refuses to overwrite a non-empty folder unless `force`. */
export async function ejectTemplateSet(target: string, cwd: string, options: { name?: string; force?: boolean } = {}): Promise<{ dir: string; files: number }> {
  const name = options.name ?? 'default';
  const names = await builtinTemplateNames();
  if (!names.includes(name)) {
    throw new UserError('E_TEMPLATE_UNKNOWN', `Set templat "${name}" tidak ada.`, { hint: `Set yang ada: ${names.join(', ')}.` });
  }
  const dir = resolve(cwd, target);
  const info = await stat(dir).catch(() => undefined);
  if (info && !info.isDirectory()) {
    throw new UserError('E_TARGET_NOT_DIR', `${target} sudah ada dan bukan folder.`, { hint: 'Pilih nama folder lain untuk salinan set templat.' });
  }
  const existing = info ? await readdir(dir) : [];
  if (existing.length > 0 && !options.force) {
    throw new UserError('E_TARGET_NOT_EMPTY', `Folder ${target} sudah berisi berkas.`, { hint: 'Pilih folder kosong, atau tambahkan --force untuk menimpa.' });
  }
  const source = join(BUILTIN_TEMPLATES_DIR, name);
  try {
    // A link already in the target is never written through: cp unlinks a file before copying
    // over it, and refuses a link where the set has a folder (E_TARGET_CONFLICT below).
    await cp(source, dir, { recursive: true, force: true });
  } catch (error) {
    throw copyError(error, target);
  }
  const files = (await readdir(dir, { recursive: true })).map(String);
  let count = 0;
  for (const f of files) if ((await stat(join(dir, f)).catch(() => undefined))?.isFile()) count++;
  return { dir, files: count };
}

/** What went wrong while copying, as the user's situation (exit 1), not as a bug. */
function copyError(error: unknown, target: string): unknown {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const hint = { hint: 'Pilih folder lain yang kosong, atau perbaiki folder itu lalu jalankan lagi.' };
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new UserError('E_TARGET_NOT_WRITABLE', `Tidak boleh menulis ke folder ${target} (${code}).`, { ...hint, cause: error });
  }
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new UserError('E_DISK_FULL', `Disk penuh saat menyalin set templat ke ${target}.`, { hint: 'Kosongkan ruang disk, lalu jalankan lagi.', cause: error });
  }
  if (code === 'ERR_FS_CP_EINVAL') {
    return new UserError('E_TARGET_INSIDE_SOURCE', `Folder ${target} berada di dalam set templat bawaan; salinannya harus di luar.`, { ...hint, cause: error });
  }
  if (code.startsWith('ERR_FS_CP_') || code === 'EISDIR' || code === 'ENOTDIR' || code === 'EEXIST') {
    // e.g. `lampiran` in the target is a file or a link where the set has a folder.
    const path = /(?:non-directory|directory) (\S+) with/.exec((error as Error).message)?.[1];
    const where = path ? `: ${path} sudah ada tetapi bukan folder biasa` : '';
    return new UserError('E_TARGET_CONFLICT', `Set templat tidak bisa disalin ke ${target}${where}.`, { ...hint, cause: error });
  }
  return error;
}
