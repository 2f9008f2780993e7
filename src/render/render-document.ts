/**
 * The rendering pipeline, in two steps: project + template set (+ assets) -> the document's tree
 * (prepareDocument), tree -> DOCX bytes (writeDocument). Two, so that the caller lets the project
 * go between them. Pure: files are read by actions/ and passed in. Each phase's time is reported
 * for the bench.
 */
import type { Project } from '../model/types.js';
import { MAIN_TEMPLATES, type DocumentRequest } from './document-kind.js';
import { writeDocx, type ChartSpec } from './docx/index.js';
import { ownCopy } from './markup/own-copy.js';
import { parseMarkup } from './markup/parse.js';
import type { DocumentTree } from './markup/types.js';
import { toDocumentSettings, type TemplateSettings } from './settings.js';
import { renderTemplates } from './templates/load-templates.js';
import { buildView, type View } from './view/build-view.js';

export type Phase = 'view' | 'template' | 'markup' | 'docx-build' | 'page-numbers' | 'pack';

export interface RenderInput {
  project: Project;
  templateSet: { name: string; files: Record<string, string>; settings: TemplateSettings };
  /** Images by key; "logo" is the government's logo when the project names one. */
  assets: Record<string, Uint8Array>;
  document: DocumentRequest;
  draf?: number;
  final: boolean;
  /** Fixed document timestamp (ISO), so the same input gives the same bytes. */
  created: string;
  onPhase?: (phase: Phase, ms: number) => void;
  onWarning?: (message: string) => void;
  /** Told the markup's size, in characters, once the templates made it and before it is read. */
  onMarkup?: (chars: number) => void;
}

/**
 * A document ready to be written: its tree and what the writer needs beside it. The project, its
 * view and the markup are not kept: at size L they are some 50 MB that the writer, which holds
 * the tree and lays it out, does not need (prepareDocument's frame takes them with it).
 */
export interface PreparedDocument {
  tree: DocumentTree;
  assets: Record<string, Uint8Array>;
  charts: Record<string, ChartSpec>;
  /** The size of the markup the tree was read from, in characters: how large the document is. */
  markupChars: number;
  onPhase?: (phase: Phase, ms: number) => void;
  onWarning?: (message: string) => void;
}

/** The view, the templates' markup and its tree: everything before the DOCX writer. */
export async function prepareDocument(input: RenderInput): Promise<PreparedDocument> {
  const timed = <T>(phase: Phase, work: () => T): T => {
    const start = performance.now();
    const result = work();
    input.onPhase?.(phase, performance.now() - start);
    return result;
  };
  const { project, templateSet } = input;
  const view = timed('view', () =>
    buildView(project, {
      document: input.document,
      ...(input.draf !== undefined ? { draf: input.draf } : {}),
      final: input.final,
      settings: templateSet.settings,
      hasLogo: 'logo' in input.assets,
    }),
  );
  // Compiling the set (or taking it precompiled, or from this process's cache) is template time.
  const templateStart = performance.now();
  const { markup, files } = await renderTemplates(templateSet, MAIN_TEMPLATES[input.document.kind], view);
  input.onPhase?.('template', performance.now() - templateStart);
  input.onMarkup?.(markup.length);
  const { sections } = timed('markup', () => parseMarkup(markup, files));
  const tree: DocumentTree = {
    // Copies: the project's texts are views of its whole YAML text, which the tree must not keep.
    meta: {
      title: ownCopy(view.laporan?.judul ?? view.dokumen.judul),
      subject: ownCopy(subjectOf(view)),
      creator: ownCopy(view.pemerintah.pemerintahDaerah),
      keywords: 'reformasi birokrasi; road map; rencana aksi',
      description: ownCopy(view.jenisDokumen === 'laporan' ? `Laporan ${view.laporan?.periodeKalimat ?? ''}` : view.draf.aktif ? `Draf ${view.draf.nomor}` : 'Final'),
      created: input.created,
      ...(view.draf.aktif && input.document.kind === 'regulasi' ? { watermark: 'DRAF' } : {}),
    },
    settings: toDocumentSettings(templateSet.settings, project.dokumen.kertas),
    sections,
  };
  return {
    tree,
    assets: input.assets,
    charts: view.laporan?.charts ?? {},
    markupChars: markup.length,
    ...(input.onPhase ? { onPhase: input.onPhase } : {}),
    ...(input.onWarning ? { onWarning: input.onWarning } : {}),
  };
}

/** The DOCX bytes of a prepared document. */
export function writeDocument(prepared: PreparedDocument): Promise<Uint8Array> {
  const { onPhase, onWarning } = prepared;
  return writeDocx(prepared.tree, {
    assets: prepared.assets,
    charts: prepared.charts,
    onPhase: (phase, ms) => onPhase?.(phase, ms),
    ...(onWarning ? { onWarning } : {}),
  });
}

function subjectOf(view: View): string {
  switch (view.jenisDokumen) {
    case 'regulasi':
      return `${view.pemerintah.peraturan} tentang ${view.dokumen.judul}`;
    case 'berkas-kerja':
      return `Berkas kerja penyusunan ${view.dokumen.judul}`;
    case 'laporan':
      return view.laporan?.judul ?? view.dokumen.judul;
  }
}
