/**
 * `--set PATH=VALUE` and `--unset PATH` as edits: paths resolved against the project (ids looked
 * up before any edit), values read by what the field holds. A text field takes the value exactly
 * as typed (`H. Ahmad #2`, `Dinas: Kominfo`, `197103141996032001`, `yes`); a number field reads
 * it as a number; anything else (lists, maps, choices) is read as YAML (`[BKPSDM, BAG-ORG]`).
 * A value in quotes (`"075"`) is always the text inside them. Texts are written quoted whenever
 * a YAML reader would take them for something else, so they read back exactly.
 */
import { isNode, isScalar, parseDocument, Scalar, visit, type Node } from 'yaml';
import { UsageError, UserError } from '../../errors.js';
import { formatPath, type PathSegment } from '../../problem.js';
import { Project as ProjectSchema } from '../schema.js';
import { schemaAt } from '../zod-issues.js';
import { applyEdits, type AppliedEdits, type Edit } from './apply-edits.js';
import { parseSetPath, resolveSetPath, splitAssignment } from './set-path.js';

export interface SetRequest {
  /** `PATH=VALUE` arguments, in order. */
  set?: readonly string[];
  /** `PATH` arguments. */
  unset?: readonly string[];
}

export interface SetChange {
  op: 'set' | 'unset' | 'append';
  /** The argument as given. */
  expression: string;
  /** The resolved field path, e.g. `sasaran[0].indikator[2].target.2026`. */
  path: string;
  before: unknown;
  after: unknown;
}

export interface SetResult extends AppliedEdits {
  changes: SetChange[];
}

/**
 * What a field takes, from the schema: `text` (a string), `number`, `nilai` (a number or a text,
 * as targets are), or `other` (lists, maps, choices, and paths the schema does not know).
 */
export type FieldKind = 'text' | 'number' | 'nilai' | 'other';

/** Just the part of a zod schema's definition that says what it holds. */
interface SchemaNode {
  _zod: { def: { type: string; innerType?: SchemaNode; in?: SchemaNode; options?: readonly SchemaNode[] } };
}

/** The kind of value the project schema takes at a field path. */
export function fieldKind(path: readonly PathSegment[]): FieldKind {
  const schema = schemaAt(ProjectSchema, path) as SchemaNode | undefined;
  if (!schema) return 'other';
  const def = unwrap(schema)._zod.def;
  if (def.type === 'string') return 'text';
  if (def.type === 'number') return 'number';
  const types = new Set(def.type === 'union' ? (def.options ?? []).map((o) => unwrap(o)._zod.def.type) : []);
  return types.size === 2 && types.has('string') && types.has('number') ? 'nilai' : 'other';
}

/** Looks through optional, default and pipe wrappers (a text field is `string` + trim + checks). */
function unwrap(schema: SchemaNode): SchemaNode {
  let current = schema;
  for (;;) {
    const { type, innerType, in: input } = current._zod.def;
    if (['optional', 'default', 'nullable', 'prefault'].includes(type) && innerType) current = innerType;
    else if (type === 'pipe' && input) current = input;
    else return current;
  }
}

/** A plain decimal that reads back as written: no 18-digit NIP, no leading zero ("013"). */
const EXACT_NUMBER = /^[-+]?(0|[1-9]\d{0,14})(\.\d+)?$/;

/**
 * Reads a `--set` value for a field of `kind` (see the module comment).
 * @example
 * parseValue('H. Ahmad #2', 'nama=H. Ahmad #2', 'text').toJSON() //=> 'H. Ahmad #2'
 * parseValue('75', 'target.2026=75', 'nilai').toJSON()          //=> 75
 * parseValue('"075"', 'nomor="075"', 'text').toJSON()           //=> '075'
 * parseValue('[A, B]', 'pelaksana=[A, B]', 'other').toJSON()    //=> ['A', 'B']
 */
export function parseValue(text: string, expression: string, kind: FieldKind = 'other'): Node {
  if (text.trim() === '') {
    throw new UsageError('E_SET_EMPTY', `--set ${expression}: nilainya kosong.`, {
      hint: 'Untuk menghapus isian pakai --unset JALUR; untuk teks kosong tulis \'""\'.',
    });
  }
  const quoted = wholeQuoted(text.trim());
  if (quoted) return quoted;
  if (kind === 'text') return literal(text);
  if ((kind === 'nilai' || kind === 'number') && EXACT_NUMBER.test(text.trim())) return yamlNode(text.trim(), expression);
  if (kind === 'nilai') return literal(text);
  const doc = parseDocument(text);
  if (doc.errors.length > 0 || !isNode(doc.contents)) {
    throw new UsageError('E_SET_VALUE', `--set ${expression}: nilai "${text}" bukan nilai YAML yang sah.`, {
      hint: 'Apit teks yang memuat ":" atau "#" dengan tanda kutip, misalnya \'"Dinas: Kominfo"\'.',
    });
  }
  // A value YAML would cut short (`turun # x` loses " # x") is kept whole, for validation to judge.
  return hasComment(doc) ? literal(text) : yamlNode(text, expression);
}

