/**
 * `roadmap update --realisasi` and `--template-realisasi` through the built CLI: bad rows are
 * reported by row number and nothing is written, --partial writes the good rows, and the
 * template, filled in by the test, imports.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli, tempExample } from '../helpers/run-cli.js';

const indikator = (text: string, id: string) =>
  (parse(text).sasaran as { indikator: { id: string; realisasi: Record<string, unknown> }[] }[]).flatMap((s) => s.indikator).find((i) => i.id === id)!;

const CSV_BAD = [
  'id;realisasi;keterangan',
  'IND-01;66,8;LHE 2025',
  'IND-99;70;',
  'IND-02;tinggi;',
  'IND-05;"3,45";',
  'IND-06;71%;',
  '',
].join('\r\n');

describe('roadmap update --realisasi', () => {
  it('reports every bad row with its row number and writes nothing (exit 1)', () => {
    const { dir, project } = tempExample();
    const before = readFileSync(project, 'utf8');
    writeFileSync(join(dir, 'realisasi.csv'), CSV_BAD);
    const r = runCli(['update', '--realisasi', 'realisasi.csv', '--tahun', '2025'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('realisasi.csv:3  galat  kolom id  Id "IND-99" tidak ada di road map.');
    expect(r.stderr).toContain('realisasi.csv:4  galat  kolom realisasi  IND-02: realisasi "tinggi" tidak dapat dibaca sebagai angka.');
    expect(r.stderr).toContain('Tidak ada yang disimpan');
    expect(r.stdout).toBe('');
    expect(readFileSync(project, 'utf8')).toBe(before);
  });

  it('--partial writes the good rows and still exits 1', () => {
    const { dir, project } = tempExample();
    writeFileSync(join(dir, 'realisasi.csv'), CSV_BAD);
    const r = runCli(['update', '--realisasi', 'realisasi.csv', '--tahun', '2025', '--partial', '--json'], { cwd: dir });
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ action: 'realisasi', sumber: 'realisasi.csv', tahun: 2025, written: true, ditolak: 2, kosong: 0 });
    expect(json.problems.map((p: { line: number; code: string }) => [p.line, p.code])).toEqual([
      [3, 'realisasi-unknown-id'],
      [4, 'realisasi-not-a-number'],
    ]);
    expect(json.changes.map((c: { id: string; sesudah: unknown }) => [c.id, c.sesudah])).toEqual([
      ['IND-01', 66.8],
      ['IND-05', 3.45],
      ['IND-06', 71],
    ]);
    const text = readFileSync(project, 'utf8');
    expect(indikator(text, 'IND-01').realisasi).toEqual({ 2024: 64.18, 2025: 66.8 });
    expect(indikator(text, 'IND-02').realisasi).toEqual({ 2024: 65.08 });
    expect(text).toContain('        realisasi: {2024: 64.18, 2025: 66.8}\n');
  });

  it('refuses a year outside the period and asks for a year when none is known', () => {
    const { dir } = tempExample();
    writeFileSync(join(dir, 'r.csv'), 'id,realisasi\nIND-01,70\n');
    const outside = runCli(['update', '--realisasi', 'r.csv', '--tahun', '2031'], { cwd: dir });
    expect(outside.code).toBe(1);
    expect(outside.stderr).toContain('Tahun 2031 di luar periode road map 2024-2028');
    const none = runCli(['update', '--realisasi', 'r.csv'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--tahun');
    writeFileSync(join(dir, 'per-baris.csv'), 'id,tahun,realisasi\nIND-01,2025,70\nIND-02,2030,70\n');
    const perRow = runCli(['update', '--realisasi', 'per-baris.csv'], { cwd: dir });
    expect(perRow.code).toBe(1);
    expect(perRow.stderr).toContain('per-baris.csv:3');
    expect(perRow.stderr).toContain('tahun 2030 di luar periode 2024-2028');
  });

  it('writes a template that, filled in, imports', async () => {
    const { dir, project } = tempExample();
    const t = runCli(['update', '--template-realisasi', 'realisasi-2025.xlsx', '--tahun', '2025'], { cwd: dir });
    expect(t.code, t.stderr).toBe(0);
    expect(t.stdout).toBe('realisasi-2025.xlsx\n');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'realisasi-2025.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Realisasi 2025']);
    const ws = wb.worksheets[0]!;
    const header = ws.getRow(4).values as unknown[];
    expect(header.slice(1)).toEqual(['id', 'jenis', 'nama', 'satuan', 'target 2025', 'realisasi 2025', 'keterangan', 'realisasi anggaran', 'koordinator']);
    expect(ws.getRow(4).getCell(1).font?.bold).toBe(true);
    expect(ws.getColumn(3).width).toBeGreaterThan(40);
    expect(String(ws.getCell('A2').value)).toMatch(/^Petunjuk/);

    // An OPD fills in three rows: a number, an Indonesian decimal, a percentage cell.
    const rowOf = (id: string) => {
      for (let r = 5; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(1).value === id) return ws.getRow(r);
      throw new Error(`${id} not in template`);
    };
    expect(rowOf('IND-01').getCell(5).value).toBe(68);
    rowOf('IND-01').getCell(6).value = 68.9;
    rowOf('IND-02').getCell(6).value = '67,75';
    const pct = rowOf('IND-09').getCell(6);
    pct.value = 0.931;
    pct.style = { ...pct.style, numFmt: '0.0%' };
    rowOf('MP-02').getCell(6).value = 'Rencana aksi 2025 ditetapkan';
    rowOf('MP-02').getCell(8).value = 42_500_000;
    await wb.xlsx.writeFile(join(dir, 'terisi.xlsx'));

    const r = runCli(['update', '--realisasi', 'terisi.xlsx', '--json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.tahun).toBe(2025);
    const byId = Object.fromEntries(json.changes.map((c: { id: string; sesudah: unknown }) => [c.id, c.sesudah]));
    expect(byId).toMatchObject({ 'IND-01': 68.9, 'IND-02': 67.75, 'IND-09': 93.1, 'MP-02': 'Rencana aksi 2025 ditetapkan' });
    const text = readFileSync(project, 'utf8');
    expect(indikator(text, 'IND-09').realisasi).toEqual({ 2024: 88, 2025: 93.1 });
    expect(text).toMatch(/realisasiAnggaran:\s*\n\s*2025: 42500000/);
    expect(runCli(['validate'], { cwd: dir }).code).toBe(0);

    // Importing the same file again changes nothing.
    const again = runCli(['update', '--realisasi', 'terisi.xlsx'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(readFileSync(project, 'utf8')).toBe(text);
  });

  it('records a Zona Integritas stage from the workbook: a dropdown of stage words, the keterangan as the LHE note', async () => {
    const { dir, project } = tempExample();
    expect(runCli(['update', '--template-realisasi', 'zi.xlsx', '--tahun', '2026'], { cwd: dir }).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'zi.xlsx'));
    const ws = wb.worksheets[0]!;
    const rows = new Map<string, ExcelJS.Row>();
    for (let r = 5; r <= ws.rowCount; r++) rows.set(String(ws.getRow(r).getCell(1).value), ws.getRow(r));
    const zi05 = rows.get('ZI-05')!;
    expect(zi05.getCell(2).value).toBe('zona integritas');
    expect(zi05.getCell(3).value).toBe('Zona Integritas: Puskesmas Cibening');
    // Not this year's target: the year is said.
    expect(zi05.getCell(5).value).toBe('WBK 2027');
    expect(zi05.getCell(6).dataValidation).toMatchObject({ type: 'list', formulae: [expect.stringContaining('Diusulkan ke TPN')] });
    expect([...rows.keys()].filter((id) => id.startsWith('ZI-'))).toHaveLength(14);

    zi05.getCell(6).value = 'Diusulkan ke TPN';
    zi05.getCell(7).value = 'Reviu TPI selesai Maret';
    rows.get('ZI-03')!.getCell(6).value = 'WBK';
    rows.get('ZI-08')!.getCell(6).value = 'lolos';
    await wb.xlsx.writeFile(join(dir, 'zi-terisi.xlsx'));

    const before = readFileSync(project, 'utf8');
    const bad = runCli(['update', '--realisasi', 'zi-terisi.xlsx'], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/zi-terisi\.xlsx:\d+  galat  F\d+  ZI-08: "lolos" bukan tahap Zona Integritas\./);
    expect(bad.stderr).toContain('Tulis salah satu: pencanangan, penilaian mandiri, usulan TPI, usulan TPN, WBK, WBBM, tidak lolos, predikat dicabut.');
    expect(readFileSync(project, 'utf8')).toBe(before);

    rows.get('ZI-08')!.getCell(6).value = 'Penilaian mandiri';
    await wb.xlsx.writeFile(join(dir, 'zi-terisi.xlsx'));
    const r = runCli(['update', '--realisasi', 'zi-terisi.xlsx'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('ZI-05\t2026\tDiusulkan ke TPN (baru)\n');
    const text = readFileSync(project, 'utf8');
    const unit = (id: string) => (parse(text).zonaIntegritas.unit as { id: string; tahapan: Record<string, unknown> }[]).find((u) => u.id === id)!;
    expect(unit('ZI-05').tahapan[2026]).toEqual({ tahap: 'usulanTpn', catatan: 'Reviu TPI selesai Maret' });
    expect(unit('ZI-03').tahapan[2026]).toEqual({ tahap: 'WBK' });
    expect(unit('ZI-08').tahapan[2026]).toEqual({ tahap: 'penilaianMandiri' });
    // Written like the years beside it, one line each.
    expect(text).toContain('        2026: {tahap: usulanTpn, catatan: Reviu TPI selesai Maret}\n');

    const status = JSON.parse(runCli(['status', '--tahun', '2026', '--json'], { cwd: dir }).stdout);
    expect(status.progress.zonaIntegritas.unit.find((u: { id: string }) => u.id === 'ZI-05')).toMatchObject({ tahap: 'usulanTpn', dicatat: { tahap: 'usulanTpn' } });
  });

  it('names the sheet and row of a bad cell in a per-OPD workbook', async () => {
    const { dir, project } = tempExample();
    const before = readFileSync(project, 'utf8');
    expect(runCli(['update', '--template-realisasi', 'opd.xlsx', '--tahun', '2025', '--per-opd'], { cwd: dir }).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'opd.xlsx'));
    expect(wb.worksheets.length).toBeGreaterThan(5);
    const ws = wb.getWorksheet('DISKOMINFO')!;
    expect(ws.getRow(5).getCell(1).value).toBe('IND-10');
    ws.getRow(5).getCell(6).value = 'tiga koma dua';
    ws.getRow(6).getCell(6).value = 2.5;
    await wb.xlsx.writeFile(join(dir, 'opd-terisi.xlsx'));
    const r = runCli(['update', '--realisasi', 'opd-terisi.xlsx'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('opd-terisi.xlsx:5  galat  DISKOMINFO!F5  IND-10: realisasi "tiga koma dua" tidak dapat dibaca sebagai angka.');
    expect(readFileSync(project, 'utf8')).toBe(before);
  });
});

describe('a quarter', () => {
  it('writes a quarterly template whose filled rows import as that quarter', async () => {
    const { dir, project } = tempExample();
    const t = runCli(['update', '--template-realisasi', 'tw1.xlsx', '--tahun', '2024', '--triwulan', '1'], { cwd: dir });
    expect(t.code, t.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'tw1.xlsx'));
    const ws = wb.worksheets[0]!;
    expect((ws.getRow(4).values as unknown[]).at(-1)).toBe('triwulan');
    const mp02 = ws.getRow(5);
    expect(mp02.getCell(1).value).toBe('MP-02');
    // The quarter's target, not the year's.
    expect(mp02.getCell(5).value).toBe('Draf awal road map');
    mp02.getCell(6).value = 'Tercapai';
    await wb.xlsx.writeFile(join(dir, 'tw1-terisi.xlsx'));
    const r = runCli(['update', '--realisasi', 'tw1-terisi.xlsx', '--tahun', '2024'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(project, 'utf8')).toMatch(/realisasiTriwulan:\s*\n\s*2024:\s*\n\s*tw1: Tercapai/);
  });
});
