/**
 * Reads a template set from disk (the built-in `templates/default`, or a folder given with
 * --template) into plain data for render/: its .hbs files and its validated settings.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument, LineCounter } from 'yaml';
import { UserError, ValidationFailed } from '../errors.js';
import { locate } from '../model/locate.js';
import { formatPath, type Problem } from '../model/problem.js';
import { describeIssue } from '../model/zod-issues.js';
import { TemplateSettings } from '../render/settings.js';

export interface LoadedTemplateSet {
  name: string;
  /** Absolute folder. */
  dir: string;
  /** Relative path (with "/") -> source, e.g. "lampiran/bab-1.hbs". */
  files: Record<string, string>;
  settings: TemplateSettings;
}

/** templates/ at the package root: two levels up from dist/actions or src/actions. */
export const BUILTIN_TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

export function builtinTemplateNames(): Promise<string[]> {
  return readdir(BUILTIN_TEMPLATES_DIR, { withFileTypes: true }).then((entries) =>
    entries.filter((e) => e.isDirectory()).map((e) => e.name).sort(),
  );
}

/** `dir` given: that folder; otherwise the built-in set of this name. */
export async function loadTemplateSet(dir: string | undefined, cwd: string, name = 'default'): Promise<LoadedTemplateSet> {
  const root = dir ? resolve(cwd, dir) : join(BUILTIN_TEMPLATES_DIR, name);
  const setName = dir ? basename(root) : name;
  let paths: string[];
  try {
    paths = (await readdir(root, { recursive: true })).map(String).filter((p) => p.endsWith('.hbs'));
  } catch {
    throw new UserError('E_TEMPLATE_NOT_FOUND', `Folder templat ${dir ?? root} tidak ditemukan.`, {
      hint: 'Buat salinan set bawaan dengan `roadmap templates eject FOLDER`, lalu pakai `--template FOLDER`.',
    });
  }
  const files: Record<string, string> = {};
  for (const path of paths.sort()) files[path.split(sep).join('/')] = await readFile(join(root, path), 'utf8');
  if (!files['dokumen.hbs']) {
    throw new UserError('E_TEMPLATE_MAIN_MISSING', `Set templat ${relative(cwd, root) || root} tidak memiliki dokumen.hbs.`);
  }
  const settingsFile = `templates/${setName}/settings.yaml`;
  const settingsText = await readFile(join(root, 'settings.yaml'), 'utf8').catch(() => '');
  return { name: setName, dir: root, files, settings: parseSettings(settingsText, settingsFile) };
}

function parseSettings(text: string, file: string): TemplateSettings {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const problems: Problem[] = doc.errors.map((e) => ({
    code: 'yaml-syntax',
    severity: 'error',
    file,
    line: e.linePos?.[0].line,
    column: e.linePos?.[0].col,
    message: `Kesalahan sintaks YAML: ${e.message.split('\n')[0]}`,
  }));
  if (problems.length === 0) {
    const result = TemplateSettings.safeParse(doc.toJS() ?? {}, { reportInput: true });
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      for (const d of describeIssue(issue, TemplateSettings)) {
        const loc = locate(doc, lineCounter, d.path, { key: d.atKey });
        problems.push({ code: d.code, severity: 'error', file, line: loc?.line, column: loc?.column, path: formatPath(d.path), message: d.message, ...(d.hint ? { hint: d.hint } : {}) });
      }
    }
  }
  throw new ValidationFailed(problems, `Pengaturan templat ${file} tidak valid.`);
}
