// Placeholder while the command is being written; replaced by its owner.
import type { Command } from 'commander';
import type { Io } from '../io.js';

export function registerDiff(program: Command, _io: Io): void {
  program.command('diff').description('(sedang dikerjakan)');
}
