/**
 * A sample of the fuzz cases through the real binary (`node bin/roadmap.cjs`, built by `npm test`;
 * ROADMAP_FUZZ_BIN=<file> runs another entry point): the same properties as in-process, and the
 * same exit code as in-process, so the in-process run stands for the binary. Six cases, spread
 * over the run (a process costs about a second).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkCase, describeCase, fuzzConfig, generateCase, runBinary, Workdir } from './harness.js';
import { matchKnown } from './known-failures.js';

const SAMPLE = 6;
const config = fuzzConfig();
const indices = Array.from({ length: SAMPLE }, (_, k) => Math.floor((k * config.cases) / SAMPLE) + 7).filter((i) => i < config.cases);

let work: Workdir;
beforeAll(() => {
  work = new Workdir();
});
afterAll(() => work?.remove());

it.each(indices)(`case %i of seed ${config.seed} through the binary behaves as in-process`, async (index) => {
  const c = generateCase(config.seed, index);
  const inProcess = await checkCase(c, work);
  const binary = await checkCase(c, work, runBinary);
  const unknown = binary.violations.filter((v) => matchKnown(c, v) === undefined);
  expect(unknown, describeCase(c)).toEqual([]);
  expect(binary.outcome.code, `${describeCase(c)}\nbinary stderr: ${binary.outcome.stderr.slice(0, 800)}`).toBe(inProcess.outcome.code);
});
