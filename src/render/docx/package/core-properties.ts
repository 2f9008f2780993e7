/**
 * docProps/core.xml: the document's title, subject, author, keywords and description, and its
 * created/modified date, which is the document's own date rather than the build's, so the same
 * tree always gives the same bytes. Written as the docx library wrote it (skeleton.test.ts compares).
 */
import type { DocumentMeta } from '../../markup/types.js';
import { escapeLikeDocx } from '../wml/escape.js';

/** `2024-05-01T00:00:00Z` from any ISO date, the form dcterms:W3CDTF takes; the epoch if unreadable. */
export function w3cdtf(iso: string): string {
  const t = Date.parse(iso);
  return new Date(Number.isNaN(t) ? 0 : t).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const OPEN =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties' +
  ' xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"' +
  ' xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">';

/** An element for a property that is set; docx left out empty ones too. */
const property = (name: string, value: string | undefined): string => (value ? `<${name}>${escapeLikeDocx(value)}</${name}>` : '');

export function coreXml(meta: DocumentMeta): string {
  const creator = meta.creator ?? 'roadmap';
  const stamp = escapeLikeDocx(w3cdtf(meta.created));
  return (
    OPEN +
    property('dc:title', meta.title) +
    property('dc:subject', meta.subject) +
    property('dc:creator', creator) +
    property('cp:keywords', meta.keywords) +
    property('dc:description', meta.description) +
    property('cp:lastModifiedBy', creator) +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}
