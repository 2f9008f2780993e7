/**
 * The CLI fuzz (issue 8, "Proven by"): mutated copies of the example project through validate,
 * build, update --set, diff and status, checking what must hold for any input:
 *
 * - the exit code is 0 or 1 (never 3, the "bug" code; never 2, our arguments are well formed);
 * - no stack trace, no "Galat internal", no raw JavaScript error on stdout or stderr;
 * - nothing written around the Io (console, process.stdout/stderr);
 * - the project file unchanged when the command failed (and always for read-only commands);
 * - no file left behind on failure, no temporary file ever; a DOCX after a successful build;
 * - with --json, stdout is exactly one JSON document, also on failure;
 * - a successful update adds no error to the project (docs/updates.md).
 *
 * Cases run in-process through `run(argv, io)` with an in-memory Io (about 10 ms of overhead
 * instead of 400 ms for a process); binary-sample.test.ts runs a sample through the real binary.
 * Each case has its own seed derived from the base seed, so one case reproduces on its own:
 *   FUZZ_SEED=<seed> FUZZ_CASE=<n> npx vitest run test/fuzz
 * FUZZ_CASES=<n> changes the number of cases (default 1000, split over the two suite files).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { vi } from 'vitest';
import { run } from '../../src/cli/main.js';
import { parseProject } from '../../src/model/parse-project.js';
import type { Problem } from '../../src/problem.js';
import { memoryIo } from '../helpers/memory-io.js';
import { BIN, EXAMPLE } from '../helpers/run-cli.js';
import { caseSeed, mulberry32, type Random } from './prng.js';
import { mutate } from './mutate.js';

export const DEFAULT_SEED = 0x8_2026;
export const DEFAULT_CASES = 1000;

export interface FuzzConfig {
  seed: number;
  cases: number;
  /** FUZZ_CASE: run only this case, and show everything about it. */
  only: number | undefined;
}

export function fuzzConfig(env: Record<string, string | undefined> = process.env): FuzzConfig {
  const seed = env.FUZZ_SEED === 'random' ? (Math.random() * 2 ** 32) >>> 0 : env.FUZZ_SEED ? Number(env.FUZZ_SEED) >>> 0 : DEFAULT_SEED;
  const cases = env.FUZZ_CASES ? Math.max(1, Number(env.FUZZ_CASES)) : DEFAULT_CASES;
  const only = env.FUZZ_CASE !== undefined && env.FUZZ_CASE !== '' ? Number(env.FUZZ_CASE) : undefined;
  return { seed, cases, only };
}

export type CommandKind = 'validate' | 'build' | 'update' | 'diff' | 'status';

export interface FuzzCase {
  index: number;
  /** The base seed; the case's own stream is caseSeed(seed, index). */
  seed: number;
  steps: string[];
  bytes: Buffer;
  command: CommandKind;
  argv: string[];
}

/** The files every case starts with; the mutated project is PROJECT. */
export const PROJECT = 'roadmap.yaml';
const ORIGINAL = 'asli.yaml';
const LOGO = 'lambang.png';
const OUTPUT = 'hasil.docx';

export const EXAMPLE_TEXT = readFileSync(EXAMPLE, 'utf8');

/** Values for --set: well-formed paths into the example, with ordinary and awkward values. */
const SETS = [
  'visi=Visi baru yang lebih singkat',
  'indikator:IND-01.target.2026=75',
  'indikator:IND-03.realisasi.2024=61,5',
  'indikator:IND-02.target.2030=80',
  'pemerintah.kepalaDaerah.nama=H. Ahmad #2',
  'periode.selesai=2029',
  'periode.mulai=abc',
  'kegiatan:MP-01.koordinator=BAG-ORG',
  'kegiatan:MP-01.pelaksana[+]=DISKOMINFO',
  'kegiatan:MP-02.keterangan=Catatan: dengan titik dua',
  'misi[-1]=Misi terakhir',
  'opd:BKPSDM.nama=Badan Kepegawaian Daerah',
  'sasaran:SAS-1.nama=<b>Sasaran</b> & "kutip"',
  'dokumen.nomor="27"',
  'tidakAda.sama.sekali=1',
  'indikator:IND-01.target.2026=1e400',
  'indikator:IND-01.realisasi.2024=-0.000001',
  'visi=baris satu\nbaris dua',
  'misi[+]=Misi tambahan: dengan titik dua',
  'pemerintah.ibuKota=Kota "Baru"',
];

