/**
 * After `roadmap update --realisasi`, the year's monitoring report (`roadmap laporan`) shows the
 * realisations and their statuses: the DOCX is converted to text by LibreOffice and read like a
 * reviewer would. The regulation itself holds no results.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempExample } from '../helpers/run-cli.js';

const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!hasSoffice)('the document after an update', () => {
  it('shows the imported realisations with their achievement and status', () => {
    const { dir } = tempExample();
    // IND-21 is "lower is better": 20 against a target of 24 is (2*24-20)/24 = 116,67%.
    // IND-07 is "higher is better": 70 against 72,5 is 96,55%.
    writeFileSync(join(dir, 'realisasi-2025.csv'), 'id;realisasi\nIND-21;20\nIND-07;70\nMP-02;Rencana aksi 2025 ditetapkan\n');
    const update = runCli(['update', '--realisasi', 'realisasi-2025.csv', '--tahun', '2025'], { cwd: dir });
    expect(update.code, update.stderr).toBe(0);
    const build = runCli(['laporan', '--tahun', '2025', '-o', 'roadmap.docx'], { cwd: dir });
    expect(build.code, build.stderr).toBe(0);

    const convert = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', dir, join(dir, 'roadmap.docx')],
      { encoding: 'utf8', timeout: 110_000 },
    );
    expect(convert.status, convert.stderr).toBe(0);
    const text = readFileSync(join(dir, 'roadmap.txt'), 'utf8');
    const year = text.slice(text.search(/CAPAIAN PELAKSANAAN TAHUN 2025\s*\n/));
    expect(year.length).toBeLessThan(text.length);
    const row = (name: string) => {
      const at = year.indexOf(name);
      expect(at, name).toBeGreaterThan(-1);
      return year.slice(at, at + 400).replace(/\s+/g, ' ');
    };
    expect(row('Jumlah pengaduan yang tidak tertangani sampai batas waktu')).toMatch(/24 20 116,67% tercapai/);
    // Short of a numeric target: "sebagian" in the report, "belum tercapai" in status.
    expect(row('Indeks Tata Kelola Pengadaan Barang/Jasa')).toMatch(/72,5 70 96,55% sebagian/);
    expect(row('MP-02')).toMatch(/^MP-02 Penyusunan, penetapan, dan .* tahunan Rencana aksi 2025 ditetapkan Rencana aksi 2025 ditetapkan - Bagian Organisasi tercapai MP-03 /);
    // The regulation built from the same project carries no results.
    expect(runCli(['build', '-o', 'regulasi.docx'], { cwd: dir }).code).toBe(0);
    const regulation = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', dir, join(dir, 'regulasi.docx')],
      { encoding: 'utf8', timeout: 110_000 },
    );
    expect(regulation.status, regulation.stderr).toBe(0);
    const law = readFileSync(join(dir, 'regulasi.txt'), 'utf8');
    expect(law).toContain('BAB VII');
    expect(law).not.toMatch(/116,67%|belum tercapai|Realisasi 2025/);
  });
});
