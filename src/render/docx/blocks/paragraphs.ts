/**
 * Paragraph-level blocks to w:p: body paragraphs (w:pStyle, w:jc, w:ind, w:spacing, w:keepNext,
 * w:keepLines, w:pageBreakBefore), headings (w:pStyle Heading1..4, with the _Toc bookmark the
 * table of contents links to), spacers (an empty w:p with exact w:spacing w:line), page breaks
 * (w:br w:type="page") and pictures. Each writes its XML to the part and returns its box.
 */
import type { Align, Heading, Image, Paragraph, ParagraphProps, Spacer } from '../../markup/types.js';
import { measuring, type BlockContext } from '../context.js';
import { NO_BOX, type ParaBox } from '../layout/boxes.js';
import { inlinePieces, markMetrics } from '../layout/inline-pieces.js';
import { widestWord } from '../layout/line-break.js';
import { measureParagraph } from '../layout/measure-paragraph.js';
import type { EffectiveStyle } from '../layout/style-table.js';
import { mediaRelId } from '../package/media.js';
import { lineSpacingToLine, ptToTwips, resolveLength } from '../units.js';
import { drawingXml } from '../wml/drawing-xml.js';
import { paragraphXml, type ParagraphProperties } from '../wml/paragraph-xml.js';
import { inlineXml, runProperties, type RunDefaults } from '../wml/run-xml.js';
import { PARAGRAPH_STYLE_IDS, SIZE_DELTA, headingStyleId, styleSize, tableStyleId } from '../wml/styles.js';

/** Extra paragraph properties a caller (a list, a table cell) imposes. */
export interface ParagraphOverrides {
  indent?: { left: number; hanging?: number };
  numbering?: { numId: number; level: number };
  /** Alignment used when the paragraph gives none (a cell's align). */
  defaultAlign?: Align;
}

/** A table's own text: the table text style at the table's size carries size and spacing. */
const isTableText = (style: string | undefined, ctx: BlockContext): boolean => ctx.table !== undefined && (style === undefined || style === 'body');

function styleIdOf(style: string | undefined, ctx: BlockContext, quiet = false): string | undefined {
  if (ctx.table && isTableText(style, ctx)) return tableStyleId(ctx.table.size, ctx.doc.settings);
  if (style === undefined) return undefined;
  if (!(style in PARAGRAPH_STYLE_IDS)) {
    if (!quiet) ctx.doc.warn(`gaya paragraf '${style}' tidak dikenal; gaya body dipakai`);
    return undefined;
  }
  return PARAGRAPH_STYLE_IDS[style];
}

export function effectiveStyle(ctx: BlockContext, styleId: string | undefined): EffectiveStyle {
  const styles = ctx.doc.styles;
  return styles.get(styleId ?? 'Normal') ?? styles.get('Normal')!;
}

/** The point size runs get explicitly, only where the section or table overrides the styles. */
function explicitSize(style: string | undefined, ctx: BlockContext): number | undefined {
  if (isTableText(style, ctx)) return undefined;
  if (ctx.table) return ctx.table.size;
  if (ctx.baseSize === undefined || style === 'table') return undefined;
  return styleSize(style, ctx.baseSize);
}

/**
 * w:spacing: the paragraph's own values, else the section's line spacing for body text; in a
 * header or footer single spacing with no space around. Table text gets that from its style.
 */
function spacingOf(props: ParagraphProps, ctx: BlockContext): ParagraphProperties['spacing'] {
  const compact = (ctx.table !== undefined && !isTableText(props.style, ctx)) || (ctx.table === undefined && ctx.compact === true);
  const body = !ctx.table && (props.style === undefined || props.style === 'body');
  const line = props.lineSpacing ?? (compact ? 1 : body ? ctx.lineSpacing : undefined);
  const after = props.spaceAfter ?? (compact ? 0 : undefined);
  const before = props.spaceBefore ?? (compact ? 0 : undefined);
  if (line === undefined && after === undefined && before === undefined) return undefined;
  return {
    line: line !== undefined ? lineSpacingToLine(line) : undefined,
    lineRule: line !== undefined ? 'auto' : undefined,
    before: before !== undefined ? ptToTwips(before) : undefined,
    after: after !== undefined ? ptToTwips(after) : undefined,
  };
}

