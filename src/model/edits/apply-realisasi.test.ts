import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseProject } from '../parse-project.js';
import { applyRealisasi, planRealisasi } from './apply-realisasi.js';
import { realisasiRowsFrom, type SheetTable } from './realisasi-rows.js';

const TEXT = readFileSync('test/fixtures/update/kecil.yaml', 'utf8');
const project = parseProject(TEXT, 'kecil.yaml').project!;

const csv = (rows: (string | number | null)[][]): SheetTable[] => [{ rows: rows.map((cells, i) => ({ row: i + 1, cells })) }];

describe('realisasiRowsFrom', () => {
  it('finds the header under note rows and keeps row numbers', () => {
    const sheets: SheetTable[] = [
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

  it('says when there is no header', () => {
    expect(realisasiRowsFrom(csv([['kode indikator', 'nilai']]), 'r.csv').problems[0]!.code).toBe('realisasi-no-header');
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
      [6, 'realisasi-year-outside-period', 'kolom realisasi'],
      [7, 'realisasi-duplicate', 'kolom id'],
    ]);
    expect(plan.problems[0]!.hint).toBe('Maksud Anda "IND-01"?');
    expect(plan.changes.map((c) => [c.id, c.tahun, c.sebelum, c.sesudah, c.path])).toEqual([
      ['IND-01', 2026, null, 71.5, 'sasaran[0].indikator[0].realisasi.2026'],
      ['IND-03', 2026, null, 'WTP', 'sasaran[0].indikator[2].realisasi.2026'],
      ['PT-01', 2026, null, 'Perwal ditetapkan', 'areaPerubahan[1].kegiatan[0].realisasi.2026'],
    ]);
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