/** The command a case runs, and its arguments, drawn from the case's stream. */
function drawCommand(random: Random): { command: CommandKind; argv: string[] } {
  const command = random.weighted({ validate: 32, build: 15, update: 20, diff: 12, status: 21 });
  const json = random.chance(0.25) ? ['--json'] : [];
  switch (command) {
    case 'validate':
      return { command, argv: ['validate', PROJECT, ...json] };
    case 'build': {
      // A valid project's whole regulation takes 0.4 s of CPU and its berkas kerja 1 s; most
      // cases build the peraturan alone (0.1 s), so that a thousand cases fit in a minute.
      const only = random.weighted({ peraturan: 6, lampiran: 2, 'berkas-kerja': 1, regulasi: 1 });
      return { command, argv: ['build', PROJECT, '-o', OUTPUT, '--only', only, ...(random.chance(0.2) ? ['--json'] : [])] };
    }
    case 'update': {
      const sets = random.chance(0.2) ? [random.pick(SETS), random.pick(SETS)] : [random.pick(SETS)];
      const dry = random.chance(0.15) ? ['--dry-run'] : [];
      return { command, argv: ['update', PROJECT, ...sets.flatMap((s) => ['--set', s]), ...dry, ...json] };
    }
    case 'diff':
      return { command, argv: random.chance(0.5) ? ['diff', ORIGINAL, PROJECT, ...json] : ['diff', PROJECT, ORIGINAL, ...json] };
    case 'status':
      return { command, argv: ['status', PROJECT, ...(random.chance(0.3) ? ['--tahun', String(random.int(2024, 2028))] : []), ...json] };
  }
}

export function generateCase(seed: number, index: number): FuzzCase {
  const random = mulberry32(caseSeed(seed, index));
  const { bytes, steps } = mutate(EXAMPLE_TEXT, random);
  return { index, seed, steps, bytes, ...drawCommand(random) };
}

/** A folder for one suite file: the example's logo and the original, and a fresh project per case. */
export class Workdir {
  readonly dir: string;
  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'roadmap-fuzz-'));
    copyFileSync(join(dirname(EXAMPLE), LOGO), join(this.dir, LOGO));
    writeFileSync(join(this.dir, ORIGINAL), EXAMPLE_TEXT);
  }

  /** Leaves only the logo and the original, then writes the case's project. */
  prepare(bytes: Buffer): void {
    for (const name of readdirSync(this.dir)) {
      if (name !== LOGO && name !== ORIGINAL) rmSync(join(this.dir, name), { recursive: true, force: true });
    }
    writeFileSync(join(this.dir, PROJECT), bytes);
  }

  files(): string[] {
    return readdirSync(this.dir).sort();
  }

  read(name: string): Buffer {
    return readFileSync(join(this.dir, name));
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
  /** Whatever reached the console or the process's streams instead of the Io. */
  leaked: string[];
  ms: number;
}

export type Property = 'exit-code' | 'stack-trace' | 'message' | 'leak' | 'project-changed' | 'files-left' | 'no-output' | 'json' | 'update-invalid' | 'slow';

export interface Violation {
  property: Property;
  /** Normalised, so the same fault in different cases groups as one. */
  detail: string;
}

