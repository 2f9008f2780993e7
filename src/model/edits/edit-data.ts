/**
 * The same edits as apply-edits.ts, made on plain data instead of the YAML document: what the
 * file must read as once edited. The fast edit checks its text against this. Only the containers
 * on an edit's path are copied; the data given are not changed.
 */
import type { PathSegment } from '../../problem.js';

/** A set (`value` at `path`) or an append (`value` at the end of the list at `path`). */
export interface DataEdit {
  op: 'set' | 'append';
  path: readonly PathSegment[];
  value: unknown;
}

/**
 * Copy-on-write for building a changed copy of shared data: `writable(x)` gives a shallow copy of
 * `x` the first time, and that same copy after, so the original is never changed.
 */
export function copyOnWrite(): <T extends object>(value: T) => T {
  const own = new WeakSet<object>();
  return <T extends object>(value: T): T => {
    if (own.has(value)) return value;
    const copy = (Array.isArray(value) ? [...value] : { ...value }) as T;
    own.add(copy);
    return copy;
  };
}

/** `data` with `edits` made, or undefined when an edit does not fit the data's shape. */
export function editedData(data: unknown, edits: readonly DataEdit[]): unknown {
  /** A container of the result that may be changed: copied once from the original. */
  const writable = copyOnWrite();
  let root: unknown = data === null || data === undefined ? {} : data;
  if (typeof root !== 'object') return undefined;
  root = writable(root as object);
  for (const edit of edits) {
    const path = edit.path;
    if (path.length === 0) return undefined;
    const target = edit.op === 'append' ? path : path.slice(0, -1);
    const lastKind = edit.op === 'append' || typeof path.at(-1) === 'number' ? 'list' : 'map';
    let node = root as Record<string, unknown> | unknown[];
    for (let i = 0; i < target.length; i++) {
      const nextKind = i + 1 < target.length ? (typeof target[i + 1] === 'number' ? 'list' : 'map') : lastKind;
      const key = slot(node, target[i]!);
      if (key === undefined) {
        if (!Array.isArray(node)) return undefined;
        if (target[i] !== node.length) return undefined;
      }
      const at = key ?? String(node.length);
      const child = (node as Record<string, unknown>)[at];
      let next: unknown;
      if (child === undefined || child === null) next = nextKind === 'list' ? [] : {};
      else if (typeof child === 'object') next = writable(child);
      else return undefined;
      if (Array.isArray(node) && key === undefined) node.push(next);
      else (node as Record<string, unknown>)[at] = next;
      node = next as Record<string, unknown> | unknown[];
    }
    const value = structuredClone(edit.value);
    if (edit.op === 'append') {
      if (!Array.isArray(node)) return undefined;
      node.push(value);
      continue;
    }
    const last = path.at(-1)!;
    if (Array.isArray(node)) {
      if (last === node.length) {
        node.push(value);
        continue;
      }
      const key = slot(node, last);
      if (key === undefined) return undefined;
      node[Number(key)] = value;
    } else {
      node[String(last)] = value;
    }
  }
  return root;
}

/** The key of `segment` in a map, or its index (as a key) in a list; undefined when out of range. */
function slot(node: Record<string, unknown> | unknown[], segment: PathSegment): string | undefined {
  if (!Array.isArray(node)) return String(segment);
  const n = typeof segment === 'number' ? segment : /^-?\d+$/.test(segment) ? Number(segment) : NaN;
  if (!Number.isInteger(n)) return undefined;
  const index = n < 0 ? node.length + n : n;
  return index >= 0 && index < node.length ? String(index) : undefined;
}
