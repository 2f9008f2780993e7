/**
 * The charts of a package: each ChartSpec once, as word/charts/chartN.xml with its workbook in
 * word/embeddings/DataN.xlsx, shown from a body part through a relationship with a fixed id
 * (`rIdChart<n>`), which package/pack.ts adds to the parts that show it, like pictures
 * (package/media.ts).
 */
import type { ChartSpec } from './chart-spec.js';
import { chartXml } from './chart-xml.js';
import { chartWorkbook } from './xlsx.js';

export interface ChartFile {
  /** `word/charts/chart1.xml` */
  path: string;
  /** Target from a word/ part's relationships: `charts/chart1.xml`. */
  target: string;
  /** The chart part's own relationships (to its workbook). */
  relsPath: string;
  rels: string;
  xml: string;
  /** `word/embeddings/Data1.xlsx` */
  workbookPath: string;
  workbook: Uint8Array;
}

export const chartRelId = (index: number): string => `rIdChart${index + 1}`;

export const CHART_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export class ChartRegistry {
  private readonly byKey = new Map<string, number>();
  readonly files: ChartFile[] = [];

  constructor(private readonly specs: Readonly<Record<string, ChartSpec>>) {}

  /** The chart's index, or undefined when no chart of that name was given. */
  add(key: string): number | undefined {
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const spec = this.specs[key];
    if (spec === undefined) return undefined;
    const index = this.files.length;
    const n = index + 1;
    this.files.push({
      path: `word/charts/chart${n}.xml`,
      target: `charts/chart${n}.xml`,
      relsPath: `word/charts/_rels/chart${n}.xml.rels`,
      rels:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/package" Target="../embeddings/Data${n}.xlsx"/></Relationships>`,
      xml: chartXml(spec, 'rId1'),
      workbookPath: `word/embeddings/Data${n}.xlsx`,
      workbook: chartWorkbook(spec),
    });
    this.byKey.set(key, index);
    return index;
  }

  /** The title a chart is announced by (its alt text). */
  titleOf(key: string): string {
    return this.specs[key]?.title ?? key;
  }
}
