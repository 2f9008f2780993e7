/**
 * Reads a template set from disk (the built-in `templates/default`, or a folder given with
 * --template) into plain data for render/: its .hbs files and its validated settings.
 *
 * A set is a folder a regency may download from anyone, so it is read defensively: only regular
 * files whose real path lies inside the set's real folder (a symlink pointing outside, a FIFO or a
 * device is refused, naming the file and why), within TEMPLATE_LIMITS, and with file names that
 * cannot write to the terminal. Every such problem is reported at once, before anything is read.
 */
import { constants } from 'node:fs';
import { lstat, open, readdir, readlink, realpath, stat } from 'node:fs/promises';
import type { Dirent, Stats } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError, ValidationFailed } from '../errors.js';
import { formatBytes } from '../model/format-message.js';
import { readPlain } from '../model/read-plain.js';
import { formatPath, type Problem } from '../problem.js';
import { describeIssue } from '../model/zod-issues.js';
import { TemplateSettings } from '../render/settings.js';

export interface LoadedTemplateSet {
  name: string;
  /** Absolute folder. */
  dir: string;
  /** Relative path (with "/") -> source, e.g. "lampiran/bab-1.hbs". */
  files: Record<string, string>;
  settings: TemplateSettings;
}

/**
 * What a set may hold. The built-in set has 21 templates of at most 10 KB and a settings file of
 * under 1 KB; these bounds are far above that and far below what would hurt.
 */
export const TEMPLATE_LIMITS = {
  /** .hbs files in a set. */
  files: 200,
  /** Bytes of one .hbs file. */
  fileBytes: 512 * 1024,
  /** Bytes of all .hbs files together. */
  totalBytes: 8 * 1024 * 1024,
  /** Bytes of settings.yaml. */
  settingsBytes: 64 * 1024,
  /** Folders inside folders. */
  depth: 8,
  /** Entries (files and folders) looked at while listing the set. */
  entries: 5_000,
} as const;

/** templates/ at the package root: two levels up from dist/actions or src/actions. */
export const BUILTIN_TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

const SETTINGS_FILE = 'settings.yaml';

export function builtinTemplateNames(): Promise<string[]> {
  return readdir(BUILTIN_TEMPLATES_DIR, { withFileTypes: true }).then((entries) =>
    entries.filter((e) => e.isDirectory()).map((e) => e.name).sort(),
  );
}

/** `dir` given: that folder; otherwise the built-in set of this name. */
export async function loadTemplateSet(dir: string | undefined, cwd: string, name = 'default'): Promise<LoadedTemplateSet> {
  const root = dir ? resolve(cwd, dir) : join(BUILTIN_TEMPLATES_DIR, name);
  const setName = dir ? basename(root) : name;
  const shown = dir ?? root;
  const realRoot = await openRoot(root, shown);
  const set = new SetReader(realRoot, `templates/${setName}`);

  const found = await set.list();
  const settingsPath = await set.settingsPath();
  if (set.problems.length > 0) throw set.refusal(shown);

  const files: Record<string, string> = {};
  for (const file of found) {
    const text = await set.read(file);
    if (text !== undefined) files[file.path] = text;
  }
  const settingsText = settingsPath ? await set.read(settingsPath) : '';
  if (set.problems.length > 0) throw set.refusal(shown);

  if (!files['dokumen.hbs']) {
    throw new UserError('E_TEMPLATE_MAIN_MISSING', `Set templat ${relative(cwd, root) || root} tidak memiliki dokumen.hbs.`);
  }
  return { name: setName, dir: root, files, settings: await parseSettings(settingsText ?? '', `${set.label}/${SETTINGS_FILE}`) };
}

/** The set's real folder (the folder itself may be a link: the user named it). */
async function openRoot(root: string, shown: string): Promise<string> {
  const info = await stat(root).catch(() => undefined);
  if (!info) {
    throw new UserError('E_TEMPLATE_NOT_FOUND', `Folder templat ${shown} tidak ditemukan.`, {
      hint: 'Buat salinan set bawaan dengan `roadmap templates eject FOLDER`, lalu pakai `--template FOLDER`.',
    });
  }
  if (!info.isDirectory()) {
    throw new UserError('E_TEMPLATE_NOT_DIR', `${shown} bukan folder; --template menerima folder set templat.`, {
      hint: 'Buat salinan set bawaan dengan `roadmap templates eject FOLDER`, lalu pakai `--template FOLDER`.',
    });
  }
  return realpath(root);
}

