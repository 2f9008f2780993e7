import type { Command } from 'commander';
import type { Io } from '../io.js';

export function registerSchema(program: Command, io: Io): void {
  program
    .command('schema')
    .description('mencetak JSON Schema roadmap.yaml (untuk pelengkapan otomatis di VS Code)')
    .addHelpText('after', '\nContoh:\n  $ roadmap schema > roadmap.schema.json')
    .action(async () => {
      const { projectJsonSchema } = await import('../../model/json-schema.js');
      io.stdout.write(`${JSON.stringify(projectJsonSchema(), null, 2)}\n`);
    });
}
