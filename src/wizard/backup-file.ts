/** A copy of roadmap.yaml kept before the workshop starts it anew or an answers file replaces it. */
import { constants } from 'node:fs';
import { copyFile } from 'node:fs/promises';

/** Copies the file to `<file>.bak-YYYYMMDD-HHMMSS` (never over an existing backup). */
export async function backupFile(path: string, now: Date): Promise<string> {
  const p = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}`;
  for (let n = 1; ; n++) {
    const target = `${path}.bak-${stamp}${n > 1 ? `-${n}` : ''}`;
    try {
      await copyFile(path, target, constants.COPYFILE_EXCL);
      return target;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}