/** w:ind from the tree's lengths, or from a list that owns the paragraph. */
function indentOf(props: ParagraphProps, ctx: BlockContext, over: ParagraphOverrides): ParagraphProperties['indent'] {
  const left = over.indent?.left ?? (props.indent ? resolveLength(props.indent, ctx.textWidth) : undefined);
  const hanging = over.indent?.hanging ?? (props.hanging ? resolveLength(props.hanging, ctx.textWidth) : undefined);
  const firstLine = props.firstLine && hanging === undefined ? resolveLength(props.firstLine, ctx.textWidth) : undefined;
  if (left === undefined && hanging === undefined && firstLine === undefined) return undefined;
  return { left, hanging, firstLine };
}

/** The paragraph mark's run properties: the run font/size, so an empty paragraph is as tall as text. */
const markOf = (defaults: RunDefaults): string | undefined =>
  defaults.font !== undefined || defaults.size !== undefined ? runProperties({}, defaults) : undefined;

/** No direct run formatting: what a table's own text and most body text get. */
const NO_DEFAULTS: RunDefaults = Object.freeze({});

export function renderParagraph(p: Paragraph, ctx: BlockContext, over: ParagraphOverrides = {}): ParaBox {
  const styleId = styleIdOf(p.style, ctx);
  const size = explicitSize(p.style, ctx);
  // Built without spreads: this runs for every cell of every table.
  const defaults: RunDefaults = ctx.font === undefined && size === undefined ? NO_DEFAULTS : { font: ctx.font, size };
  const props: ParagraphProperties = {
    styleId,
    keepNext: ctx.keepNext || p.keepNext,
    keepLines: p.keepLines,
    pageBreakBefore: p.pageBreakBefore,
    numbering: over.numbering,
    spacing: spacingOf(p, ctx),
    indent: indentOf(p, ctx, over),
    align: p.align ?? over.defaultAlign ?? ctx.align,
    markRPr: markOf(defaults),
  };
  if (!measuring(ctx)) {
    ctx.part.sink.push(paragraphXml(props, inlineXml(p.children, defaults, ctx.fields)));
    return NO_BOX;
  }
  const style = effectiveStyle(ctx, styleId);
  return measureParagraph(
    props,
    style,
    { pieces: inlinePieces(p.children, defaults, style, ctx.doc.fonts), mark: markMetrics(defaults, style, ctx.doc.fonts), numbered: over.numbering !== undefined },
    ctx.textWidth,
  );
}

/**
 * The narrowest text width that shows every word of the paragraph whole on a line: the widest
 * word (in the fonts and sizes its runs are drawn in) plus the indent its lines start at.
 */
export function paragraphWordWidth(p: Paragraph, ctx: BlockContext, over: ParagraphOverrides = {}): number {
  const styleId = styleIdOf(p.style, ctx, true);
  const size = explicitSize(p.style, ctx);
  const defaults: RunDefaults = ctx.font === undefined && size === undefined ? NO_DEFAULTS : { font: ctx.font, size };
  const style = effectiveStyle(ctx, styleId);
  const indent = indentOf(p, ctx, over);
  const left = indent?.left ?? style.indentLeft;
  // A first line indented further (not a list's, whose marker sits in the hanging indent).
  const first = over.numbering === undefined ? Math.max((indent?.firstLine ?? 0) - (indent?.hanging ?? 0), 0) : 0;
  return left + first + widestWord(inlinePieces(p.children, defaults, style, ctx.doc.fonts));
}

export function renderHeading(h: Heading, ctx: BlockContext): ParaBox {
  // A section font beats the heading font only when the settings gave no heading font of their own.
  const font = ctx.doc.settings.headingFont === undefined ? ctx.font : undefined;
  const size = ctx.baseSize !== undefined ? ctx.baseSize + (SIZE_DELTA[`heading${h.level}`] ?? 0) : undefined;
  const defaults: RunDefaults = { ...(font !== undefined ? { font } : {}), ...(size !== undefined ? { size } : {}) };
  const props: ParagraphProperties = {
    styleId: headingStyleId(h.level, h.toc),
    ...(h.pageBreakBefore ? { pageBreakBefore: true } : {}),
    ...(ctx.lineSpacing !== undefined ? { spacing: { line: lineSpacingToLine(ctx.lineSpacing), lineRule: 'auto' as const } } : {}),
    ...(h.align !== undefined ? { align: h.align } : {}),
  };
  const anchor = ctx.doc.toc.anchorOf(h);
  if (!measuring(ctx)) {
    let runs = inlineXml(h.children, defaults, ctx.fields);
    if (anchor !== undefined) {
      // The bookmark the TOC's PAGEREF and hyperlink point at.
      runs = `<w:bookmarkStart w:name="${ctx.doc.toc.bookmarkName(anchor)}" w:id="${anchor}"/>${runs}<w:bookmarkEnd w:id="${anchor}"/>`;
    }
    ctx.part.sink.push(paragraphXml(props, runs));
    return NO_BOX;
  }
  const style = effectiveStyle(ctx, props.styleId);
  return measureParagraph(
    props,
    style,
    {
      pieces: inlinePieces(h.children, defaults, style, ctx.doc.fonts),
      mark: markMetrics(defaults, style, ctx.doc.fonts),
      ...(anchor !== undefined ? { anchor } : {}),
    },
    ctx.textWidth,
  );
}

