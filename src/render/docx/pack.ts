/**
 * Finishes the package docx built around our placeholders: splices the XML we wrote into
 * word/document.xml and the header/footer parts, adds our pictures and their relationships,
 * puts our numbering.xml in place of docx's, fixes core.xml dates and the watermark shape ids
 * (P8), and re-zips with fflate in a fixed entry order with a fixed timestamp, so the same tree
 * always gives the same bytes.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { mediaRelId, type MediaFile } from './media.js';
import { endsWithParagraph, sectionEndParagraph } from './xml.js';

/** Local-time components, because the zip DOS date is written from local time (fflate). */
const ZIP_TIME = new Date(1980, 0, 1, 0, 0, 0);

/** `2024-05-01T00:00:00Z` from any ISO date, the form dcterms:W3CDTF takes; the epoch if unreadable. */
export function w3cdtf(iso: string): string {
  const t = Date.parse(iso);
  return new Date(Number.isNaN(t) ? 0 : t).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** XML we wrote for one placeholder, and the pictures it shows. */
export interface SplicedPart {
  marker: string;
  chunks: readonly string[];
  media: ReadonlySet<number>;
}

export interface Finish {
  created: string;
  /** Whether Word should update fields on open (w:updateFields). */
  updateFields: boolean;
  parts: readonly SplicedPart[];
  media: readonly MediaFile[];
  numbering: string;
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Our placeholders' text, as header-footer.ts makes them. */
export const MARKER = /@@roadmap-part-\d+@@/g;
export const markerOf = (n: number): string => `@@roadmap-part-${n}@@`;

/**
 * The watermark shape ids are random (nanoid). Word recognises a watermark by the
 * "PowerPlusWaterMarkObject" prefix, so any suffix unique in the package will do.
 */
function renumberWatermarks(xml: string, next: () => number): string {
  return xml.replace(/PowerPlusWaterMarkObject[A-Za-z0-9_-]+/g, () => `PowerPlusWaterMarkObject${next()}`);
}

function fixCore(xml: string, created: string): string {
  const stamp = xmlEscape(w3cdtf(created));
  return xml
    .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
    .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`);
}

/**
 * docx writes <w:updateFields/> where the schema wants it when asked to; we do not ask (our
 * numbers are written), and drop one if it is there. Editing docx's element keeps w:settings in
 * schema order (P16).
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

const encoder = new TextEncoder();

function concat(pieces: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const p of pieces) length += p.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Replaces each placeholder paragraph (`<w:p>…marker…</w:p>`) in a part with our XML. Returns
 * the part as bytes and the placeholders found, or undefined when it has none.
 */
function splice(xml: string, parts: ReadonlyMap<string, SplicedPart>): { bytes: Uint8Array; found: SplicedPart[] } | undefined {
  const pieces: Uint8Array[] = [];
  const found: SplicedPart[] = [];
  let at = 0;
  for (const m of xml.matchAll(MARKER)) {
    const part = parts.get(m[0]);
    if (!part) continue;
    const start = xml.lastIndexOf('<w:p>', m.index);
    const end = xml.indexOf('</w:p>', m.index);
    if (start < at || end < 0) throw new Error(`placeholder ${m[0]} is not in a paragraph of its own`);
    pieces.push(encoder.encode(xml.slice(at, start)));
    // docx puts a section's w:sectPr into its last paragraph, here the placeholder: move it to ours.
    const sectPr = /<w:sectPr\b.*<\/w:sectPr>/.exec(xml.slice(start, end))?.[0];
    const chunks = sectPr === undefined ? part.chunks : withSectPr(part.chunks, sectPr);
    for (const chunk of chunks) pieces.push(encoder.encode(chunk));
    at = end + '</w:p>'.length;
    found.push(part);
  }
  if (found.length === 0) return undefined;
  pieces.push(encoder.encode(xml.slice(at)));
  return { bytes: concat(pieces), found };
}

/**
 * Puts a section's properties into the last paragraph of its content (w:pPr ends with them), or
 * into a paragraph of their own when the content ends with a table or the TOC.
 */
export function withSectPr(chunks: readonly string[], sectPr: string): string[] {
  const out = [...chunks];
  const last = out.length > 0 ? out[out.length - 1]! : '';
  if (!endsWithParagraph(last)) {
    out.push(sectionEndParagraph(sectPr));
    return out;
  }
  const start = Math.max(last.lastIndexOf('<w:p>'), last.lastIndexOf('<w:p/>'));
  const p = last.slice(start);
  let fixed: string;
  if (p === '<w:p/>') fixed = `<w:p><w:pPr>${sectPr}</w:pPr></w:p>`;
  else if (p.startsWith('<w:p><w:pPr>')) {
    const close = p.indexOf('</w:pPr>');
    fixed = `${p.slice(0, close)}${sectPr}${p.slice(close)}`;
  } else fixed = `<w:p><w:pPr>${sectPr}</w:pPr>${p.slice('<w:p>'.length)}`;
  out[out.length - 1] = last.slice(0, start) + fixed;
  return out;
}

/** A part's relationships with ours for the pictures it shows added. */
function addImageRelationships(rels: string | undefined, media: readonly MediaFile[], used: ReadonlySet<number>): string {
  const ours = [...used]
    .sort((a, b) => a - b)
    .map((i) => `<Relationship Id="${mediaRelId(i)}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="${media[i]?.target ?? ''}"/>`)
    .join('');
  const base = rels ?? '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  if (/<Relationships[^>]*\/>/.test(base)) return base.replace(/<Relationships([^>]*)\/>/, `<Relationships$1>${ours}</Relationships>`);
  return base.replace('</Relationships>', `${ours}</Relationships>`);
}

const relsOf = (name: string): string => name.replace(/^word\/([^/]+)$/, 'word/_rels/$1.rels');

export function finishPackage(zip: Uint8Array, finish: Finish): Uint8Array {
  const files = unzipSync(zip);
  const parts = new Map(finish.parts.map((p) => [p.marker, p]));
  const data = new Map<string, Uint8Array>();
  const mediaOfPart = new Map<string, Set<number>>();
  let watermarks = 0;
  const nextWatermark = () => ++watermarks;

  for (const name of Object.keys(files).sort(entryOrder)) {
    const original = files[name];
    if (original === undefined) continue;
    let bytes: Uint8Array = original;
    if (name === 'docProps/core.xml') bytes = strToU8(fixCore(strFromU8(bytes), finish.created));
    else if (name === 'word/settings.xml') bytes = strToU8(fixSettings(strFromU8(bytes), finish.updateFields));
    else if (name === 'word/numbering.xml') bytes = strToU8(finish.numbering);
    else if (/^word\/(document|header\d+|footer\d+)\.xml$/.test(name)) {
      let xml = strFromU8(bytes);
      if (xml.includes('PowerPlusWaterMarkObject')) xml = renumberWatermarks(xml, nextWatermark);
      const spliced = splice(xml, parts);
      if (spliced) {
        bytes = spliced.bytes;
        const used = new Set<number>();
        for (const p of spliced.found) for (const m of p.media) used.add(m);
        if (used.size > 0) mediaOfPart.set(name, used);
      } else bytes = strToU8(xml);
    }
    data.set(name, bytes);
  }
  for (const [name, used] of mediaOfPart) {
    const rels = relsOf(name);
    const current = data.get(rels);
    data.set(rels, strToU8(addImageRelationships(current ? strFromU8(current) : undefined, finish.media, used)));
  }
  for (const file of finish.media) data.set(file.path, file.data);

  const out: Zippable = {};
  for (const name of [...data.keys()].sort(entryOrder)) {
    // Pictures are already compressed; storing them saves time and changes nothing.
    const stored = /\.(png|jpe?g)$/i.test(name);
    out[name] = [data.get(name)!, { level: stored ? 0 : 6, mtime: ZIP_TIME }];
  }
  return zipSync(out);
}
