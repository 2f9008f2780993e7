/**
 * Finds where a field path sits in a parsed YAML document, so every problem can say
 * file:line:column. Paths use the model's segments (`['opd', 3, 'kode']`); year keys match
 * numeric YAML keys (`2025:`) as well as quoted ones.
 */
import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { PathSegment } from '../problem.js';
import { findPair } from './yaml-text/yaml-keys.js';

export interface Location {
  line: number;
  column: number;
}

/**
 * The position of the deepest node on `path` that exists. With `key: true`, a path ending in a map
 * key points at the key itself (for unknown or misspelt keys) instead of its value.
 */
export function locate(
  doc: Document,
  counter: LineCounter,
  path: readonly PathSegment[],
  options: { key?: boolean } = {},
): Location | undefined {
  let node: unknown = doc.contents;
  let lastRange: [number, number, number] | undefined = rangeOf(node);
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const isLast = i === path.length - 1;
    if (isMap(node)) {
      const pair = findPair(node, segment);
      if (!pair) break;
      if (isLast && options.key) {
        lastRange = rangeOf(pair.key) ?? lastRange;
        break;
      }
      node = pair.value;
      // `key:` with no value: point at the key.
      lastRange = rangeOf(node) ?? rangeOf(pair.key) ?? lastRange;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      if (node === undefined) break;
      lastRange = rangeOf(node) ?? lastRange;
    } else {
      break;
    }
  }
  if (!lastRange) return undefined;
  const pos = counter.linePos(lastRange[0]);
  return { line: pos.line, column: pos.col };
}

/** The YAML node at exactly `path`, or undefined when the path does not reach one. */
export function nodeAtPath(doc: Document, path: readonly PathSegment[]): Node | undefined {
  let node: unknown = doc.contents;
  for (const segment of path) {
    if (isMap(node)) node = findPair(node, segment)?.value;
    else if (isSeq(node) && typeof segment === 'number') node = node.items[segment];
    else return undefined;
  }
  return (node ?? undefined) as Node | undefined;
}

/** What the user typed for the scalar at `path` (a number as written, not as rounded), if it is one. */
export function typedAt(doc: Document, text: string, path: readonly PathSegment[]): string | undefined {
  const node = nodeAtPath(doc, path);
  if (!isScalar(node) || !node.range) return undefined;
  return text.slice(node.range[0], node.range[1]);
}

function rangeOf(node: unknown): [number, number, number] | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? [range[0], range[1], range[2]] : undefined;
}
