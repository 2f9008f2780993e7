/**
 * The command line: builds the commander program, runs it, and maps every outcome to an exit
 * code (0 ok, 1 bad input, 2 usage, 3 bug, 130 interrupted). The only place that knows exit codes.
 */
import { Command, CommanderError } from 'commander';
import { ExitCode, RoadmapError, UsageError, ValidationFailed } from '../errors.js';
import { Exit } from './exit.js';
import { processIo, type Io } from './io.js';
import { printProblems } from './report.js';
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
  // configureOutput (code-style C3: addCommand() would not copy them).
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
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return ExitCode.OK;
  } catch (error) {
    return reportError(error, io, argv.includes('--debug'));
  }
}

export function reportError(error: unknown, io: Io, debug: boolean): number {
  const { color } = io;
  if (error instanceof Exit) return error.code;
  if (error instanceof CommanderError) {
    // Help and version exit 0; every other commander error is a usage error (P13).
    return error.exitCode === 0 ? ExitCode.OK : ExitCode.USAGE;
  }
  if (isPromptExit(error)) {
    io.stderr.write(`\n${color.yellow('Dihentikan.')}\n`);
    return ExitCode.INTERRUPTED;
  }
  if (error instanceof ValidationFailed) {
    printProblems(io, error.problems);
    io.stderr.write(`${color.red('✖')} ${error.message}\n`);
    return ExitCode.INVALID_INPUT;
  }
  if (error instanceof RoadmapError) {
    io.stderr.write(`${color.red('✖')} ${error.message}\n`);
    if (error.hint) io.stderr.write(`  ${error.hint}\n`);
    if (debug && error.cause) io.stderr.write(`${String((error.cause as Error).stack ?? error.cause)}\n`);
    return error instanceof UsageError ? ExitCode.USAGE : ExitCode.INVALID_INPUT;
  }
  io.stderr.write(`${color.red('✖')} Galat internal: ${(error as Error)?.message ?? String(error)}\n`);
  io.stderr.write('  Ini bug pada roadmap; mohon laporkan beserta perintah yang dijalankan. Jalankan ulang dengan --debug untuk rinciannya.\n');
  if (debug) io.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
  return ExitCode.BUG;
}

/** Inquirer's Ctrl-C: matched by name so the wizard's modules stay out of start-up (P10). */
function isPromptExit(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}

const COMMANDER_MESSAGES: [RegExp, string][] = [
  [/unknown option '([^']+)'/, "opsi '$1' tidak dikenal"],
  [/unknown command '([^']+)'/, "perintah '$1' tidak dikenal"],
  [/missing required argument '([^']+)'/, "argumen '$1' wajib diisi"],
  [/option '([^']+)' argument missing/, "opsi '$1' memerlukan nilai"],
  [/too many arguments(?: for '([^']+)')?/, 'argumen terlalu banyak'],
  [/Did you mean ([^?]+)\?/, 'Maksud Anda $1?'],
  [/^error:/m, 'galat:'],
];

function translateCommanderMessage(text: string): string {
  let out = text;
  for (const [pattern, replacement] of COMMANDER_MESSAGES) out = out.replace(pattern, replacement);
  return out;
}

/** Entry point for bin/roadmap.js. */
export async function main(argv: readonly string[]): Promise<number> {
  return run(argv, processIo());
}
