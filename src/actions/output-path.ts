/**
 * Checks an output path before anything is written: the right kind of file, not one of the
 * command's own inputs (a project, answers or realisation file), not a folder. A wrong output is
 * a usage error (exit 2), so `build -o roadmap.yaml` can never replace the project with a DOCX.
 */
import { realpath, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';

export interface OutputCheck {
  /** The option, as the message names it: `-o`, `--docx`, `--template-realisasi`. */
  flag: string;
  /** The path as the user typed it. */
  given: string;
  /** Extensions allowed, lower case with the dot: ['.docx', '.pdf']. */
  extensions: readonly string[];
  /** A file name to suggest: `roadmap.docx`. */
  example: string;
  /** The command's input files (absolute), which the output must not be. */
  inputs?: readonly string[];
}

/** Kinds of file a user keeps and never wants replaced by generated output. */
const SOURCES = new Set(['.yaml', '.yml', '.json', '.csv', '.xlsx', '.xls']);

export async function checkOutputPath(path: string, check: OutputCheck): Promise<void> {
  const { flag, given, extensions, example } = check;
  const ext = extname(path).toLowerCase();
  if (!extensions.includes(ext)) {
    const what = extensions.join(' atau ');
    throw new UsageError('E_OUTPUT_TYPE', `${flag} ${given}: keluaran ini harus berkas ${what}; tidak ada yang ditulis.`, {
      hint: SOURCES.has(ext)
        ? `${given} tampaknya berkas proyek, jawaban atau realisasi, yang tidak boleh ditimpa. Tulis ke berkas lain, misalnya ${flag} ${example}.`
        : `Contoh: ${flag} ${example}`,
    });
  }
  const real = await realpath(path).catch(() => resolve(path));
  for (const input of check.inputs ?? []) {
    const other = await realpath(input).catch(() => resolve(input));
    if (other === real) {
      throw new UsageError('E_OUTPUT_IS_INPUT', `${flag} ${given} adalah berkas masukan perintah ini; keluaran tidak boleh menimpanya.`, {
        hint: `Tulis ke berkas lain, misalnya ${flag} ${example}.`,
      });
    }
  }
  if ((await stat(path).catch(() => undefined))?.isDirectory()) {
    throw new UsageError('E_OUTPUT_IS_DIRECTORY', `${flag} ${given} adalah folder, bukan berkas.`, { hint: `Sebutkan nama berkas di dalamnya, misalnya ${flag} ${join(given, example)}.` });
  }
}

/** `--out-dir X`: X may be missing (it is created) but must not be a file. */
export async function checkOutputDir(path: string, flag: string, given: string): Promise<void> {
  const info = await stat(path).catch(() => undefined);
  if (info && !info.isDirectory()) {
    throw new UsageError('E_OUT_DIR_NOT_FOLDER', `${flag} ${given} adalah berkas, bukan folder.`, { hint: `Sebutkan folder untuk keluaran, misalnya ${flag} keluaran.` });
  }
}
