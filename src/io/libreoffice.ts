/**
 * PDF through LibreOffice, when it is installed: headless, with a throw-away profile so it runs
 * beside an open LibreOffice and in parallel. The only place that starts soffice.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { UserError } from '../errors.js';

const run = promisify(execFile);

export async function convertToPdf(docxPath: string, timeoutMs = 180_000): Promise<{ path: string; pages?: number }> {
  const profile = await mkdtemp(join(tmpdir(), 'roadmap-lo-'));
  const outDir = dirname(docxPath);
  try {
    await run(
      'soffice',
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', outDir, docxPath],
      { timeout: timeoutMs },
    );
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new UserError('E_NO_LIBREOFFICE', 'LibreOffice (soffice) tidak ditemukan; PDF tidak dapat dibuat.', {
        hint: 'Pasang LibreOffice, atau buka berkas DOCX di Word lalu simpan sebagai PDF.',
      });
    }
    throw new UserError('E_PDF_FAILED', `LibreOffice gagal mengubah ${basename(docxPath)} menjadi PDF.`, { cause: error });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  const path = join(outDir, `${basename(docxPath, extname(docxPath))}.pdf`);
  return { path, ...(await countPdfPages(path)) };
}

/** Page count from the PDF's page tree (/Type /Page objects); good enough for LibreOffice output. */
async function countPdfPages(path: string): Promise<{ pages?: number }> {
  const text = (await readFile(path)).toString('latin1');
  const matches = text.match(/\/Type\s*\/Page[^s]/g);
  return matches ? { pages: matches.length } : {};
}
