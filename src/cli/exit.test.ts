import { describe, expect, it } from 'vitest';
import { Exit, Interrupted, isInterruption } from './exit.js';

describe('isInterruption', () => {
  it('is Ctrl-C: Inquirer\'s errors, recognised by name, and a command\'s Interrupted', () => {
    const named = (name: string) => Object.assign(new Error('x'), { name });
    expect(isInterruption(named('ExitPromptError'))).toBe(true);
    expect(isInterruption(named('AbortPromptError'))).toBe(true);
    expect(isInterruption(new Interrupted('Jawaban tersimpan.'))).toBe(true);
  });

  it('is nothing else', () => {
    expect(isInterruption(new Error('ExitPromptError'))).toBe(false);
    expect(isInterruption(new Exit(130))).toBe(false);
    expect(isInterruption({ name: 'ExitPromptError' })).toBe(false);
    expect(isInterruption(undefined)).toBe(false);
  });
});
