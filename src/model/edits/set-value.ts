/**
 * `--set PATH=VALUE` and `--unset PATH` as edits: paths resolved against the project (ids looked
 * up before any edit), values read as YAML (`75`, `"075"`, `WTP`, `[BKPSDM, BAG-ORG]`).
 */
import { isNode, parseDocument, visit, type Node } from 'yaml';
import { UsageError, UserError } from '../../errors.js';
import { formatPath, type PathSegment } from '../problem.js';
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

/** Reads a `--set` value as YAML: a scalar or a flow list/map. */
export function parseValue(text: string, expression: string): Node {
  if (text.trim() === '') {
    throw new UsageError('E_SET_EMPTY', `--set ${expression}: nilainya kosong.`, {
      hint: 'Untuk menghapus isian pakai --unset JALUR; untuk teks kosong tulis \'""\'.',
    });
  }
  const doc = parseDocument(text);
  if (doc.errors.length > 0 || !isNode(doc.contents)) {
    throw new UsageError('E_SET_VALUE', `--set ${expression}: nilai "${text}" bukan nilai YAML yang sah.`, {
      hint: 'Apit teks yang memuat ":" atau "#" dengan tanda kutip, misalnya \'"Dinas: Kominfo"\'.',
    });
  }
  const node = doc.contents;
  // The node's positions belong to the value's text, not to the project file.
  visit(node, { Node: (_key, n) => void delete (n as { range?: unknown }).range });
  delete (node as { range?: unknown }).range;
  return node;
}

/** The edits a request asks for, checked against the project as it is now. */
export function planSetValues(data: unknown, request: SetRequest): { edits: Edit[]; changes: SetChange[] } {
  const edits: Edit[] = [];
  const changes: SetChange[] = [];
  for (const argument of request.set ?? []) {
    const { path: expression, value } = splitAssignment(argument);
    const resolved = resolveSetPath(data, parseSetPath(expression));
    const node = parseValue(value, argument);
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
