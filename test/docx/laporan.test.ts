/**
 * The yearly monitoring report, as a Bagian Organisasi makes it: import the example's 2025
 * realisations, run `roadmap laporan`, and read the DOCX back. Its figures must be the ones
 * `roadmap status --json` gives, its charts must hold those same values, and docx-check (schema +
 * LibreOffice) must pass.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOCX_CHECK, ROOT, runCli, tempExample } from '../helpers/run-cli.js';


interface Row {
  id: string;
  target: number | string | null;
  realisasi: number | string | null;
  capaian: number | null;
  status: string;
}
interface Status {
  progress: { indikator: Row[]; kegiatan: Row[]; total: { indikator: { jumlah: number; tercapai: number }; kegiatan: { jumlah: number; tercapai: number } } };
}

const { dir } = tempExample();
let status: Status;
let parts: Record<string, Uint8Array>;
let text: string;
let check: { status: number | null; stdout: string };

beforeAll(() => {
  const imported = runCli(['update', '--realisasi', 'realisasi-2025.csv'], { cwd: dir });
  expect(imported.code, imported.stderr).toBe(0);
  const st = runCli(['status', '--tahun', '2025', '--json'], { cwd: dir });
  expect(st.code, st.stderr).toBe(0);
  status = JSON.parse(st.stdout) as Status;
  const built = runCli(['laporan', '--tahun', '2025'], { cwd: dir });
  expect(built.code, built.stderr).toBe(0);
  const docx = join(dir, 'roadmap-laporan-2025.docx');
  expect(existsSync(docx)).toBe(true);
  parts = unzipSync(readFileSync(docx));
  check = spawnSync(DOCX_CHECK, [docx, join(dir, 'check'), '--pages', '4'], { encoding: 'utf8', timeout: 300_000 });
  text = readFileSync(join(dir, 'check', 'text.txt'), 'utf8').replace(/\s+/g, ' ');
}, 400_000);

const persen = (n: number) => `${String(Math.round(n * 100) / 100).replace('.', ',')}%`;

describe('roadmap laporan --tahun 2025', () => {
  it('passes docx-check: schema (chart parts included), package, LibreOffice', () => {
    expect(check.stdout).not.toMatch(/^FAIL/m);
    expect(check.status, check.stdout).toBe(0);
  });

  it('gives the totals status gives', () => {
    const t = status.progress.total;
    expect(t.indikator.tercapai).toBeGreaterThan(3);
    expect(text).toContain(`Indikator sasaran tercapai ${t.indikator.tercapai} dari ${t.indikator.jumlah}`);
    expect(text).toContain(`Kegiatan rencana aksi tercapai ${t.kegiatan.tercapai} dari ${t.kegiatan.jumlah}`);
  });

  it('gives each indicator the capaian and status that status gives', () => {
    const measured = status.progress.indikator.filter((r) => r.capaian !== null);
    expect(measured.length).toBeGreaterThan(10);
    for (const r of measured) {
      const at = text.indexOf(`${r.id} `, text.indexOf('Capaian Indikator Sasaran Capaian setiap'));
      const row = text.slice(at, at + 400);
      expect(row, r.id).toContain(persen(r.capaian!));
      // The report splits "belum tercapai" into "sebagian" when the result moved from the baseline
      // towards the target.
      const word = r.status === 'belum tercapai' ? /sebagian|belum tercapai/ : new RegExp(r.status);
      expect(row, r.id).toMatch(word);
    }
  });

  it('draws the capaian chart from the same values, with a workbook holding them', async () => {
    const chartNames = Object.keys(parts).filter((n) => /^word\/charts\/chart\d+\.xml$/.test(n));
    expect(chartNames.length).toBeGreaterThanOrEqual(3);
    const chart = strFromU8(parts['word/charts/chart1.xml']!);
    expect(chart).toContain('Capaian indikator sasaran tahun 2025');
    const caches = [...chart.matchAll(/<c:numCache>(.*?)<\/c:numCache>/g)].map((m) => [...m[1]!.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => Number(v[1])));
    const measured = status.progress.indikator.filter((r) => r.capaian !== null);
    expect(caches).toEqual([measured.map((r) => r.capaian)]);

    const rels = strFromU8(parts['word/charts/_rels/chart1.xml.rels']!);
    const target = /Target="\.\.\/([^"]+)"/.exec(rels)![1]!;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(parts[`word/${target}`]!) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Data')!;
    expect(measured.map((_, i) => sheet.getCell(`B${i + 2}`).value)).toEqual(measured.map((r) => r.capaian));
  });

  it('counts the activity status per area in the chart as in the table', () => {
    const chart = strFromU8(parts['word/charts/chart2.xml']!);
    expect(chart).toContain('<c:grouping val="stacked"/>');
    const sum = [...chart.matchAll(/<c:v>(\d+)<\/c:v>/g)].map((m) => Number(m[1])).reduce((a, b) => a + b, 0);
    // Every activity of the year is counted once across the four statuses (category labels hold no bare numbers).
    expect(sum).toBe(status.progress.total.kegiatan.jumlah);
  });

  it('shows the kendala the OPDs wrote with their realisations', () => {
    expect(text).toContain('KENDALA DAN TINDAK LANJUT');
    expect(text).toContain('alat pindai');
  });

  it('says under an impact indicator that lower is better, as under a sasaran indicator', () => {
    const words = [...strFromU8(parts['word/document.xml']!).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
    const impact = words.slice(words.indexOf('Capaian Indikator Dampak Reformasi Birokrasi Tematik'));
    expect(impact).toMatch(/TEM-01 Persentase penduduk miskin makin rendah makin baik %/);
    expect(impact).toMatch(/TEM-03 Realisasi investasi PMDN dan PMA triliun rupiah/);
  });

  it('reports each quick win of the year with the status status gives', () => {
    // 2024 has one quick win not yet reached; its realisation says so in words.
    const st = runCli(['status', '--tahun', '2024', '--json'], { cwd: dir });
    const quickWins = (JSON.parse(st.stdout) as { progress: { quickWins: Row[] } }).progress.quickWins;
    expect(quickWins.map((q) => q.status)).toEqual(['tercapai', 'tercapai', 'belum tercapai']);
    const built = runCli(['laporan', '--tahun', '2024', '-o', 'laporan-2024.docx'], { cwd: dir });
    expect(built.code, built.stderr).toBe(0);
    const xml = strFromU8(unzipSync(readFileSync(join(dir, 'laporan-2024.docx')))['word/document.xml']!);
    const table = xml.slice(xml.indexOf('Program Percepatan (')).split('</w:tbl>')[0]!;
    const rows = table.split('</w:tr>').slice(1, -1).map((r) => [...r.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' '));
    expect(rows).toHaveLength(quickWins.length);
    quickWins.forEach((q, i) => {
      expect(rows[i]).toContain(q.id);
      expect(rows[i]!.endsWith(q.status)).toBe(true);
    });
    expect(rows[2]).toContain('41 dari 58 pejabat');
  });

  it('refuses a year outside the period, naming the period', () => {
    const r = runCli(['laporan', '--tahun', '2031'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('2024-2028');
  });

  it('says there is no data for a year without realisations, with no empty tables', () => {
    const r = runCli(['laporan', '--tahun', '2027', '-o', 'kosong.docx'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const xml = strFromU8(unzipSync(readFileSync(join(dir, 'kosong.docx')))['word/document.xml']!);
    expect(xml).toContain('Belum ada data realisasi untuk tahun 2027');
    // The one table left is the borderless layout of the signature block.
    expect(xml.match(/<w:tbl>/g)).toHaveLength(1);
    expect(xml).not.toContain('<c:chart ');
  });
});

describe('roadmap laporan --triwulan', () => {
  it('reports the activities against their quarterly targets, from quarterly realisations and spent budget', () => {
    const { dir: q } = tempExample();
    const csv = 'id;tahun;triwulan;realisasi;realisasi anggaran;keterangan\nMP-02;2024;TW II;Tercapai;60.000.000;Draf akhir diserahkan ke Bagian Hukum\n';
    writeFileSync(join(q, 'tw2.csv'), csv);
    const imported = runCli(['update', '--realisasi', 'tw2.csv'], { cwd: q });
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('MP-02\t2024 TW II');
    const built = runCli(['laporan', '--tahun', '2024', '--triwulan', '2'], { cwd: q });
    expect(built.code, built.stderr).toBe(0);
    const xml = strFromU8(unzipSync(readFileSync(join(q, 'roadmap-laporan-2024-tw2.docx')))['word/document.xml']!);
    const words = xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(words).toContain('CAPAIAN PELAKSANAAN TRIWULAN II TAHUN 2024');
    // The quarter's target, not the year's ("Perbup Road Map RB 2024-2028 ditetapkan").
    expect(words).toMatch(/MP-02 .*Draf akhir dan fasilitasi Bagian Hukum Tercapai - Bagian Organisasi tercapai/);
    expect(words).toContain('Realisasi anggaran Rp60.000.000');
    // Indicators are measured yearly: a quarterly report shows none.
    expect(words).not.toContain('Capaian Indikator Sasaran');
  });

  it('refuses a fifth quarter in Indonesian', () => {
    const r = runCli(['laporan', '--tahun', '2025', '--triwulan', '5'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('triwulan 1, 2, 3 atau 4');
  });
});
