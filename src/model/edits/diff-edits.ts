/**
 * The smallest list of edits that turns `before` into `after` at `path`, so applyEdits rewrites
 * only the lines that changed and every comment elsewhere stays. Maps merge: a key missing
 * from `after` is left alone, a key set to `undefined` is deleted. Lists whose items keep their
 * identity (same `id`/`kode`, same order and length) are compared item by item; any other
 * change replaces the list. Pure.
 */
import { isDeepStrictEqual } from 'node:util';
import type { PathSegment } from '../../problem.js';
import type { Edit } from './apply-edits.js';

/**
 * @example
 * diffEdits(['pemerintah'], { nama: 'A', jenis: 'kota' }, { nama: 'B' })
 * //=> [{ op: 'set', path: ['pemerintah', 'nama'], value: 'B' }]
 */
export function diffEdits(path: readonly PathSegment[], before: unknown, after: unknown): Edit[] {
  if (after === undefined) return before === undefined ? [] : [{ op: 'delete', path }];
  if (before === undefined || before === null) return [{ op: 'set', path, value: after }];
  if (isPlainObject(after) && isPlainObject(before)) {
    return Object.entries(after).flatMap(([key, value]) => diffEdits([...path, key], before[key], value));
  }
  if (Array.isArray(after) && Array.isArray(before)) {
    if (isDeepStrictEqual(before, after)) return [];
    if (before.length === after.length && after.every((item, i) => sameIdentity(before[i], item))) {
      return after.flatMap((item, i) => diffEdits([...path, i], before[i], item));
    }
    return [{ op: 'set', path, value: after }];
  }
  return isDeepStrictEqual(before, after) ? [] : [{ op: 'set', path, value: after }];
}

function sameIdentity(a: unknown, b: unknown): boolean {
  if (!isPlainObject(a) || !isPlainObject(b)) return !isPlainObject(a) && !isPlainObject(b) && !Array.isArray(a) && !Array.isArray(b);
  for (const key of ['id', 'kode', 'tema']) {
    if (key in b || key in a) return a[key] === b[key];
  }
  return true;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
