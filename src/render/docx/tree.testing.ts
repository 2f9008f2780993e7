/**
 * Test support for the DOCX writer's tests (never built into dist: tsconfig.build.json leaves
 * out `*.testing.ts`): a document tree with the settings every test starts from, and where the
 * DOCX checker lives.
 */
import { join } from 'node:path';
import type { Block, DocumentTree, Section } from '../markup/types.js';

/** A tree of the given sections on A4 in Arial 12, with `settings` overriding any default. */
export function treeOf(sections: Section[], settings: Partial<DocumentTree['settings']> = {}, meta: Partial<DocumentTree['meta']> = {}): DocumentTree {
  return {
    meta: { title: 'Uji', created: '2025-03-01T10:00:00Z', ...meta },
    settings: {
      paper: 'A4',
      margins: { top: 1701, right: 1134, bottom: 1134, left: 1701 },
      font: 'Arial',
      fontSize: 12,
      lineSpacing: 1.5,
      paragraphSpacing: 6,
      tableFontSize: 10,
      ...settings,
    },
    sections,
  };
}

/** One portrait section with decimal page numbers holding `children`. */
export const portraitSection = (children: Block[]): Section => ({ props: { orientation: 'portrait', pageNumberFormat: 'decimal' }, children });

/** docx-check (schema, package rules, LibreOffice) lives in ../shared beside the repository (README). */
export const DOCX_CHECK = join(import.meta.dirname, '../../../../shared/tools/docx-check');
