import type { Command } from 'commander';
import type { Io } from '../streams.js';

export function registerSchema(program: Command, io: Io): void {
  program
    .command('schema')
    .description('mencetak JSON Schema roadmap.yaml (untuk pelengkapan otomatis di VS Code)')
    .addHelpText('after', '\nContoh:\n  $ roadmap schema > roadmap.schema.json')
    .action(async () => (await import('../handlers/schema.js')).schema(io));
}
