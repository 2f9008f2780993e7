/**
 * Imports point one way: cli -> wizard -> actions -> {model, reference, render, io};
 * render -> {model, reference}; model -> reference; reference -> nothing of ours. Three small
 * top-level modules may be imported from every folder and import nothing but each other: errors;
 * problem, the one shape of a complaint about an input, which errors carries; and spreadsheet,
 * the cells and column letters io shares with model and render. The pure folders touch no fs, no
 * process, no terminal, and no file imports itself back through a chain of imports. Imports are
 * read with TypeScript's own scanner, type-only imports included: a cycle of types is still two
 * files that cannot be read one at a time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/run-cli.js';

const SRC = join(ROOT, 'src');
const files = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.testing.ts'))
  .map((f) => join(SRC, f));

function layerOf(path: string): string {
  const rel = relative(SRC, path).split(/[\\/]/);
  return rel.length === 1 ? rel[0]!.replace(/\.ts$/, '') : rel[0]!;
}

function importsOf(path: string): string[] {
  return ts.preProcessFile(readFileSync(path, 'utf8'), true, true).importedFiles.map((f) => f.fileName);
}

/** The file a relative import names: `./x.js` is `./x.ts` in the source tree. */
function targetOf(file: string, spec: string): string {
  return resolve(dirname(file), spec.replace(/\.js$/, '.ts'));
}

const LEAVES = ['errors', 'problem', 'spreadsheet'];
const ALLOWED: Record<string, string[]> = {
  cli: ['cli', 'wizard', 'actions', 'model', 'render', 'reference', 'io', ...LEAVES],
  wizard: ['wizard', 'actions', 'model', 'reference', 'io', ...LEAVES],
  actions: ['actions', 'model', 'reference', 'render', 'io', ...LEAVES],
  io: ['io', ...LEAVES],
  render: ['render', 'model', 'reference', ...LEAVES],
  model: ['model', 'reference', ...LEAVES],
  reference: ['reference'],
  errors: ['errors', 'problem'],
  problem: [],
  spreadsheet: [],
};
const PURE = new Set(['model', 'reference', 'render', 'problem', 'spreadsheet']);
/** Node modules the pure folders take pure functions from: isDeepStrictEqual, crc32. */
const PURE_NODE_MODULES = new Set(['node:util', 'node:zlib']);
const TERMINAL_PACKAGES = ['commander', 'chalk', '@inquirer/prompts', '@inquirer/core'];
const INQUIRER_FILE = /src[\\/]wizard[\\/]inquirer-backend\.ts$/;

/**
 * Every import cycle among `graph`'s files, one per strongly connected component, each written
 * as the shortest path from its first file back to itself: `a.ts → b.ts → a.ts`.
 */
function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (node: string) => {
    order.set(node, order.size);
    low.set(node, order.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!order.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, order.get(next)!));
      }
    }
    if (low.get(node) !== order.get(node)) return;
    const component: string[] = [];
    let popped: string;
    do {
      popped = stack.pop()!;
      onStack.delete(popped);
      component.push(popped);
    } while (popped !== node);
    if (component.length > 1 || graph.get(node)!.includes(node)) components.push(component);
  };
  for (const node of [...graph.keys()].sort()) if (!order.has(node)) visit(node);

  return components.map((component) => {
    const inside = new Set(component);
    const start = [...component].sort()[0]!;
    // Breadth first from `start` back to it, staying inside the component.
    const cameFrom = new Map<string, string>();
    const queue = [start];
    for (let i = 0; i < queue.length; i++) {
      const node = queue[i]!;
      for (const next of graph.get(node) ?? []) {
        if (!inside.has(next)) continue;
        if (next === start) {
          const path = [start];
          for (let at: string | undefined = node; at !== start && at !== undefined; at = cameFrom.get(at)) path.splice(1, 0, at);
          return [...path, start];
        }
        if (!cameFrom.has(next)) {
          cameFrom.set(next, node);
          queue.push(next);
        }
      }
    }
    return [start, start];
  });
}

describe('architecture', () => {
  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  for (const file of files) {
    const layer = layerOf(file);
    const name = relative(ROOT, file);
    it(`${name} imports only what its layer may`, () => {
      expect(Object.keys(ALLOWED), `${name}: a folder or top-level module missing from ALLOWED`).toContain(layer);
      for (const spec of importsOf(file)) {
        if (spec.startsWith('.')) {
          const target = layerOf(targetOf(file, spec));
          expect(ALLOWED[layer] ?? [], `${name} -> ${spec}`).toContain(target);
        } else if (PURE.has(layer)) {
          expect(spec.startsWith('node:') && !PURE_NODE_MODULES.has(spec) ? spec : 'ok', `${name} -> ${spec}`).toBe('ok');
          expect(TERMINAL_PACKAGES, `${name} -> ${spec}`).not.toContain(spec);
        } else if (spec === '@inquirer/prompts') {
          expect(name, 'only src/wizard/inquirer-backend.ts talks to @inquirer/prompts').toMatch(INQUIRER_FILE);
        }
      }
      if (PURE.has(layer)) {
        expect(readFileSync(file, 'utf8'), `${name} uses process`).not.toMatch(/\bprocess\.(env|stdout|stderr|exit|argv|cwd)/);
      }
    });
  }

  it('has no import cycle, at file level', () => {
    const graph = new Map(files.map((file) => [file, importsOf(file).filter((spec) => spec.startsWith('.')).map((spec) => targetOf(file, spec))]));
    const cycles = importCycles(graph).map((cycle) => cycle.map((file) => relative(SRC, file)).join(' → '));
    expect(cycles).toEqual([]);
  });
});

describe('importCycles', () => {
  it('finds a cycle through several files and writes it as a path', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c', 'x']],
      ['c', ['a']],
      ['x', []],
    ]);
    expect(importCycles(graph)).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('reports each separate cycle, a file importing itself included, and nothing for a tree', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['a']],
      ['c', ['c', 'd']],
      ['d', ['e']],
      ['e', []],
    ]);
    expect(importCycles(graph)).toEqual([
      ['a', 'b', 'a'],
      ['c', 'c'],
    ]);
    expect(importCycles(new Map([['a', ['b']], ['b', []]]))).toEqual([]);
  });
});
