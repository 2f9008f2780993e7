/**
 * PDF through LibreOffice, when it is installed: headless, with a throw-away profile so it runs
 * beside an open LibreOffice and in parallel. The only place that starts soffice.
 */
import { execFile } from 'node:child_process';
import { access, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, win32 } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { UserError } from '../errors.js';

const run = promisify(execFile);

export async function convertToPdf(docxPath: string, timeoutMs = 180_000): Promise<{ path: string; pages?: number }> {
  const soffice = await findSoffice();
  const profile = await mkdtemp(join(tmpdir(), 'roadmap-lo-'));
  const outDir = dirname(docxPath);
  try {
    await run(
      soffice.command,
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', outDir, docxPath],
      { timeout: timeoutMs },
    );
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      const where = soffice.searched.length > 0 ? ` Dicari di: ${soffice.searched.join('; ')}.` : '';
      throw new UserError('E_NO_LIBREOFFICE', `LibreOffice (soffice) tidak ditemukan; PDF tidak dapat dibuat.${where}`, {
        hint: 'Pasang LibreOffice (libreoffice.org), atau buka berkas DOCX di Word lalu simpan sebagai PDF.',
      });
    }
    throw new UserError('E_PDF_FAILED', `LibreOffice gagal mengubah ${basename(docxPath)} menjadi PDF.`, { cause: error });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  const path = join(outDir, `${basename(docxPath, extname(docxPath))}.pdf`);
  return { path, ...(await countPdfPages(path)) };
}

export interface SofficeLookup {
  /** What to run: a full path when one was found, else `soffice` from PATH. */
  command: string;
  /** The places looked at, for the message when nothing runs. */
  searched: string[];
}

/**
 * Where soffice is. LibreOffice's Windows installer does not put it on PATH: it lives in
 * `C:\Program Files\LibreOffice\program\soffice.exe` (older versions in `LibreOffice 5` and so on,
 * 32-bit ones under `Program Files (x86)`). On macOS it sits inside the application bundle.
 * Elsewhere, and when nothing is found, `soffice` from PATH.
 */
export async function findSoffice(
  platform: NodeJS.Platform = process.platform,
  env: Record<string, string | undefined> = process.env,
  exists: (path: string) => Promise<boolean> = (path) => access(path).then(() => true, () => false),
  list: (dir: string) => Promise<string[]> = (dir) => readdir(dir).catch(() => []),
): Promise<SofficeLookup> {
  const candidates: string[] = [];
  if (platform === 'win32') {
    const roots = [env.ProgramFiles, env.ProgramW6432, env['ProgramFiles(x86)'], 'C:\\Program Files', 'C:\\Program Files (x86)'];
    for (const root of new Set(roots.filter((r): r is string => Boolean(r)))) {
      candidates.push(win32.join(root, 'LibreOffice', 'program', 'soffice.exe'));
      // Older installers used a versioned folder: "LibreOffice 5", "LibreOffice 4".
      for (const dir of (await list(root)).filter((d) => /^LibreOffice[\s\d.]+$/i.test(d)).sort().reverse()) {
        candidates.push(win32.join(root, dir, 'program', 'soffice.exe'));
      }
    }
  } else if (platform === 'darwin') {
    candidates.push('/Applications/LibreOffice.app/Contents/MacOS/soffice');
  }
  for (const candidate of candidates) if (await exists(candidate)) return { command: candidate, searched: candidates };
  return { command: 'soffice', searched: candidates.length > 0 ? [...candidates, 'PATH'] : [] };
}

/** Page count from the PDF's page tree (/Type /Page objects); good enough for LibreOffice output. */
async function countPdfPages(path: string): Promise<{ pages?: number }> {
  const text = (await readFile(path)).toString('latin1');
  const matches = text.match(/\/Type\s*\/Page[^s]/g);
  return matches ? { pages: matches.length } : {};
}
