import ExcelJS from 'exceljs';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import type { ChartSpec } from './chart-spec.js';
import { ChartRegistry } from './chart-registry.js';
import { chartXml } from './chart-xml.js';
import { chartWorkbook } from './xlsx.js';

const spec: ChartSpec = {
  kind: 'bar',
  title: 'Capaian indikator sasaran tahun 2025 (% dari target) & <lainnya>',
  categories: ['IND-01 Indeks RB', 'IND-04 Rekomendasi BPK'],
  series: [
    { name: 'Target', values: [100, 100], color: 'A5A5A5' },
    { name: 'Realisasi', values: [98.73, null], color: '4472C4' },
  ],
  numberFormat: '0"%"',
  dataLabels: true,
  min: 0,
};

/** Element names and the text of every c:v, in document order, from a real XML parser. */
function read(xml: string) {
  const parser = new SaxesParser();
  const names: string[] = [];
  const values: string[] = [];
  let inV = false;
  parser.on('opentag', (t) => {
    names.push(t.name);
    inV = t.name === 'c:v';
  });
  parser.on('text', (t) => {
    if (inV) values.push(t);
  });
  parser.on('closetag', () => (inV = false));
  parser.write(xml).close();
  return { names, values };
}

describe('chart part', () => {
  it('caches every category, series name and value, escaped, in a well-formed c:chartSpace', () => {
    const { names, values } = read(chartXml(spec, 'rId1'));
    expect(names[0]).toBe('c:chartSpace');
    expect(names).toContain('c:barChart');
    expect(values).toEqual(['Target', 'IND-01 Indeks RB', 'IND-04 Rekomendasi BPK', '100', '100', 'Realisasi', 'IND-01 Indeks RB', 'IND-04 Rekomendasi BPK', '98.73']);
  });

  it('points every cache at the workbook cell that holds it', () => {
    const xml = chartXml(spec, 'rId1');
    expect(xml).toContain('<c:f>Data!$A$2:$A$3</c:f>');
    expect(xml).toContain('<c:f>Data!$C$1</c:f>');
    expect(xml).toContain('<c:f>Data!$C$2:$C$3</c:f>');
    expect(xml).toContain('<c:externalData r:id="rId1">');
  });

  it('draws lines and stacked bars with the same caches', () => {
    expect(read(chartXml({ ...spec, kind: 'line' }, 'rId1')).names).toContain('c:lineChart');
    expect(chartXml({ ...spec, kind: 'stacked-bar' }, 'rId1')).toContain('<c:grouping val="stacked"/>');
  });

  it('puts a line series’ labels below its points when asked, so close values do not overprint', () => {
    const labelled: ChartSpec = { ...spec, kind: 'line', dataLabels: true, series: [{ ...spec.series[0]!, labelPosition: 'below' }, spec.series[1]!] };
    const positions = [...chartXml(labelled, 'rId1').matchAll(/<c:dLblPos val="(\w+)"\/>/g)].map((m) => m[1]);
    expect(positions).toEqual(['b', 't']);
  });
});

describe('embedded workbook', () => {
  it('holds the chart data where the formulas point, readable by a spreadsheet library', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(chartWorkbook(spec)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Data')!;
    expect(sheet.getCell('A2').value).toBe('IND-01 Indeks RB');
    expect(sheet.getCell('B1').value).toBe('Target');
    expect(sheet.getCell('C2').value).toBe(98.73);
    expect(sheet.getCell('C3').value).toBeNull();
  });

  it('is the same bytes for the same chart', () => {
    expect(Buffer.from(chartWorkbook(spec)).equals(Buffer.from(chartWorkbook(spec)))).toBe(true);
  });
});

describe('ChartRegistry', () => {
  it('writes each named chart once and ignores unknown names', () => {
    const registry = new ChartRegistry({ a: spec });
    expect(registry.add('a')).toBe(0);
    expect(registry.add('a')).toBe(0);
    expect(registry.add('b')).toBeUndefined();
    expect(registry.files.map((f) => [f.path, f.workbookPath])).toEqual([['word/charts/chart1.xml', 'word/embeddings/Data1.xlsx']]);
  });
});
