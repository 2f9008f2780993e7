/** The committed JSON Schema is the one the code generates: regenerate with `npm run schema`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { projectJsonSchema } from '../src/model/json-schema.js';
import { ROOT } from './helpers/run-cli.js';

it('schema/roadmap.schema.json is up to date (npm run schema)', () => {
  const committed = JSON.parse(readFileSync(join(ROOT, 'schema/roadmap.schema.json'), 'utf8')) as unknown;
  expect(committed).toEqual(projectJsonSchema());
});
