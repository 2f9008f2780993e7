/**
 * One paragraph: w:pPr children in schema order (CT_PPrBase: pStyle, keepNext, keepLines,
 * pageBreakBefore, numPr, tabs, spacing, ind, jc, rPr), then its runs. The same properties are
 * measured into the paginator's box by layout/measure-paragraph.ts.
 */
import type { Align } from '../../markup/types.js';

/** Direct paragraph properties; undefined = not written (the style's value applies). */
export interface ParagraphProperties {
  styleId?: string | undefined;
  keepNext?: boolean | undefined;
  keepLines?: boolean | undefined;
  pageBreakBefore?: boolean | undefined;
  numbering?: { numId: number; level: number } | undefined;
  /** Raw w:tabs XML (the TOC's right tab with a dot leader). */
  tabs?: string | undefined;
  spacing?: { line?: number | undefined; lineRule?: 'auto' | 'exact' | undefined; before?: number | undefined; after?: number | undefined } | undefined;
  indent?: { left?: number | undefined; hanging?: number | undefined; firstLine?: number | undefined } | undefined;
  align?: Align | undefined;
  /** w:rPr children for the paragraph mark. */
  markRPr?: string | undefined;
}

const JC: Record<Align, string> = { left: 'left', center: 'center', right: 'right', justify: 'both' };

export function pPrXml(p: ParagraphProperties): string {
  let x = '';
  if (p.styleId !== undefined) x += `<w:pStyle w:val="${p.styleId}"/>`;
  if (p.keepNext) x += '<w:keepNext/>';
  if (p.keepLines) x += '<w:keepLines/>';
  if (p.pageBreakBefore) x += '<w:pageBreakBefore/>';
  if (p.numbering) x += `<w:numPr><w:ilvl w:val="${p.numbering.level}"/><w:numId w:val="${p.numbering.numId}"/></w:numPr>`;
  if (p.tabs) x += p.tabs;
  const s = p.spacing;
  if (s && (s.after !== undefined || s.before !== undefined || s.line !== undefined)) {
    x += '<w:spacing';
    if (s.after !== undefined) x += ` w:after="${s.after}"`;
    if (s.before !== undefined) x += ` w:before="${s.before}"`;
    if (s.line !== undefined) x += ` w:line="${s.line}" w:lineRule="${s.lineRule ?? 'auto'}"`;
    x += '/>';
  }
  const ind = p.indent;
  if (ind && (ind.left !== undefined || ind.hanging !== undefined || ind.firstLine !== undefined)) {
    x += '<w:ind';
    if (ind.left !== undefined) x += ` w:left="${ind.left}"`;
    if (ind.hanging !== undefined) x += ` w:hanging="${ind.hanging}"`;
    if (ind.firstLine !== undefined) x += ` w:firstLine="${ind.firstLine}"`;
    x += '/>';
  }
  if (p.align !== undefined) x += `<w:jc w:val="${JC[p.align]}"/>`;
  if (p.markRPr) x += `<w:rPr>${p.markRPr}</w:rPr>`;
  return x;
}

export function paragraphXml(p: ParagraphProperties, content: string): string {
  const pPr = pPrXml(p);
  if (pPr === '' && content === '') return '<w:p/>';
  return `<w:p>${pPr === '' ? '' : `<w:pPr>${pPr}</w:pPr>`}${content}</w:p>`;
}
