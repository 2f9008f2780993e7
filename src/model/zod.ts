/**
 * zod as this program uses it: zod/mini, set up once. The schemas (schema.ts, render/settings.ts)
 * import `describe` from here, so the set-up has run before any of them is made. Each module
 * imports zod/mini as a namespace (`import * as z`), whose uses the bundler can see, so that it
 * leaves out the parts of zod we never call.
 *
 * zod/mini is zod's functional form (`z.optional(x)` for `x.optional()`): the same schemas,
 * checks, issues and JSON Schema, without the chained methods. A schema of the chained form
 * carries some 40 of them, each a new closure, and every command that reads a project made some
 * 300 schemas at start-up: 26 ms of `validate` on the example.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// zod's own messages in English, as the chained form sets them: ours are Indonesian
// (zod-issues.ts), and an issue we do not word keeps zod's sentence rather than "Invalid input".
z.config(en());
// zod writes a specialised parser for each object schema (new Function) the first time it parses
// one. A process reads a project once or twice, so that compile does not pay for itself:
// without it, `validate` on the example 176 -> 165 ms (median of 21 runs in turn); M and L
// builds and validations the same within noise (M build 789 / 796 ms, 21 runs).
z.config({ jitless: true });

/** `schema` with a description for the JSON Schema: a copy, registered as chained `.describe()` does. */
export function describe<T extends z.ZodMiniType>(schema: T, description: string): T {
  const copy = schema.clone();
  z.globalRegistry.add(copy, { description });
  return copy;
}
