/**
 * Writes a file so that readers see either the old content or the new, never half of it:
 * write a temporary file beside the target, flush it, then rename over the target. What the
 * operating system refuses (no permission, a folder in the way, Word holding the file open on
 * Windows) comes back as a UserError that says what to do; the old file is never touched.
 */
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, readdir, rename as fsRename, rm } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { UserError } from '../errors.js';

export interface WriteOptions {
  /** The target as the user wrote it, for messages (default: the path). */
  shown?: string;
  /** Only for tests: the rename to use, e.g. one that fails as Windows does when Word has the file open. */
  rename?: (from: string, to: string) => Promise<void>;
  /** Only for tests: the platform whose rules apply (default: this one). */
  platform?: NodeJS.Platform;
}

/** A temporary file older than this was left by a write that was killed: nobody will finish it. */
export const STALE_TEMP_MS = 60 * 60 * 1000;

/** Windows refuses a rename while an antivirus or the indexer glances at the file: try a few times. */
const WINDOWS_RETRY_MS = [100, 200, 400];

export async function writeFileAtomic(path: string, data: Uint8Array | string, options: WriteOptions = {}): Promise<void> {
  const shown = options.shown ?? path;
  const platform = options.platform ?? process.platform;
  const rename = options.rename ?? fsRename;
  const dir = dirname(path);
  await mkdir(dir, { recursive: true }).catch((error: unknown) => {
    throw explain(error, 'mkdir', path, shown, platform);
  });
  await removeStaleTemps(dir, basename(path));

  // 1. The new content, complete and flushed, beside the target (same filesystem, so the rename is atomic).
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'w').catch((error: unknown) => {
    throw explain(error, 'write', path, shown, platform);
  });
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => {});
    await rm(temp, { force: true });
    throw explain(error, 'write', path, shown, platform);
  }
  await handle.close();

  // 2. Swap it in.
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(temp, path);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const delay = WINDOWS_RETRY_MS[attempt];
      if (platform === 'win32' && delay !== undefined && (code === 'EPERM' || code === 'EACCES' || code === 'EBUSY')) {
        await new Promise((resolve) => setTimeout(resolve, delay));
        continue;
      }
      await rm(temp, { force: true });
      throw explain(error, 'rename', path, shown, platform);
    }
  }
}

/** Removes `.NAME.<hex>.tmp` files of this target that a killed write left behind long ago. */
async function removeStaleTemps(dir: string, name: string): Promise<void> {
  const entries = await readdir(dir).catch(() => [] as string[]);
  const prefix = `.${name}.`;
  const now = Date.now();
  for (const entry of entries) {
    if (!entry.startsWith(prefix) || !/^[0-9a-f]{12}\.tmp$/.test(entry.slice(prefix.length))) continue;
    const path = join(dir, entry);
    const info = await lstat(path).catch(() => undefined);
    // Recent ones may belong to a write still running in another process.
    if (info?.isFile() && now - info.mtimeMs > STALE_TEMP_MS) await rm(path, { force: true }).catch(() => {});
  }
}

/** The program a user most likely has the file open in, by its extension. */
function openedIn(path: string): string {
  const ext = extname(path).toLowerCase();
  if (ext === '.docx' || ext === '.doc') return 'Word';
  if (ext === '.xlsx' || ext === '.xls' || ext === '.csv') return 'Excel';
  if (ext === '.pdf') return 'pembaca PDF';
  return 'program yang membukanya';
}

/** The operating system's refusal in the user's terms; anything unexpected is passed on as it is. */
function explain(error: unknown, step: 'mkdir' | 'write' | 'rename', path: string, shown: string, platform: NodeJS.Platform): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const cause = { cause: error };
  const name = basename(path);
  const inUse = code === 'EBUSY' || (step === 'rename' && platform === 'win32' && (code === 'EPERM' || code === 'EACCES'));
  if (inUse) {
    const app = openedIn(path);
    return new UserError('E_FILE_IN_USE', `${shown} sedang dibuka di ${app}, sehingga tidak dapat diganti; berkas lama tidak diubah.`, {
      hint: `Tutup ${name} di ${app}, lalu jalankan lagi.`,
      ...cause,
    });
  }
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new UserError('E_WRITE_DENIED', `Tidak dapat menulis ${shown}: tidak ada izin menulis di ${dirname(shown) === '.' ? 'folder ini' : `folder ${dirname(shown)}`}${code === 'EROFS' ? ' (hanya-baca)' : ''}.`, {
        hint: 'Pilih folder lain yang dapat Anda tulisi, atau minta izin tulis untuk folder itu.',
        ...cause,
      });
    case 'EISDIR':
      return new UserError('E_OUTPUT_IS_DIRECTORY', `${shown} adalah folder, bukan berkas; tidak ada yang ditulis.`, {
        hint: `Sebutkan nama berkas, misalnya ${join(shown, `hasil${extname(shown) || '.docx'}`)}, atau pakai nama lain.`,
        ...cause,
      });
    case 'ENOTDIR':
    case 'EEXIST':
      return new UserError('E_OUTPUT_PATH', `Tidak dapat menulis ${shown}: sebagian jalurnya adalah berkas, bukan folder.`, {
        hint: 'Periksa jalur keluaran; setiap bagian sebelum nama berkas harus folder.',
        ...cause,
      });
    case 'ENOSPC':
    case 'EDQUOT':
      return new UserError('E_DISK_FULL', `Tidak dapat menulis ${shown}: ruang disk habis.`, { hint: 'Kosongkan ruang disk atau pilih drive lain, lalu jalankan lagi.', ...cause });
    case 'ENAMETOOLONG':
      return new UserError('E_OUTPUT_PATH', `Tidak dapat menulis ${shown}: jalurnya terlalu panjang.`, { hint: 'Pakai nama berkas atau folder yang lebih pendek.', ...cause });
    default:
      return error;
  }
}
