/**
 * A yaml Document of a plainly written roadmap.yaml built from its lines, without the yaml parser,
 * and only as deep as edits need: the block maps and lists on the given paths are filled in, with
 * the positions (`range`) and key values the yaml library would give them; everything else is a
 * placeholder that edits do not reach and patch-text.ts sees as unchanged. Building the whole
 * document of a large file with the yaml library costs seconds; this costs milliseconds, and lets
 * apply-edits.ts run its own edit and patch code on it unchanged.
 *
 * It reads only what it can be sure of. Where it is not (a value over several lines, a block
 * scalar that keeps its trailing lines, a comment where a block scalar might end, an unusual key,
 * a path into a flow collection), the node throws `OutlineUnsure` when the edit or the patch
 * touches it, and the caller edits the slow way. Ranges follow the yaml library: a scalar's range
 * ends after its text; a block collection's after the line break of its last written line.
 */
import { Document, Pair, parseDocument, Scalar, visit, YAMLMap, YAMLSeq, isMap, isSeq, type Node } from 'yaml';
import type { PathSegment } from '../../problem.js';
import { plainScalarValue } from '../read-plain.js';
import { findPair } from './yaml-keys.js';

/** The outline cannot tell what the yaml parser would say here. */
export class OutlineUnsure extends Error {}

const BLANK = 0;
const COMMENT = 1;
const CONTENT = 2;

interface Block {
  kind: 'map' | 'seq';
  /** Column of the keys, or of the dashes. */
  column: number;
  /** Offset of the first key, or of the first dash. */
  start: number;
  line: number;
}

/** What follows a line: the lines that belong to it (more indented), and the last written one. */
interface Region {
  /** First line after the region. */
  end: number;
  /** First line with content in the region, or -1. */
  first: number;
  /** The smallest indentation of a content line in the region (Infinity when none). */
  minIndent: number;
  /** Last line with content in the region, or -1. */
  last: number;
  /** A `#` line more indented than the owner after `last`: a comment, or a block scalar's line. */
  doubtfulTail: boolean;
}

/**
 * The outline of `text` with every block collection on `paths` filled in.
 * @throws OutlineUnsure when the text is not one the outline can read.
 */
export function outlineDocument(text: string, paths: readonly (readonly PathSegment[])[]): Document {
  const outline = new Outline(text);
  const document = new Document();
  document.contents = outline.root();
  for (const path of paths) outline.open(document.contents, path);
  return document;
}

class Outline {
  /** Per line: where it starts, its indentation, and whether it is blank, a comment or content. */
  private readonly starts: Int32Array;
  private readonly indents: Int32Array;
  private readonly kinds: Uint8Array;
  private readonly lineCount: number;
  /** Where a block scalar header that keeps its trailing lines (`|+`) may be, in text order. */
  private readonly keeps: number[];
  /** Collections not filled in yet. */
  private readonly closed = new Map<Node, Block>();
  /** Inline maps and lists not read yet, and where they start. */
  private readonly flows = new Map<Node, number>();
  /**
   * How to read each pair's value, by map, in the map's order. Most are never needed: no edit
   * goes through or after them.
   */
  private readonly later = new Map<YAMLMap, (() => Node)[]>();
  /** Plain keys as read: the same few words thousands of times. */
  private readonly keyValues = new Map<string, unknown>();

  constructor(private readonly text: string) {
    if (text.includes('\r')) throw new OutlineUnsure();
    let count = 1;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
    this.lineCount = count;
    this.starts = new Int32Array(count + 1);
    this.indents = new Int32Array(count);
    this.kinds = new Uint8Array(count);
    let at = 0;
    for (let line = 0; line < count; line++) {
      const newline = text.indexOf('\n', at);
      const end = newline === -1 ? text.length : newline;
      let i = at;
      while (i < end && text.charCodeAt(i) === 0x20) i++;
      this.starts[line] = at;
      this.indents[line] = i - at;
      this.kinds[line] = i === end ? BLANK : text.charCodeAt(i) === 0x23 ? COMMENT : CONTENT;
      at = end + 1;
    }
    // One past the end, so that the line after the last starts after the text's end.
    this.starts[count] = text.length + 1;
    this.keeps = [...text.matchAll(/[|>][0-9]*\+/g)].map((match) => match.index);
  }

