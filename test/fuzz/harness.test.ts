/**
 * The fuzz harness itself: cases reproduce from their seed, and each property catches the fault
 * it names (fake runners that misbehave in one way each), so a clean fuzz run means something.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCase, generateCase, PROJECT, Workdir, type FuzzCase, type Outcome, type Runner } from './harness.js';
import { caseSeed, mulberry32 } from './prng.js';

let work: Workdir;
beforeAll(() => {
  work = new Workdir();
});
afterAll(() => work?.remove());

const quiet = (code: number, extra: Partial<Outcome> = {}): Outcome => ({ code, stdout: '', stderr: '', leaked: [], ms: 1, ...extra });

function aCase(argv: string[]): FuzzCase {
  return { index: 0, seed: 1, steps: ['test'], bytes: Buffer.from('profil: rb2023\n'), command: argv[0] as FuzzCase['command'], argv };
}

async function violationsOf(argv: string[], runner: Runner): Promise<string[]> {
  const { violations } = await checkCase(aCase(argv), work, runner);
  return violations.map((v) => v.property);
}

describe('fuzz cases', () => {
  it('are the same for the same seed and index, and differ across indices', () => {
    const a = generateCase(42, 7);
    const b = generateCase(42, 7);
    expect(b.bytes.equals(a.bytes)).toBe(true);
    expect(b.argv).toEqual(a.argv);
    expect(b.steps).toEqual(a.steps);
    expect(generateCase(42, 8).steps).not.toEqual(a.steps);
  });

  it('mulberry32 gives the same stream for the same seed', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, mulberry32(seed).next);
    expect(draw(caseSeed(1, 2))).toEqual(draw(caseSeed(1, 2)));
    expect(draw(caseSeed(1, 2))).not.toEqual(draw(caseSeed(1, 3)));
  });
});

describe('each property catches its fault', () => {
  it('a clean failure is no violation', async () => {
    expect(await violationsOf(['validate', PROJECT], async () => quiet(1, { stderr: 'roadmap.yaml:1:1  galat  x\n' }))).toEqual([]);
  });

  it('exit 3, and exit 2 for arguments that are well formed', async () => {
    expect(await violationsOf(['validate', PROJECT], async () => quiet(3, { stderr: '✖ Galat internal: x\n' }))).toContain('exit-code');
    expect(await violationsOf(['validate', PROJECT], async () => quiet(2))).toEqual(['exit-code']);
  });

  it('a stack trace, or "Galat internal" with exit 1, or a raw JavaScript error', async () => {
    const stack = 'TypeError: x is undefined\n    at parse (file:///work/main/src/model/a.ts:3:9)\n';
    expect(await violationsOf(['status', PROJECT], async () => quiet(1, { stderr: stack }))).toContain('stack-trace');
    expect(await violationsOf(['status', PROJECT], async () => quiet(1, { stderr: '✖ Galat internal: x\n' }))).toEqual(['stack-trace']);
    expect(await violationsOf(['status', PROJECT], async () => quiet(1, { stderr: '✖ TypeError: boom\n' }))).toEqual(['stack-trace']);
  });

  it('placeholders such as undefined in a message', async () => {
    expect(await violationsOf(['validate', PROJECT], async () => quiet(1, { stderr: 'Kode OPD undefined tidak ada.\n' }))).toEqual(['message']);
  });

  it('output around the Io', async () => {
    expect(await violationsOf(['validate', PROJECT], async () => quiet(0, { leaked: ['Handlebars: Access has been denied'] }))).toEqual(['leak']);
  });

  it('a project changed by a read-only command, or by a failed update', async () => {
    const scribble: Runner = async (_argv, cwd) => {
      writeFileSync(join(cwd, PROJECT), 'rusak');
      return quiet(1);
    };
    expect(await violationsOf(['validate', PROJECT], scribble)).toEqual(['project-changed']);
    expect(await violationsOf(['update', PROJECT, '--set', 'visi=x'], scribble)).toEqual(['project-changed']);
  });

  it('a file left behind on failure, and a build that says 0 without a DOCX', async () => {
    const leave: Runner = async (_argv, cwd) => {
      writeFileSync(join(cwd, '.hasil.docx.1a2b3c4d.tmp'), 'x');
      return quiet(1);
    };
    expect(await violationsOf(['build', PROJECT, '-o', 'hasil.docx'], leave)).toEqual(['files-left']);
    expect(await violationsOf(['build', PROJECT, '-o', 'hasil.docx'], async () => quiet(0))).toEqual(['no-output']);
  });

  it('--json output that is not one JSON document', async () => {
    expect(await violationsOf(['validate', PROJECT, '--json'], async () => quiet(1, { stdout: '{"a":1}\n{"b":2}\n' }))).toEqual(['json']);
    expect(await violationsOf(['validate', PROJECT, '--json'], async () => quiet(1, { stdout: '{"error":{}}\n' }))).toEqual([]);
  });

  it('an update that succeeds but adds an error', async () => {
    const breaks: Runner = async (_argv, cwd) => {
      writeFileSync(join(cwd, PROJECT), 'profil: rb2023\nkunciAsing: 1\n');
      return quiet(0);
    };
    expect(await violationsOf(['update', PROJECT, '--set', 'visi=x'], breaks)).toEqual(['update-invalid']);
  });
});
