/**
 * What a block needs to know about where it is rendered: the section's text width (for `Length`
 * percentages and table widths), the section's font overrides, and whether it sits in a table,
 * header or footer. One `DocContext` is shared by the whole document.
 */
import type { Align, DocumentSettings, List } from '../markup/types.js';

export interface DocContext {
  settings: DocumentSettings;
  assets: Record<string, Uint8Array>;
  /** Each List node's numbering reference and instance, decided by a pre-pass in tree order (P6). */
  lists: Map<List, { reference: string; instance: number }>;
  warn: (message: string) => void;
}

export interface BlockContext {
  doc: DocContext;
  /** Page width minus left and right margins, twips. */
  textWidth: number;
  /** Section font when it differs from the document default: written on every run (w:rFonts). */
  font?: string;
  /** Section point size when it differs from the document default: written on every run (w:sz). */
  baseSize?: number;
  /** Section line spacing when it differs from the default: written on body paragraphs (w:spacing w:line). */
  lineSpacing?: number;
  /** Inside a table cell: the table's point size and single spacing with no space after. */
  table?: { size: number };
  /** A table cell's alignment, for its paragraphs that give none (w:jc). */
  align?: Align;
  /** In a header or footer: single spacing, no space after, unless a paragraph says otherwise. */
  compact?: boolean;
}
