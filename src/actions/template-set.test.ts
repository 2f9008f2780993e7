/**
 * Reading a template set someone else made (issue 8): only regular files inside the set's own
 * folder, within TEMPLATE_LIMITS, every refusal named at once with its file and reason.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UserError, ValidationFailed } from '../errors.js';
import type { Problem } from '../problem.js';
import { BUILTIN_TEMPLATES_DIR, loadTemplateSet, TEMPLATE_LIMITS } from './template-set.js';

const SECRET = 'rahasia:x:0:0:jangan-bocor';
const onWindows = process.platform === 'win32';

let base: string;
/** A scratch folder holding `set/` (a minimal valid set) and `luar/rahasia.txt` outside it. */
function scratch(): { set: string; secret: string } {
  base = mkdtempSync(join(tmpdir(), 'roadmap-set-'));
  const set = join(base, 'set');
  mkdirSync(join(set, 'lampiran'), { recursive: true });
  writeFileSync(join(set, 'dokumen.hbs'), '<document>{{> lampiran/bab-1}}</document>\n');
  writeFileSync(join(set, 'lampiran', 'bab-1.hbs'), '<section><p>isi</p></section>\n');
  mkdirSync(join(base, 'luar'));
  const secret = join(base, 'luar', 'rahasia.txt');
  writeFileSync(secret, SECRET);
  return { set, secret };
}
afterEach(() => {
  if (base) rmSync(base, { recursive: true, force: true });
});

async function refusal(dir: string): Promise<{ problems: readonly Problem[]; message: string; text: string }> {
  try {
    await loadTemplateSet(dir, base);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationFailed);
    const failed = error as ValidationFailed;
    return { problems: failed.problems, message: failed.message, text: JSON.stringify(failed.problems) + failed.message };
  }
  throw new Error('expected the set to be refused');
}

