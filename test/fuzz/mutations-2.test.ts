/** The CLI fuzz, second half of the cases (the halves run in parallel workers). See harness.ts. */
import { describe } from 'vitest';
import { defineFuzzPart } from './suite.js';

describe('fuzz: mutated example projects through the CLI (part 2)', () => defineFuzzPart(1, 2));
