/** `roadmap validate`: the report is the answer, also when the project is invalid (exit 1). */
import { ExitCode } from '../../errors.js';
import { printJson } from '../answer.js';
import { Exit } from '../exit.js';
import type { Io } from '../streams.js';
import { formatAlignment, printProblems } from '../report.js';

export async function validate(io: Io, project: string | undefined, flags: { json?: boolean }): Promise<void> {
  const { validateProject } = await import('../../actions/validate.js');
  const result = await validateProject(project, io.cwd);
  if (flags.json) {
    printJson(io, result);
  } else {
    printProblems(io, result.problems);
    if (result.valid) {
      io.stderr.write(`${io.color.green('✔')} ${result.file} valid.\n`);
      if (result.alignment) for (const line of formatAlignment(result.alignment)) io.stdout.write(`${line}\n`);
    } else {
      io.stderr.write(`${io.color.red('✖')} ${result.file} tidak valid.\n`);
    }
  }
  if (!result.valid) throw new Exit(ExitCode.INVALID_INPUT);
}
