/**
 * docx's own parts made stable and right for our documents. docx stamps docProps/core.xml with
 * the current time and gives watermark shapes random ids, so the same tree would give other
 * bytes on every build; and it asks Word to update fields on opening, which our written page
 * numbers make needless.
 */
import { escapeText } from '../wml/escape.js';

/** `2024-05-01T00:00:00Z` from any ISO date, the form dcterms:W3CDTF takes; the epoch if unreadable. */
export function w3cdtf(iso: string): string {
  const t = Date.parse(iso);
  return new Date(Number.isNaN(t) ? 0 : t).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The watermark shape ids are random (nanoid). Word recognises a watermark by the
 * "PowerPlusWaterMarkObject" prefix, so any suffix unique in the package will do.
 */
export function renumberWatermarks(xml: string, next: () => number): string {
  return xml.replace(/PowerPlusWaterMarkObject[A-Za-z0-9_-]+/g, () => `PowerPlusWaterMarkObject${next()}`);
}

/** core.xml created and modified: the document's own date, not the build's. */
export function fixCore(xml: string, created: string): string {
  const stamp = escapeText(w3cdtf(created));
  return xml
    .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
    .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`);
}

/**
 * Our page numbers are written already, so Word need not ask to update fields on opening: the
 * question only alarms the reader of a document that is right as it is.
 */
export const fixSettings = (xml: string): string => xml.replace(/<w:updateFields(?:\s[^>]*)?\/>/, '');
