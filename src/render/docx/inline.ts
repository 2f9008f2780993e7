/**
 * Inline nodes to runs (w:r): text with its formatting (w:b, w:i, w:u, w:vertAlign, w:sz,
 * w:rFonts, w:caps), line breaks (w:br), tabs (w:tab) and page fields (PAGE, NUMPAGES,
 * SECTIONPAGES as w:fldChar/w:instrText).
 */
import { PageNumber, Tab, TextRun, type IRunOptions } from 'docx';
import type { Inline, TextStyle } from '../markup/types.js';
import type { BlockContext } from './context.js';
import { ptToHalfPoints } from './units.js';

/** Defaults a paragraph gives its runs: the section/table font and size, and bold for headings. */
export interface RunDefaults {
  font?: string;
  /** Points. */
  size?: number;
}

export function runDefaults(ctx: BlockContext, styleSize: number | undefined): RunDefaults {
  return {
    ...(ctx.font !== undefined ? { font: ctx.font } : {}),
    ...(ctx.table ? { size: ctx.table.size } : styleSize !== undefined ? { size: styleSize } : {}),
  };
}

function styleOptions(style: TextStyle, defaults: RunDefaults): IRunOptions {
  const font = style.font ?? defaults.font;
  const size = style.size ?? defaults.size;
  return {
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italics: true } : {}),
    ...(style.underline ? { underline: {} } : {}),
    ...(style.superscript ? { superScript: true } : {}),
    ...(style.caps ? { allCaps: true } : {}),
    ...(font !== undefined ? { font } : {}),
    ...(size !== undefined ? { size: ptToHalfPoints(size) } : {}),
  };
}

const FIELDS = {
  page: PageNumber.CURRENT,
  pages: PageNumber.TOTAL_PAGES,
  'section-pages': PageNumber.TOTAL_PAGES_IN_SECTION,
} as const;

export function renderInlines(inlines: readonly Inline[], defaults: RunDefaults): TextRun[] {
  // Breaks and tabs carry the surrounding run's font/size so an empty line is as tall as its text.
  const plain = styleOptions({}, defaults);
  return inlines.map((inline) => {
    switch (inline.type) {
      case 'text':
        return new TextRun({ ...styleOptions(inline, defaults), text: inline.text });
      case 'break':
        return new TextRun({ ...plain, break: 1 });
      case 'tab':
        return new TextRun({ ...plain, children: [new Tab()] });
      case 'field':
        return new TextRun({ ...styleOptions(inline, defaults), children: [FIELDS[inline.field]] });
    }
  });
}

/** The text of inlines, for warnings and checks. */
export const inlineText = (inlines: readonly Inline[]): string =>
  inlines.map((i) => (i.type === 'text' ? i.text : i.type === 'break' ? '\n' : i.type === 'tab' ? '\t' : '#')).join('');