  root(): YAMLMap {
    const first = this.kinds.indexOf(CONTENT);
    if (first === -1 || this.indents[first] !== 0 || this.isDash(first) || this.text.startsWith('---', this.starts[first])) throw new OutlineUnsure();
    const root = new YAMLMap();
    this.fillMap(root, { kind: 'map', column: 0, start: this.starts[first]!, line: first });
    return root;
  }

  /** Fills in the collections along `path`, as far as the file has them. */
  open(root: unknown, path: readonly PathSegment[]): void {
    let node = root;
    for (const segment of path) {
      this.fill(node);
      let child: unknown;
      let put: (value: Node) => void;
      if (isMap(node)) {
        const pair = findPair(node, segment);
        if (pair) this.readValue(node, pair);
        child = pair?.value;
        put = (value) => void (pair!.value = value);
      } else if (isSeq(node)) {
        const n = typeof segment === 'number' ? segment : /^-?\d+$/.test(segment) ? Number(segment) : NaN;
        const seq = node;
        const index = n < 0 ? seq.items.length + n : n;
        child = Number.isInteger(n) ? seq.items[index] : undefined;
        put = (value) => void (seq.items[index] = value);
      } else {
        return;
      }
      if (child === undefined) return;
      const flowStart = this.flows.get(child as Node);
      if (flowStart !== undefined) {
        child = this.readFlow(flowStart, child as Node);
        put(child as Node);
      }
      node = child;
    }
    this.fill(node);
  }

  /**
   * An inline map or list an edit goes into, read by the yaml library from its line alone (it
   * closes on that line, see read-plain.ts), with positions moved to the whole text's.
   */
  private readFlow(at: number, placeholder: Node): Node {
    this.flows.delete(placeholder);
    const line = this.text.slice(at, this.lineEnd(this.lineOf(at)));
    const document = parseDocument(line, { uniqueKeys: true });
    const node = document.contents;
    if (document.errors.length > 0 || !(isMap(node) || isSeq(node)) || !node.flow || !node.range) throw new OutlineUnsure();
    visit(node, {
      Node: (_key, inner) => {
        if (inner.range) inner.range = [inner.range[0] + at, inner.range[1] + at, inner.range[2] + at];
      },
    });
    return node;
  }

  private fill(node: unknown): void {
    if (!isMap(node) && !isSeq(node)) return;
    if (unsureNodes.has(node)) throw new OutlineUnsure();
    const block = this.closed.get(node);
    if (!block) return;
    this.closed.delete(node);
    if (block.kind === 'map') this.fillMap(node as YAMLMap, block);
    else this.fillSeq(node as YAMLSeq, block);
  }

  // --- collections ---

  /**
   * The pairs of a map, keys read, values left to read (see `later`) but for the last one, which
   * a new key is written after, and for all of a map of years, where a new year goes in order.
   */
  private fillMap(map: YAMLMap, block: Block): void {
    const c = block.column;
    let keyStart = block.start;
    let line = block.line;
    const reads: (() => Node)[] = [];
    for (;;) {
      const { pair, read, next } = this.readPair(keyStart, line, c);
      map.items.push(pair);
      reads.push(read);
      if (next >= this.lineCount || this.indents[next] !== c) break;
      if (this.isDash(next)) throw new OutlineUnsure();
      line = next;
      keyStart = this.starts[next]! + c;
    }
    this.later.set(map, reads);
    const pairs = map.items as Pair[];
    const years = pairs.every((pair) => /^\d{4}$/.test(String((pair.key as Scalar).value)));
    if (years) for (const pair of pairs) this.readValue(map, pair);
    else this.readValue(map, pairs.at(-1)!);
  }

  /** Reads the value of a pair of `map` read with its value left for later. */
  private readValue(map: YAMLMap, pair: Pair): void {
    if (pair.value !== UNREAD) return;
    const read = this.later.get(map)![map.items.indexOf(pair)]!;
    pair.value = read();
  }

  private fillSeq(seq: YAMLSeq, block: Block): void {
    const s = block.column;
    let line = block.line;
    for (;;) {
      const region = this.region(line, s, { sameColumnDash: false, blockScalar: false });
      seq.items.push(this.readItem(this.starts[line]! + s, line, s, region));
      const next = region.end;
      if (next >= this.lineCount || this.indents[next] !== s || !this.isDash(next)) return;
      line = next;
    }
  }

