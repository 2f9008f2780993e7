/** `roadmap schema`: the JSON Schema of roadmap.yaml on stdout. */
import { printJson } from '../answer.js';
import type { Io } from '../streams.js';

export async function schema(io: Io): Promise<void> {
  const { projectJsonSchema } = await import('../../model/json-schema.js');
  printJson(io, projectJsonSchema());
}
