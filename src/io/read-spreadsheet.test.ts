import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readCsv, readXlsx, spreadsheetFormat } from './read-spreadsheet.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('readCsv', () => {
  it('reads semicolons as Indonesian Excel writes them, with BOM and row numbers', () => {
    const [sheet] = readCsv(bytes('\uFEFFid;realisasi;keterangan\r\nIND-01;"1.234,5";LHE\r\n\r\nIND-02;85%;\r\n'), 'r.csv');
    expect(sheet!.rows).toEqual([
      { row: 1, cells: ['id', 'realisasi', 'keterangan'] },
      { row: 2, cells: ['IND-01', '1.234,5', 'LHE'] },
      { row: 4, cells: ['IND-02', '85%', null] },
    ]);
  });

  it('reads commas and Windows-1252 text', () => {
    const latin = new Uint8Array([...bytes('id,keterangan\nIND-01,'), 0xe9, ...bytes('\n')]);
    expect(readCsv(latin, 'r.csv')[0]!.rows[1]!.cells).toEqual(['IND-01', 'é']);
  });

  it('names the format from the file name', () => {
    expect(spreadsheetFormat('a.CSV')).toBe('csv');
    expect(spreadsheetFormat('a.xlsx')).toBe('xlsx');
    expect(() => spreadsheetFormat('a.xls')).toThrow(/tidak didukung/);
    expect(() => spreadsheetFormat('a.pdf')).toThrow(/tidak dikenali/);
  });
});

describe('readXlsx', () => {
  it('gives numbers, texts, formula results and percentages as shown', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('BAG-ORG');
    ws.addRow(['id', 'realisasi']);
    ws.addRow(['IND-01', 71.5]);
    const pct = ws.addRow(['IND-02', 0.85]);
    pct.getCell(2).numFmt = '0%';
    ws.addRow(['IND-03', { formula: '1+1', result: 2 }]);
    ws.addRow(['IND-04', { richText: [{ text: 'W' }, { text: 'TP' }] }]);
    ws.addRow([]);
    ws.addRow(['IND-05', '   ']);
    const data = new Uint8Array(await wb.xlsx.writeBuffer());
    const [sheet] = await readXlsx(data, 'r.xlsx');
    expect(sheet!.name).toBe('BAG-ORG');
    expect(sheet!.rows).toEqual([
      { row: 1, cells: ['id', 'realisasi'] },
      { row: 2, cells: ['IND-01', 71.5] },
      { row: 3, cells: ['IND-02', 85] },
      { row: 4, cells: ['IND-03', 2] },
      { row: 5, cells: ['IND-04', 'WTP'] },
      { row: 7, cells: ['IND-05', null] },
    ]);
  });

  it('rejects a file that is not a workbook', async () => {
    await expect(readXlsx(bytes('bukan zip'), 'r.xlsx')).rejects.toThrow(/bukan berkas XLSX/);
  });
});
