// Placeholder while the command is being written; replaced by its owner.
import type { Command } from 'commander';
import type { Io } from '../io.js';

export function registerUpdate(program: Command, _io: Io): void {
  program.command('update').description('(sedang dikerjakan)');
}
