/**
 * Indeks RB and PMPRB through the CLI as a user runs them: `status --json` gives each year's
 * values and categories, and the monitoring report's section says the same in its paragraph and
 * table; `validate` refuses a value off the scale with its place in the file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempExample } from '../helpers/run-cli.js';

interface Nilai { tahun: number; nilai: number | null; kategori: string | null; target: number | string | null }
interface Ev { indeksRb: { id: string; riwayat: Nilai[]; tahunIni: Nilai }; pmprb: { id: string; riwayat: Nilai[]; tahunIni: Nilai }; selisih: number | null }
const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');

const { dir, project } = tempExample();
let ev: Ev;
let report: string;

beforeAll(() => {
  const st = runCli(['status', '--tahun', '2024', '--json'], { cwd: dir });
  expect(st.code, st.stderr).toBe(0);
  ev = JSON.parse(st.stdout).progress.evaluasiRb;
  const laporan = runCli(['laporan', '--tahun', '2024'], { cwd: dir });
  expect(laporan.code, laporan.stderr).toBe(0);
  report = textOf(strFromU8(unzipSync(readFileSync(join(dir, 'roadmap-laporan-2024.docx')))['word/document.xml']!));
}, 120_000);

describe('Indeks RB and PMPRB in status and the report', () => {
  it('status --json gives the values, their categories and the gap', () => {
    expect(ev.indeksRb.id).toBe('IND-01');
    expect(ev.pmprb.id).toBe('IND-22');
    expect(ev.indeksRb.tahunIni).toMatchObject({ tahun: 2024, nilai: 64.18, kategori: 'B', target: 65 });
    expect(ev.pmprb.tahunIni).toMatchObject({ nilai: 70.5, kategori: 'BB' });
    expect(ev.selisih).toBe(6.32);
  });

  it('the report says the same in a paragraph, and a row per year from the baseline', () => {
    const at = report.indexOf('Hasil Evaluasi Reformasi Birokrasi');
    expect(at).toBeGreaterThan(0);
    const section = report.slice(at, report.indexOf('Capaian Kegiatan Rencana Aksi', at));
    expect(section).toContain(
      'Indeks Reformasi Birokrasi (Indeks RB) tahun 2024 hasil evaluasi Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi sebesar 64,18 dengan kategori B (baik), belum mencapai target 65,00 (B).',
    );
    expect(section).toContain('(PMPRB) tahun 2024 sebesar 70,50 dengan kategori BB, mencapai target 70,00 (B), lebih tinggi 6,32 poin dari Indeks RB.');
    // Tahun, PMPRB (value, category, target), Indeks RB (value, category, target), gap: the figures status --json gave above.
    expect(section).toContain('2023 ( baseline ) 69,85 B - 62,40 B - +7,45');
    expect(section).toContain('2024 70,50 BB 70,00 (B) 64,18 B 65,00 (B) +6,32');
  });
});

describe('validate', () => {
  it('refuses an Indeks RB off the 0-100 scale at its place in the file (exit 1)', () => {
    const text = readFileSync(project, 'utf8');
    writeFileSync(project, text.replace('realisasi: {2024: 64.18}', 'realisasi: {2024: 6418}'));
    const r = runCli(['validate'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/roadmap\.yaml:\d+:\d+  galat  sasaran\[0\]\.indikator\[0\]\.realisasi\.2024  Indeks RB IND-01: nilai 6\.418 di luar rentang 0-100\./);
    writeFileSync(project, text);
  });
});
