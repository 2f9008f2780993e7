/**
 * Imports point one way (design.md): cli -> wizard -> actions -> {model, reference, render, io};
 * render -> {model, reference}; model -> reference; reference -> nothing of ours. The pure
 * folders touch no fs, no process, no terminal. Imports are read with TypeScript's own scanner.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/run-cli.js';

const SRC = join(ROOT, 'src');
const files = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => join(SRC, f));

function layerOf(path: string): string {
  const rel = relative(SRC, path).split(/[\\/]/);
  return rel.length === 1 ? rel[0]!.replace(/\.ts$/, '') : rel[0]!;
}

function importsOf(path: string): string[] {
  return ts.preProcessFile(readFileSync(path, 'utf8'), true, true).importedFiles.map((f) => f.fileName);
}

const ALLOWED: Record<string, string[]> = {
  cli: ['cli', 'wizard', 'actions', 'model', 'render', 'reference', 'io', 'errors'],
  wizard: ['wizard', 'actions', 'model', 'reference', 'io', 'errors'],
  actions: ['actions', 'model', 'reference', 'render', 'io', 'errors'],
  io: ['io', 'errors'],
  render: ['render', 'model', 'reference', 'errors'],
  model: ['model', 'reference', 'errors'],
  reference: ['reference'],
  errors: ['model', 'errors'],
};
const PURE = new Set(['model', 'reference', 'render']);
const TERMINAL_PACKAGES = ['commander', 'chalk', '@inquirer/prompts', '@inquirer/core'];

describe('architecture', () => {
  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  for (const file of files) {
    const layer = layerOf(file);
    const name = relative(ROOT, file);
    it(`${name} imports only what its layer may`, () => {
      for (const spec of importsOf(file)) {
        if (spec.startsWith('.')) {
          const target = layerOf(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
          expect(ALLOWED[layer] ?? [], `${name} -> ${spec}`).toContain(target);
        } else if (PURE.has(layer)) {
          expect(spec.startsWith('node:') && spec !== 'node:util' ? spec : 'ok', `${name} -> ${spec}`).toBe('ok');
          expect(TERMINAL_PACKAGES, `${name} -> ${spec}`).not.toContain(spec);
        } else if (spec === '@inquirer/prompts') {
          expect(name, 'only src/wizard/ask.ts talks to @inquirer/prompts').toMatch(/src[\\/]wizard[\\/]ask/);
        }
      }
      if (PURE.has(layer)) {
        expect(readFileSync(file, 'utf8'), `${name} uses process`).not.toMatch(/\bprocess\.(env|stdout|stderr|exit|argv|cwd)/);
      }
    });
  }
});
