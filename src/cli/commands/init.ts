// Placeholder while the command is being written; replaced by its owner.
import type { Command } from 'commander';
import type { Io } from '../io.js';

export function registerInit(program: Command, _io: Io): void {
  program.command('init').description('(sedang dikerjakan)');
}