/** Runs the CLI in-process with an in-memory Io, watching the console and process streams. */
export async function runInProcess(argv: readonly string[], cwd: string): Promise<Outcome> {
  const mem = memoryIo(cwd);
  const spies = [
    ...(['log', 'info', 'warn', 'error', 'debug', 'trace'] as const).map((method) => vi.spyOn(console, method).mockImplementation(() => undefined)),
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true),
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true),
  ];
  const start = performance.now();
  let code: number;
  try {
    code = await run(argv, mem.io);
  } catch (error) {
    // run() promises never to throw.
    code = -1;
    mem.io.stderr.write(`run() threw: ${(error as Error)?.stack ?? String(error)}\n`);
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  const leaked = spies.flatMap((spy) => spy.mock.calls.map((call) => String(call[0]).slice(0, 300)));
  return { code, stdout: mem.stdout(), stderr: mem.stderr(), leaked, ms: performance.now() - start };
}

const STACK_LINE = /^\s+at (?:.+ \()?(?:file:\/\/|node:|\/|[A-Za-z]:\\|<anonymous>).*\)?$/m;
const RAW_ERROR = /\b(?:TypeError|ReferenceError|RangeError|SyntaxError|EvalError|URIError|AggregateError)\b|\bError: /;
/** Text no message should show: JavaScript's placeholders for a value that was not there. */
const PLACEHOLDER = /\[object Object\]|\bundefined\b/;
const SLOW_MS = 20_000;

export type Runner = (argv: readonly string[], cwd: string) => Promise<Outcome>;

