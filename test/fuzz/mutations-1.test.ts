/** The CLI fuzz, first half of the cases (the halves run in parallel workers). See harness.ts. */
import { describe } from 'vitest';
import { defineFuzzPart } from './suite.js';

describe('fuzz: mutated example projects through the CLI (part 1)', () => defineFuzzPart(0, 2));
