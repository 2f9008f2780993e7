/**
 * One part of the fuzz: cases [from, to) of the configured run, in chunks of 50 (one test each,
 * so a slow machine shows progress and no single test runs for minutes), each case checked by
 * harness.ts. Violations matching an entry of known-failures.ts are counted, not failed (the lead
 * empties that list as fixes land; known-failures.test.ts fails when an entry stops reproducing).
 * Any other violation fails its chunk, listing each distinct fault once with a case that shows it.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkCase, describeCase, fuzzConfig, generateCase, keepCase, Workdir, type FuzzCase, type Outcome, type Violation } from './harness.js';
import { KNOWN_FAILURES, matchKnown } from './known-failures.js';

const CHUNK = 50;
/** Per chunk; about 5 s on an idle machine, many times that when the cores are shared. */
const CHUNK_TIMEOUT = 600_000;

interface Fault {
  signature: string;
  violation: Violation;
  count: number;
  first: FuzzCase;
  outcome: Outcome;
}

export function defineFuzzPart(part: number, parts: number): void {
  const config = fuzzConfig();
  const size = Math.ceil(config.cases / parts);
  const from = part * size;
  const to = Math.min(config.cases, from + size);
  const indices = config.only !== undefined ? (config.only >= from && config.only < to ? [config.only] : []) : range(from, to);
  const chunks = Array.from({ length: Math.ceil(indices.length / CHUNK) }, (_, k) => indices.slice(k * CHUNK, (k + 1) * CHUNK));
  const known = new Map<string, number>();
  let work: Workdir;
  let cases = 0;
  let wall = 0;
  let cpuSeconds = 0;

  beforeAll(() => {
    work = new Workdir();
  });
  afterAll(() => {
    work?.remove();
    if (cases === 0) return;
    const seen = [...known].map(([id, n]) => `${id} ×${n}: ${KNOWN_FAILURES.find((k) => k.id === id)?.summary}`);
    console.info(
      `fuzz part ${part + 1}/${parts} (seed ${config.seed}): ${cases} cases in ${wall.toFixed(1)} s, ${cpuSeconds.toFixed(1)} s CPU; known failures seen: ${seen.length === 0 ? 'none' : `\n  ${seen.join('\n  ')}`}`,
    );
  });

  it.each(chunks.map((chunk) => [chunk[0]!, chunk[chunk.length - 1]!, chunk] as const))(
    `cases %i-%i of seed ${config.seed}: exit 0/1, no stack trace, nothing around the Io, project intact`,
    async (_first, _last, chunk) => {
      const unknown = new Map<string, Fault>();
      const start = performance.now();
      const cpu = process.cpuUsage();
      for (const index of chunk) {
        const c = generateCase(config.seed, index);
        const { outcome, violations } = await checkCase(c, work);
        if (config.only !== undefined) {
          // One case on its own: show everything about it.
          console.info(
            `${describeCase(c)}\nexit ${outcome.code} in ${Math.round(outcome.ms)} ms\n--- stderr\n${outcome.stderr}--- stdout\n${outcome.stdout.slice(0, 4000)}\n--- kept at ${keepCase(c)}\n--- violations\n${JSON.stringify(violations, null, 2)}`,
          );
        }
        for (const violation of violations) {
          const knownId = matchKnown(c, violation);
          if (knownId !== undefined) {
            known.set(knownId, (known.get(knownId) ?? 0) + 1);
            continue;
          }
          const signature = `${c.command} ${violation.property}: ${violation.detail}`;
          const fault = unknown.get(signature);
          if (fault) fault.count++;
          else unknown.set(signature, { signature, violation, count: 1, first: c, outcome });
        }
      }
      cases += chunk.length;
      wall += (performance.now() - start) / 1000;
      const used = process.cpuUsage(cpu);
      cpuSeconds += (used.user + used.system) / 1e6;
      const report = [...unknown.values()].map(
        (f) =>
          `\n✖ ${f.signature}  (${f.count} case${f.count === 1 ? '' : 's'})\n${describeCase(f.first)}\n  exit ${f.outcome.code}; stderr: ${f.outcome.stderr.slice(0, 600).replace(/\n/g, '\n    ')}\n  project kept at ${keepCase(f.first)}`,
      );
      expect(report, `new faults (seed ${config.seed}): fix them, or add them to test/fuzz/known-failures.ts with a reproduction`).toEqual([]);
    },
    CHUNK_TIMEOUT,
  );
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}
