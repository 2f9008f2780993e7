/**
 * What a command throws to end early without an error to describe; answer.ts turns each into an
 * exit code.
 */

/**
 * Thrown by a command that has already said everything it had to say (e.g. `validate --json`
 * printed its report) and only needs this exit code returned.
 */
export class Exit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
    this.name = 'Exit';
  }
}

/**
 * The user pressed Ctrl-C, and the command has something to add to "Dihentikan." (where the work
 * done so far was kept). answer.ts says it and exits 130, as it does for a bare Ctrl-C.
 */
export class Interrupted extends Error {
  constructor(readonly note: string) {
    super('Dihentikan.');
    this.name = 'Interrupted';
  }
}

/**
 * Ctrl-C: Inquirer turns it into an ExitPromptError (AbortPromptError for an aborted prompt).
 * Matched by name, not with `instanceof`, so that no command has to load Inquirer to recognise it:
 * only `init` uses Inquirer, and every other command starts faster without it.
 */
export function isInterruption(error: unknown): boolean {
  return error instanceof Interrupted || (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError'));
}
