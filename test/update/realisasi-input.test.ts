/**
 * `updateRealisasi` on files nobody here wrote (issue 8, items 2, 7 and 11): a Windows-1252 CSV
 * from Indonesian Excel, controls that slipped through another program, a header with no rows,
 * thousands of bad rows, and cells too long to be a realisation. Called in-process on a copy of
 * the example; the limits themselves are tested with small values in src/io/read-spreadsheet.test.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { updateRealisasi, PROBLEMS_SHOWN } from '../../src/actions/update.js';
import { ValidationFailed } from '../../src/errors.js';
import { tempExample } from '../helpers/run-cli.js';

type Item = { id: string; realisasi: Record<string, unknown>; catatanRealisasi?: Record<string, unknown> };
const items = (text: string): Item[] => {
  const data = parse(text) as { sasaran: { indikator: Item[] }[]; areaPerubahan: { kegiatan: Item[] }[] };
  return [...data.sasaran.flatMap((s) => s.indikator), ...data.areaPerubahan.flatMap((a) => a.kegiatan)];
};
const item = (text: string, id: string) => items(text).find((i) => i.id === id)!;

/** Text as Excel's plain "CSV" writes it on an Indonesian Windows: Windows-1252, `;`, CRLF. */
function cp1252(text: string): Uint8Array {
  const high: Record<string, number> = { '€': 0x80, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };
  return new Uint8Array([...text].map((ch) => high[ch] ?? (ch.charCodeAt(0) < 0x100 ? ch.charCodeAt(0) : 0x3f)));
}

describe('update --realisasi on real-world files', () => {
  it('stores a Windows-1252 CSV with curly quotes, dashes and € as they were typed (item 2)', async () => {
    const { dir, project } = tempExample();
    const csv = ['id;realisasi;keterangan', 'IND-01;66,8;“LHE” 2025 – final', 'MP-01;SK “Tim RB” ditetapkan — Maret;biaya € 0 … ‘hemat’', ''].join('\r\n');
    writeFileSync(join(dir, 'realisasi.csv'), cp1252(csv));
    const result = await updateRealisasi(undefined, dir, { source: 'realisasi.csv', tahun: 2025 });
    expect(result).toMatchObject({ written: true, ditolak: 0, problems: [] });
    const text = readFileSync(project, 'utf8');
    expect(text).not.toMatch(/[\u0080-\u009f]/);
    expect(item(text, 'IND-01').catatanRealisasi).toMatchObject({ 2025: '“LHE” 2025 – final' });
    expect(item(text, 'MP-01').realisasi).toMatchObject({ 2025: 'SK “Tim RB” ditetapkan — Maret' });
    expect(item(text, 'MP-01').catatanRealisasi).toMatchObject({ 2025: 'biaya € 0 … ‘hemat’' });
  });

  it('refuses C1 controls that came in through another program, under their cell, and writes nothing', async () => {
    const { dir, project } = tempExample();
    const before = readFileSync(project, 'utf8');
    writeFileSync(join(dir, 'r.csv'), 'id;realisasi;keterangan\r\nIND-01;66,8;\u0093LHE\u0094\r\nIND-02;67;ok\r\n');
    const result = await updateRealisasi(undefined, dir, { source: 'r.csv', tahun: 2025 });
    expect(result.written).toBe(false);
    expect(result.problems.map((p) => [p.line, p.code, p.path])).toEqual([[2, 'realisasi-control-char', 'kolom keterangan']]);
    expect(result.problems[0]!.message).toContain('U+0093 di posisi 1, kemungkinan maksudnya “');
    expect(readFileSync(project, 'utf8')).toBe(before);
  });

  it('says there are no rows when the CSV has only its header (item 11)', async () => {
    const { dir, project } = tempExample();
    const before = readFileSync(project, 'utf8');
    writeFileSync(join(dir, 'kosong.csv'), 'id;realisasi;keterangan\r\n');
    const error = await updateRealisasi(undefined, dir, { source: 'kosong.csv', tahun: 2025 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationFailed);
    expect((error as ValidationFailed).problems).toMatchObject([{ code: 'realisasi-no-rows', file: 'kosong.csv', line: 1 }]);
    writeFileSync(join(dir, 'nol.csv'), '');
    const empty = await updateRealisasi(undefined, dir, { source: 'nol.csv', tahun: 2025 }).catch((e: unknown) => e);
    expect((empty as ValidationFailed).problems).toMatchObject([{ code: 'realisasi-empty-file' }]);
    expect(readFileSync(project, 'utf8')).toBe(before);
  });

  it('shows the first problems and counts the rest when thousands of rows are bad (item 7)', async () => {
    const { dir } = tempExample();
    writeFileSync(join(dir, 'duplikat.csv'), `id;realisasi\r\n${'IND-01;70\r\n'.repeat(3000)}`);
    const result = await updateRealisasi(undefined, dir, { source: 'duplikat.csv', tahun: 2025 });
    expect(result.ditolak).toBe(2999);
    expect(result.problems).toHaveLength(PROBLEMS_SHOWN + 1);
    expect(result.problems.at(-1)).toMatchObject({
      code: 'realisasi-more-problems',
      message: `… dan 2.949 masalah lainnya (hanya ${PROBLEMS_SHOWN} yang pertama ditampilkan).`,
    });
  });

  it('refuses a cell longer than a spreadsheet can hold, and a keterangan too long to be one (item 7)', async () => {
    const { dir, project } = tempExample();
    const before = readFileSync(project, 'utf8');
    writeFileSync(join(dir, 'sel.csv'), `id;realisasi;keterangan\r\nIND-01;70;"${'x'.repeat(40_000)}"\r\n`);
    await expect(updateRealisasi(undefined, dir, { source: 'sel.csv', tahun: 2025 })).rejects.toThrow(
      'sel.csv:2: kolom ke-3 berisi 40.000 karakter; satu sel paling banyak 32.767 karakter.',
    );
    writeFileSync(join(dir, 'panjang.csv'), `id;realisasi;keterangan\r\nIND-01;70;${'x'.repeat(2500)}\r\nIND-02;67;ok\r\n`);
    const partial = await updateRealisasi(undefined, dir, { source: 'panjang.csv', tahun: 2025, partial: true });
    expect(partial.problems.map((p) => [p.line, p.code, p.path, p.message])).toEqual([
      [2, 'realisasi-too-long', 'kolom keterangan', 'IND-01: keterangan berisi 2.500 karakter; paling banyak 2.000.'],
    ]);
    const text = readFileSync(project, 'utf8');
    expect(item(text, 'IND-01').realisasi).toEqual(item(before, 'IND-01').realisasi);
    expect(item(text, 'IND-02').realisasi).toMatchObject({ 2025: 67 });
  });
});