/** A file to read: its path in the set (`lampiran/bab-1.hbs`) and where its bytes really are. */
interface SetFile {
  path: string;
  real: string;
}

/** Lists and reads one set, collecting a Problem for everything it refuses. */
class SetReader {
  readonly problems: Problem[] = [];
  private entries = 0;
  private listedBytes = 0;

  constructor(
    private readonly realRoot: string,
    /** `templates/<set>`, the prefix template errors use too. */
    readonly label: string,
  ) {}

  /** The .hbs files, sorted by path; refused ones become problems. */
  async list(): Promise<SetFile[]> {
    const found: SetFile[] = [];
    await this.walk('', 0, found);
    if (found.length > TEMPLATE_LIMITS.files) {
      this.refuse('', 'template-too-many', `Set templat ini berisi ${found.length} berkas .hbs; batasnya ${TEMPLATE_LIMITS.files}.`, 'Hapus berkas yang tidak dipakai.');
    }
    if (this.listedBytes > TEMPLATE_LIMITS.totalBytes) {
      this.refuse('', 'template-too-large', `Berkas .hbs set templat ini berukuran ${formatBytes(this.listedBytes)} seluruhnya; batasnya ${formatBytes(TEMPLATE_LIMITS.totalBytes)}.`, 'Hapus berkas yang tidak dipakai.');
    }
    return found.sort((a, b) => a.path.localeCompare(b.path));
  }

  /** settings.yaml when present and acceptable; undefined when absent (defaults) or refused. */
  async settingsPath(): Promise<SetFile | undefined> {
    const abs = join(this.realRoot, SETTINGS_FILE);
    const info = await lstat(abs).catch(() => undefined);
    if (!info) return undefined;
    return this.accept(SETTINGS_FILE, abs, info);
  }

