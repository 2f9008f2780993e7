/** `roadmap init`: the workshop wizard (or --answers), then what happened and where the files are. */
import { UsageError, ValidationFailed } from '../../errors.js';
import type { InitResult } from '../../wizard/init-project.js';
import { Interrupted, isInterruption } from '../exit.js';
import { isInteractive, type Io } from '../streams.js';
import { formatBytes } from '../../model/format-message.js';

export interface InitFlags {
  resume?: boolean;
  answers?: string;
  yes?: boolean;
  build: boolean;
}

export async function init(io: Io, folder: string | undefined, flags: InitFlags): Promise<void> {
  // Decide before the first prompt: without a terminal (a pipe, CI) Inquirer would fail with a
  // stack trace or wait forever for keys that never come.
  if (flags.answers === undefined && !isInteractive(io)) {
    throw new UsageError('E_NOT_INTERACTIVE', 'roadmap init memerlukan terminal interaktif, dan di sini tidak ada.', {
      hint: `Tanpa terminal, berikan jawaban dari berkas: roadmap init ${folder ?? '.'} --answers jawaban.yaml (format: docs/wizard.md).`,
    });
  }
  const { initProject, initPaths } = await import('../../wizard/init-project.js');
  const interactive = flags.answers === undefined;
  const out = (text: string) => (interactive ? io.stdout.write(text) : io.stderr.write(text));
  let result: Awaited<ReturnType<typeof initProject>>;
  try {
    result = await initProject({
      dir: folder,
      cwd: io.cwd,
      resume: flags.resume ?? false,
      answers: flags.answers,
      yes: flags.yes ?? false,
      build: flags.build,
      paint: interactive ? io.colorOut : io.color,
      prompt: io.terminal,
      write: out,
    });
  } catch (error) {
    if (!isInterruption(error)) throw error;
    // The wizard saves after every answer, so Ctrl-C loses nothing: say where it is and how to go on.
    const { shown, resumeCommand } = initPaths(folder, io.cwd);
    throw new Interrupted(`Jawaban tersimpan di ${shown}; lanjutkan dengan: ${resumeCommand}`);
  }

  reportInit(io, result, interactive, flags.build);
}

/** Says what happened: where the project and the draft are, or why the draft is missing. */
function reportInit(io: Io, result: InitResult, interactive: boolean, build: boolean): void {
  if (result.status === 'cancelled') {
    io.stderr.write('Dibatalkan; tidak ada yang diubah.\n');
    return;
  }
  if (result.status === 'invalid') {
    throw new ValidationFailed(result.problems, `Berkas jawaban ${result.answersFile} belum dapat dipakai; roadmap.yaml tidak ditulis.`);
  }
  if (!interactive) for (const line of result.summary.lines) io.stderr.write(`${line}\n`);
  if (result.status === 'saved') {
    io.stderr.write(`Tersimpan di ${result.shown}; lanjutkan dengan: ${result.resumeCommand}\n`);
    return;
  }
  if (result.backup) io.stderr.write(`Berkas lama dicadangkan: ${result.backup}\n`);
  io.stdout.write(`${io.colorOut.green('✔')} Proyek: ${result.shown}\n`);
  if (result.draft) {
    io.stdout.write(`${io.colorOut.green('✔')} Draf pertama: ${result.draft.output} (${formatBytes(result.draft.bytes)})\n`);
    for (const warning of result.draft.warnings) io.stderr.write(`${io.color.yellow('peringatan')}  ${warning}\n`);
    return;
  }
  if (!build) return;
  const reason = result.buildError;
  if (reason instanceof ValidationFailed || result.summary.errors > 0) {
    const problems = reason instanceof ValidationFailed ? reason.problems : result.summary.problems;
    throw new ValidationFailed(problems, `${result.shown} tersimpan, tetapi draf DOCX belum dapat dibuat. Perbaiki masalah di atas, lalu: roadmap build ${result.shown}`);
  }
  if (reason) {
    io.stderr.write(`${result.shown} tersimpan, tetapi draf DOCX gagal dibuat; coba lagi dengan: roadmap build ${result.shown}\n`);
    throw reason;
  }
}
