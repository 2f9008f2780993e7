/**
 * Paragraph-level blocks to w:p: body paragraphs (w:pPr: w:pStyle, w:jc, w:ind, w:spacing,
 * w:keepNext, w:keepLines, w:pageBreakBefore), headings (w:pStyle Heading1..4), spacers
 * (an empty w:p with exact w:spacing w:line), page breaks (w:br w:type="page") and pictures.
 */
import {
  AlignmentType,
  ImageRun,
  LineRuleType,
  PageBreak as DocxPageBreak,
  Paragraph as DocxParagraph,
  type IParagraphOptions,
} from 'docx';
import type { Align, Heading, Image, Paragraph, ParagraphProps, Spacer } from '../markup/types.js';
import type { BlockContext } from './context.js';
import { imageTypeOf } from './images.js';
import { renderInlines, runDefaults } from './inline.js';
import { PARAGRAPH_STYLE_IDS, SIZE_DELTA, headingStyleId, styleSize } from './styles.js';
import { lineSpacingToLine, ptToHalfPoints, ptToPixels, ptToTwips, resolveLength } from './units.js';

export const ALIGNMENT = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

/** Extra paragraph properties a caller (a list, a table cell) imposes. */
export interface ParagraphOverrides {
  indent?: { left: number; hanging?: number };
  numbering?: { reference: string; level: number; instance: number };
  /** Alignment used when the paragraph gives none (a cell's align). */
  defaultAlign?: Align;
}

function styleIdOf(style: string | undefined, ctx: BlockContext): string | undefined {
  if (ctx.table && (style === undefined || style === 'body')) return PARAGRAPH_STYLE_IDS.table;
  if (style === undefined) return undefined;
  if (!(style in PARAGRAPH_STYLE_IDS)) {
    ctx.doc.warn(`unknown paragraph style '${style}', body used`);
    return undefined;
  }
  return PARAGRAPH_STYLE_IDS[style];
}

/** The point size runs get explicitly, only where the section or table overrides the styles. */
function explicitSize(style: string | undefined, ctx: BlockContext): number | undefined {
  if (ctx.table) return ctx.table.size;
  if (ctx.baseSize === undefined || style === 'table') return undefined;
  return styleSize(style, ctx.baseSize);
}

/** w:spacing: the paragraph's own values, else the section's line spacing for body text. */
function spacingOf(props: ParagraphProps, ctx: BlockContext): IParagraphOptions['spacing'] {
  const compact = ctx.table !== undefined || ctx.compact === true;
  const line =
    props.lineSpacing ?? (compact ? 1 : props.style === undefined || props.style === 'body' ? ctx.lineSpacing : undefined);
  const after = props.spaceAfter ?? (compact ? 0 : undefined);
  const before = props.spaceBefore ?? (compact ? 0 : undefined);
  if (line === undefined && after === undefined && before === undefined) return undefined;
  return {
    ...(line !== undefined ? { line: lineSpacingToLine(line), lineRule: LineRuleType.AUTO } : {}),
    ...(before !== undefined ? { before: ptToTwips(before) } : {}),
    ...(after !== undefined ? { after: ptToTwips(after) } : {}),
  };
}

/** w:ind from the tree's lengths, or from a list that owns the paragraph. */
function indentOf(props: ParagraphProps, ctx: BlockContext, over: ParagraphOverrides): IParagraphOptions['indent'] {
  const left = over.indent?.left ?? (props.indent ? resolveLength(props.indent, ctx.textWidth) : undefined);
  const hanging = over.indent?.hanging ?? (props.hanging ? resolveLength(props.hanging, ctx.textWidth) : undefined);
  const firstLine = props.firstLine && hanging === undefined ? resolveLength(props.firstLine, ctx.textWidth) : undefined;
  if (left === undefined && hanging === undefined && firstLine === undefined) return undefined;
  return {
    ...(left !== undefined ? { left } : {}),
    ...(hanging !== undefined ? { hanging } : {}),
    ...(firstLine !== undefined ? { firstLine } : {}),
  };
}

