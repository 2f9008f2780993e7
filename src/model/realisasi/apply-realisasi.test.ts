import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseProject } from '../parse-project.js';
import { applyRealisasi, planRealisasi } from './apply-realisasi.js';
import type { SpreadsheetSheet } from '../../spreadsheet.js';
import { FILE_PROBLEMS, REALISASI_CELL_CHARS, realisasiRowsFrom } from './realisasi-rows.js';

const TEXT = readFileSync('test/fixtures/update/kecil.yaml', 'utf8');
const project = parseProject(TEXT, 'kecil.yaml').project!;

const csv = (rows: (string | number | null)[][]): SpreadsheetSheet[] => [{ rows: rows.map((cells, i) => ({ row: i + 1, cells })) }];

describe('realisasiRowsFrom', () => {
  it('finds the header under note rows and keeps row numbers', () => {
    const sheets: SpreadsheetSheet[] = [
      {
        name: 'BAG-ORG',
        rows: [
          { row: 1, cells: ['Realisasi tahun 2026'] },
          { row: 2, cells: ['Petunjuk: isi kolom realisasi'] },
          { row: 4, cells: ['id', 'jenis', 'nama', 'target 2026', 'Realisasi 2026', 'keterangan'] },
          { row: 5, cells: ['IND-01', 'indikator', 'Nilai SAKIP', 70, 71, 'LHE'] },
          { row: 6, cells: ['MP-02', 'kegiatan', 'Agen', 20, null, null] },
          { row: 7, cells: [null, null, null, null, 5, null] },
        ],
      },
      { name: 'Catatan', rows: [{ row: 1, cells: ['bebas'] }] },
    ];
    const read = realisasiRowsFrom(sheets, 'r.xlsx');
    expect(read.tahunHeader).toBe(2026);
    expect(read.empty).toBe(1);
    expect(read.rows).toEqual([{ row: 5, sheet: 'BAG-ORG', cell: 'E5', idCell: 'A5', id: 'IND-01', realisasi: 71, keterangan: 'LHE' }]);
    expect(read.problems).toMatchObject([{ code: 'realisasi-no-id', file: 'r.xlsx', line: 7, path: 'BAG-ORG!A7' }]);
  });

  it('says when there is no header, and what the first row holds', () => {
    const problem = realisasiRowsFrom(csv([['kode indikator', 'nilai'], ['IND-01', 70]]), 'r.csv').problems[0]!;
    expect(problem).toMatchObject({ code: 'realisasi-no-header', line: 1 });
    expect(problem.message).toBe('Baris judul kolom tidak ditemukan: perlu kolom "id" dan "realisasi" dalam 20 baris pertama. Baris 1 berisi "kode indikator", "nilai".');
  });

  it('tells an empty file from a header without rows (issue 8, item 11)', () => {
    expect(realisasiRowsFrom(csv([]), 'r.csv').problems).toMatchObject([{ code: 'realisasi-empty-file', message: 'Berkas kosong: tidak ada satu baris pun yang berisi.' }]);
    const headerOnly = realisasiRowsFrom(csv([['id', 'realisasi', 'keterangan']]), 'r.csv');
    expect(headerOnly.problems).toMatchObject([
      { code: 'realisasi-no-rows', line: 1, message: 'Tidak ada baris realisasi: hanya baris judul (baris 1), tanpa baris berisi di bawahnya.' },
    ]);
    expect([...FILE_PROBLEMS].sort()).toEqual(['realisasi-empty-file', 'realisasi-no-header', 'realisasi-no-rows']);
    // A template nobody has filled in yet is not "no rows": its rows are counted as empty.
    expect(realisasiRowsFrom(csv([['id', 'realisasi'], ['IND-01', null]]), 'r.csv')).toMatchObject({ empty: 1, problems: [] });
  });

  it('refuses a realisation or keterangan cell that is too long or holds C1 controls, under that cell', () => {
    const sheets: SpreadsheetSheet[] = [
      {
        name: 'BAG-ORG',
        rows: [
          { row: 1, cells: ['id', 'realisasi', 'keterangan'] },
          { row: 2, cells: ['IND-01', 71, 'x'.repeat(REALISASI_CELL_CHARS + 1)] },
          { row: 3, cells: ['IND-02', 'y'.repeat(REALISASI_CELL_CHARS + 5), null] },
          { row: 4, cells: ['MP-01', 'Tercapai', 'SK \u0093Tim RB\u0094 ditetapkan'] },
          { row: 5, cells: ['MP-02', 'Tercapai', 'x'.repeat(REALISASI_CELL_CHARS)] },
        ],
      },
    ];
    const read = realisasiRowsFrom(sheets, 'r.xlsx');
    expect(read.rows.map((r) => r.id)).toEqual(['MP-02']);
    expect(read.problems.map((p) => [p.line, p.code, p.path, p.message.slice(0, 64)])).toEqual([
      [2, 'realisasi-too-long', 'C2', 'IND-01: keterangan berisi 2.001 karakter; paling banyak 2.000.'],
      [3, 'realisasi-too-long', 'B3', 'IND-02: realisasi berisi 2.005 karakter; paling banyak 2.000.'],
      [4, 'realisasi-control-char', 'C4', 'MP-01: keterangan: teks memuat karakter kendali tak terlihat U+0'],
    ]);
    expect(read.problems[2]!.message).toContain('U+0093 di posisi 4 (sesudah "SK "), kemungkinan maksudnya “');
  });
});

