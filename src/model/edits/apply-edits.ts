/**
 * Applies edits (set, delete, append at a field path) to the text of a roadmap.yaml and returns
 * the new text. Only what changed is rewritten: the other lines, with their comments, quotes and
 * spacing, stay byte for byte (see patch-text.ts). Pure; the caller validates and writes.
 *
 * A plainly written file whose content the caller already has is edited through an outline of
 * it (yaml-text/outline.ts) rather than its whole YAML document: the same edit and patch code on
 * a partial document, so the same text, in milliseconds instead of seconds for a large file. The
 * new text is read again and must hold exactly the edited content; anything the outline is not
 * sure of, or any difference, and the edits are made the slow way.
 */
import { isMap, isNode, isScalar, isSeq, parseDocument, Pair, Scalar, visit, YAMLMap, YAMLSeq, type Document, type Node } from 'yaml';
import { isDeepStrictEqual } from 'node:util';
import { UserError } from '../../errors.js';
import { formatPath, type PathSegment } from '../../problem.js';
import { readPlain, writtenPlainly } from '../read-plain.js';
import { outlineDocument, OutlineUnsure } from '../yaml-text/outline.js';
import { patchText, snapshotOf } from '../yaml-text/patch-text.js';
import { findPair, keyText } from '../yaml-text/yaml-keys.js';
import { stringifyLike } from '../yaml-text/yaml-style.js';
import { editedData, type DataEdit } from './edit-data.js';

/**
 * One change to the project file. `value` is plain data or a yaml node (a parsed `--set` value
 * keeps its quoting). Year keys are strings ("2026") and match `2026:` as well as `"2026":`.
 */
export type Edit =
  | { op: 'set'; path: readonly PathSegment[]; value: unknown }
  | { op: 'delete'; path: readonly PathSegment[] }
  | { op: 'append'; path: readonly PathSegment[]; value: unknown };

export interface AppliedEdits {
  text: string;
  /** The new text's content as plain data, when the edits were made through the outline. */
  data?: unknown;
  /**
   * 'preserved': only the changed lines differ. 'rewritten': the patch could not be made line by
   * line, so the whole file was written out again by the yaml library (content right, layout
   * normalised). Callers report the latter.
   */
  formatting: 'preserved' | 'rewritten';
  /** Edits that changed something (a set to the same value is not a change). */
  changed: number;
}

/**
 * Applies `edits` in order to `text`. `data`: the text's content as plain data (as read-plain.ts
 * or `document.toJS()` reads it), which allows the fast way. `plain`: `data` was read by
 * readPlain, so the text is known to be written plainly and is not scanned again.
 * @throws UserError E_EDIT_PATH when a path goes through a value that is not a map or a list.
 */
export function applyEdits(text: string, edits: readonly Edit[], options: { data?: unknown; plain?: boolean } = {}): AppliedEdits {
  if (options.data !== undefined) {
    const fast = applyThroughOutline(text, edits, options.data, options.plain ?? false);
    if (fast) return fast;
  }
  const document = parseDocument(text, { uniqueKeys: true });
  if (document.errors.length > 0) {
    throw new UserError('E_EDIT_YAML', `Berkas tidak dapat diubah karena sintaks YAML-nya salah: ${document.errors[0]!.message.split('\n')[0]}`);
  }
  const snapshot = snapshotOf(document);
  let changed = 0;
  for (const edit of edits) if (applyEdit(document, edit)) changed++;
  if (changed === 0) return { text, formatting: 'preserved', changed };

  const patched = patchText(text, document, snapshot);
  if (patched !== undefined && sameContent(patched, document)) {
    return { text: patched, formatting: 'preserved', changed };
  }
  return { text: stringifyLike(document, text), formatting: 'rewritten', changed };
}

