/**
 * Finishes the package docx built around our placeholders, as a stream: our XML is written into
 * word/document.xml and the header/footer parts where docx left a placeholder paragraph, and
 * compressed as it is produced, so a large body is never held whole. Also adds our pictures and
 * charts with their relationships (relationships.ts), puts our numbering.xml in place of docx's,
 * makes docx's own parts stable (docx-part-fixes.ts), and writes the entries in a fixed order
 * with a fixed timestamp, so the same tree always gives the same bytes.
 */
import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { ChartFile } from '../chart/chart-registry.js';
import { fixCore, fixSettings, renumberWatermarks } from './docx-part-fixes.js';
import type { MediaFile } from './media.js';
import { MARKER } from './placeholder.js';
import { addChartContentTypes, addRelationships, relsOf } from './relationships.js';
import { ZIP_TIME } from './zip-time.js';

export interface Finish {
  created: string;
  numbering: string;
  media: readonly MediaFile[];
  /** Media shown by the XML written for a placeholder. */
  mediaOf: (marker: string) => ReadonlySet<number> | undefined;
  charts: readonly ChartFile[];
  /** Charts shown by the XML written for a placeholder. */
  chartsOf: (marker: string) => ReadonlySet<number> | undefined;
  /**
   * Writes our XML for a placeholder through `emit`. `sectPr`: the section properties docx put
   * in the placeholder paragraph, which must end up in the section's last paragraph.
   */
  write: (marker: string, emit: (xml: string) => void, sectPr: string | undefined) => void;
}

/** Entries in a fixed order: [Content_Types].xml and the root rels first, then by name. */
function entryOrder(a: string, b: string): number {
  const rank = (n: string) => (n === '[Content_Types].xml' ? 0 : n === '_rels/.rels' ? 1 : 2);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** A part docx made around placeholders: the text between them, and each placeholder's section properties. */
interface Skeleton {
  pieces: string[];
  markers: { marker: string; sectPr: string | undefined }[];
}

function skeletonOf(xml: string): Skeleton | undefined {
  const pieces: string[] = [];
  const markers: Skeleton['markers'] = [];
  let at = 0;
  for (const m of xml.matchAll(MARKER)) {
    const start = xml.lastIndexOf('<w:p>', m.index);
    const end = xml.indexOf('</w:p>', m.index);
    if (start < at || end < 0) throw new Error(`placeholder ${m[0]} is not in a paragraph of its own`);
    pieces.push(xml.slice(at, start));
    // docx puts a section's w:sectPr into its last paragraph, here the placeholder.
    const sectPr = /<w:sectPr\b.*<\/w:sectPr>/.exec(xml.slice(start, end))?.[0];
    markers.push({ marker: m[0], sectPr });
    at = end + '</w:p>'.length;
  }
  if (markers.length === 0) return undefined;
  pieces.push(xml.slice(at));
  return { pieces, markers };
}

export function finishPackage(zip: Uint8Array, finish: Finish): Uint8Array {
  const files = unzipSync(zip);
  const data = new Map<string, Uint8Array | Skeleton>();
  let watermarks = 0;
  const nextWatermark = () => ++watermarks;

  for (const name of Object.keys(files)) {
    const bytes = files[name];
    if (bytes === undefined) continue;
    if (name === 'docProps/core.xml') data.set(name, strToU8(fixCore(strFromU8(bytes), finish.created)));
    else if (name === 'word/settings.xml') data.set(name, strToU8(fixSettings(strFromU8(bytes))));
    else if (name === 'word/numbering.xml') data.set(name, strToU8(finish.numbering));
    else if (/^word\/(document|header\d+|footer\d+)\.xml$/.test(name)) {
      let xml = strFromU8(bytes);
      if (xml.includes('PowerPlusWaterMarkObject')) xml = renumberWatermarks(xml, nextWatermark);
      const skeleton = skeletonOf(xml);
      data.set(name, skeleton ?? strToU8(xml));
      if (!skeleton) continue;
      const used = new Set<number>();
      const usedCharts = new Set<number>();
      for (const { marker } of skeleton.markers) {
        for (const m of finish.mediaOf(marker) ?? []) used.add(m);
        for (const c of finish.chartsOf(marker) ?? []) usedCharts.add(c);
      }
      if (used.size === 0 && usedCharts.size === 0) continue;
      const rels = relsOf(name);
      const current = data.get(rels) ?? files[rels];
      data.set(rels, strToU8(addRelationships(current instanceof Uint8Array ? strFromU8(current) : undefined, finish.media, used, finish.charts, usedCharts)));
    } else if (!data.has(name)) data.set(name, bytes);
  }
  for (const file of finish.media) data.set(file.path, file.data);
  for (const chart of finish.charts) {
    data.set(chart.path, strToU8(chart.xml));
    data.set(chart.relsPath, strToU8(chart.rels));
    data.set(chart.workbookPath, chart.workbook);
  }
  if (finish.charts.length > 0) {
    const types = data.get('[Content_Types].xml');
    if (types instanceof Uint8Array) data.set('[Content_Types].xml', strToU8(addChartContentTypes(strFromU8(types), finish.charts)));
  }

  const out: Uint8Array[] = [];
  const archive = new Zip((error, chunk) => {
    if (error) throw error;
    out.push(chunk);
  });
  const encoder = new TextEncoder();
  for (const name of [...data.keys()].sort(entryOrder)) {
    const entry = data.get(name)!;
    // Pictures are already compressed; storing them saves time and changes nothing.
    const file = /\.(png|jpe?g|xlsx)$/i.test(name) ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 6 });
    file.mtime = ZIP_TIME;
    archive.add(file);
    if (entry instanceof Uint8Array) {
      file.push(entry, true);
      continue;
    }
    const emit = (xml: string) => {
      if (xml !== '') file.push(encoder.encode(xml));
    };
    entry.pieces.forEach((piece, i) => {
      emit(piece);
      const m = entry.markers[i];
      if (m) finish.write(m.marker, emit, m.sectPr);
    });
    file.push(new Uint8Array(0), true);
  }
  archive.end();

  let length = 0;
  for (const c of out) length += c.length;
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const c of out) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}
