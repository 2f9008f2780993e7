import type { Command } from 'commander';
import { ExitCode } from '../../errors.js';
import { Exit } from '../exit.js';
import type { Io } from '../io.js';
import { formatAlignment, printJson, printProblems } from '../report.js';

export function registerValidate(program: Command, io: Io): void {
  program
    .command('validate')
    .description('memeriksa roadmap.yaml: struktur, konsistensi, dan keselarasan dengan road map nasional')
    .argument('[proyek]', 'berkas roadmap.yaml atau foldernya', undefined)
    .option('--json', 'keluaran JSON untuk skrip')
    .addHelpText('after', '\nContoh:\n  $ roadmap validate examples/kabupaten-sukamaju/roadmap.yaml\n  $ roadmap validate --json > hasil.json')
    .action(async (project: string | undefined, options: { json?: boolean }) => {
      const { validateProject } = await import('../../actions/validate.js');
      const result = await validateProject(project, io.cwd);
      if (options.json) {
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
    });
}
