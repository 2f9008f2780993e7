/**
 * The Handlebars runtime alone (templates, helpers, SafeString, escaping), without the compiler:
 * what rendering needs, about half of what `import 'handlebars'` loads. Its type is the full
 * module's; the compiler's members exist only on compile-templates.ts's `handlebars` import.
 */
import type FullHandlebars from 'handlebars';
import runtime from 'handlebars/runtime.js';

export const HandlebarsRuntime = runtime as unknown as typeof FullHandlebars;
