/**
 * An alias bomb (issue 8, item 10): YAML aliases of aliases that would expand to billions of
 * nodes. Every command that reads a project refuses it as the user’s file (exit 1) without expanding it,
 * never as a bug in roadmap (exit 3).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, runCli, tempDir } from '../helpers/run-cli.js';

function bomb(): string {
  const name = (i: number) => String.fromCharCode(97 + i);
  const levels = [`${name(0)}: &${name(0)} [lol, lol, lol, lol, lol, lol, lol, lol, lol]`];
  for (let i = 1; i < 9; i++) levels.push(`${name(i)}: &${name(i)} [${Array(9).fill(`*${name(i - 1)}`).join(', ')}]`);
  // A real project underneath, so the file is recognisably a roadmap.
  return `${readFileSync(EXAMPLE, 'utf8')}\nlol:\n${levels.map((l) => `  ${l}`).join('\n')}\n`;
}

describe('an alias bomb in roadmap.yaml', () => {
  const dir = tempDir();
  const project = join(dir, 'roadmap.yaml');
  writeFileSync(project, bomb());
  const before = readFileSync(project, 'utf8');

  for (const args of [
    ['validate', 'roadmap.yaml'],
    ['build', 'roadmap.yaml', '-o', 'out.docx'],
    ['update', 'roadmap.yaml', '--set', 'visi=Baru'],
    ['status', 'roadmap.yaml'],
    ['diff', 'roadmap.yaml', EXAMPLE],
  ]) {
    it(`${args[0]}: exit 1, "terlalu banyak alias YAML", file untouched`, () => {
      const r = runCli(args, { cwd: dir });
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toContain('terlalu banyak alias YAML');
      expect(r.stderr).not.toContain('Galat internal');
      expect(readFileSync(project, 'utf8')).toBe(before);
    });
  }
});
