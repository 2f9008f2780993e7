/**
 * `roadmap status` on the example project.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempExample } from '../helpers/run-cli.js';

describe('roadmap status', () => {
  it('summarises a year per sasaran, area and OPD, without colour when piped', () => {
    const { dir } = tempExample();
    const r = runCli(['status', '--tahun', '2024'], { cwd: dir, env: { FORCE_COLOR: '1' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/\u001b\[/);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Kabupaten Sukamaju: kemajuan road map tahun 2024');
    expect(r.stdout).toMatch(/^Indikator {2}\d+ dari 22 tercapai \(\d+%\), \d+ belum tercapai, 0 tanpa data$/m);
    expect(r.stdout).toContain('Kegiatan per area perubahan');
    expect(r.stdout).toMatch(/^MP Manajemen Perubahan +\d+ +\d+ +\d+$/m);
    expect(r.stdout).toMatch(/^BKPSDM +\d+ +\d+ +\d+$/m);
    expect(r.stdout).toContain('Belum tercapai');
    expect(r.stdout).toMatch(/✖ IND-06 Indeks Survei Penilaian Integritas \(SPI\): 70,62 dari target 73 \(96,74%\)/);
  });

  it('gives JSON with rows and summaries, and reflects imported realisations', () => {
    const { dir } = tempExample();
    const before = JSON.parse(runCli(['status', '--tahun', '2025', '--json'], { cwd: dir }).stdout);
    expect(Object.keys(before)).toEqual(['file', 'daerah', 'periode', 'tahunTerisi', 'progress']);
    expect(Object.keys(before.progress)).toEqual(['tahun', 'indikator', 'kegiatan', 'total', 'perSasaran', 'perArea', 'perOpd', 'quickWins', 'zonaIntegritas', 'evaluasiRb']);
    const ind21 = before.progress.indikator.find((r: { id: string }) => r.id === 'IND-21');
    expect(ind21).toMatchObject({ target: 24, realisasi: null, status: 'tidak ada data', capaian: null });

    writeFileSync(join(dir, 'r.csv'), 'id;realisasi\nIND-21;20\nIND-01;66\n');
    expect(runCli(['update', '--realisasi', 'r.csv', '--tahun', '2025'], { cwd: dir }).code).toBe(0);
    const after = JSON.parse(runCli(['status', '--tahun', '2025', '--json'], { cwd: dir }).stdout);
    // Lower is better: 20 against a target of 24 is (2*24-20)/24 = 116.67%.
    expect(after.progress.indikator.find((r: { id: string }) => r.id === 'IND-21')).toMatchObject({ arah: 'turun', realisasi: 20, capaian: 116.67, status: 'tercapai' });
    expect(after.progress.indikator.find((r: { id: string }) => r.id === 'IND-01')).toMatchObject({ capaian: 97.06, status: 'belum tercapai' });
    expect(after.progress.total.indikator.tercapai).toBe(before.progress.total.indikator.tercapai + 1);
  });

  it('refuses a year outside the period', () => {
    const { dir } = tempExample();
    const r = runCli(['status', '--tahun', '2030'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('di luar periode');
    expect(runCli(['status', '--tahun', 'dua'], { cwd: dir }).code).toBe(2);
  });
});
