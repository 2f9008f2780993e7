/**
 * Map keys of a parsed YAML document, read as text. A year may be written `2025:` (a number) or
 * `"2025":` (a string); a path names it "2025" either way, and so do messages.
 */
import { isPair, isScalar, type Pair, type YAMLMap } from 'yaml';
import type { PathSegment } from '../../problem.js';

/** The text of a key: `2025` and `"2025"` both give "2025". */
export function keyText(key: unknown): string {
  return String(isScalar(key) ? key.value : key);
}

/** The pair of `map` whose key reads as `segment`. */
export function findPair(map: YAMLMap, segment: PathSegment): Pair | undefined {
  const wanted = String(segment);
  return map.items.find((pair) => isPair(pair) && keyText(pair.key) === wanted) as Pair | undefined;
}