describe('planRealisasi', () => {
  it('checks every row and names it by row number', () => {
    const read = realisasiRowsFrom(
      csv([
        ['id', 'realisasi', 'tahun'],
        ['IND-01', '71,5', null],
        ['IND-99', '3', null],
        ['IND-02', 'banyak', null],
        ['IND-03', 'WTP', null],
        ['MP-01', 'selesai', '2030'],
        ['IND-01', '72', null],
        ['PT-01', 'Perwal ditetapkan', '2026'],
      ]),
      'r.csv',
    );
    const plan = planRealisasi(project, read.rows, { file: 'r.csv', tahun: 2026 });
    expect(plan.problems.map((p) => [p.line, p.code, p.path])).toEqual([
      [3, 'realisasi-unknown-id', 'kolom id'],
      [4, 'realisasi-not-a-number', 'kolom realisasi'],
      [6, 'realisasi-year-outside-period', 'kolom tahun'],
      [7, 'realisasi-duplicate', 'kolom id'],
    ]);
    expect(plan.problems[0]!.hint).toBe('Maksud Anda "IND-01"?');
    expect(plan.changes.map((c) => [c.id, c.tahun, c.sebelum, c.sesudah, c.path])).toEqual([
      ['IND-01', 2026, null, 71.5, 'sasaran[0].indikator[0].realisasi.2026'],
      ['IND-03', 2026, null, 'WTP', 'sasaran[0].indikator[2].realisasi.2026'],
      ['PT-01', 2026, null, 'Perwal ditetapkan', 'areaPerubahan[1].kegiatan[0].realisasi.2026'],
    ]);
  });

  it('reports a bad year under the column that holds it (issue 8, item 11)', () => {
    const sheets: SpreadsheetSheet[] = [
      {
        name: 'BAG-ORG',
        rows: [
          { row: 1, cells: ['id', 'tahun', 'realisasi'] },
          { row: 2, cells: ['IND-01', '2O26', 71] },
          { row: 3, cells: ['IND-02', 2031, 9] },
          { row: 4, cells: ['IND-03', '26', 'WTP'] },
        ],
      },
    ];
    const plan = planRealisasi(project, realisasiRowsFrom(sheets, 'r.xlsx').rows, { file: 'r.xlsx' });
    expect(plan.problems.map((p) => [p.line, p.code, p.path, p.message])).toEqual([
      [2, 'realisasi-bad-year', 'B2', 'IND-01: tahun "2O26" bukan tahun.'],
      [3, 'realisasi-year-outside-period', 'B3', 'IND-02: tahun 2031 di luar periode 2025-2029.'],
      [4, 'realisasi-bad-year', 'B4', 'IND-03: tahun "26" bukan tahun.'],
    ]);
  });

  it('quotes a long bad value shortened, so one row cannot flood the screen', () => {
    const plan = planRealisasi(project, [{ row: 2, id: 'IND-01', realisasi: `banyak ${'x'.repeat(1500)}`, cell: 'kolom realisasi' }], { file: 'r.csv', tahun: 2026 });
    expect(plan.problems[0]!.message).toBe(`IND-01: realisasi "banyak ${'x'.repeat(53)}… (1.507 karakter)" tidak dapat dibaca sebagai angka.`);
  });

  it('writes nothing with a bad row unless partial', () => {
    const rows = [
      { row: 2, id: 'IND-01', realisasi: 67 },
      { row: 3, id: 'NOPE', realisasi: 1 },
    ];
    expect(applyRealisasi(TEXT, project, rows, { file: 'r.csv', tahun: 2025 }).applied).toBeUndefined();
    const partial = applyRealisasi(TEXT, project, rows, { file: 'r.csv', tahun: 2025, partial: true });
    expect(partial.problems).toHaveLength(1);
    expect(partial.applied!.formatting).toBe('preserved');
    expect(parse(partial.applied!.text).sasaran[0].indikator[0].realisasi).toEqual({ 2025: 67 });
    expect(partial.applied!.text).toContain('realisasi: {2025: 67}\n');
  });

  it('adds a year to a block map in year order', () => {
    const result = applyRealisasi(TEXT, project, [{ row: 2, id: 'IND-02', realisasi: 9 }], { file: 'r.csv', tahun: 2026 });
    expect(result.applied!.text).toContain('        realisasi:\n          2025: 11\n          2026: 9\n');
  });
});