  private readPair(keyStart: number, line: number, c: number): { pair: Pair; read: () => Node; next: number } {
    const lineEnd = this.lineEnd(line);
    const { key, after } = this.readKey(keyStart, lineEnd);
    let at = after;
    while (at < lineEnd && this.text.charCodeAt(at) === 0x20) at++;
    const inline = at < lineEnd && !(this.text.charCodeAt(at) === 0x23 && at > after);
    const region = this.region(line, c, { sameColumnDash: !inline, blockScalar: inline && /[|>]/.test(this.text[at]!) });
    const read = () => (inline ? this.readInline(at, line, region) : this.readBelow(after, lineEnd, c, region));
    return { pair: new Pair(key, UNREAD), read, next: region.end };
  }

  /** A list item: `- value`, or `- key: value` opening a map at the column after the dash. */
  private readItem(dash: number, line: number, s: number, region: Region): Node {
    const lineEnd = this.lineEnd(line);
    let at = dash + 1;
    while (at < lineEnd && this.text.charCodeAt(at) === 0x20) at++;
    if (at === dash + 1 || at >= lineEnd || this.text.charCodeAt(at) === 0x23) return unsure(new YAMLMap());
    const ch = this.text[at]!;
    if (ch === '-' && (at + 1 === lineEnd || this.text[at + 1] === ' ')) return unsure(new YAMLSeq());
    if (this.looksLikeKey(at, lineEnd)) {
      const map = new YAMLMap();
      const column = at - this.starts[line]!;
      // Every line of the item belongs to its map: none between the dash and the keys' column.
      if (region.minIndent < column) throw new OutlineUnsure();
      this.setCollectionRange(map, at, region);
      this.closed.set(map, { kind: 'map', column, start: at, line });
      return map;
    }
    return this.readInline(at, line, region);
  }

  /** A value that starts on the key's line. */
  private readInline(at: number, line: number, region: Region): Node {
    const text = this.text;
    const lineEnd = this.lineEnd(line);
    const ch = text[at]!;
    if (ch === '{' || ch === '[') {
      const node = ch === '{' ? new YAMLMap() : new YAMLSeq();
      node.flow = true;
      // Only its line matters to the patch of something around it (it ends there); an edit
      // that goes into it reads it first (readFlow).
      node.range = [at, lineEnd, lineEnd];
      if (region.last !== -1) {
        unsureNodes.add(node);
        unsureRange(node);
      } else {
        this.flows.set(node, at);
      }
      return node;
    }
    if (ch === '|' || ch === '>') {
      const scalar = new Scalar(null);
      scalar.type = ch === '|' ? 'BLOCK_LITERAL' : 'BLOCK_FOLDED';
      unsureValue(scalar);
      const header = text.slice(at, lineEnd);
      if (/^.[0-9]*\+/.test(header) || region.last === -1) unsureRange(scalar);
      else scalar.range = [at, this.afterLine(region.last), this.afterLine(region.last)];
      return scalar;
    }
    const quoted = ch === '"' || ch === "'";
    const scalar = quoted ? this.readQuoted(at, lineEnd) : this.readPlain(at, lineEnd);
    // More lines (or a deeper comment) after a one-line value: a value over several lines. A
    // quoted text followed by anything but a comment is no value the outline knows.
    const rest = quoted && !unsureRanges.has(scalar) ? this.text.slice(scalar.range![1], lineEnd) : '';
    if (region.last !== -1 || region.doubtfulTail || !/^(?: +#.*)? *$/.test(rest)) {
      if (!unsureValues.has(scalar)) unsureValue(scalar);
      if (!unsureRanges.has(scalar)) unsureRange(scalar);
    }
    return scalar;
  }

  /** `key:` with nothing after it on the line: a map or list below, a text below, or null. */
  private readBelow(colonEnd: number, lineEnd: number, c: number, region: Region): Node {
    const first = region.first;
    if (first === -1) {
      const scalar = new Scalar(null);
      scalar.source = '';
      scalar.type = 'PLAIN';
      if (colonEnd === lineEnd) scalar.range = [colonEnd, colonEnd, colonEnd];
      else unsureRange(scalar);
      return scalar;
    }
    const column = this.indents[first]!;
    const start = this.starts[first]! + column;
    if (this.isDash(first)) {
      const seq = new YAMLSeq();
      this.setCollectionRange(seq, start, region);
      this.closed.set(seq, { kind: 'seq', column, start, line: first });
      return seq;
    }
    if (column > c && this.looksLikeKey(start, this.lineEnd(first))) {
      const map = new YAMLMap();
      this.setCollectionRange(map, start, region);
      this.closed.set(map, { kind: 'map', column, start, line: first });
      return map;
    }
    const scalar = new Scalar(null);
    unsureValue(scalar);
    unsureRange(scalar);
    return scalar;
  }

  // --- scalars and keys ---

  private readKey(at: number, lineEnd: number): { key: Scalar; after: number } {
    const text = this.text;
    const ch = text[at];
    let key: Scalar;
    let end: number;
    if (ch === '"' || ch === "'") {
      key = this.readQuoted(at, lineEnd);
      if (!key.range || unsureValues.has(key)) throw new OutlineUnsure();
      end = key.range[1];
    } else {
      const colon = this.keyColon(at, lineEnd);
      if (colon === -1) throw new OutlineUnsure();
      const source = text.slice(at, colon).trimEnd();
      const value = this.keyValue(source);
      key = new Scalar(value);
      key.source = source;
      key.type = 'PLAIN';
      end = at + source.length;
      key.range = [at, end, end];
    }
    let colon = end;
    while (colon < lineEnd && text.charCodeAt(colon) === 0x20) colon++;
    if (text[colon] !== ':' || !(colon + 1 === lineEnd || text[colon + 1] === ' ')) throw new OutlineUnsure();
    return { key, after: colon + 1 };
  }

  /** A plain key's value: a word or a whole number; anything else the outline leaves alone. */
  private keyValue(source: string): string | number {
    let value = this.keyValues.get(source);
    if (value === undefined) {
      if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(source)) value = plainScalarValue(source);
      else if (/^(?:0|[1-9][0-9]*)$/.test(source)) value = Number(source);
      this.keyValues.set(source, value);
    }
    if (typeof value !== 'string' && typeof value !== 'number') throw new OutlineUnsure();
    return value;
  }

