/** The JSON Schema of roadmap.yaml, generated from the one zod schema. */
import * as z from 'zod/mini';
import { Project } from './schema.js';

/** Said inside the committed file, so nobody edits it by hand: test/schema-file.test.ts fails when it is stale. */
export const GENERATED_NOTE =
  'Generated from src/model/schema.ts by `npm run schema` (roadmap schema); do not edit by hand: change the zod schema and regenerate.';

export function projectJsonSchema(): Record<string, unknown> {
  // io: 'input' so fields with defaults are optional, as they are when writing the file.
  const schema = z.toJSONSchema(Project, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    $comment: GENERATED_NOTE,
    ...schema,
    $id: 'https://roadmap.local/schema/roadmap.schema.json',
    title: 'Road Map Reformasi Birokrasi (roadmap.yaml)',
  };
}