/** The fast way (see the top of this file), or undefined when it cannot vouch for the result. */
function applyThroughOutline(text: string, edits: readonly Edit[], data: unknown, plain: boolean): AppliedEdits | undefined {
  const dataEdits = edits.filter((edit): edit is DataEdit => edit.op !== 'delete' && plainValue(edit.value));
  if (dataEdits.length !== edits.length || !(plain || writtenPlainly(text))) return undefined;
  try {
    const document = outlineDocument(text, edits.map((edit) => edit.path));
    const snapshot = snapshotOf(document);
    let changed = 0;
    for (const edit of edits) if (applyEdit(document, edit)) changed++;
    if (changed === 0) return { text, data, formatting: 'preserved', changed };
    const patched = patchText(text, document, snapshot);
    if (patched === undefined) return undefined;
    const expected = editedData(data, dataEdits);
    const read = readPlain(patched);
    if (expected === undefined || read === undefined || !isDeepStrictEqual(read, expected)) return undefined;
    return { text: patched, data: read, formatting: 'preserved', changed };
  } catch (error) {
    // Unsure, or a path the edit refuses: the slow way decides (and words the refusal).
    if (error instanceof OutlineUnsure || error instanceof UserError) return undefined;
    throw error;
  }
}

/** Data as YAML writes it back unchanged: texts, numbers, booleans, null, lists and maps of them. */
function plainValue(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return true;
  if (Array.isArray(value)) return value.every(plainValue);
  if (typeof value !== 'object' || isNode(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return (proto === Object.prototype || proto === null) && Object.values(value).every((v) => v !== undefined && plainValue(v));
}

function sameContent(text: string, document: Document): boolean {
  const reparsed = parseDocument(text, { uniqueKeys: true });
  return reparsed.errors.length === 0 && isDeepStrictEqual(reparsed.toJS(), document.toJS());
}

/** Applies one edit to the document in place; false when it changed nothing. */
export function applyEdit(document: Document, edit: Edit): boolean {
  const path = edit.path;
  if (path.length === 0) throw pathError(path, 'Jalur kosong.');
  if (edit.op === 'delete') {
    const parent = walk(document, path.slice(0, -1), false);
    if (!parent) return false;
    return removeChild(parent, path.at(-1)!);
  }
  if (edit.op === 'append') {
    const target = walk(document, path, true, 'seq');
    if (!isSeq(target)) throw pathError(path, 'Bukan daftar; tidak dapat menambah butir.');
    target.items.push(toNode(document, edit.value));
    return true;
  }
  const parent = walk(document, path.slice(0, -1), true, typeof path.at(-1) === 'number' ? 'seq' : 'map');
  return setChild(document, parent!, path.at(-1)!, edit.value, path);
}

/** The node at `path`, or undefined. */
export function nodeAt(document: Document, path: readonly PathSegment[]): Node | undefined {
  return walk(document, path, false);
}

/**
 * Follows `path` from the root. With `create`, missing maps (and a missing list at the end) are
 * added on the way; without it, a missing step gives undefined.
 */
function walk(document: Document, path: readonly PathSegment[], create: boolean, last: 'map' | 'seq' = 'map'): Node | undefined {
  let node = document.contents as Node | null;
  if (!node && create) {
    node = new YAMLMap();
    document.contents = node;
  }
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    let child = childOf(node, segment);
    if (child === undefined || (isScalar(child) && child.value === null)) {
      if (!create) return undefined;
      const nextIsIndex = i + 1 < path.length ? typeof path[i + 1] === 'number' : last === 'seq';
      const fresh = nextIsIndex ? new YAMLSeq() : new YAMLMap();
      setChild(document, node!, segment, fresh, path.slice(0, i + 1));
      child = fresh;
    }
    if (!isMap(child) && !isSeq(child)) {
      if (!create && i === path.length - 1) return child;
      throw pathError(path.slice(0, i + 1), 'Nilai di sini bukan kumpulan (peta atau daftar), jadi jalur tidak dapat diteruskan.');
    }
    node = child;
  }
  return node ?? undefined;
}

function childOf(node: unknown, segment: PathSegment): Node | undefined {
  if (isMap(node)) {
    const pair = findPair(node, segment);
    return pair ? ((pair.value as Node | null) ?? new Scalar(null)) : undefined;
  }
  if (isSeq(node)) {
    const index = seqIndex(node, segment);
    return index === undefined ? undefined : (node.items[index] as Node);
  }
  return undefined;
}

function seqIndex(seq: YAMLSeq, segment: PathSegment): number | undefined {
  const n = typeof segment === 'number' ? segment : /^-?\d+$/.test(segment) ? Number(segment) : NaN;
  if (!Number.isInteger(n)) return undefined;
  const index = n < 0 ? seq.items.length + n : n;
  return index >= 0 && index < seq.items.length ? index : undefined;
}

function setChild(document: Document, parent: Node, segment: PathSegment, value: unknown, path: readonly PathSegment[]): boolean {
  const node = toNode(document, value);
  if (isMap(parent)) {
    const pair = findPair(parent, segment);
    if (pair) {
      if (sameScalar(pair.value, node)) return false;
      pair.value = carryComments(pair.value, node);
      return true;
    }
    // A new year's map among maps written inline ({tahap: WBK}) is written inline too.
    if ((isMap(node) || isSeq(node)) && parent.items.length > 0 && parent.items.every((p) => (isMap(p.value) || isSeq(p.value)) && p.value.flow)) node.flow = true;
    const newPair = new Pair(keyNodeFor(parent, String(segment)), node);
    parent.items.splice(insertIndex(parent, String(segment)), 0, newPair);
    return true;
  }
  if (isSeq(parent)) {
    if (segment === parent.items.length) {
      parent.items.push(node);
      return true;
    }
    const index = seqIndex(parent, segment);
    if (index === undefined) throw pathError(path, `Daftar ini berisi ${parent.items.length} butir; nomor ${String(segment)} tidak ada.`);
    if (sameScalar(parent.items[index], node)) return false;
    parent.items[index] = carryComments(parent.items[index], node);
    return true;
  }
  throw pathError(path, 'Nilai di sini bukan kumpulan (peta atau daftar).');
}

function removeChild(parent: Node, segment: PathSegment): boolean {
  if (isMap(parent)) {
    const pair = findPair(parent, segment);
    if (!pair) return false;
    parent.items.splice(parent.items.indexOf(pair), 1);
    return true;
  }
  if (isSeq(parent)) {
    const index = seqIndex(parent, segment);
    if (index === undefined) return false;
    parent.items.splice(index, 1);
    return true;
  }
  return false;
}

const YEAR = /^\d{4}$/;

/** A year key is written as the map's other year keys are (`2026:` unless they are quoted). */
function keyNodeFor(map: YAMLMap, key: string): Scalar {
  if (YEAR.test(key)) {
    const quoted = map.items.some((p) => isScalar(p.key) && typeof p.key.value === 'string' && YEAR.test(p.key.value));
    return new Scalar(quoted ? key : Number(key));
  }
  return new Scalar(key);
}

/** Year keys go in year order when the map holds only years; anything else goes last. */
function insertIndex(map: YAMLMap, key: string): number {
  if (!YEAR.test(key)) return map.items.length;
  const keys = map.items.map((p) => keyText(p.key));
  if (!keys.every((k) => YEAR.test(k))) return map.items.length;
  const at = keys.findIndex((k) => Number(k) > Number(key));
  return at === -1 ? keys.length : at;
}

function toNode(document: Document, value: unknown): Node {
  if (isNode(value)) return value;
  const node = document.createNode(value) as Node;
  // Dates stay quoted ("2025-03-17"), as YAML 1.1 readers would take them for timestamps.
  visit(node, {
    Scalar: (_key, scalar) => {
      if (typeof scalar.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(scalar.value)) scalar.type = 'QUOTE_DOUBLE';
    },
  });
  return node;
}

function sameScalar(old: unknown, node: Node): boolean {
  return isScalar(old) && isScalar(node) && old.value === node.value && old.value !== null;
}

/** Keeps the comment and blank line around a replaced value, and the quoting of a replaced text. */
function carryComments(old: unknown, node: Node): Node {
  if (!isNode(old)) return node;
  if (old.commentBefore && !node.commentBefore) node.commentBefore = old.commentBefore;
  if (old.comment && !node.comment) node.comment = old.comment;
  if (old.spaceBefore) node.spaceBefore = true;
  // A list or map written inline ({ tahun: 2024, nilai: 70 }) stays inline.
  if ((isMap(old) || isSeq(old)) && old.flow && (isMap(node) || isSeq(node))) node.flow = true;
  if (isScalar(old) && isScalar(node) && typeof old.value === 'string' && typeof node.value === 'string' && !node.type) {
    if (old.type === 'QUOTE_DOUBLE' || old.type === 'QUOTE_SINGLE') node.type = old.type;
  }
  return node;
}

function pathError(path: readonly PathSegment[], message: string): UserError {
  return new UserError('E_EDIT_PATH', `${formatPath(path) || '(akar)'}: ${message}`);
}