  /** The colon ending a plain key on this line: followed by a space or the line's end. */
  private keyColon(at: number, lineEnd: number): number {
    for (let i = at; i < lineEnd; i++) {
      const c = this.text.charCodeAt(i);
      if (c === 0x3a && (i + 1 === lineEnd || this.text.charCodeAt(i + 1) === 0x20)) return i;
      if (c === 0x23 && i > at && this.text.charCodeAt(i - 1) === 0x20) return -1;
    }
    return -1;
  }

  private looksLikeKey(at: number, lineEnd: number): boolean {
    const ch = this.text[at];
    if (ch === '"' || ch === "'") {
      const quoted = this.readQuoted(at, lineEnd);
      if (!quoted.range || unsureRanges.has(quoted)) return false;
      let i = quoted.range[1];
      while (i < lineEnd && this.text.charCodeAt(i) === 0x20) i++;
      return this.text[i] === ':' && (i + 1 === lineEnd || this.text[i + 1] === ' ');
    }
    if (ch === '{' || ch === '[' || ch === '|' || ch === '>') return false;
    return this.keyColon(at, lineEnd) !== -1;
  }

  private readQuoted(at: number, lineEnd: number): Scalar {
    const text = this.text;
    const double = text[at] === '"';
    let escaped = false;
    let close = -1;
    for (let i = at + 1; i < lineEnd; i++) {
      const c = text[i];
      if (double && c === '\\') {
        escaped = true;
        i++;
      } else if (c === (double ? '"' : "'")) {
        if (!double && text[i + 1] === "'") {
          i++;
          continue;
        }
        close = i;
        break;
      }
    }
    const scalar = new Scalar<unknown>(null);
    scalar.type = double ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
    if (close === -1) {
      unsureValue(scalar);
      unsureRange(scalar);
      return scalar;
    }
    const inner = text.slice(at + 1, close);
    if (escaped) {
      unsureValue(scalar);
    } else {
      scalar.value = double ? inner : inner.replace(/''/g, "'");
      scalar.source = scalar.value as string;
    }
    scalar.range = [at, close + 1, close + 1];
    if (!/^ *(?:#.*|:.*)?$/.test(text.slice(close + 1, lineEnd))) {
      unsureValue(scalar);
      unsureRange(scalar);
    }
    return scalar;
  }

  private readPlain(at: number, lineEnd: number): Scalar {
    const text = this.text;
    const comment = text.slice(at, lineEnd).indexOf(' #');
    let end = comment === -1 ? lineEnd : at + comment;
    while (end > at && text.charCodeAt(end - 1) === 0x20) end--;
    const source = text.slice(at, end);
    const scalar = new Scalar(plainScalarValue(source));
    scalar.source = source;
    scalar.type = 'PLAIN';
    scalar.range = [at, end, end];
    if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(source) && !/^-[0-9.]/.test(source)) {
      unsureValue(scalar);
      unsureRange(scalar);
    }
    if (/: |:$/.test(source)) throw new OutlineUnsure();
    return scalar;
  }