/** The value as YAML, without positions (they belong to the value's text, not to the file). */
function yamlNode(text: string, expression: string): Node {
  const doc = parseDocument(text);
  if (doc.errors.length > 0 || !isNode(doc.contents)) throw new UsageError('E_SET_VALUE', `--set ${expression}: nilai "${text}" bukan nilai YAML yang sah.`);
  const node = doc.contents;
  visit(node, { Node: (_key, n) => void delete (n as { range?: unknown }).range });
  delete (node as { range?: unknown }).range;
  return node;
}

/** `"…"` or `'…'` and nothing else: the text inside the quotes. */
function wholeQuoted(text: string): Node | undefined {
  if (!/^["']/.test(text)) return undefined;
  const doc = parseDocument(text);
  const node = doc.contents;
  if (doc.errors.length > 0 || !isScalar(node) || typeof node.value !== 'string' || hasComment(doc)) return undefined;
  if (node.type !== 'QUOTE_DOUBLE' && node.type !== 'QUOTE_SINGLE') return undefined;
  delete (node as { range?: unknown }).range;
  return node;
}

function hasComment(doc: ReturnType<typeof parseDocument>): boolean {
  let found = Boolean(doc.comment || doc.commentBefore);
  visit(doc, {
    Node: (_key, n) => {
      if (n.comment || n.commentBefore) found = true;
    },
  });
  return found;
}

/**
 * The text as typed. Quoted when a YAML 1.1 reader (older editors and tools) would read it as
 * something else: `yes`, `no`, `on`, `off`, a date, `1:20`. The yaml library already quotes what
 * YAML 1.2 would misread (`null`, `~`, `013`, `H. Ahmad #2`, spaces at the ends) when it writes.
 */
function literal(text: string): Scalar {
  const node = new Scalar(text);
  const as11 = parseDocument(text, { version: '1.1' }).contents;
  const plainEverywhere = isScalar(as11) && as11.value === text && as11.type === 'PLAIN';
  if (!plainEverywhere) node.type = 'QUOTE_DOUBLE';
  return node;
}

/** The edits a request asks for, checked against the project as it is now. */
export function planSetValues(data: unknown, request: SetRequest): { edits: Edit[]; changes: SetChange[] } {
  const edits: Edit[] = [];
  const changes: SetChange[] = [];
  for (const argument of request.set ?? []) {
    const { path: expression, value } = splitAssignment(argument);
    const resolved = resolveSetPath(data, parseSetPath(expression));
    // An appended value is an item of the list at the path.
    const node = parseValue(value, argument, fieldKind(resolved.append ? [...resolved.path, 0] : resolved.path));
    const after = node.toJSON();
    if (resolved.append) {
      edits.push({ op: 'append', path: resolved.path, value: node });
      changes.push({ op: 'append', expression: argument, path: `${formatPath(resolved.path)}[+]`, before: undefined, after });
    } else {
      edits.push({ op: 'set', path: resolved.path, value: node });
      changes.push({ op: 'set', expression: argument, path: formatPath(resolved.path), before: valueAt(data, resolved.path), after });
    }
  }
  for (const expression of request.unset ?? []) {
    const resolved = resolveSetPath(data, parseSetPath(expression));
    if (resolved.append) throw new UsageError('E_SET_PATH', `--unset ${expression}: [+] tidak berlaku untuk --unset.`);
    const before = valueAt(data, resolved.path);
    if (before === undefined) {
      throw new UserError('E_UNSET_MISSING', `--unset ${expression}: ${formatPath(resolved.path)} tidak ada di berkas.`);
    }
    edits.push({ op: 'delete', path: resolved.path });
    changes.push({ op: 'unset', expression, path: formatPath(resolved.path), before, after: undefined });
  }
  return { edits, changes };
}

/** Applies a request to the text of a project file. */
export function setValues(text: string, request: SetRequest): SetResult {
  const data = parseDocument(text).toJS();
  const { edits, changes } = planSetValues(data, request);
  const applied = applyEdits(text, edits);
  const changed = changes.filter((c) => c.op !== 'set' || !sameValue(c.before, c.after));
  return { ...applied, changes: changed };
}

/** The value at a field path in plain data (year keys match numbers and strings alike). */
export function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let current: unknown = data;
  for (const segment of path) {
    if (Array.isArray(current)) {
      const n = Number(segment);
      current = current[n < 0 ? current.length + n : n];
    } else if (current && typeof current === 'object') {
      current = (current as Record<string, unknown>)[String(segment)];
    } else {
      return undefined;
    }
  }
  return current;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