describe('loadTemplateSet', () => {
  it('reads the built-in set as before', async () => {
    const set = await loadTemplateSet(undefined, process.cwd());
    expect(set.name).toBe('default');
    expect(set.dir).toBe(join(BUILTIN_TEMPLATES_DIR, 'default'));
    expect(Object.keys(set.files)).toEqual(expect.arrayContaining(['dokumen.hbs', 'lampiran/bab-1.hbs', 'bagian/kaki.hbs']));
    expect(set.settings.kertas).toBeDefined();
  });

  it.skipIf(onWindows)('refuses a template linked to a file outside the set, naming the file and the link, never its content', async () => {
    const { set, secret } = scratch();
    symlinkSync(secret, join(set, 'bocor.hbs'));
    const { problems, message, text } = await refusal(set);
    expect(problems).toEqual([
      {
        code: 'template-link-outside',
        severity: 'error',
        file: 'templates/set/bocor.hbs',
        message: `Berkas ini tautan simbolik ke ${secret}, di luar folder set templat; templat hanya dibaca dari dalam folder set.`,
        hint: 'Salin berkas yang dimaksud ke dalam folder set templat, lalu hapus tautannya.',
      },
    ]);
    expect(message).toBe(`Set templat ${set} ditolak: 1 masalah. Templat hanya dibaca dari berkas biasa di dalam folder set.`);
    expect(text).not.toContain('jangan-bocor');
  });

  it.skipIf(onWindows)('refuses a link that climbs out through a relative path', async () => {
    const { set } = scratch();
    symlinkSync('../../luar/rahasia.txt', join(set, 'lampiran', 'bocor.hbs'));
    const { problems } = await refusal(set);
    expect(problems.map((p) => [p.file, p.code])).toEqual([['templates/set/lampiran/bocor.hbs', 'template-link-outside']]);
  });

  it.skipIf(onWindows)('refuses a settings.yaml linked outside the set, without quoting what it points at', async () => {
    const { set, secret } = scratch();
    symlinkSync(secret, join(set, 'settings.yaml'));
    const { problems, text } = await refusal(set);
    expect(problems.map((p) => [p.file, p.code])).toEqual([['templates/set/settings.yaml', 'template-link-outside']]);
    expect(text).not.toContain('jangan-bocor');
  });

  it.skipIf(onWindows)('refuses a folder linked outside the set, and does not read through it', async () => {
    const { set } = scratch();
    writeFileSync(join(base, 'luar', 'x.hbs'), SECRET);
    symlinkSync(join(base, 'luar'), join(set, 'bersama'));
    const { problems, text } = await refusal(set);
    expect(problems).toEqual([
      expect.objectContaining({ code: 'template-link-outside', file: 'templates/set/bersama', message: expect.stringMatching(/^Folder ini tautan simbolik ke /) }),
    ]);
    expect(text).not.toContain('jangan-bocor');
  });

  it.skipIf(onWindows)('accepts a link to a file inside the set, under the link’s own name', async () => {
    const { set } = scratch();
    symlinkSync('bab-1.hbs', join(set, 'lampiran', 'bab-satu.hbs'));
    symlinkSync('lampiran', join(set, 'lampiran-lagi')); // a folder inside: skipped, not refused
    const loaded = await loadTemplateSet(set, base);
    expect(Object.keys(loaded.files).sort()).toEqual(['dokumen.hbs', 'lampiran/bab-1.hbs', 'lampiran/bab-satu.hbs']);
    expect(loaded.files['lampiran/bab-satu.hbs']).toBe(loaded.files['lampiran/bab-1.hbs']);
  });

  it.skipIf(onWindows)('refuses a broken link', async () => {
    const { set } = scratch();
    symlinkSync('tidak-ada.hbs', join(set, 'rusak.hbs'));
    const { problems } = await refusal(set);
    expect(problems).toEqual([expect.objectContaining({ code: 'template-link-broken', file: 'templates/set/rusak.hbs', message: 'Berkas ini tautan simbolik ke tidak-ada.hbs, yang tidak ada.' })]);
  });

  it.skipIf(onWindows)('refuses a FIFO named .hbs without waiting on it', async () => {
    const { set } = scratch();
    const made = spawnSync('mkfifo', [join(set, 'pipa.hbs')]);
    if (made.status !== 0) return; // no mkfifo here
    const { problems } = await refusal(set);
    expect(problems).toEqual([
      expect.objectContaining({ code: 'template-not-file', file: 'templates/set/pipa.hbs', message: 'FIFO (pipa bernama), bukan berkas biasa; set templat hanya dibaca dari berkas biasa.' }),
    ]);
  });

  it('refuses a settings.yaml that is a folder', async () => {
    const { set } = scratch();
    mkdirSync(join(set, 'settings.yaml'));
    const { problems } = await refusal(set);
    expect(problems).toEqual([expect.objectContaining({ code: 'template-not-file', file: 'templates/set/settings.yaml' })]);
  });

  it('refuses a template over the size limit, saying the limit', async () => {
    const { set } = scratch();
    writeFileSync(join(set, 'besar.hbs'), 'a'.repeat(TEMPLATE_LIMITS.fileBytes + 1));
    const { problems } = await refusal(set);
    expect(problems).toEqual([expect.objectContaining({ code: 'template-too-large', file: 'templates/set/besar.hbs', message: 'Berkas berukuran 512 KB; batasnya 512 KB per berkas.' })]);
  });

  it('refuses a settings.yaml over its size limit', async () => {
    const { set } = scratch();
    writeFileSync(join(set, 'settings.yaml'), `# ${'x'.repeat(TEMPLATE_LIMITS.settingsBytes)}\n`);
    const { problems } = await refusal(set);
    expect(problems).toEqual([expect.objectContaining({ code: 'template-too-large', file: 'templates/set/settings.yaml', message: 'Berkas berukuran 64 KB; batasnya 64 KB per berkas.' })]);
  });

  it('refuses a set with too many templates, saying the limit', async () => {
    const { set } = scratch();
    for (let i = 0; i < TEMPLATE_LIMITS.files; i++) writeFileSync(join(set, `t${i}.hbs`), '');
    const { problems } = await refusal(set);
    expect(problems).toEqual([
      expect.objectContaining({ code: 'template-too-many', file: 'templates/set', message: `Set templat ini berisi ${TEMPLATE_LIMITS.files + 2} berkas .hbs; batasnya ${TEMPLATE_LIMITS.files}.` }),
    ]);
  });

  it('refuses folders nested deeper than the limit', async () => {
    const { set } = scratch();
    const deep = join(set, ...Array.from({ length: TEMPLATE_LIMITS.depth + 1 }, (_, i) => `d${i}`));
    mkdirSync(deep, { recursive: true });
    const { problems } = await refusal(set);
    expect(problems).toEqual([expect.objectContaining({ code: 'template-too-deep', message: `Folder bertingkat lebih dari ${TEMPLATE_LIMITS.depth}; batasnya ${TEMPLATE_LIMITS.depth} tingkat.` })]);
  });

  it.skipIf(onWindows)('refuses a file name that would write control characters to the terminal, shown escaped', async () => {
    const { set } = scratch();
    writeFileSync(join(set, 'x\u001b[2Jy.hbs'), '');
    const { problems, text } = await refusal(set);
    expect(problems).toEqual([expect.objectContaining({ code: 'template-file-name', file: 'templates/set/x\\u001b[2Jy.hbs' })]);
    expect(text).not.toContain('\u001b');
  });

  it('skips hidden folders such as .git', async () => {
    const { set } = scratch();
    mkdirSync(join(set, '.git'));
    writeFileSync(join(set, '.git', 'x.hbs'), 'x');
    const loaded = await loadTemplateSet(set, base);
    expect(Object.keys(loaded.files).sort()).toEqual(['dokumen.hbs', 'lampiran/bab-1.hbs']);
  });

  it.skipIf(onWindows)('reports every refusal at once', async () => {
    const { set, secret } = scratch();
    symlinkSync(secret, join(set, 'a.hbs'));
    symlinkSync(secret, join(set, 'settings.yaml'));
    writeFileSync(join(set, 'b.hbs'), 'a'.repeat(TEMPLATE_LIMITS.fileBytes + 1));
    const { problems } = await refusal(set);
    expect(problems.map((p) => p.file)).toEqual(['templates/set/a.hbs', 'templates/set/b.hbs', 'templates/set/settings.yaml']);
  });

  it('reads settings.yaml again for every build, parsing only a changed one (build --watch)', async () => {
    const { set } = scratch();
    writeFileSync(join(set, 'settings.yaml'), 'kertas: A4\n');
    const first = await loadTemplateSet(set, base);
    expect((await loadTemplateSet(set, base)).settings).toBe(first.settings);
    writeFileSync(join(set, 'settings.yaml'), 'kertas: F4\n');
    const edited = await loadTemplateSet(set, base);
    expect(edited.settings).not.toBe(first.settings);
    expect(edited.settings.kertas).toBe('F4');
    writeFileSync(join(set, 'settings.yaml'), 'kertas: B5\n');
    await expect(loadTemplateSet(set, base)).rejects.toThrow(ValidationFailed);
  });

  it('reads a clean settings.yaml the fast way, and still places a wrong value at its line and column', async () => {
    const { set } = scratch();
    writeFileSync(join(set, 'settings.yaml'), '# set kami\nkertas: A4\nmargin: { atas: 3, kanan: 2, bawah: 2, kiri: 3 }\n');
    const clean = await loadTemplateSet(set, base);
    expect(clean.settings.kertas).toBe('A4');
    expect(clean.settings.margin).toMatchObject({ atas: 3, kanan: 2, bawah: 2, kiri: 3 });
    writeFileSync(join(set, 'settings.yaml'), '# set kami\nkertas: A4\nukuranFont: besar\n');
    const { problems } = await refusal(set);
    expect(problems).toEqual([expect.objectContaining({ file: 'templates/set/settings.yaml', path: 'ukuranFont', line: 3, column: 13 })]);
  });

  it('says when the folder is missing or is a file', async () => {
    const { set } = scratch();
    await expect(loadTemplateSet(join(base, 'tidak-ada'), base)).rejects.toThrow(UserError);
    await expect(loadTemplateSet(join(base, 'tidak-ada'), base)).rejects.toThrow(/tidak ditemukan/);
    await expect(loadTemplateSet(join(set, 'dokumen.hbs'), base)).rejects.toThrow(/bukan folder/);
  });

  it.skipIf(onWindows)('a set that is itself reached through a link is read from its real folder', async () => {
    const { set } = scratch();
    const copy = join(base, 'salinan');
    cpSync(set, copy, { recursive: true });
    symlinkSync(copy, join(base, 'tautan-set'));
    const loaded = await loadTemplateSet('tautan-set', base);
    expect(loaded.name).toBe('tautan-set');
    expect(Object.keys(loaded.files).sort()).toEqual(['dokumen.hbs', 'lampiran/bab-1.hbs']);
  });

  it.each([
    ['nested a thousand levels deep', `font: ${'['.repeat(2000)}${']'.repeat(2000)}\n`, 'yaml-depth', 'Struktur YAML bersarang terlalu dalam.'],
    [
      'an alias bomb',
      ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`)].join('\n'),
      'yaml-aliases',
      'Terlalu banyak alias YAML (*nama); tulis nilainya langsung.',
    ],
  ])('refuses a settings.yaml %s as the file’s mistake, not a crash', async (_, text, code, message) => {
    const { set } = scratch();
    writeFileSync(join(set, 'settings.yaml'), text);
    const { problems } = await refusal(set);
    expect(problems).toEqual([{ code, severity: 'error', file: 'templates/set/settings.yaml', message }]);
  });
});
