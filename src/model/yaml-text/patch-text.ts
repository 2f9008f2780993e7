/**
 * Turns an edited yaml Document back into text by patching the original text only where the
 * document changed, so untouched lines (comments, quoting, spacing, folded text) stay as written.
 * Nodes that came from the original parse keep their `range`; the snapshot remembers which nodes
 * and which items were there, so a removed item, a new item or a replaced value can be told apart.
 * When a change cannot be patched safely this answers undefined and the caller writes the whole
 * document instead.
 */
import { Document, isMap, isNode, isPair, isScalar, isSeq, Pair, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';
import { detectStyle, toStringOptions, type YamlStyle } from './yaml-style.js';

type Item = Pair | Node;
type Collection = YAMLMap | YAMLSeq;

export interface Snapshot {
  items: Map<Collection, Item[]>;
  values: Map<Pair, unknown>;
  originals: Set<unknown>;
}

/** Records the structure of a freshly parsed document, before any edit. */
export function snapshotOf(document: Document): Snapshot {
  const snapshot: Snapshot = { items: new Map(), values: new Map(), originals: new Set() };
  const visit = (node: unknown) => {
    if (!isNode(node)) return;
    snapshot.originals.add(node);
    if (isMap(node) || isSeq(node)) {
      snapshot.items.set(node, [...node.items] as Item[]);
      for (const item of node.items) {
        if (isPair(item)) {
          snapshot.originals.add(item);
          snapshot.values.set(item, item.value);
          visit(item.value);
        } else {
          visit(item);
        }
      }
    }
  };
  visit(document.contents);
  return snapshot;
}

interface Patch {
  start: number;
  end: number;
  text: string;
}

class Unpatchable extends Error {}

/** The original text with the document's changes patched in, or undefined when that is not safe. */
export function patchText(text: string, document: Document, snapshot: Snapshot): string | undefined {
  const patcher = new Patcher(text, snapshot, detectStyle(text));
  try {
    const root = document.contents;
    if (!isMap(root) || root.flow || !snapshot.originals.has(root)) throw new Unpatchable();
    patcher.visitBlock(root, () => {
      throw new Unpatchable();
    });
    return patcher.result();
  } catch (error) {
    if (error instanceof Unpatchable) return undefined;
    throw error;
  }
}

class Patcher {
  private readonly patches: Patch[] = [];
  constructor(
    private readonly text: string,
    private readonly snapshot: Snapshot,
    private readonly style: YamlStyle,
  ) {}

  result(): string {
    // In text order; an insertion at the start of a deletion goes before it. Built as pieces,
    // since slicing a large file once per patch would copy it thousands of times.
    const sorted = [...this.patches].sort((a, b) => a.start - b.start || a.end - b.end);
    const pieces: string[] = [];
    let at = 0;
    for (const patch of sorted) {
      if (patch.start < at) throw new Unpatchable();
      pieces.push(this.text.slice(at, patch.start), patch.text);
      at = patch.end;
    }
    pieces.push(this.text.slice(at));
    return pieces.join('');
  }

  private isOriginal(item: unknown): boolean {
    return this.snapshot.originals.has(item);
  }

  /** Visits a collection that came from the text; `replaceWhole` rewrites it from its parent. */
  visitNode(node: Node, replaceWhole: () => void): void {
    if (!isMap(node) && !isSeq(node)) return;
    if (node.flow) {
      if (this.changedWithin(node)) this.replaceFlow(node);
      return;
    }
    this.visitBlock(node, replaceWhole);
  }

  visitBlock(node: Collection, replaceWhole: () => void): void {
    const before = this.snapshot.items.get(node) ?? [];
    const after = node.items as Item[];
    const kept = after.filter((item) => this.isOriginal(item));
    if (after.length === 0 || kept.length === 0) {
      if (this.changedWithin(node)) replaceWhole();
      return;
    }
    const column = this.columnOf(kept[0]!);

    // 1. Items that are gone (none, usually: every item before is still there, in order).
    if (!inOrderWithin(before, after)) {
      const present = new Set<Item>(after);
      for (const item of before) {
        if (present.has(item)) continue;
        this.patches.push(this.deletion(item, before));
      }
    }

    // 2. Items that stayed: a replaced value, or changes further down.
    for (const item of kept) {
      if (isPair(item)) {
        const old = this.snapshot.values.get(item);
        if (old !== item.value) this.replacePairValue(item, old, column);
        else if (isNode(item.value)) this.visitNode(item.value, () => this.replacePairWhole(item, old, column));
      } else if (isNode(item)) {
        this.visitNode(item, () => this.replaceItemWhole(item, column));
      }
    }

    // 3. New items, in runs anchored on the original item before them (or after them).
    let run: Item[] = [];
    let anchorBefore: Item | undefined;
    const flush = (next: Item | undefined) => {
      if (run.length === 0) return;
      const rendered = this.renderBlockItems(node, run);
      if (anchorBefore) {
        this.insertAt(this.itemEnd(anchorBefore), rendered, column, true);
      } else {
        const start = this.itemStart(next!);
        if (this.onlySpaceBefore(start)) this.insertAt(this.lineStart(start), rendered, column, true);
        else this.insertAt(start, rendered, column, false);
      }
      run = [];
    };
    for (const item of after) {
      if (this.isOriginal(item)) {
        flush(item);
        anchorBefore = item;
      } else {
        run.push(item);
      }
    }
    flush(undefined);
  }

  /** Whether anything at or below this collection differs from the snapshot. */
  private changedWithin(node: unknown): boolean {
    if (!isMap(node) && !isSeq(node)) return !this.isOriginal(node);
    const before = this.snapshot.items.get(node);
    if (!before || before.length !== node.items.length) return true;
    return node.items.some((item, i) => {
      if (item !== before[i]) return true;
      if (isPair(item)) return this.snapshot.values.get(item) !== item.value || this.changedWithin(item.value);
      return this.changedWithin(item);
    });
  }

  // --- replacing ---

  private replacePairValue(pair: Pair, old: unknown, column: number): void {
    const value = pair.value;
    const inline = isScalar(value) ? this.inlineScalar(value) : undefined;
    if (inline !== undefined && isScalar(old) && old.range && !isBlockScalar(old)) {
      const [start, end] = old.range;
      this.patches.push({ start, end, text: start === end ? ` ${inline}` : inline });
      return;
    }
    this.replacePairWhole(pair, old, column);
  }

  private replacePairWhole(pair: Pair, old: unknown, column: number): void {
    const start = this.itemStart(pair);
    const end = this.endOf(pair.key, old);
    const rendered = this.render(mapOf([bare(pair)]));
    this.patches.push({ start, end, text: this.indentLines(rendered, column, false) });
  }

  private replaceItemWhole(item: Node, column: number): void {
    const start = this.itemStart(item);
    const end = this.endOf(undefined, item);
    const rendered = this.render(seqOf([bareNode(item)]));
    this.patches.push({ start, end, text: this.indentLines(rendered, column, false) });
  }

  private replaceFlow(node: Collection): void {
    const range = node.range;
    if (!range) throw new Unpatchable();
    const padded = this.text[range[0] + 1] === ' ';
    const copy = node.clone() as Collection;
    copy.flow = true;
    delete copy.comment;
    delete copy.commentBefore;
    const doc = new Document();
    doc.contents = copy;
    const rendered = doc.toString({ ...toStringOptions(this.style), flowCollectionPadding: padded }).replace(/\n$/, '');
    if (rendered.includes('\n')) throw new Unpatchable();
    this.patches.push({ start: range[0], end: range[1], text: rendered });
  }

  /** A scalar's text on one line as it would follow "key: ", or undefined. */
  private inlineScalar(value: Scalar): string | undefined {
    const rendered = this.render(mapOf([new Pair(new Scalar('k'), bareNode(value))]));
    const match = /^k: (.*)\n$/.exec(rendered);
    return match && !match[1]!.includes('\n') ? match[1] : undefined;
  }

  // --- deleting and inserting ---

  private deletion(item: Item, siblings: readonly Item[]): Patch {
    const start = this.itemStart(item);
    const end = isPair(item) ? this.endOf(item.key, this.snapshot.values.get(item)) : this.endOf(undefined, item);
    if (this.onlySpaceBefore(start)) {
      return { start: this.withCommentsAbove(this.lineStart(start), this.columnAt(start)), end, text: '' };
    }
    // The first key of a list item ("- kode: X"): the next key moves up behind the dash.
    const next = siblings[siblings.indexOf(item) + 1];
    if (!next) throw new Unpatchable();
    return { start, end: this.itemStart(next), text: '' };
  }

  /** Own-line comments right above a deleted item go with it. */
  private withCommentsAbove(lineStart: number, column: number): number {
    let start = lineStart;
    while (start > 0) {
      const previous = this.lineStart(start - 1);
      const line = this.text.slice(previous, start - 1);
      if (!/^\s*#/.test(line) || line.length - line.trimStart().length !== column) break;
      start = previous;
    }
    return start;
  }

  private insertAt(position: number, rendered: string, column: number, prefixFirst: boolean): void {
    let text = this.indentLines(rendered, column, prefixFirst);
    if (!prefixFirst) text += ' '.repeat(column);
    if (position === this.text.length && this.text.length > 0 && !this.text.endsWith('\n')) text = `\n${text}`;
    this.patches.push({ start: position, end: position, text });
  }

  private renderBlockItems(node: Collection, items: Item[]): string {
    if (isMap(node)) return this.render(mapOf(items.map((i) => bare(i as Pair))));
    return this.render(seqOf(items.map((i) => bareNode(i as Node))));
  }

  private render(node: Collection): string {
    // One document for every piece: making one (and its schema) per piece costs more than the
    // writing, and writing changes nothing in it.
    this.renderer ??= new Document();
    this.renderer.contents = node;
    return this.renderer.toString(toStringOptions(this.style));
  }

  private renderer: Document | undefined;

  /** Indents every line but (unless asked) the first, which lands where the old text began. */
  private indentLines(rendered: string, column: number, prefixFirst: boolean): string {
    const pad = ' '.repeat(column);
    const lines = rendered.replace(/\n$/, '').split('\n');
    return `${lines.map((line, i) => (line === '' || (i === 0 && !prefixFirst) ? line : pad + line)).join('\n')}\n`;
  }

  // --- positions ---

  private itemStart(item: Item): number {
    if (isPair(item)) {
      const range = (item.key as Node | null)?.range;
      if (!range) throw new Unpatchable();
      return range[0];
    }
    const range = (item as Node).range;
    if (!range) throw new Unpatchable();
    // Back to the "-" that opens the list item.
    let i = range[0] - 1;
    while (i >= 0 && (this.text[i] === ' ' || this.text[i] === '\t')) i--;
    if (this.text[i] !== '-') throw new Unpatchable();
    return i;
  }

  /** The end of an item's last line (after its newline and any comment on that line). */
  private endOf(key: unknown, value: unknown): number {
    const range = (isNode(value) ? value.range : undefined) ?? (isNode(key) ? key.range : undefined);
    if (!range) throw new Unpatchable();
    const end = range[1];
    if (end > 0 && this.text[end - 1] === '\n') return end;
    const newline = this.text.indexOf('\n', end);
    return newline === -1 ? this.text.length : newline + 1;
  }

  private itemEnd(item: Item): number {
    // A pair whose value was replaced still ends where its old value ended in the text.
    return isPair(item) ? this.endOf(item.key, this.snapshot.values.get(item)) : this.endOf(undefined, item);
  }

  private columnOf(item: Item): number {
    return this.columnAt(this.itemStart(item));
  }

  private columnAt(position: number): number {
    return position - this.lineStart(position);
  }

  private lineStart(position: number): number {
    return this.text.lastIndexOf('\n', position - 1) + 1;
  }

  private onlySpaceBefore(position: number): boolean {
    return this.text.slice(this.lineStart(position), position).trim() === '';
  }
}

/** Whether every item of `before` is in `after`, in the same order (items added in between). */
function inOrderWithin(before: readonly Item[], after: readonly Item[]): boolean {
  let j = 0;
  for (const item of before) {
    while (j < after.length && after[j] !== item) j++;
    if (j === after.length) return false;
    j++;
  }
  return true;
}

function isBlockScalar(node: Scalar): boolean {
  return node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
}

function mapOf(pairs: Pair[]): YAMLMap {
  const map = new YAMLMap();
  map.items.push(...pairs);
  return map;
}

function seqOf(items: Node[]): YAMLSeq {
  const seq = new YAMLSeq();
  seq.items.push(...items);
  return seq;
}

/** A pair to render in place of text: without the comments that stay in the text around it. */
function bare(pair: Pair): Pair {
  const key = isNode(pair.key) ? bareNode(pair.key) : pair.key;
  return new Pair(key, isNode(pair.value) ? bareNode(pair.value) : pair.value);
}

function bareNode(node: Node): Node {
  // A new node has nothing to take off: written as it is (a copy would be written the same).
  if (!node.comment && !node.commentBefore && !node.spaceBefore) return node;
  const copy = node.clone() as Node;
  delete copy.comment;
  delete copy.commentBefore;
  copy.spaceBefore = false;
  return copy;
}
