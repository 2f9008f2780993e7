/**
 * `roadmap diff A B`: what changed between two revisions of a project. Each side is a file or a
 * git revision of the other side's file (`HEAD~1`, `git:main`); a revision is always the older
 * side. Optionally writes the change list as a DOCX table for the revision annex. Never prints.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError, UserError, ValidationFailed } from '../errors.js';
import { gitShow, isGitRevision } from '../io/git-show.js';
import { writeFileAtomic } from '../io/write-file-atomic.js';
import { diffProjects, type ProjectDiff } from '../model/diff/diff-projects.js';
import { parseProject } from '../model/parse-project.js';
import type { Project } from '../model/types.js';
import type { Block, DocumentTree, Inline, TableRow } from '../render/markup/types.js';
import { TemplateSettings, toDocumentSettings } from '../render/settings.js';
import { checkOutputPath } from './output-path.js';
import { displayPath, resolveProjectPath } from './project-file.js';

export interface DiffSide {
  /** How the side is named to the user: a path, or "HEAD~1:roadmap.yaml". */
  label: string;
  /** The file, as shown to the user. */
  file: string;
  /** The git revision, when the side is one. */
  revision?: string;
  /** The last revision note of that side: draft number and date. */
  draf?: { draf: number; tanggal: string };
}

export interface DiffResult extends ProjectDiff {
  from: DiffSide;
  to: DiffSide;
  /** The DOCX written, as shown to the user. */
  docx?: string;
}

interface Loaded {
  side: DiffSide;
  project: Project;
}

type Spec = { kind: 'file'; path: string } | { kind: 'revision'; rev: string };

export async function diffRevisions(a: string, b: string, cwd: string, options: { docx?: string } = {}): Promise<DiffResult> {
  // 1. Which argument is a file and which a revision.
  let specA = await classify(a, cwd);
  let specB = await classify(b, cwd);
  const fileSpec = [specA, specB].find((s) => s?.kind === 'file') as Extract<Spec, { kind: 'file' }> | undefined;
  if (!fileSpec) {
    if (specA?.kind === 'revision' && specB?.kind === 'revision') {
      throw new UsageError('E_DIFF_TWO_REVISIONS', 'Sebutkan sedikitnya satu berkas.', {
        hint: 'Contoh: roadmap diff roadmap.yaml HEAD~1, atau roadmap diff draf-2.yaml draf-3.yaml',
      });
    }
    const missing = specA ? b : a;
    throw new UserError('E_DIFF_NOT_FOUND', `"${missing}" bukan berkas yang ada.`, { hint: 'Sebutkan dua berkas roadmap.yaml, atau satu berkas dan satu revisi git (misalnya HEAD~1).' });
  }
  const dir = resolve(fileSpec.path, '..');
  specA ??= (await isGitRevision(dir, a)) ? { kind: 'revision', rev: a } : undefined;
  specB ??= (await isGitRevision(dir, b)) ? { kind: 'revision', rev: b } : undefined;
  if (!specA || !specB) {
    const missing = specA ? b : a;
    throw new UserError('E_DIFF_NOT_FOUND', `"${missing}" bukan berkas maupun revisi git.`, {
      hint: 'Revisi git ditulis seperti HEAD~1, main, v1.0 atau git:HEAD~1 (dari dalam repositori).',
    });
  }
  // A revision is the older side, whichever order the arguments came in.
  const [older, newer] = specA.kind === 'file' && specB.kind === 'revision' ? [specB, specA] : [specA, specB];

  const out = options.docx ? resolve(cwd, options.docx) : undefined;
  if (out && options.docx) {
    const inputs = [specA, specB].flatMap((s) => (s.kind === 'file' ? [s.path] : [fileSpec.path]));
    await checkOutputPath(out, { flag: '--docx', given: options.docx, extensions: ['.docx'], example: 'daftar-perubahan.docx', inputs });
  }

  // 2. Load both sides; each must be a valid project.
  const before = await load(older, fileSpec.path, cwd);
  const after = await load(newer, fileSpec.path, cwd);
  const diff = diffProjects(before.project, after.project);
  const result: DiffResult = { from: before.side, to: after.side, ...diff };

  // 3. The annex table.
  if (out && options.docx) {
    const { writeDocx } = await import('../render/docx/index.js');
    const bytes = await writeDocx(changeListDocument(result, after.project));
    await writeFileAtomic(out, bytes, { shown: options.docx });
    result.docx = options.docx;
  }
  return result;
}

/** A path that exists is a file (a folder means its roadmap.yaml); `git:REV` is a revision; else unknown yet. */
async function classify(arg: string, cwd: string): Promise<Spec | undefined> {
  if (arg.startsWith('git:')) {
    const rev = arg.slice(4);
    if (rev === '') throw new UsageError('E_DIFF_REV', '"git:" memerlukan revisi, misalnya git:HEAD~1.');
    return { kind: 'revision', rev };
  }
  const info = await stat(resolve(cwd, arg)).catch(() => undefined);
  if (!info) return undefined;
  return { kind: 'file', path: await resolveProjectPath(arg, cwd) };
}

