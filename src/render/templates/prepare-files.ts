/**
 * A template set's files in the order one rendering numbers them (the main template first, then
 * the partials by path), each marked for source mapping. Shared by the compiler at run time and
 * by the precompiler at `npm run build`, so both number and mark the files the same way.
 */
import { injectSourceMarkers, type MarkerShift } from './inject-source-markers.js';
import { TemplateError, TemplateProblemCode } from './template-error.js';

/** A template set as read from disk: paths relative to the set's folder → contents. */
export interface TemplateSet {
  name: string;
  files: Record<string, string>;
}

/** The regulation's main template; the other documents have their own (render/document-kind.ts). */
export const MAIN_TEMPLATE = 'dokumen.hbs';

export interface PreparedFile {
  /** Path inside the set, `/`-separated: `lampiran/bab-1.hbs`. */
  path: string;
  /** `templates/<set>/<path>`, as problems name the file. */
  label: string;
  /** The template with its `<?src N:L?>` markers. */
  source: string;
  shifts: ReadonlyMap<number, MarkerShift>;
}

/** The main template first, then the partials in path order; each marked for source mapping. */
export function prepareFiles(set: TemplateSet, main: string): PreparedFile[] {
  const paths = Object.keys(set.files)
    .map((path) => ({ original: path, path: normalPath(path) }))
    .filter(({ path }) => path.endsWith('.hbs'))
    .sort((a, b) => (a.path === main ? -1 : b.path === main ? 1 : a.path.localeCompare(b.path)));
  if (paths[0]?.path !== main) {
    throw new TemplateError([
      {
        code: TemplateProblemCode.MISSING_MAIN,
        severity: 'error',
        file: fileLabel(set, main),
        line: 1,
        message: `Templat utama ${main} tidak ada di set "${set.name}".`,
        hint: 'Set templat yang disalin dari versi lama belum memuat dokumen ini; salin ulang berkasnya dari `roadmap templates eject FOLDER-BARU`.',
      },
    ]);
  }
  return paths.map(({ original, path }, index) => {
    const text = (set.files[original] ?? '').replace(/^\uFEFF/, '');
    const marked = injectSourceMarkers(text, index);
    return { path, label: fileLabel(set, path), source: marked.text, shifts: marked.shifts };
  });
}

/** A path inside the set as written in it, `/`-separated and without a leading `./`. */
export function normalPath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '');
}

export function fileLabel(set: Pick<TemplateSet, 'name'>, path: string): string {
  return `templates/${set.name}/${path}`;
}

/** `lampiran/bab-1.hbs` is the partial `lampiran/bab-1`. */
export function partialName(path: string): string {
  return path.replace(/\.hbs$/, '');
}
