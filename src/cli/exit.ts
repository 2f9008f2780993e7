/**
 * Thrown by a command that has already said everything it had to say (e.g. `validate --json`
 * printed its report) and only needs main.ts to return this exit code.
 */
export class Exit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
    this.name = 'Exit';
  }
}
