/**
 * Each known failure still fails, by its own small reproduction. When one stops failing (its fix
 * landed), this test says so: remove the entry from known-failures.ts, and the fuzz guards the fix.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCase, EXAMPLE_TEXT, Workdir, type FuzzCase } from './harness.js';
import { KNOWN_FAILURES } from './known-failures.js';

let work: Workdir;
beforeAll(() => {
  work = new Workdir();
});
afterAll(() => work?.remove());

describe('known fuzz failures', () => {
  it('are listed with distinct ids', () => {
    const ids = KNOWN_FAILURES.map((k) => k.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(KNOWN_FAILURES.map((k) => [k.id, k] as const))('%s still fails (remove it from known-failures.ts once fixed)', async (_, known) => {
    const edited = known.repro.edit(EXAMPLE_TEXT);
    const c: FuzzCase = {
      index: -1,
      seed: 0,
      steps: [`reproduction of ${known.id}`],
      bytes: typeof edited === 'string' ? Buffer.from(edited) : edited,
      command: known.repro.argv[0] as FuzzCase['command'],
      argv: known.repro.argv,
    };
    const { outcome, violations } = await checkCase(c, work);
    const still = violations.some((v) => v.property === known.property && known.detail.test(v.detail));
    expect(still, `${known.id} no longer reproduces (exit ${outcome.code}; ${JSON.stringify(violations)}): ${known.summary}. Remove it from test/fuzz/known-failures.ts.`).toBe(true);
  });
});
