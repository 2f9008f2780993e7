/** The committed JSON Schema is the one the code generates, and says so: regenerate with `npm run schema`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { GENERATED_NOTE, projectJsonSchema } from '../src/model/json-schema.js';
import { ROOT } from './helpers/run-cli.js';

const committedText = readFileSync(join(ROOT, 'schema/roadmap.schema.json'), 'utf8');

it('schema/roadmap.schema.json is up to date (npm run schema)', () => {
  // Byte for byte as `roadmap schema` prints it, so a regenerated file never shows a diff.
  expect(committedText).toBe(`${JSON.stringify(projectJsonSchema(), null, 2)}\n`);
});

it('schema/roadmap.schema.json opens by saying it is generated', () => {
  const committed = JSON.parse(committedText) as Record<string, unknown>;
  expect(Object.keys(committed)[0]).toBe('$comment');
  expect(committed.$comment).toBe(GENERATED_NOTE);
});
