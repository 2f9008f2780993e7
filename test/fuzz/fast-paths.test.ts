/**
 * The fast read and the fast edit of roadmap.yaml (issue 11) against the slow ones, on fuzzed
 * texts: mutated examples (mutate.ts) must be read to the same data, the same project and the
 * same problems; random edits of the examples and of texts with comments, blank lines and block
 * texts must be written byte for byte the same. FUZZ_FAST_CASES=<n> for a longer run.
 */
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { bothWays, contentOf, randomEdits, tookFastWay, TRICKY, written } from '../../src/model/edits/both-ways.testing.js';
import { parseProject } from '../../src/model/parse-project.js';
import { projectTexts } from '../../src/model/project-texts.testing.js';
import { readPlain } from '../../src/model/read-plain.js';
import { mutate } from './mutate.js';
import { mulberry32 } from './prng.js';

const CASES = Number(process.env.FUZZ_FAST_CASES ?? 300);
const EXAMPLES = projectTexts().filter((t) => t.name.startsWith('examples'));

function fuzzed(seed: number): string {
  return mutate(EXAMPLES[seed % EXAMPLES.length]!.text, mulberry32(seed)).bytes.toString('utf8');
}

describe('the fast ways against the slow ones, fuzzed', () => {
  it('reads a mutated text the fast way only to the data the yaml library reads', () => {
    let compared = 0;
    for (let seed = 1; seed <= CASES; seed++) {
      const text = fuzzed(seed);
      const fast = readPlain(text);
      if (fast === undefined) continue;
      const document = parseDocument(text, { uniqueKeys: true });
      expect(document.errors, `seed ${seed}`).toEqual([]);
      // isDeepStrictEqual, as the product compares: expect's own equality takes a key named
      // "constructor", which the fuzz writes, for the object's class.
      expect(isDeepStrictEqual(document.toJS({ maxAliasCount: 100 }), fast), `seed ${seed}`).toBe(true);
      compared++;
    }
    expect(compared).toBeGreaterThan(CASES / 4);
  }, 600_000);

  it('gives a mutated project the project and the problems the slow read gives', () => {
    for (let seed = 1; seed <= CASES / 2; seed++) {
      const text = fuzzed(seed);
      const auto = parseProject(text, 'roadmap.yaml');
      const slow = parseProject(text, 'roadmap.yaml', { fast: false });
      expect(auto.problems, `seed ${seed}`).toEqual(slow.problems);
      expect(isDeepStrictEqual(auto.project, slow.project), `seed ${seed}`).toBe(true);
    }
  }, 600_000);

  it('writes random edits of the examples and of tricky texts as the slow way does', () => {
    const texts = [...EXAMPLES.map((t) => t.text), ...TRICKY];
    let fastWay = 0;
    for (let seed = 1; seed <= CASES * 2; seed++) {
      const text = texts[seed % texts.length]!;
      const edits = randomEdits(contentOf(text), mulberry32(seed).next);
      const { slow, fast } = bothWays(text, edits);
      expect(written(fast), `seed ${seed}: ${JSON.stringify(edits)}`).toEqual(written(slow));
      if (tookFastWay(fast)) fastWay++;
    }
    // Most random edits can be made the fast way; the comparison is about those.
    expect(fastWay).toBeGreaterThan(CASES);
  }, 600_000);
});
