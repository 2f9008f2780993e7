/**
 * The built-in set precompiled at `npm run build` renders exactly what the set compiled at run
 * time renders, fails exactly as it fails, and is used only for the files it was made from.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTemplateSet, type LoadedTemplateSet } from '../../actions/template-set.js';
import { parseProject } from '../../model/parse-project.js';
import { MAIN_TEMPLATES, type DocumentRequest } from '../document-kind.js';
import { buildView } from '../view/build-view.js';
import { compileTemplates } from './compile-templates.js';
import { HandlebarsRuntime } from './handlebars-runtime.js';
import { renderWith } from './load-templates.js';
import { precompiledModules } from './precompile-templates.js';
import { fromPrecompiled, type PrecompiledSet } from './precompiled-templates.js';
import { TemplateError } from './template-error.js';

const ROOT = new URL('../../../', import.meta.url).pathname;
const GENERATOR = 'scripts/precompile-templates.js';
const text = readFileSync(join(ROOT, 'examples/kabupaten-sukamaju/roadmap.yaml'), 'utf8');
const project = parseProject(text, 'roadmap.yaml').project!;
const DOCUMENTS: DocumentRequest[] = [{ kind: 'regulasi', bagian: 'semua' }, { kind: 'berkas-kerja' }, { kind: 'laporan', tahun: 2025, triwulan: 2 }];

let set: LoadedTemplateSet;
let folder: string;
let precompiled: PrecompiledSet;

beforeAll(async () => {
  set = await loadTemplateSet(undefined, ROOT);
  folder = mkdtempSync(join(tmpdir(), 'roadmap-precompiled-'));
  const modules = precompiledModules(set, Object.values(MAIN_TEMPLATES), 'precompiled-default', GENERATOR);
  for (const { file, text } of [...modules.variants, modules.index]) writeFileSync(join(folder, file), text);
  precompiled = ((await import(pathToFileURL(join(folder, modules.index.file)).href)) as { default: PrecompiledSet }).default;
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const viewFor = (document: DocumentRequest) => buildView(project, { document, final: false, settings: set.settings, hasLogo: true });
const precompiledFor = async (main: string, of: { name: string; files: Record<string, string> } = set) =>
  fromPrecompiled(precompiled, of, main, HandlebarsRuntime.create());

describe('the precompiled built-in set', () => {
  it.each(DOCUMENTS.map((document) => [document.kind, document] as const))('renders the %s exactly as the compiled set does', async (_kind, document) => {
    const main = MAIN_TEMPLATES[document.kind];
    const fast = await precompiledFor(main);
    expect(fast).toBeDefined();
    expect(fast!.explainsFailures).toBe(false);
    const view = viewFor(document);
    const expected = compileTemplates(set, main).render(view);
    expect(fast!.render(view)).toEqual(expected);
    // And again: a set is made once and rendered for every build of a watch session.
    expect(fast!.render(view)).toEqual(expected);
  });

  it('labels the files with the set’s own name', async () => {
    const ejected = { name: 'templat-kami', files: set.files };
    const view = viewFor(DOCUMENTS[0]!);
    expect((await precompiledFor('dokumen.hbs', ejected))!.render(view).files).toEqual(compileTemplates(ejected, 'dokumen.hbs').render(view).files);
  });

  it('is not used for a set that differs in any file, by another Handlebars version, nor when a module is missing', async () => {
    const [first] = Object.keys(set.files);
    expect(await precompiledFor('dokumen.hbs', { name: 'default', files: { ...set.files, [first!]: `${set.files[first!]} ` } })).toBeUndefined();
    expect(await precompiledFor('dokumen.hbs', { name: 'default', files: { ...set.files, 'baru.hbs': 'x' } })).toBeUndefined();
    const { [first!]: _dropped, ...fewer } = set.files;
    expect(await precompiledFor('dokumen.hbs', { name: 'default', files: fewer })).toBeUndefined();
    expect(await precompiledFor('tidak-ada.hbs')).toBeUndefined();
    expect(await fromPrecompiled({ ...precompiled, handlebars: '0.0.0' }, set, 'dokumen.hbs', HandlebarsRuntime.create())).toBeUndefined();
    const lost = { ...precompiled, variants: { ...precompiled.variants, 'dokumen.hbs': () => import(pathToFileURL(join(folder, 'hilang.js')).href) } };
    expect(await fromPrecompiled(lost, set, 'dokumen.hbs', HandlebarsRuntime.create())).toBeUndefined();
  });

  it('reports a failure while rendering exactly as the compiled set does', async () => {
    const view = viewFor(DOCUMENTS[0]!);
    const failures: object[] = [
      // A field missing deep in a path: only the parsed template names the whole path.
      { ...view, pemerintah: { ...view.pemerintah, kepalaDaerah: { ...view.pemerintah.kepalaDaerah, nama: undefined } } },
      { ...view, dokumen: { ...view.dokumen, judul: undefined } },
      // A helper refusing its argument.
      { ...view, dokumen: { ...view.dokumen, tanggalDitetapkan: '2025-02-30' } },
    ];
    for (const failing of failures) {
      const compiled = errorOf(() => compileTemplates(set, 'dokumen.hbs').render(failing));
      expect(compiled).toBeInstanceOf(TemplateError);
      const fast = await renderWith((await precompiledFor('dokumen.hbs'))!, set, 'dokumen.hbs', failing).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(fast).toBeInstanceOf(TemplateError);
      expect((fast as TemplateError).problems).toEqual((compiled as TemplateError).problems);
    }
  });
});

/** The modules `npm run build` wrote: those of ROADMAP_BIN's build when set, else dist/. */
const DIST = process.env.ROADMAP_BIN ? dirname(process.env.ROADMAP_BIN) : join(ROOT, 'dist');
const BUILT = join(DIST, 'render/templates');

describe('the modules of the build', () => {
  it.skipIf(!existsSync(join(BUILT, 'precompiled-default.js')))('are what the sources make now (else run npm run build)', () => {
    const modules = precompiledModules(set, [...new Set(Object.values(MAIN_TEMPLATES))], 'precompiled-default', GENERATOR);
    for (const { file, text } of [...modules.variants, modules.index]) {
      expect(readFileSync(join(BUILT, file), 'utf8') === text, `${join(BUILT, file)} is stale: run npm run build`).toBe(true);
    }
  });
});

function errorOf(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  return undefined;
}