/** Runs the real binary (`node bin/roadmap.cjs`, or ROADMAP_FUZZ_BIN), as a user would. */
export const runBinary: Runner = async (argv, cwd) => {
  const start = performance.now();
  const result = spawnSync(process.execPath, [process.env.ROADMAP_FUZZ_BIN ?? BIN, ...argv], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', CI: 'true' },
    input: '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  const killed = result.signal ? `killed by ${result.signal}\n` : '';
  return { code: result.status ?? -1, stdout: result.stdout, stderr: killed + result.stderr, leaked: [], ms: performance.now() - start };
};

/** What a case broke; empty when everything held. */
export async function checkCase(c: FuzzCase, work: Workdir, runner: Runner = runInProcess): Promise<{ outcome: Outcome; violations: Violation[] }> {
  work.prepare(c.bytes);
  const before = work.files();
  const outcome = await runner(c.argv, work.dir);
  const violations: Violation[] = [];
  const add = (property: Property, detail: string) => violations.push({ property, detail: normalise(detail) });
  const text = `${outcome.stderr}\n${outcome.stdout}`;

  if (outcome.code !== 0 && outcome.code !== 1) add('exit-code', `exit ${outcome.code}: ${firstMeaningfulLine(outcome.stderr)}`);
  if (STACK_LINE.test(text)) add('stack-trace', stackHead(text));
  else if (/Galat internal/.test(text)) {
    if (outcome.code === 1 || outcome.code === 0) add('stack-trace', `"Galat internal" with exit ${outcome.code}: ${firstMeaningfulLine(outcome.stderr)}`);
  } else if (RAW_ERROR.test(text)) add('stack-trace', `raw JavaScript error text: ${RAW_ERROR.exec(text)![0]} in ${firstMeaningfulLine(lineWith(text, RAW_ERROR))}`);
  if (PLACEHOLDER.test(text)) add('message', `shows ${PLACEHOLDER.exec(text)![0]}: ${lineWith(text, PLACEHOLDER).trim()}`);
  if (outcome.leaked.length > 0) add('leak', `wrote around the Io: ${outcome.leaked[0]!.split('\n')[0]}`);

  const readOnly = c.command !== 'update' || c.argv.includes('--dry-run');
  const projectAfter = work.files().includes(PROJECT) ? work.read(PROJECT) : undefined;
  if ((readOnly || outcome.code !== 0) && (projectAfter === undefined || !projectAfter.equals(c.bytes))) {
    add('project-changed', `${PROJECT} ${projectAfter === undefined ? 'removed' : 'changed'} by ${readOnly ? 'a read-only command' : 'a failed update'} (exit ${outcome.code})`);
  }
  if (!work.read(ORIGINAL).equals(Buffer.from(EXAMPLE_TEXT))) add('project-changed', `${ORIGINAL} changed by ${c.command}`);

  const added = work.files().filter((name) => !before.includes(name));
  const expected = c.command === 'build' && outcome.code === 0 ? [OUTPUT] : [];
  const stray = added.filter((name) => !expected.includes(name));
  if (stray.length > 0) add('files-left', `${c.command} exit ${outcome.code} left ${stray.map((n) => n.replace(/[0-9a-f]{6,}/g, 'HEX')).join(', ')}`);
  if (c.command === 'build' && outcome.code === 0) {
    const docx = added.includes(OUTPUT) ? work.read(OUTPUT) : undefined;
    if (!docx || docx.subarray(0, 2).toString() !== 'PK') add('no-output', 'build exit 0 without a DOCX');
  }

  if (c.argv.includes('--json')) {
    try {
      JSON.parse(outcome.stdout);
    } catch {
      add('json', `${c.command} --json exit ${outcome.code}: stdout is not one JSON document (${outcome.stdout.length === 0 ? 'empty' : JSON.stringify(outcome.stdout.slice(0, 40))})`);
    }
  }

  if (c.command === 'update' && !readOnly && outcome.code === 0 && projectAfter !== undefined && !projectAfter.equals(c.bytes)) {
    // docs/updates.md: the result is validated before writing; on a project that already had
    // errors, --set may keep them (to fix one of two mistakes) but may add none.
    const key = (p: Problem) => `${p.code}|${p.path ?? ''}|${p.message}`;
    const errors = (bytes: Buffer) => parseProject(bytes.toString('utf8'), PROJECT).problems.filter((p) => p.severity === 'error');
    const after = errors(projectAfter);
    if (after.length > 0) {
      const had = new Set(errors(c.bytes).map(key));
      const added = after.find((p) => !had.has(key(p)));
      if (added) add('update-invalid', `update exit 0 wrote a project with a new error: ${added.message}`);
    }
  }
  if (outcome.ms > SLOW_MS) add('slow', `${c.command} took ${Math.round(outcome.ms / 1000)} s`);
  return { outcome, violations };
}

/** Digits, quoted text and paths out, so one fault in many cases is one signature. */
export function normalise(detail: string): string {
  return detail
    .replace(/\/[^\s:'"]+/g, '<path>')
    .replace(/"[^"]{0,200}"/g, '"…"')
    .replace(/'[^']{0,200}'/g, "'…'")
    .replace(/\d+/g, 'N')
    .slice(0, 200);
}

function firstMeaningfulLine(text: string): string {
  return text.split('\n').find((line) => /Galat internal|✖|Error|galat/.test(line))?.trim() ?? text.split('\n')[0]?.trim() ?? '';
}

function lineWith(text: string, pattern: RegExp): string {
  return text.split('\n').find((line) => pattern.test(line)) ?? '';
}

function stackHead(text: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => STACK_LINE.test(line));
  return `${(lines[at - 1] ?? '').trim()} | ${(lines[at] ?? '').trim().replace(/\(.*\)/, '(…)')}`;
}

/** Where a failing case's project is kept for a look. */
export function keepCase(c: FuzzCase): string {
  const dir = join(tmpdir(), 'roadmap-fuzz-failures');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `seed-${c.seed}-case-${c.index}.yaml`);
  writeFileSync(file, c.bytes);
  return file;
}

export function describeCase(c: FuzzCase): string {
  return [
    `case ${c.index} (FUZZ_SEED=${c.seed} FUZZ_CASE=${c.index} npx vitest run test/fuzz)`,
    `  roadmap ${c.argv.join(' ')}`,
    ...c.steps.map((s) => `  - ${s}`),
  ].join('\n');
}