  // --- lines ---

  /**
   * The lines after `line` that belong to something whose keys (or dashes) are at column `c`:
   * blank lines, comments, and lines indented deeper; with `sameColumnDash`, also list items at
   * column `c` (a list written under its key without indentation).
   */
  private region(line: number, c: number, options: { sameColumnDash: boolean; blockScalar: boolean }): Region {
    let first = -1;
    let last = -1;
    let minIndent = Infinity;
    let doubtfulTail = false;
    let j = line + 1;
    for (; j < this.lineCount; j++) {
      const kind = this.kinds[j];
      if (kind === BLANK) continue;
      const indent = this.indents[j]!;
      if (kind === COMMENT) {
        if (indent > c) {
          if (options.blockScalar) last = j;
          else doubtfulTail = true;
        }
        continue;
      }
      if (indent > c || (options.sameColumnDash && indent === c && this.isDash(j))) {
        if (first === -1) first = j;
        if (indent < minIndent) minIndent = indent;
        last = j;
        doubtfulTail = false;
        continue;
      }
      break;
    }
    return { end: j, first, last, minIndent, doubtfulTail };
  }

  /**
   * A block collection's range: from its first item to past its last written line. Not sure
   * when a `#` line follows that line (a block scalar's line, or a comment) or when a block
   * scalar in it keeps its trailing blank lines.
   */
  private setCollectionRange(node: YAMLMap | YAMLSeq, start: number, region: Region): void {
    const end = this.afterLine(region.last);
    node.range = region.doubtfulTail || this.keepsWithin(start, end) ? unsureEnd(start) : [start, end, end];
  }

  private keepsWithin(start: number, end: number): boolean {
    const keeps = this.keeps;
    let low = 0;
    let high = keeps.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (keeps[mid]! < start) low = mid + 1;
      else high = mid;
    }
    return low < keeps.length && keeps[low]! < end;
  }

  private lineOf(offset: number): number {
    let low = 0;
    let high = this.lineCount - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  private isDash(line: number): boolean {
    const at = this.starts[line]! + this.indents[line]!;
    return this.text.charCodeAt(at) === 0x2d && (at + 1 === this.lineEnd(line) || this.text.charCodeAt(at + 1) === 0x20);
  }

  private lineEnd(line: number): number {
    return this.starts[line + 1]! - 1;
  }

  /** Past the line break of `line` (the text's end when it has none). */
  private afterLine(line: number): number {
    return Math.min(this.starts[line + 1]!, this.text.length);
  }
}

// --- nodes the outline is not sure of ---

/**
 * The value of every pair whose value was not read: to the patch, an unchanged scalar; reading
 * its value or its range throws (it is never meant to be read).
 */
const UNREAD = new Scalar<unknown>(null);

const unsureNodes = new WeakSet<Node>();
const unsureValues = new WeakSet<Node>();
const unsureRanges = new WeakSet<Node>();

/** A collection that edits may not go into (a flow collection, a list item written oddly). */
function unsure<T extends Node>(node: T): T {
  unsureNodes.add(node);
  unsureRange(node);
  return node;
}

function unsureValue(scalar: Scalar<unknown>): void {
  unsureValues.add(scalar);
  throwing(scalar, 'value');
}

function unsureRange(node: Node): void {
  unsureRanges.add(node);
  throwing(node, 'range');
}

/** Reading the property throws OutlineUnsure; writing it (a clone, an edit) just sets it. */
function throwing(node: object, property: string): void {
  Object.defineProperty(node, property, {
    configurable: true,
    enumerable: true,
    get() {
      throw new OutlineUnsure();
    },
    set(value: unknown) {
      Object.defineProperty(this, property, { value, writable: true, enumerable: true, configurable: true });
    },
  });
}

/**
 * A range whose start is known (where the patch finds an item and its column) but not its end:
 * reading the end, or copying the range, throws OutlineUnsure.
 */
function unsureEnd(start: number): [number, number, number] {
  return new Proxy([start, start, start] as [number, number, number], {
    get(target, property, receiver) {
      if (property === '0') return start;
      if (typeof property === 'string' && property !== 'length') throw new OutlineUnsure();
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}

unsureValue(UNREAD);
unsureRange(UNREAD);
