/**
 * The fast way from a roadmap.yaml's text to its project: read plainly (read-plain.ts), then the
 * schema and the rules across fields. It answers only for a file with no problem at all, not even
 * a warning, because problems need positions, and positions need the slow read
 * (parse-project.ts), which then reports them exactly as it always has. Kept apart from
 * parse-project.ts so that a command that finds a clean file never loads the `yaml` library.
 */
import type { PathSegment } from '../problem.js';
import { checkProject } from './check-project.js';
import { readPlain } from './read-plain.js';
import { Project as ProjectSchema } from './schema.js';
import type { Project } from './types.js';
import { copyOnWrite } from './edits/edit-data.js';

export interface CleanProject {
  project: Project;
  /** The file's content as plain data, as the YAML reader gave it (before the schema's defaults). */
  data: unknown;
}

/**
 * The project of a file without a single problem; undefined when the slow read must decide.
 * `data`: the text already read by readPlain().
 */
export function readCleanProject(text: string, data: unknown = readPlain(text)): CleanProject | undefined {
  return data === undefined ? undefined : cleanProjectOf(data);
}

function cleanProjectOf(data: unknown): CleanProject | undefined {
  const result = ProjectSchema.safeParse(data);
  if (!result.success || checkProject(result.data).length > 0) return undefined;
  return { project: result.data, data };
}

/** A zod schema as far as the walk below looks into it. */
interface SchemaNode {
  _zod: {
    def: {
      type: string;
      innerType?: SchemaNode;
      shape?: Record<string, SchemaNode>;
      element?: SchemaNode;
      /** Rules on the value as a whole: `min_length`, or `custom` for a refine. */
      checks?: readonly { _zod: { def: { check: string } } }[];
    };
  };
  safeParse(data: unknown): { success: boolean; data?: unknown };
}

/** Rules on a list that only count its items: an edit inside an item cannot break them. */
const LENGTH_CHECKS: ReadonlySet<string> = new Set(['min_length', 'max_length', 'length_equals']);

/**
 * The project of `data`, which differs from the clean `before` only inside the given parts
 * (field paths whose content an edit replaced): `before.project` with just those parts validated
 * again, then the rules across fields (checkProject) on the whole. The schema checks a map's
 * fields and a list's items each on its own, so this is the project the whole schema gives, as
 * long as a part is widened to anything on its way that has a rule of its own: a map with a
 * refine (the period), a list with more than a length rule, a list whose item is new (its
 * length), a year map (the year's key). Undefined when the result has any problem, as
 * readCleanProject().
 */
export function readEditedProject(before: CleanProject, data: unknown, parts: readonly (readonly PathSegment[])[]): CleanProject | undefined {
  const wholes = parts.map((part) => validatedPart(before.data, part));
  if (wholes.some((whole) => whole === undefined || whole.path.length === 0)) return cleanProjectOf(data);
  const writable = copyOnWrite();
  const project = writable(before.project as object) as Record<string, unknown>;
  const seen = new Set<string>();
  for (const whole of wholes as { path: PathSegment[]; schema: SchemaNode }[]) {
    const key = JSON.stringify(whole.path);
    if (seen.has(key)) continue;
    seen.add(key);
    let source: unknown = data;
    for (const segment of whole.path) source = (source as Record<string, unknown> | undefined)?.[segment as string];
    if (source === undefined) return undefined;
    const result = whole.schema.safeParse(source);
    if (!result.success) return undefined;
    let node: Record<string, unknown> = project;
    for (const segment of whole.path.slice(0, -1)) {
      const child = node[segment as string];
      if (child === null || typeof child !== 'object') return undefined;
      node = node[segment as string] = writable(child) as Record<string, unknown>;
    }
    node[whole.path.at(-1) as string] = result.data;
  }
  if (checkProject(project as unknown as Project).length > 0) return undefined;
  return { project: project as unknown as Project, data };
}

/**
 * The part of the project to validate again for a change at `part`, and its schema (with the
 * wrappers its parent gives it: a default applies as in the whole); an empty path means the
 * whole project. Undefined when the path leaves the schema (an unknown key).
 */
function validatedPart(beforeData: unknown, part: readonly PathSegment[]): { path: PathSegment[]; schema: SchemaNode } | undefined {
  let schema = ProjectSchema as unknown as SchemaNode;
  let old: unknown = beforeData;
  const path: PathSegment[] = [];
  for (const segment of part) {
    const inner = unwrap(schema);
    const def = inner._zod.def;
    const checks = (def.checks ?? []).map((check) => check._zod.def.check);
    if (def.type === 'object' && def.shape && checks.length === 0) {
      const child = def.shape[String(segment)];
      if (!child) return undefined;
      schema = child;
    } else if (
      def.type === 'array' &&
      def.element &&
      checks.every((check) => LENGTH_CHECKS.has(check)) &&
      typeof segment === 'number' &&
      Array.isArray(old) &&
      segment >= 0 &&
      segment < old.length
    ) {
      schema = def.element;
    } else {
      // A year map, a new list item, a rule of its own, or anything else: validated whole.
      break;
    }
    path.push(segment);
    old = old !== null && typeof old === 'object' ? (old as Record<string, unknown>)[String(segment)] : undefined;
  }
  return { path, schema };
}

function unwrap(schema: SchemaNode): SchemaNode {
  let current = schema;
  for (;;) {
    const { type, innerType } = current._zod.def;
    if (['optional', 'default', 'nullable', 'prefault'].includes(type) && innerType) current = innerType;
    else return current;
  }
}
