import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { readCsv, readCsvChunks, readSpreadsheet, spreadsheetFormat } from './read-spreadsheet.js';
import { SPREADSHEET_LIMITS } from './spreadsheet-limits.js';
import { readXlsxCells } from './read-xlsx.js';
import { decodeCp1252 } from './text-encoding.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const readXlsx = (data: Uint8Array, shown: string, limits = {}) => readXlsxCells(data, shown, { ...SPREADSHEET_LIMITS, ...limits });

describe('readCsv', () => {
  it('reads semicolons as Indonesian Excel writes them, with BOM and row numbers', async () => {
    const [sheet] = await readCsv(bytes('\uFEFFid;realisasi;keterangan\r\nIND-01;"1.234,5";LHE\r\n\r\nIND-02;85%;\r\n'), 'r.csv');
    expect(sheet!.rows).toEqual([
      { row: 1, cells: ['id', 'realisasi', 'keterangan'] },
      { row: 2, cells: ['IND-01', '1.234,5', 'LHE'] },
      { row: 4, cells: ['IND-02', '85%', null] },
    ]);
  });

  it('reads commas and Windows-1252 text', async () => {
    const latin = new Uint8Array([...bytes('id,keterangan\nIND-01,'), 0xe9, ...bytes('\n')]);
    expect((await readCsv(latin, 'r.csv'))[0]!.rows[1]!.cells).toEqual(['IND-01', 'é']);
  });

  it('decodes Windows-1252 0x80-0x9F as the real code page, not as C1 controls', async () => {
    // What Indonesian Excel writes for: “Baik” – 5€ … ‘OK’ — Š™
    const cp1252 = new Uint8Array([
      ...bytes('id;realisasi;keterangan\r\nMP-01;Tercapai;'),
      0x93, ...bytes('Baik'), 0x94, 0x20, 0x96, 0x20, 0x35, 0x80, 0x20, 0x85, 0x20, 0x91, ...bytes('OK'), 0x92, 0x20, 0x97, 0x20, 0x8a, 0x99,
      ...bytes('\r\n'),
    ]);
    const cell = (await readCsv(cp1252, 'r.csv'))[0]!.rows[1]!.cells[2];
    expect(cell).toBe('“Baik” – 5€ … ‘OK’ — Š™');
    expect(cell).not.toMatch(/[\u0080-\u009f]/);
    expect(new TextDecoder('windows-1252').decode(new Uint8Array([0x93]))).toBe('\u0093'); // the Node bug this avoids
  });

  it('keeps UTF-8 with and without BOM, and reads UTF-16 with a BOM', async () => {
    const text = 'id;keterangan\r\nIND-01;“Baik” – ok\r\n';
    expect((await readCsv(bytes(text), 'r.csv'))[0]!.rows[1]!.cells[1]).toBe('“Baik” – ok');
    expect((await readCsv(bytes(`\uFEFF${text}`), 'r.csv'))[0]!.rows[1]!.cells[1]).toBe('“Baik” – ok');
    const le = new Uint8Array(Buffer.from(text, 'utf16le'));
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
    const expected = [
      { row: 1, cells: ['id', 'keterangan'] },
      { row: 2, cells: ['IND-01', '“Baik” – ok'] },
    ];
    expect((await readCsv(new Uint8Array([0xff, 0xfe, ...le]), 'r.csv'))[0]!.rows).toEqual(expected);
    expect((await readCsv(new Uint8Array([0xfe, 0xff, ...be]), 'r.csv'))[0]!.rows).toEqual(expected);
    expect((await readCsv(le, 'r.csv'))[0]!.rows).toEqual(expected);
  });

  it('finds UTF-8 broken far into the file and reads the whole file again as Windows-1252', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `IND-${i};70;catatan`).join('\r\n');
    const data = new Uint8Array([...bytes(`id;realisasi;keterangan\r\n${rows}\r\nIND-X;70;`), 0x96, ...bytes('\r\n')]);
    const [sheet] = await readCsv(data, 'r.csv');
    expect(sheet!.rows).toHaveLength(5002);
    expect(sheet!.rows.at(-1)!.cells).toEqual(['IND-X', '70', '–']);
  });

  it('refuses bytes that are neither UTF-8 nor Windows-1252, naming the line', async () => {
    const data = new Uint8Array([...bytes('id;realisasi\r\nIND-01;70\r\nIND-02;'), 0x81, ...bytes('\r\n')]);
    await expect(readCsv(data, 'r.csv')).rejects.toThrow(/^r\.csv:3: berkas memuat byte 0x81 yang bukan huruf UTF-8 maupun Windows-1252\.$/);
  });

  it('names the format from the file name', () => {
    expect(spreadsheetFormat('a.CSV')).toBe('csv');
    expect(spreadsheetFormat('a.xlsx')).toBe('xlsx');
    expect(() => spreadsheetFormat('a.xls')).toThrow(/tidak didukung/);
    expect(() => spreadsheetFormat('a.pdf')).toThrow(/tidak dikenali/);
  });
});