export function renderParagraph(p: Paragraph, ctx: BlockContext, over: ParagraphOverrides = {}): DocxParagraph {
  const style = styleIdOf(p.style, ctx);
  const size = explicitSize(p.style, ctx);
  const defaults = runDefaults(ctx, size);
  const align = p.align ?? over.defaultAlign ?? ctx.align;
  const spacing = spacingOf(p, ctx);
  const indent = indentOf(p, ctx, over);
  return new DocxParagraph({
    ...(style !== undefined ? { style } : {}),
    ...(align !== undefined ? { alignment: ALIGNMENT[align] } : {}),
    ...(spacing !== undefined ? { spacing } : {}),
    ...(indent !== undefined ? { indent } : {}),
    ...(p.keepNext ? { keepNext: true } : {}),
    ...(p.keepLines ? { keepLines: true } : {}),
    ...(p.pageBreakBefore ? { pageBreakBefore: true } : {}),
    ...(over.numbering ? { numbering: over.numbering } : {}),
    // The paragraph mark (w:pPr/w:rPr) gets the run size so an empty paragraph is as tall as text.
    ...(defaults.font !== undefined || defaults.size !== undefined
      ? { run: { ...(defaults.font ? { font: defaults.font } : {}), ...(defaults.size ? { size: ptToHalfPoints(defaults.size) } : {}) } }
      : {}),
    children: renderInlines(p.children, defaults),
  });
}

export function renderHeading(h: Heading, ctx: BlockContext): DocxParagraph {
  // A section font beats the heading font only when the settings gave no heading font of their own.
  const font = ctx.doc.settings.headingFont === undefined ? ctx.font : undefined;
  const size = ctx.baseSize !== undefined ? ctx.baseSize + (SIZE_DELTA[`heading${h.level}`] ?? 0) : undefined;
  const defaults = { ...(font !== undefined ? { font } : {}), ...(size !== undefined ? { size } : {}) };
  return new DocxParagraph({
    style: headingStyleId(h.level, h.toc),
    ...(h.align !== undefined ? { alignment: ALIGNMENT[h.align] } : {}),
    ...(h.pageBreakBefore ? { pageBreakBefore: true } : {}),
    ...(ctx.lineSpacing !== undefined ? { spacing: { line: lineSpacingToLine(ctx.lineSpacing), lineRule: LineRuleType.AUTO } } : {}),
    children: renderInlines(h.children, defaults),
  });
}

/** An empty paragraph exactly `height` points tall (w:spacing w:line w:lineRule="exact"). */
export function renderSpacer(s: Spacer): DocxParagraph {
  const twips = Math.max(ptToTwips(s.height), 1);
  return new DocxParagraph({
    spacing: { line: twips, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    // A tiny paragraph mark so the exact height is not overridden by a taller font in some readers.
    run: { size: 2 },
    children: [],
  });
}

/** A page break as its own paragraph (w:br w:type="page"), as Word writes Ctrl+Enter. */
export function renderPageBreak(): DocxParagraph {
  return new DocxParagraph({ spacing: { before: 0, after: 0 }, children: [new DocxPageBreak()] });
}

export function renderImage(img: Image, ctx: BlockContext): DocxParagraph {
  const data = ctx.doc.assets[img.src];
  if (data === undefined) {
    ctx.doc.warn(`image '${img.src}' is not among the assets; left out`);
    return new DocxParagraph({ children: [] });
  }
  const type = imageTypeOf(data);
  if (type === undefined) {
    ctx.doc.warn(`image '${img.src}' is neither PNG nor JPEG; left out`);
    return new DocxParagraph({ children: [] });
  }
  return new DocxParagraph({
    alignment: ALIGNMENT[img.align ?? 'center'],
    // Single spacing: with "auto" line spacing above 1 Word would add space above the picture.
    spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
    keepNext: true,
    children: [
      new ImageRun({
        type,
        data,
        transformation: { width: ptToPixels(img.width), height: ptToPixels(img.height) },
        altText: { name: img.src, title: img.src, description: img.src },
      }),
    ],
  });
}
