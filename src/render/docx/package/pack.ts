/**
 * Zips the package as a stream: our XML is written into word/document.xml and the header/footer
 * parts where skeleton.ts left a placeholder, and compressed as it is produced, so a large body
 * is never held whole. Also adds our pictures and charts with their relationships
 * (relationships.ts) and our numbering.xml, and writes the entries in a fixed order with a fixed
 * timestamp, so the same tree always gives the same bytes.
 */
import { strFromU8, Zip, ZipPassThrough } from 'fflate';
import type { ChartFile } from '../chart/chart-registry.js';
import { concatBytes } from './concat-bytes.js';
import { DeflateEntry } from './deflate-entry.js';
import type { MediaFile } from './media.js';
import { addChartContentTypes, addRelationships, relsOf } from './relationships.js';
import { isSkeleton, type PackagePart } from './skeleton.js';
import { Utf8Batches } from './utf8-batch.js';
import { ZIP_TIME } from './zip-time.js';

export interface Finish {
  numbering: string;
  media: readonly MediaFile[];
  /** Media shown by the XML written for a placeholder. */
  mediaOf: (marker: string) => ReadonlySet<number> | undefined;
  charts: readonly ChartFile[];
  /** Charts shown by the XML written for a placeholder. */
  chartsOf: (marker: string) => ReadonlySet<number> | undefined;
  /**
   * Writes our XML for a placeholder through `emit`, in batches of strings (wml/xml-sink.ts).
   * `sectPr`: the section properties that must end up in the section's last paragraph.
   */
  write: (marker: string, emit: (batch: readonly string[]) => void, sectPr: string | undefined) => void;
}

/** Entries in a fixed order: [Content_Types].xml and the root rels first, then by name. */
function entryOrder(a: string, b: string): number {
  const rank = (n: string) => (n === '[Content_Types].xml' ? 0 : n === '_rels/.rels' ? 1 : 2);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

const textOf = (part: PackagePart | undefined): string | undefined =>
  typeof part === 'string' ? part : part instanceof Uint8Array ? strFromU8(part) : undefined;

/**
 * The deflate level of every entry but pictures and workbooks. Measured on S, M, L and the
 * example: fflate takes about as long at level 1 as at 6 on this XML, and level 6 makes the
 * smallest files by far (L: 864 KB, against 1,040 KB at level 5 and 1,331 KB at level 1).
 */
const LEVEL = 6;

export function finishPackage(skeleton: ReadonlyMap<string, PackagePart>, finish: Finish): Uint8Array {
  const data = new Map<string, PackagePart>(skeleton);
  data.set('word/numbering.xml', finish.numbering);

  for (const [name, part] of skeleton) {
    if (!isSkeleton(part)) continue;
    const used = new Set<number>();
    const usedCharts = new Set<number>();
    for (const { marker } of part.markers) {
      for (const m of finish.mediaOf(marker) ?? []) used.add(m);
      for (const c of finish.chartsOf(marker) ?? []) usedCharts.add(c);
    }
    if (used.size === 0 && usedCharts.size === 0) continue;
    const rels = relsOf(name);
    data.set(rels, addRelationships(textOf(data.get(rels)), finish.media, used, finish.charts, usedCharts));
  }
  for (const file of finish.media) data.set(file.path, file.data);
  for (const chart of finish.charts) {
    data.set(chart.path, chart.xml);
    data.set(chart.relsPath, chart.rels);
    data.set(chart.workbookPath, chart.workbook);
  }
  if (finish.charts.length > 0) {
    const types = textOf(data.get('[Content_Types].xml'));
    if (types !== undefined) data.set('[Content_Types].xml', addChartContentTypes(types, finish.charts));
  }

  const out: Uint8Array[] = [];
  const archive = new Zip((error, chunk) => {
    if (error) throw error;
    out.push(chunk);
  });
  const encoder = new TextEncoder();
  const batches = new Utf8Batches();
  for (const name of [...data.keys()].sort(entryOrder)) {
    const entry = data.get(name)!;
    // Pictures are already compressed; storing them saves time and changes nothing.
    const stored = /\.(png|jpe?g|xlsx)$/i.test(name);
    const file = stored ? Object.assign(new ZipPassThrough(name), { mtime: ZIP_TIME }) : new DeflateEntry(name, ZIP_TIME, LEVEL);
    archive.add(file);
    if (!isSkeleton(entry)) {
      file.push(typeof entry === 'string' ? encoder.encode(entry) : entry, true);
      continue;
    }
    // Each batch is one chunk for the deflater, as it always was: fflate's output depends on the chunks.
    const emit = (batch: readonly string[]) => {
      const bytes = batches.encode(batch);
      if (bytes.length > 0) file.push(bytes);
    };
    entry.pieces.forEach((piece, i) => {
      emit([piece]);
      const m = entry.markers[i];
      if (m) finish.write(m.marker, emit, m.sectPr);
    });
    file.push(new Uint8Array(0), true);
  }
  archive.end();
  return concatBytes(out);
}
