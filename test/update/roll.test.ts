/**
 * `roadmap update --roll`: the example (2024-2028, rb2023) rolled into 2029-2033.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli, tempExample } from '../helpers/run-cli.js';

describe('roadmap update --roll', () => {
  it('writes the next period to a new file: new framework, baselines from the last realisations', () => {
    const { dir, project } = tempExample();
    const before = readFileSync(project, 'utf8');
    const r = runCli(['update', '--roll', '2029-2033', '--json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ action: 'roll', file: 'roadmap.yaml', output: 'roadmap-2029-2033.yaml', written: true, formatting: 'preserved' });
    expect(json.report.dari).toEqual({ mulai: 2024, selesai: 2028, profil: 'rb2023' });
    expect(json.report.ke).toEqual({ mulai: 2029, selesai: 2033, profil: 'rb2025' });
    expect(json.report.opd).toBe(24);
    expect(json.report.dibuang.some((d: { jenis: string }) => d.jenis === 'kegiatanUtama')).toBe(true);
    expect(json.report.dibuang.some((d: { jenis: string }) => d.jenis === 'quickWin')).toBe(true);

    // The old file is untouched; the new one is valid and carries what it should.
    expect(readFileSync(project, 'utf8')).toBe(before);
    const text = readFileSync(join(dir, 'roadmap-2029-2033.yaml'), 'utf8');
    const next = parse(text);
    expect(next.profil).toBe('rb2025');
    expect(next.periode).toEqual({ mulai: 2029, selesai: 2033 });
    expect(next.opd).toEqual(parse(before).opd);
    const ind = (id: string) => next.sasaran.flatMap((s: { indikator: unknown[] }) => s.indikator).find((i: { id: string }) => i.id === id);
    expect(ind('IND-01')).toMatchObject({ baseline: { tahun: 2024, nilai: 64.18 }, target: {} });
    expect(ind('IND-04')).toMatchObject({ baseline: { tahun: 2025, nilai: 12.8 } });
    expect(ind('IND-01').realisasi).toBeUndefined();
    const kegiatan = next.areaPerubahan.flatMap((a: { kegiatan: unknown[] }) => a.kegiatan);
    expect(kegiatan.length).toBe(json.report.kegiatanDibawa.length);
    expect(kegiatan.every((k: { kegiatanUtama?: string; tema?: string; anggaran?: unknown }) => !k.kegiatanUtama && !k.tema && !k.anggaran)).toBe(true);
    expect(next.quickWins).toEqual([]);
    expect(next.riwayatRevisi).toHaveLength(1);
    expect(next.riwayatRevisi[0]).toMatchObject({ draf: 1, catatan: 'Draf awal road map 2029-2033, disusun dari road map 2024-2028.' });
    expect(text).toContain('# Daftar perangkat daerah. Kode dipakai di seluruh berkas; nama dan singkatan');

    const v = runCli(['validate', 'roadmap-2029-2033.yaml', '--json'], { cwd: dir });
    expect(v.code).toBe(0);
    expect(JSON.parse(v.stdout).valid).toBe(true);
  });

  it('tells in words what it carried and dropped, and refuses to overwrite', () => {
    const { dir } = tempExample();
    const r = runCli(['update', '--roll', '2029-2033', '-o', 'baru/roadmap.yaml'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('baru/roadmap.yaml ditulis: road map 2029-2033 (profil rb2025)');
    expect(r.stdout).toContain('baseline baru dari realisasi terakhir: 22 indikator');
    expect(r.stdout).toMatch(/kode kegiatan utama \(tidak dikenal dalam profil rb2025\) dilepas dari \d+ kegiatan: MP-04 \(KU20\)/);
    expect(r.stdout).toContain('Quick win QW-01');
    expect(existsSync(join(dir, 'baru/roadmap.yaml'))).toBe(true);
    const again = runCli(['update', '--roll', '2029-2033', '-o', 'baru/roadmap.yaml'], { cwd: dir });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('sudah ada');
    expect(runCli(['update', '--roll', '2029-2033', '-o', 'roadmap.yaml'], { cwd: dir }).code).toBe(2);
    expect(runCli(['update', '--roll', '2020-2024'], { cwd: dir }).code).toBe(1);
    expect(runCli(['update', '--roll', '2029'], { cwd: dir }).code).toBe(2);
  });

  it('puts the new period where the text names the old one, and says where (issue 8, item 6)', () => {
    const { dir } = tempExample();
    const r = runCli(['update', '--roll', '2029-2033', '--json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(join(dir, 'roadmap-2029-2033.yaml'), 'utf8');
    // Only the new revision note still names 2024-2028, on purpose.
    expect(text.split('\n').filter((l) => l.includes('2024-2028'))).toEqual(['    catatan: Draf awal road map 2029-2033, disusun dari road map 2024-2028.']);
    expect(text).toContain('Road Map Reformasi Birokrasi Pemerintah Kabupaten Sukamaju Tahun 2029-2033 dapat diselesaikan.');
    expect(text).toContain('Grand Design Reformasi Birokrasi 2010-2025'); // another period, left alone
    const report = JSON.parse(r.stdout).report;
    const fields = report.periodeDiganti.map((d: { path: string }) => d.path);
    expect(fields).toEqual(expect.arrayContaining(['narasi.kataPengantar', 'narasi.latarBelakang', 'areaPerubahan[0].kegiatan[1].output']));
    for (const d of report.periodeDiganti) expect(text.split('\n')[d.baris - 1]).toMatch(/2029/);
    const human = runCli(['update', '--roll', '2029-2033', '-o', 'lagi.yaml'], { cwd: dir });
    expect(human.stdout).toMatch(/Periode 2024-2028 dalam teks diganti menjadi 2029-2033 \(\d+ kali: /);
  });

  it('refuses a new period that overlaps the old one, naming the old period (issue 8, item 6)', () => {
    const { dir } = tempExample();
    for (const period of ['2028-2032', '2026-2030', '2020-2024']) {
      const r = runCli(['update', '--roll', period], { cwd: dir });
      expect(r.code, period).toBe(1);
      expect(r.stderr).toContain(`Periode baru ${period}`);
      expect(r.stderr).toContain('2024-2028');
      expect(r.stderr).toContain('harus dimulai sesudah 2028');
      expect(existsSync(join(dir, `roadmap-${period}.yaml`))).toBe(false);
    }
  });
});