async function load(spec: Spec, file: string, cwd: string): Promise<Loaded> {
  const shown = displayPath(spec.kind === 'file' ? spec.path : file, cwd);
  let text: string;
  let label: string;
  if (spec.kind === 'file') {
    label = shown;
    try {
      text = await readFile(spec.path, 'utf8');
    } catch (error) {
      throw new UserError('E_PROJECT_UNREADABLE', `${shown} tidak dapat dibaca (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
    }
  } else {
    label = `${spec.rev}:${shown}`;
    text = await gitShow(file, spec.rev, shown);
  }
  const parsed = parseProject(text, label);
  if (!parsed.project) {
    throw new ValidationFailed(parsed.problems, `${label} tidak valid, sehingga tidak dapat dibandingkan.`);
  }
  const last = parsed.project.riwayatRevisi.reduce<{ draf: number; tanggal: string } | undefined>(
    (best, r) => (!best || r.draf > best.draf ? { draf: r.draf, tanggal: r.tanggal } : best),
    undefined,
  );
  const side: DiffSide = { label, file: shown, ...(spec.kind === 'revision' ? { revision: spec.rev } : {}), ...(last ? { draf: last } : {}) };
  return { side, project: parsed.project };
}

// --- the annex ---

const text = (t: string, style: { bold?: boolean; italic?: boolean } = {}): Inline => ({ type: 'text', text: t, ...style });
const cell = (children: Block[], extra: Partial<TableRow['cells'][number]> = {}) => ({ children, colspan: 1, rowspan: 1, ...extra });
const para = (t: string, style: { bold?: boolean } = {}): Block => ({ type: 'paragraph', style: 'table', children: [text(t, style)] });

function sideText(side: DiffSide): string {
  return side.draf ? `${side.label} (draf ${side.draf.draf}, ${side.draf.tanggal})` : side.label;
}

/** The change list as a document: a title, what was compared, and a table grouped by part. */
export function changeListDocument(result: DiffResult, project: Project): DocumentTree {
  const jenis = { kabupaten: 'Kabupaten', kota: 'Kota', provinsi: 'Provinsi' }[project.pemerintah.jenis];
  const judul = `Road Map Reformasi Birokrasi Pemerintah ${jenis} ${project.pemerintah.nama} Tahun ${project.periode.mulai}-${project.periode.selesai}`;
  const { added, removed, changed, moved } = result.count;
  const rows: TableRow[] = [
    {
      header: true,
      cantSplit: true,
      cells: ['No', 'Bagian', 'Uraian Perubahan'].map((h) => cell([para(h, { bold: true })], { align: 'center', shade: 'D9E2F3' })),
    },
  ];
  let n = 0;
  for (const group of result.groups) {
    rows.push({ header: false, cantSplit: true, cells: [cell([para(group.label, { bold: true })], { colspan: 3, shade: 'F2F2F2' })] });
    for (const change of group.changes) {
      n++;
      rows.push({
        header: false,
        cantSplit: true,
        cells: [cell([para(String(n))], { align: 'center' }), cell([para(change.subject?.kind === 'revisi' ? `Draf ${change.subject.id}` : (change.subject?.id ?? change.field ?? ''))]), cell([para(change.text)])],
      });
    }
  }
  const children: Block[] = [
    { type: 'heading', level: 1, align: 'center', toc: false, children: [text('DAFTAR PERUBAHAN')] },
    { type: 'paragraph', align: 'center', children: [text(judul)] },
    { type: 'spacer', height: 6 },
    { type: 'paragraph', children: [text('Dibandingkan: '), text(sideText(result.from), { italic: true }), text(' dengan '), text(sideText(result.to), { italic: true }), text('.')] },
    {
      type: 'paragraph',
      children: [text(`Jumlah perubahan: ${result.changes.length} (ditambahkan ${added}, dihapus ${removed}, diubah ${changed}, dipindahkan ${moved}).`)],
    },
  ];
  if (result.changes.length === 0) children.push({ type: 'paragraph', children: [text('Tidak ada perubahan.', { italic: true })] });
  else children.push({ type: 'table', columns: [6, 20, 74], borders: true, rows });
  return {
    meta: {
      title: `Daftar Perubahan ${judul}`,
      creator: 'roadmap',
      // Same input, same bytes: the date of the newer draft, not the clock.
      created: `${result.to.draf?.tanggal ?? '2000-01-01'}T00:00:00Z`,
    },
    settings: toDocumentSettings(TemplateSettings.parse({}), project.dokumen.kertas),
    sections: [{ props: { orientation: 'portrait', pageNumberFormat: 'decimal', pageNumberStart: 1 }, children }],
  };
}
