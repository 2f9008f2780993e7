/**
 * Zona Integritas through the CLI as a user runs it: the regulation plans the example's units
 * under Manajemen Perubahan, `update --set` records a stage, `status --json` counts the stages,
 * and the monitoring report draws the same counts in its chart and names the units that fell back.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOCX_CHECK, runCli, tempExample } from '../helpers/run-cli.js';

interface Zi {
  perTahap: { tahap: string; jumlah: number; target: number | null }[];
  mundur: string[];
  terlambat: string[];
  unit: { id: string; tahap: string | null }[];
}
const ziOf = (stdout: string) => (JSON.parse(stdout) as { progress: { zonaIntegritas: Zi } }).progress.zonaIntegritas;
const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');

const { dir } = tempExample();
let regulation: string;
let report: Record<string, Uint8Array>;
let zi: Zi;
let check: { status: number | null; stdout: string };

beforeAll(() => {
  const built = runCli(['build'], { cwd: dir });
  expect(built.code, built.stderr).toBe(0);
  regulation = textOf(strFromU8(unzipSync(readFileSync(join(dir, 'roadmap.docx')))['word/document.xml']!));
  const st = runCli(['status', '--tahun', '2025', '--json'], { cwd: dir });
  expect(st.code, st.stderr).toBe(0);
  zi = ziOf(st.stdout);
  const laporan = runCli(['laporan', '--tahun', '2025'], { cwd: dir });
  expect(laporan.code, laporan.stderr).toBe(0);
  report = unzipSync(readFileSync(join(dir, 'roadmap-laporan-2025.docx')));
  check = spawnSync(DOCX_CHECK, [join(dir, 'roadmap-laporan-2025.docx'), join(dir, 'check'), '--pages', '2'], { encoding: 'utf8', timeout: 300_000 });
}, 400_000);

describe('Zona Integritas in the regulation', () => {
  it('plans the units under Manajemen Perubahan, before the next area', () => {
    // The last occurrences are the headings of the body (the first ones are the table of contents).
    const at = regulation.lastIndexOf('4.1.1 Pembangunan Zona Integritas');
    const area = regulation.lastIndexOf('4.1 Manajemen Perubahan');
    expect(area).toBeGreaterThan(0);
    expect(at).toBeGreaterThan(area);
    expect(at).toBeLessThan(regulation.indexOf('4.2 ', area));
    expect(regulation).toContain('Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 90 Tahun 2021');
    for (const name of ['Puskesmas Sukamaju Kota', 'Kecamatan Cibening', 'UPT Sekolah Menengah Pertama Negeri 1 Sukamaju']) expect(regulation).toContain(name);
  });

  it('cites PermenPANRB 90/2021 in the lampiran’s Dasar Hukum, not in the Mengingat, and says who names the other units', () => {
    const citation = 'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 90 Tahun 2021 tentang Pembangunan dan Evaluasi Zona Integritas';
    const dasarHukum = regulation.slice(regulation.lastIndexOf('1.2 Dasar Hukum'), regulation.lastIndexOf('1.3 '));
    expect(dasarHukum).toContain(`${citation} Menuju Wilayah Bebas dari Korupsi dan Wilayah Birokrasi Bersih dan Melayani di Instansi Pemerintah (Berita Negara Republik Indonesia Tahun 2021 Nomor ....);`);
    // In the order of the hierarchy and of years: after PermenPANRB 25/2020, before 9/2023 and the Perda.
    const at = dasarHukum.indexOf('Nomor 90 Tahun 2021');
    expect(at).toBeGreaterThan(dasarHukum.indexOf('Nomor 25 Tahun 2020'));
    expect(at).toBeLessThan(dasarHukum.indexOf('Nomor 9 Tahun 2023'));
    expect(at).toBeLessThan(dasarHukum.indexOf('Peraturan Daerah'));
    const mengingat = regulation.slice(regulation.indexOf('Mengingat'), regulation.indexOf('MEMUTUSKAN'));
    expect(mengingat).not.toContain('Nomor 90 Tahun 2021');
    // 26 units declared by 2028, 14 named.
    expect(regulation).toContain('Unit kerja selain yang tercantum di atas, sampai memenuhi target tersebut, ditetapkan setiap tahun dengan Keputusan Bupati.');
  });

  it('writes the yearly targets per stage, and no stage reached (that is the report’s)', () => {
    expect(regulation).toContain('Unit kerja yang telah mencanangkan pembangunan Zona Integritas 10 14 18 22 26');
    expect(regulation).toContain('Unit kerja berpredikat WBBM 0 1 1 2 3');
    expect(regulation).toContain('Unit kerja berpredikat WBK atau WBBM 2 5 7 10 14');
    expect(regulation).not.toContain('Tidak lolos');
  });
});

describe('Zona Integritas in status and the report', () => {
  it('passes docx-check', () => {
    expect(check.stdout).not.toMatch(/^FAIL/m);
    expect(check.status, check.stdout).toBe(0);
  });

  it('draws the counts per stage that status gives, against the targets', () => {
    expect(zi.perTahap.map((t) => t.jumlah)).toEqual([14, 7, 3, 1]);
    const chart = Object.keys(report)
      .filter((n) => /^word\/charts\/chart\d+\.xml$/.test(n))
      .map((n) => strFromU8(report[n]!))
      .find((xml) => xml.includes('Unit Zona Integritas per tahap'))!;
    expect(chart).toBeDefined();
    const caches = [...chart.matchAll(/<c:numCache>(.*?)<\/c:numCache>/g)].map((m) => [...m[1]!.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => Number(v[1])));
    expect(caches).toEqual([zi.perTahap.map((t) => t.target ?? 0), zi.perTahap.map((t) => t.jumlah)]);
  });

  it('names the units that fell back and those behind their plan', () => {
    const text = textOf(strFromU8(report['word/document.xml']!));
    const section = text.slice(text.indexOf('Pembangunan Zona Integritas'));
    expect(zi.mundur).toEqual(['ZI-04', 'ZI-13']);
    expect(section).toMatch(/Unit yang tidak lolos atau mundur.*Puskesmas Sukamaju Kota \(Dinkes\): tidak lolos; LHE TPN/);
    const late = section.slice(section.indexOf('Unit yang terlambat dari rencana'));
    expect(late).toMatch(/^Unit yang terlambat dari rencana Badan Pendapatan Daerah \(Bapenda\): target WBK 2025 belum tercapai; tahap terakhir diusulkan ke TPN\./);
    // A unit that did not pass is listed once, above, not again as late.
    expect(late.slice(0, late.indexOf(' 2.'))).not.toContain('Puskesmas Sukamaju Kota');
    // Each unit's state in the table: reached, did not pass, on its way, not started.
    expect(section).toMatch(/Rumah Sakit Umum Daerah Sukamaju RSUD Sukamaju WBK 2025 Diusulkan ke TPN WBK tercapai/);
    expect(section).toMatch(/Puskesmas Sukamaju Kota Dinkes WBK 2025 Diusulkan ke TPI Tidak lolos tidak lolos/);
  });

  it('lists the abbreviations the report prints, before BAB I, so it reads without the road map', () => {
    const text = textOf(strFromU8(report['word/document.xml']!));
    const list = text.slice(text.indexOf('DAFTAR SINGKATAN'), text.indexOf('BAB I'));
    for (const entry of ['TPN Tim Penilai Nasional', 'TPI Tim Penilai Internal', 'LHE Laporan Hasil Evaluasi', 'WBBM Wilayah Birokrasi Bersih dan Melayani', 'PMPRB Penilaian Mandiri', 'Disdukcapil Dinas Kependudukan dan Pencatatan Sipil']) {
      expect(list).toContain(entry);
    }
    // Not printed in the report (an evaluation sheet of the regulation's world): not listed.
    expect(list).not.toContain('LKE ');
    expect(regulation).not.toMatch(/LHE Laporan Hasil Evaluasi/);
  });

  it('records a stage reached with update --set, and status counts it', () => {
    const set = runCli(['update', '--set', 'zi:ZI-05.tahapan.2026.tahap=usulanTpn'], { cwd: dir });
    expect(set.code, set.stderr).toBe(0);
    const after = ziOf(runCli(['status', '--tahun', '2026', '--json'], { cwd: dir }).stdout);
    expect(after.unit.find((u) => u.id === 'ZI-05')!.tahap).toBe('usulanTpn');
    expect(after.perTahap.find((t) => t.tahap === 'usulanTpn')!.jumlah).toBe(8);
  });
});
