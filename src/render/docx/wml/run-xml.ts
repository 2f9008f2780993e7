/**
 * Inline nodes to runs (w:r): text with its formatting (w:rFonts, w:b, w:i, w:caps, w:sz, w:u,
 * w:vertAlign, in schema order), line breaks (w:br), tabs (w:tab) and page fields (PAGE,
 * NUMPAGES, SECTIONPAGES as w:fldChar/w:instrText). layout/inline-pieces.ts measures the same
 * inlines in the fonts and sizes these runs are drawn in.
 */
import type { Inline, TextStyle } from '../../markup/types.js';
import { ptToHalfPoints } from '../units.js';
import { escapeAttr, escapeText } from './escape.js';

/** Defaults a paragraph gives its runs explicitly: the section/table font and size. */
export interface RunDefaults {
  font?: string | undefined;
  /** Points. */
  size?: number | undefined;
}

const rPrCache = new Map<string, string>();

/** w:rPr children in schema order (CT_RPr), or '' when the run has no direct formatting. */
export function runProperties(style: TextStyle, defaults: RunDefaults): string {
  const font = style.font ?? defaults.font;
  const size = style.size ?? defaults.size;
  // Most runs (all of a table's own text) have no direct formatting.
  if (font === undefined && size === undefined && !style.bold && !style.italic && !style.caps && !style.underline && !style.superscript) return '';
  const key = `${font ?? ''}|${size ?? ''}|${style.bold ? 1 : 0}${style.italic ? 1 : 0}${style.caps ? 1 : 0}${style.underline ? 1 : 0}${style.superscript ? 1 : 0}`;
  let xml = rPrCache.get(key);
  if (xml === undefined) {
    xml = '';
    if (font !== undefined) {
      const f = escapeAttr(font);
      xml += `<w:rFonts w:ascii="${f}" w:cs="${f}" w:eastAsia="${f}" w:hAnsi="${f}"/>`;
    }
    if (style.bold) xml += '<w:b/><w:bCs/>';
    if (style.italic) xml += '<w:i/><w:iCs/>';
    if (style.caps) xml += '<w:caps/>';
    if (size !== undefined) {
      const hp = ptToHalfPoints(size);
      xml += `<w:sz w:val="${hp}"/><w:szCs w:val="${hp}"/>`;
    }
    if (style.underline) xml += '<w:u w:val="single"/>';
    if (style.superscript) xml += '<w:vertAlign w:val="superscript"/>';
    if (rPrCache.size > 10_000) rPrCache.clear();
    rPrCache.set(key, xml);
  }
  return xml;
}

const wrapRPr = (rPr: string): string => (rPr === '' ? '' : `<w:rPr>${rPr}</w:rPr>`);

const FIELD_CODES = { page: 'PAGE', pages: 'NUMPAGES', 'section-pages': 'SECTIONPAGES' } as const;

/** Values written as the results of NUMPAGES / SECTIONPAGES (known once the pages are laid out). */
export interface FieldValues {
  pages?: string;
  sectionPages?: string;
}

/** Whitespace an XML reader may drop or collapse: at either end, or two in a row. */
const LOSABLE_SPACE = /^[ \t\r\n]|[ \t\r\n]$|[ \t\r\n]{2}/;

/**
 * `text` as a w:t element, with xml:space="preserve" only where a space could otherwise be lost,
 * as Word writes it. Written on every run, the attribute made M's document.xml (2.9 MB) 13 %
 * larger, all of it written and deflated on every build.
 */
export function textXml(text: string): string {
  const escaped = escapeText(text);
  return LOSABLE_SPACE.test(escaped) ? `<w:t xml:space="preserve">${escaped}</w:t>` : `<w:t>${escaped}</w:t>`;
}

/** A field as Word writes it: begin, instruction, separate, result, end, each in its own run. */
function fieldRuns(code: string, rPr: string, result: string | undefined): string {
  const r = wrapRPr(rPr);
  return (
    `<w:r>${r}<w:fldChar w:fldCharType="begin"/></w:r>` +
    `<w:r>${r}<w:instrText xml:space="preserve"> ${code} </w:instrText></w:r>` +
    `<w:r>${r}<w:fldChar w:fldCharType="separate"/></w:r>` +
    (result !== undefined ? `<w:r>${r}${textXml(result)}</w:r>` : '') +
    `<w:r>${r}<w:fldChar w:fldCharType="end"/></w:r>`
  );
}

/** The runs of a paragraph as XML. */
export function inlineXml(inlines: readonly Inline[], defaults: RunDefaults, fields: FieldValues = {}): string {
  let xml = '';
  for (const inline of inlines) {
    switch (inline.type) {
      case 'text':
        xml += `<w:r>${wrapRPr(runProperties(inline, defaults))}${textXml(inline.text)}</w:r>`;
        break;
      case 'break':
        // Breaks and tabs carry the surrounding font/size so an empty line is as tall as its text.
        xml += `<w:r>${wrapRPr(runProperties({}, defaults))}<w:br/></w:r>`;
        break;
      case 'tab':
        xml += `<w:r>${wrapRPr(runProperties({}, defaults))}<w:tab/></w:r>`;
        break;
      case 'field': {
        const result = inline.field === 'pages' ? fields.pages : inline.field === 'section-pages' ? fields.sectionPages : undefined;
        xml += fieldRuns(FIELD_CODES[inline.field], runProperties(inline, defaults), result);
        break;
      }
    }
  }
  return xml;
}
