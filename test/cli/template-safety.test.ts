/**
 * Issue 8 through the CLI: a template set downloaded from anyone cannot put a file from outside
 * the set into the DOCX or an error message, cannot reach JavaScript prototypes, and nothing
 * Handlebars prints in English reaches the user. Run in-process, with the console watched.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { run } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';
import { EXAMPLE, ROOT } from '../helpers/run-cli.js';

const SECRET = 'rahasia:x:0:0:jangan-bocor';
let dir: string;
let spies: MockInstance[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'roadmap-templat-'));
  cpSync(dirname(EXAMPLE), dir, { recursive: true, filter: (src) => !/\.(docx|pdf)$/.test(src) });
  cpSync(join(ROOT, 'templates/default'), join(dir, 'unduhan'), { recursive: true });
  writeFileSync(join(dir, 'rahasia.txt'), SECRET);
  spies = [
    ...(['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m)),
    vi.spyOn(process.stdout, 'write'),
    vi.spyOn(process.stderr, 'write'),
  ];
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

async function build(...extra: string[]) {
  const mem = memoryIo(dir);
  const code = await run(['build', 'roadmap.yaml', '--template', 'unduhan', '-o', 'hasil.docx', ...extra], mem.io);
  // Handlebars writes its warnings with console.*; vitest's own reporter is not in this worker.
  const leaked = spies.flatMap((spy) => spy.mock.calls.map((call) => String(call[0])));
  return { code, stderr: mem.stderr(), stdout: mem.stdout(), leaked };
}

/** Puts `line` in the template where BAB VI's first heading is. */
function editPenutup(line: string): void {
  const file = join(dir, 'unduhan/lampiran/penutup.hbs');
  const text = readFileSync(file, 'utf8');
  const marker = '<h2>6.1 Pengelolaan Reformasi Birokrasi</h2>';
  expect(text).toContain(marker);
  writeFileSync(file, text.replace(marker, `${marker}\n${line}`));
}

describe.skipIf(process.platform === 'win32')('a downloaded template set', () => {
  it('with bocor.hbs linked to a file outside and {{> bocor}}: exit 1, the file named, nothing leaked, no DOCX', async () => {
    symlinkSync(join(dir, 'rahasia.txt'), join(dir, 'unduhan/bocor.hbs'));
    editPenutup('<p>{{> bocor}}</p>');
    const r = await build();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('templates/unduhan/bocor.hbs');
    expect(r.stderr).toContain('tautan simbolik');
    expect(r.stderr).toContain('di luar folder set templat');
    expect(r.stderr + r.stdout).not.toContain('jangan-bocor');
    expect(existsSync(join(dir, 'hasil.docx'))).toBe(false);
    expect(r.leaked).toEqual([]);
  });

  it('with settings.yaml linked to a file outside: exit 1, its content not quoted', async () => {
    rmSync(join(dir, 'unduhan/settings.yaml'));
    symlinkSync(join(dir, 'rahasia.txt'), join(dir, 'unduhan/settings.yaml'));
    const r = await build();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('templates/unduhan/settings.yaml');
    expect(r.stderr + r.stdout).not.toContain('jangan-bocor');
    expect(r.leaked).toEqual([]);
  });
});

describe('templates that reach for prototypes', () => {
  it.each([
    ['<p>{{lookup this "__proto__"}}</p>', '"__proto__"'],
    ['{{#with (lookup this "__proto__")}}<p>{{this}}</p>{{/with}}', '"__proto__"'],
    ['<p>{{this.constructor}}</p>', '"constructor"'],
    ['<p>{{pemerintah.constructor.name}}</p>', '"constructor"'],
  ])('%s: exit 1 in Indonesian at the template line, no English warning anywhere', async (line, name) => {
    editPenutup(line);
    const r = await build();
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/templates\/unduhan\/lampiran\/penutup\.hbs:\d+:\d+/);
    expect(r.stderr).toContain(`Templat tidak boleh membaca ${name}`);
    expect(r.stderr + r.stdout).not.toMatch(/Handlebars|Access has been denied|own property/);
    expect(r.leaked).toEqual([]);
    expect(existsSync(join(dir, 'hasil.docx'))).toBe(false);
  });

  it('{{log}} and a prototype key reached through data print nothing, and the build succeeds', async () => {
    editPenutup('{{log "jejak" pemerintah.nama}}<p>[{{lookup pemerintah (default "" "toString")}}]</p>');
    const r = await build('--only', 'lampiran');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.leaked).toEqual([]);
  });
});