  /** The file's text, or undefined (with a problem) when it is not a small regular file. */
  async read(file: SetFile): Promise<string | undefined> {
    const limit = limitOf(file);
    // O_NOFOLLOW: the last component was checked to be no link; O_NONBLOCK: a FIFO put there
    // since cannot make open() wait. Neither exists on Windows, where 0 leaves them out.
    const flags = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
    let handle;
    try {
      handle = await open(file.real, flags);
    } catch (error) {
      this.refuse(file.path, 'template-unreadable', `Berkas tidak dapat dibaca (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
      return undefined;
    }
    try {
      const info = await handle.stat();
      if (!info.isFile()) {
        this.refuse(file.path, 'template-not-file', `${kindOf(info)}, bukan berkas biasa; set templat hanya dibaca dari berkas biasa.`);
        return undefined;
      }
      // Read at most limit + 1 bytes: a file that grew after stat() is still bounded.
      const buffer = Buffer.alloc(Math.min(info.size, limit) + 1);
      let length = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length === buffer.length) break;
      }
      if (length > limit) {
        this.refuse(file.path, 'template-too-large', `Berkas lebih besar dari ${formatBytes(limit)} (bertambah saat dibaca); batasnya ${formatBytes(limit)} per berkas.`);
        return undefined;
      }
      return buffer.subarray(0, length).toString('utf8');
    } finally {
      await handle.close();
    }
  }

  /** The ValidationFailed carrying every refusal. */
  refusal(shown: string): ValidationFailed {
    return new ValidationFailed(this.problems, `Set templat ${shown} ditolak: ${this.problems.length} masalah. Templat hanya dibaca dari berkas biasa di dalam folder set.`);
  }

  private async walk(dir: string, depth: number, found: SetFile[]): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await readdir(join(this.realRoot, dir), { withFileTypes: true });
    } catch (error) {
      this.refuse(dir, 'template-unreadable', `Folder tidak dapat dibaca (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (++this.entries > TEMPLATE_LIMITS.entries) {
        if (this.entries === TEMPLATE_LIMITS.entries + 1) {
          this.refuse('', 'template-too-many', `Folder set templat berisi lebih dari ${TEMPLATE_LIMITS.entries.toLocaleString('id-ID')} berkas dan folder; batasnya ${TEMPLATE_LIMITS.entries.toLocaleString('id-ID')}.`, 'Pakai folder yang hanya berisi set templat (hasil `roadmap templates eject`).');
        }
        return;
      }
      // Hidden entries (.git, .DS_Store) are not part of a set.
      if (entry.name.startsWith('.')) continue;
      const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
      // settings.yaml is looked at by settingsPath().
      if (path === SETTINGS_FILE) continue;
      if (CONTROL_CHARACTERS.test(entry.name)) {
        if (entry.isDirectory() || entry.name.endsWith('.hbs')) {
          this.refuse(escapeControls(path), 'template-file-name', 'Nama berkas atau folder mengandung karakter kendali; ganti namanya.');
        }
        continue;
      }
      const abs = join(this.realRoot, ...path.split('/'));
      if (entry.isDirectory()) {
        if (depth + 1 > TEMPLATE_LIMITS.depth) {
          this.refuse(path, 'template-too-deep', `Folder bertingkat lebih dari ${TEMPLATE_LIMITS.depth}; batasnya ${TEMPLATE_LIMITS.depth} tingkat.`);
          continue;
        }
        await this.walk(path, depth + 1, found);
      } else if (entry.isSymbolicLink()) {
        const info = await lstat(abs).catch(() => undefined);
        const target = info ? await this.accept(path, abs, info, { folderAllowed: true }) : undefined;
        if (target && path.endsWith('.hbs')) found.push(target);
      } else if (entry.name.endsWith('.hbs')) {
        const info = await lstat(abs).catch(() => undefined);
        const file = info ? await this.accept(path, abs, info) : undefined;
        if (file) found.push(file);
      }
    }
  }

  /**
   * A file the set names, if it may be read: a regular file, or a link whose real target is a
   * regular file inside the set. A link to a folder inside the set is skipped (its files are read
   * where they really are); one to a folder outside is refused like a file outside.
   */
  private async accept(path: string, abs: string, info: Stats, options: { folderAllowed?: boolean } = {}): Promise<SetFile | undefined> {
    if (!info.isSymbolicLink()) {
      if (info.isFile()) return this.sized({ path, real: abs }, info.size);
      if (info.isDirectory() && options.folderAllowed) return undefined;
      this.refuse(path, 'template-not-file', `${kindOf(info)}, bukan berkas biasa; set templat hanya dibaca dari berkas biasa.`);
      return undefined;
    }
    const written = await readlink(abs).catch(() => '?');
    const real = await realpath(abs).catch(() => undefined);
    if (real === undefined) {
      if (path.endsWith('.hbs') || path === SETTINGS_FILE) {
        this.refuse(path, 'template-link-broken', `Berkas ini tautan simbolik ke ${written}, yang tidak ada.`, 'Ganti tautan dengan berkasnya sendiri.');
      }
      return undefined;
    }
    const target = await stat(real).catch(() => undefined);
    const relevant = path.endsWith('.hbs') || path === SETTINGS_FILE || target?.isDirectory();
    if (!relevant) return undefined;
    if (!isInside(this.realRoot, real)) {
      const what = target?.isDirectory() ? 'folder' : 'berkas';
      this.refuse(
        path,
        'template-link-outside',
        `${what === 'folder' ? 'Folder' : 'Berkas'} ini tautan simbolik ke ${written}, di luar folder set templat; templat hanya dibaca dari dalam folder set.`,
        `Salin ${what} yang dimaksud ke dalam folder set templat, lalu hapus tautannya.`,
      );
      return undefined;
    }
    if (target?.isDirectory()) return undefined;
    if (!target?.isFile()) {
      this.refuse(path, 'template-not-file', `Berkas ini tautan simbolik ke ${written}: ${target ? kindOf(target).toLowerCase() : 'tidak terbaca'}, bukan berkas biasa.`);
      return undefined;
    }
    return this.sized({ path, real }, target.size);
  }

  /** The file, unless it is over its limit (checked again while reading, in case it grew). */
  private sized(file: SetFile, size: number): SetFile | undefined {
    const limit = limitOf(file);
    if (size > limit) {
      this.refuse(file.path, 'template-too-large', `Berkas berukuran ${formatBytes(size)}; batasnya ${formatBytes(limit)} per berkas.`);
      return undefined;
    }
    if (file.path !== SETTINGS_FILE) this.listedBytes += size;
    return file;
  }

  private refuse(path: string, code: string, message: string, hint?: string): void {
    this.problems.push({
      code,
      severity: 'error',
      file: path === '' ? this.label : `${this.label}/${path}`,
      message,
      ...(hint ? { hint } : {}),
    });
  }
}

function limitOf(file: SetFile): number {
  return file.path === SETTINGS_FILE ? TEMPLATE_LIMITS.settingsBytes : TEMPLATE_LIMITS.fileBytes;
}

/** `path` is `root` or lies under it (both real paths). */
function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * C0 and C1 controls, DEL and the bidirectional overrides: printed in a message, a name holding
 * them could move the cursor, recolour the terminal or show itself reversed.
 */
const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

function escapeControls(text: string): string {
  return text.replace(new RegExp(CONTROL_CHARACTERS.source, 'g'), (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'Folder';
  if (info.isFIFO()) return 'FIFO (pipa bernama)';
  if (info.isSocket()) return 'Soket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'Berkas perangkat';
  return 'Bukan berkas biasa';
}


/**
 * Settings already read in this process, by file and text: `build --watch` and a batch read the
 * same settings.yaml for every build. What is kept is never changed (render/ only reads it).
 */
const parsedSettings = new Map<string, TemplateSettings>();

async function parseSettings(text: string, file: string): Promise<TemplateSettings> {
  const key = `${file}\0${text}`;
  const known = parsedSettings.get(key);
  if (known !== undefined) return known;
  const settings = await parseSettingsText(text, file);
  // A few sets at most: the built-in one and a user's, as it is edited.
  if (parsedSettings.size >= 8) parsedSettings.delete(parsedSettings.keys().next().value!);
  parsedSettings.set(key, settings);
  return settings;
}

async function parseSettingsText(text: string, file: string): Promise<TemplateSettings> {
  // Read fast as roadmap.yaml is (model/read-plain.ts); the `yaml` library, whose document gives
  // positions, is loaded only when there is something to report (it cost an S build some 10 ms).
  const plain = readPlain(text);
  if (plain !== undefined) {
    const result = TemplateSettings.safeParse(plain ?? {});
    if (result.success) return result.data;
  }
  const { parseDocument, LineCounter } = await import('yaml');
  const { locate } = await import('../model/locate.js');
  const lineCounter = new LineCounter();
  const refused = (code: string, message: string) => new ValidationFailed([{ code, severity: 'error', file, message }], `Pengaturan templat ${file} tidak valid.`);
  let doc: ReturnType<typeof parseDocument>;
  let data: unknown;
  try {
    doc = parseDocument(text, { lineCounter });
    data = doc.errors.length === 0 ? doc.toJS({ maxAliasCount: 50 }) : undefined;
  } catch (error) {
    // The yaml library recurses: a thousand nested brackets exhaust the stack; and it refuses
    // aliases that would multiply the data (a "billion laughs"). Both are the file's fault.
    if (error instanceof RangeError) throw refused('yaml-depth', 'Struktur YAML bersarang terlalu dalam.');
    if (error instanceof ReferenceError) throw refused('yaml-aliases', 'Terlalu banyak alias YAML (*nama); tulis nilainya langsung.');
    throw error;
  }
  const problems: Problem[] = doc.errors.map((e) => ({
    code: 'yaml-syntax',
    severity: 'error',
    file,
    line: e.linePos?.[0].line,
    column: e.linePos?.[0].col,
    message: `Kesalahan sintaks YAML: ${e.message.split('\n')[0]}`,
  }));
  if (problems.length === 0) {
    const result = TemplateSettings.safeParse(data ?? {}, { reportInput: true });
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      for (const d of describeIssue(issue, TemplateSettings)) {
        const loc = locate(doc, lineCounter, d.path, { key: d.atKey });
        problems.push({ code: d.code, severity: 'error', file, line: loc?.line, column: loc?.column, path: formatPath(d.path), message: d.message, ...(d.hint ? { hint: d.hint } : {}) });
      }
    }
  }
  throw new ValidationFailed(problems, `Pengaturan templat ${file} tidak valid.`);
}
