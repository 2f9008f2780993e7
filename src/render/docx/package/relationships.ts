/**
 * How a part points at the pictures and charts it shows: a relationship each, with the fixed
 * ids the body's XML uses (media.ts, chart/chart-registry.ts), added to the part's own
 * relationships file; and the content types chart parts and their workbooks need.
 */
import { CHART_CONTENT_TYPE, chartRelId, XLSX_CONTENT_TYPE, type ChartFile } from '../chart/chart-registry.js';
import { mediaRelId, type MediaFile } from './media.js';

/** A part's relationships with ours for the pictures and charts it shows added. */
export function addRelationships(
  rels: string | undefined,
  media: readonly MediaFile[],
  used: ReadonlySet<number>,
  charts: readonly ChartFile[],
  usedCharts: ReadonlySet<number>,
): string {
  const byIndex = (set: ReadonlySet<number>) => [...set].sort((a, b) => a - b);
  const ours =
    byIndex(used)
      .map((i) => `<Relationship Id="${mediaRelId(i)}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="${media[i]?.target ?? ''}"/>`)
      .join('') +
    byIndex(usedCharts)
      .map((i) => `<Relationship Id="${chartRelId(i)}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="${charts[i]?.target ?? ''}"/>`)
      .join('');
  const base = rels ?? '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  if (/<Relationships[^>]*\/>/.test(base)) return base.replace(/<Relationships([^>]*)\/>/, `<Relationships$1>${ours}</Relationships>`);
  return base.replace('</Relationships>', `${ours}</Relationships>`);
}

/** Chart parts are overrides; the embedded workbooks share a default by extension. */
export function addChartContentTypes(xml: string, charts: readonly ChartFile[]): string {
  const xlsx = xml.includes('Extension="xlsx"') ? '' : `<Default Extension="xlsx" ContentType="${XLSX_CONTENT_TYPE}"/>`;
  const overrides = charts.map((c) => `<Override PartName="/${c.path}" ContentType="${CHART_CONTENT_TYPE}"/>`).join('');
  // Defaults come before overrides in the schema's sequence; putting ours first keeps that order.
  return xml.replace(/(<Types[^>]*>)/, `$1${xlsx}`).replace('</Types>', `${overrides}</Types>`);
}

/** The relationships file of a part directly under word/ (`word/document.xml` -> `word/_rels/document.xml.rels`). */
export const relsOf = (name: string): string => name.replace(/^word\/([^/]+)$/, 'word/_rels/$1.rels');
