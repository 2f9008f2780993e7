/**
 * Makes the package byte-stable (P8) and final: fixed core.xml dates, `_Toc` bookmark names
 * numbered per document, w:updateFields decided after the estimator ran, and a re-zip with
 * fflate in a fixed entry order with a fixed timestamp.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/** Local-time components, because the zip DOS date is written from local time (fflate). */
const ZIP_TIME = new Date(1980, 0, 1, 0, 0, 0);

/** `2024-05-01T00:00:00Z` from any ISO date, the form dcterms:W3CDTF takes; the epoch if unreadable. */
export function w3cdtf(iso: string): string {
  const t = Date.parse(iso);
  return new Date(Number.isNaN(t) ? 0 : t).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export interface Finish {
  created: string;
  /** Whether Word should update fields on open (w:updateFields). */
  updateFields: boolean;
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * docx names TOC bookmarks from a process-wide counter (`_Toc1`, then `_Toc4` in the next
 * document...). Rename them in order of first appearance so the same tree gives the same XML.
 */
export function renumberTocBookmarks(xml: string): string {
  const names = new Map<string, string>();
  return xml.replace(/_Toc(\d+)/g, (name) => {
    let renamed = names.get(name);
    if (renamed === undefined) {
      renamed = `_Toc${names.size + 1}`;
      names.set(name, renamed);
    }
    return renamed;
  });
}

/**
 * docx numbers bookmark ids (w:bookmarkStart/w:bookmarkEnd w:id) from a process-wide counter
 * too: renumber them from 0 in order of appearance, pairs keeping their shared id.
 */
export function renumberBookmarkIds(xml: string): string {
  const ids = new Map<string, number>();
  return xml.replace(/<w:bookmark(Start|End)\b[^>]*>/g, (tag) =>
    tag.replace(/w:id="(\d+)"/, (_, id: string) => {
      let renamed = ids.get(id);
      if (renamed === undefined) {
        renamed = ids.size;
        ids.set(id, renamed);
      }
      return `w:id="${renamed}"`;
    }),
  );
}

/**
 * The watermark shape ids are random (nanoid). Word recognises a watermark by the
 * "PowerPlusWaterMarkObject" prefix, so any suffix unique in the package will do.
 */
function renumberWatermarks(xml: string, next: () => number): string {
  return xml.replace(/PowerPlusWaterMarkObject[A-Za-z0-9_-]+/g, () => `PowerPlusWaterMarkObject${next()}`);
}

/** Drawing ids (wp:docPr id) come from a process-wide counter as well; number them per package. */
function renumberDrawings(xml: string, next: () => number): string {
  return xml.replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${next()}"`);
}

function fixCore(xml: string, created: string): string {
  const stamp = xmlEscape(w3cdtf(created));
  return xml
    .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
    .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`);
}

/**
 * docx writes <w:updateFields/> where the schema wants it when the document is built with it
 * on; we build with it on and, when the numbers are already right, drop it. Editing the element
 * docx placed keeps w:settings in schema order (P16).
 */
function fixSettings(xml: string, updateFields: boolean): string {
  if (updateFields) return xml;
  return xml.replace(/<w:updateFields(?:\s[^>]*)?\/>/, '');
}

/** Entries in a fixed order: [Content_Types].xml and the root rels first, then by name. */
function entryOrder(a: string, b: string): number {
  const rank = (n: string) => (n === '[Content_Types].xml' ? 0 : n === '_rels/.rels' ? 1 : 2);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

export function finishPackage(zip: Uint8Array, finish: Finish): Uint8Array {
  const files = unzipSync(zip);
  const out: Zippable = {};
  let watermarks = 0;
  const nextWatermark = () => ++watermarks;
  let drawings = 0;
  const nextDrawing = () => ++drawings;
  for (const name of Object.keys(files).sort(entryOrder)) {
    let data = files[name];
    if (data === undefined) continue;
    if (name === 'docProps/core.xml') data = strToU8(fixCore(strFromU8(data), finish.created));
    else if (name === 'word/settings.xml') data = strToU8(fixSettings(strFromU8(data), finish.updateFields));
    else if (name.startsWith('word/') && name.endsWith('.xml')) {
      const xml = strFromU8(data);
      let fixed = xml;
      if (fixed.includes('_Toc')) fixed = renumberTocBookmarks(fixed);
      if (fixed.includes('<w:bookmarkStart')) fixed = renumberBookmarkIds(fixed);
      if (fixed.includes('PowerPlusWaterMarkObject')) fixed = renumberWatermarks(fixed, nextWatermark);
      if (fixed.includes('<wp:docPr ')) fixed = renumberDrawings(fixed, nextDrawing);
      if (fixed !== xml) data = strToU8(fixed);
    }
    // Pictures are already compressed; storing them saves time and changes nothing.
    const stored = /\.(png|jpe?g)$/i.test(name);
    out[name] = [data, { level: stored ? 0 : 6, mtime: ZIP_TIME }];
  }
  return zipSync(out);
}
