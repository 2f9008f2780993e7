/**
 * The command line: builds the commander program, runs it, and maps every outcome to an exit
 * code (0 ok, 1 bad input, 2 usage, 3 bug, 130 interrupted) through answer.ts, the one place that
 * shapes errors and --json answers.
 */
import { Command } from 'commander';
import { ExitCode } from '../errors.js';
import { reportError } from './answer.js';
import { indonesianHelp, translateCommanderMessage } from './commander-messages.js';
import { processIo, type Io } from './streams.js';
import { registerBuild } from './commands/build.js';
import { registerDiff } from './commands/diff.js';
import { registerInit } from './commands/init.js';
import { registerLaporan } from './commands/laporan.js';
import { registerSchema } from './commands/schema.js';
import { registerStatus } from './commands/status.js';
import { registerTemplates } from './commands/templates.js';
import { registerUpdate } from './commands/update.js';
import { registerValidate } from './commands/validate.js';

const VERSION = '0.1.0';

export function createProgram(io: Io): Command {
  const program = new Command('roadmap')
    .description('Menyusun dokumen Road Map Reformasi Birokrasi (Peraturan Kepala Daerah beserta lampirannya) dari roadmap.yaml.')
    .version(VERSION, '-V, --version', 'tampilkan versi')
    .helpOption('-h, --help', 'tampilkan bantuan')
    .helpCommand('help [perintah]', 'tampilkan bantuan untuk perintah')
    .option('--debug', 'tampilkan rincian teknis bila terjadi galat')
    .showHelpAfterError('(lihat: roadmap <perintah> --help)')
    .exitOverride()
    .configureHelp(indonesianHelp)
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(io.color.red(translateCommanderMessage(text))),
    })
    .addHelpText(
      'after',
      `
Contoh:
  $ roadmap init sukamaju                      wizard lokakarya, membuat sukamaju/roadmap.yaml
  $ roadmap build examples/kabupaten-sukamaju/roadmap.yaml -o draf.docx
  $ roadmap validate roadmap.yaml --json

Kode keluar: 0 berhasil, 1 masukan salah, 2 perintah salah tulis, 3 galat internal, 130 dihentikan.`,
    );
  // Each command registers itself with program.command(), so it inherits exitOverride and
  // configureOutput: a command built apart and attached with addCommand() would not, and its
  // errors would then exit the process in English instead of reaching answer.ts.
  registerInit(program, io);
  registerBuild(program, io);
  registerValidate(program, io);
  registerUpdate(program, io);
  registerDiff(program, io);
  registerStatus(program, io);
  registerLaporan(program, io);
  registerTemplates(program, io);
  registerSchema(program, io);
  return program;
}

/** Runs the CLI and returns the exit code; never throws, never calls process.exit. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const program = createProgram(io);
  // Options read before commander has parsed them, so that a usage error answers in JSON too.
  const given = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return ExitCode.OK;
  } catch (error) {
    return reportError(error, io, { debug: given.includes('--debug'), json: given.includes('--json') });
  }
}

/** Entry point for bin/roadmap.cjs. */
export async function main(argv: readonly string[]): Promise<number> {
  return run(argv, processIo());
}
