/** The JSON Schema of roadmap.yaml, generated from the one zod schema. */
import { z } from 'zod';
import { Project } from './schema.js';

export function projectJsonSchema(): Record<string, unknown> {
  // io: 'input' so fields with defaults are optional, as they are when writing the file.
  const schema = z.toJSONSchema(Project, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://roadmap.local/schema/roadmap.schema.json',
    title: 'Road Map Reformasi Birokrasi (roadmap.yaml)',
  };
}
