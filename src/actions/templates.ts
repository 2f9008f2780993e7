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
  const existing = await readdir(dir).catch(() => []);
  if (existing.length > 0 && !options.force) {
    throw new UserError('E_TARGET_NOT_EMPTY', `Folder ${target} sudah berisi berkas.`, { hint: 'Pilih folder kosong, atau tambahkan --force untuk menimpa.' });
  }
  const source = join(BUILTIN_TEMPLATES_DIR, name);
  await cp(source, dir, { recursive: true, force: true });
  const files = (await readdir(dir, { recursive: true })).map(String);
  let count = 0;
  for (const f of files) if ((await stat(join(dir, f))).isFile()) count++;
  return { dir, files: count };
}