/** An empty paragraph exactly `height` points tall (w:spacing w:line w:lineRule="exact"). */
export function renderSpacer(s: Spacer, ctx: BlockContext): ParaBox {
  const twips = Math.max(ptToTwips(s.height), 1);
  if (!measuring(ctx)) {
    // A tiny paragraph mark so the exact height is not overridden by a taller font in some readers.
    ctx.part.sink.push(
      `<w:p><w:pPr>${ctx.keepNext ? '<w:keepNext/>' : ''}<w:spacing w:after="0" w:before="0" w:line="${twips}" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr></w:p>`,
    );
    return NO_BOX;
  }
  return { kind: 'para', pitch: [twips], fit: [twips], before: 0, after: 0, keepNext: false, keepLines: false, pageBreakBefore: false, widowControl: true };
}

/** Between two tables: a 6 pt paragraph with a tiny mark, so they stay two tables. */
export function renderTableSeparator(ctx: BlockContext): ParaBox {
  return renderSpacer({ type: 'spacer', height: 6 }, ctx);
}

/** A page break as its own paragraph (w:br w:type="page"), as Word writes Ctrl+Enter. */
export function renderPageBreak(ctx: BlockContext): ParaBox {
  if (!measuring(ctx)) {
    ctx.part.sink.push('<w:p><w:pPr><w:spacing w:after="0" w:before="0"/></w:pPr><w:r><w:br w:type="page"/></w:r></w:p>');
    return NO_BOX;
  }
  return { kind: 'para', pitch: [], fit: [], before: 0, after: 0, keepNext: false, keepLines: false, pageBreakBefore: false, widowControl: true, breakAfter: true };
}

function emptyParagraph(ctx: BlockContext): ParaBox {
  if (!measuring(ctx)) {
    ctx.part.sink.push(ctx.keepNext ? '<w:p><w:pPr><w:keepNext/></w:pPr></w:p>' : '<w:p/>');
    return NO_BOX;
  }
  const style = effectiveStyle(ctx, undefined);
  return measureParagraph({}, style, { pieces: [], mark: markMetrics({}, style, ctx.doc.fonts) }, ctx.textWidth);
}

export function renderImage(img: Image, ctx: BlockContext): ParaBox {
  const data = ctx.doc.assets[img.src];
  if (data === undefined) {
    ctx.doc.warn(`gambar '${img.src}' tidak tersedia; tidak ditulis`);
    return emptyParagraph(ctx);
  }
  const media = ctx.doc.media.add(img.src, data);
  if (media === 'not-an-image') {
    ctx.doc.warn(`gambar '${img.src}' bukan PNG atau JPEG; tidak ditulis`);
    return emptyParagraph(ctx);
  }
  ctx.part.media.add(media);
  const props: ParagraphProperties = {
    keepNext: true,
    // Single spacing: with "auto" line spacing above 1 Word would add space above the picture.
    spacing: { line: 240, lineRule: 'auto', before: 0, after: 0 },
    align: img.align ?? 'center',
  };
  if (!measuring(ctx)) {
    const drawing = drawingXml({ id: ctx.doc.nextDrawingId(), relId: mediaRelId(media), name: img.src, widthPt: img.width, heightPt: img.height });
    ctx.part.sink.push(paragraphXml(props, `<w:r>${drawing}</w:r>`));
    return NO_BOX;
  }
  const style = effectiveStyle(ctx, undefined);
  const mark = markMetrics({}, style, ctx.doc.fonts);
  // A picture alone on its line makes the line exactly as tall as itself (LibreOffice).
  const box = { kind: 'box' as const, width: ptToTwips(img.width), metrics: { ascent: ptToTwips(img.height), descent: 0, gap: 0 } };
  return measureParagraph(props, style, { pieces: [box], mark }, ctx.textWidth);
}