describe('decodeCp1252', () => {
  it('maps every defined byte of 0x80-0x9F and refuses the five undefined ones', () => {
    expect(decodeCp1252(new Uint8Array([0x80, 0x82, 0x84, 0x8c, 0x9c, 0x9f, 0xa0, 0xff]))).toBe('€‚„ŒœŸ\u00a0ÿ');
    for (const b of [0x81, 0x8d, 0x8f, 0x90, 0x9d]) expect(() => decodeCp1252(new Uint8Array([b]))).toThrow();
  });
});

describe('limits', () => {
  const manyRows = (n: number) => `id;realisasi\r\n${Array.from({ length: n }, () => 'IND-01;70').join('\r\n')}\r\n`;

  it('stops a CSV at the row limit, without reading the rest of the file', async () => {
    let pulled = 0;
    const chunk = bytes('IND-01;70;LHE 2025\r\n'.repeat(1000));
    async function* chunks() {
      yield bytes('id;realisasi;keterangan\r\n');
      for (let i = 0; i < 10_000; i++) {
        pulled++;
        yield chunk;
      }
    }
    await expect(readCsvChunks(chunks, 'r.csv', { ...SPREADSHEET_LIMITS, rows: 2500 })).rejects.toThrow(
      'r.csv: lebih dari 2.500 baris berisi (berhenti di baris 2501); batasnya 2.500 baris.',
    );
    expect(pulled).toBeLessThan(20);
  });

  it('refuses a CSV cell longer than the limit, and a runaway quote before it fills memory', async () => {
    await expect(readCsv(bytes(`id;realisasi;keterangan\r\nIND-01;70;${'x'.repeat(101)}\r\n`), 'r.csv', { cellChars: 100 })).rejects.toThrow(
      'r.csv:2: kolom ke-3 berisi 101 karakter; satu sel paling banyak 100 karakter.',
    );
    const runaway = bytes(`id;realisasi;keterangan\r\nIND-01;70;"tidak ditutup\r\n${'IND-02;70;x\r\n'.repeat(1000)}`);
    await expect(readCsv(runaway, 'r.csv', { cellChars: 100 })).rejects.toThrow(/^r\.csv:\d+: baris lebih dari 800 byte; satu sel paling banyak 100 karakter\.$/);
  });

  it('refuses too many columns', async () => {
    await expect(readCsv(bytes(`id;realisasi\r\n${'x;'.repeat(20)}x\r\n`), 'r.csv', { columns: 10 })).rejects.toThrow('r.csv:2: 21 kolom; batasnya 10 kolom.');
  });

  it('refuses a file larger than the limit before reading it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'roadmap-sheet-'));
    writeFileSync(join(dir, 'besar.csv'), manyRows(100));
    await expect(readSpreadsheet(join(dir, 'besar.csv'), 'besar.csv', { fileBytes: 1000 })).rejects.toThrow(
      /^besar\.csv berukuran 0 MB; berkas realisasi paling besar 0 MB\.$/,
    );
    await expect(readSpreadsheet(join(dir, 'besar.csv'), 'besar.csv', { fileBytes: 2 * 1024 * 1024 })).resolves.toHaveLength(1);
    await expect(readSpreadsheet(join(dir, 'tidak-ada.csv'), 'tidak-ada.csv')).rejects.toThrow('Berkas tidak-ada.csv tidak ditemukan.');
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
    ws.addRow(['IND-06', true, new Date(Date.UTC(2025, 2, 17))]);
    const data = new Uint8Array(await wb.xlsx.writeBuffer());
    const [sheet] = readXlsx(data, 'r.xlsx');
    expect(sheet!.name).toBe('BAG-ORG');
    expect(sheet!.rows).toEqual([
      { row: 1, cells: ['id', 'realisasi'] },
      { row: 2, cells: ['IND-01', 71.5] },
      { row: 3, cells: ['IND-02', 85] },
      { row: 4, cells: ['IND-03', 2] },
      { row: 5, cells: ['IND-04', 'WTP'] },
      { row: 7, cells: ['IND-05'] },
      { row: 8, cells: ['IND-06', 'ya', '2025-03-17'] },
    ]);
  });

  it('reads several sheets in workbook order, inline strings and prefixed XML', () => {
    const data = workbook({
      sheets: ['Kedua', 'Pertama'],
      files: {
        'xl/worksheets/sheet1.xml': `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>satu</x:t></x:is></x:c><x:c r="D2" t="s"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
        'xl/worksheets/sheet2.xml': `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="str"><f>A2</f><v>dua</v></c><c r="B1" t="e"><v>#DIV/0!</v></c></row></sheetData></worksheet>`,
        'xl/sharedStrings.xml': `<sst xmlns="${MAIN}"><si><r><t>Ter</t></r><r><t xml:space="preserve">capai </t></r><rPh><t>ふりがな</t></rPh></si></sst>`,
      },
    });
    expect(readXlsx(data, 'r.xlsx')).toEqual([
      { name: 'Kedua', rows: [{ row: 2, cells: [null, 'satu', null, 'Tercapai '] }] },
      { name: 'Pertama', rows: [{ row: 1, cells: ['dua', '#DIV/0!'] }] },
    ]);
  });

  it('rejects a file that is not a workbook, and a workbook with a DTD', () => {
    expect(() => readXlsx(bytes('bukan zip'), 'r.xlsx')).toThrow(/bukan berkas XLSX/);
    const xxe = workbook({
      files: {
        'xl/worksheets/sheet1.xml': `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&e;</t></is></c></row></sheetData></worksheet>`,
      },
    });
    expect(() => readXlsx(xxe, 'r.xlsx')).toThrow('r.xlsx: xl/worksheets/sheet1.xml memuat DTD (<!DOCTYPE>); buku kerja seperti ini tidak dibaca.');
  });

  it('stops inflating at the byte budget, and reading at the row limit', () => {
    const rows = Array.from({ length: 500 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('');
    const big = workbook({ files: { 'xl/worksheets/sheet1.xml': `<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>` } });
    expect(() => readXlsx(big, 'r.xlsx', { inflatedBytes: 4000 })).toThrow(
      'r.xlsx: isi buku kerja lebih dari 0 MB setelah diekstrak (berhenti di xl/worksheets/sheet1.xml); batasnya 0 MB.',
    );
    expect(() => readXlsx(big, 'r.xlsx', { rows: 100 })).toThrow('r.xlsx: lebih dari 100 baris berisi (berhenti di Lembar1!101); batasnya 100 baris.');
    expect(readXlsx(big, 'r.xlsx')[0]!.rows).toHaveLength(500);
  });

  it('refuses a cell longer than the limit and a value far to the right', () => {
    const long = workbook({
      files: { 'xl/worksheets/sheet1.xml': `<worksheet xmlns="${MAIN}"><sheetData><row r="3"><c r="C3" t="inlineStr"><is><t>${'x'.repeat(50)}</t></is></c></row></sheetData></worksheet>` },
    });
    expect(() => readXlsx(long, 'r.xlsx', { cellChars: 40 })).toThrow('r.xlsx: sel Lembar1!C3 berisi 50 karakter; satu sel paling banyak 40 karakter.');
    const wide = workbook({ files: { 'xl/worksheets/sheet1.xml': `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="XFD1"><v>1</v></c></row></sheetData></worksheet>` } });
    expect(() => readXlsx(wide, 'r.xlsx')).toThrow('r.xlsx: sel Lembar1!XFD1 berada di luar 256 kolom pertama; batasnya 256 kolom.');
  });
});

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A hand-made workbook: sheet N is xl/worksheets/sheetN.xml. */
function workbook({ sheets = ['Lembar1'], files }: { sheets?: string[]; files: Record<string, string> }): Uint8Array {
  const entries: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': strToU8(
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets.map((name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join('')}<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="/xl/sharedStrings.xml"/></Relationships>`,
    ),
  };
  for (const [name, text] of Object.entries(files)) entries[name] = strToU8(text);
  return zipSync(entries);
}
