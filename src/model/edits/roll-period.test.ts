import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProject } from '../parse-project.js';
import { isCompleted, rollPeriod } from './roll-period.js';

const TEXT = readFileSync('test/fixtures/update/kecil.yaml', 'utf8');
const project = parseProject(TEXT, 'kecil.yaml').project!;

describe('rollPeriod', () => {
  const { applied, report } = rollPeriod(TEXT, project, { mulai: 2030, selesai: 2034, tanggal: '2029-10-01' });
  const next = parseProject(applied.text, 'baru.yaml');

  it('gives a valid project for the new period', () => {
    expect(next.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(next.project!.periode).toEqual({ mulai: 2030, selesai: 2034 });
    expect(next.project!.profil).toBe('rb2025');
    expect(applied.formatting).toBe('preserved');
    expect(applied.text).toContain('# Nilai SAKIP dari LHE Kementerian PANRB');
  });

  it('turns the last realisation into the baseline and empties targets', () => {
    const [ind1, ind2, ind3] = next.project!.sasaran[0]!.indikator;
    expect(ind1!.baseline).toEqual({ tahun: 2025, nilai: 66 });
    expect(ind2!.baseline).toEqual({ tahun: 2025, nilai: 11 });
    expect(ind3!.baseline).toBeUndefined();
    expect(ind1!.target).toEqual({});
    expect(ind1!.realisasi).toEqual({});
    expect(report.indikator.map((i) => i.sumber)).toEqual(['realisasi', 'realisasi', 'tidak ada']);
  });

  it('carries open activities and leaves completed ones', () => {
    expect(report.kegiatanSelesai.map((k) => k.id)).toEqual(['MP-01']);
    expect(report.kegiatanDibawa.map((k) => k.id)).toEqual(['MP-02', 'PT-01']);
    const mp = next.project!.areaPerubahan[0]!.kegiatan;
    expect(mp.map((k) => k.id)).toEqual(['MP-02']);
    expect(mp[0]!.anggaran).toEqual({});
    expect(mp[0]!.kegiatanUtama).toBeUndefined();
    expect(report.dibuang.map((d) => d.jenis)).toEqual(['dokumen', 'dokumen', 'kegiatanUtama', 'riwayatRevisi']);
  });

  it('starts a new revision log', () => {
    expect(next.project!.riwayatRevisi).toEqual([{ draf: 1, tanggal: '2029-10-01', catatan: 'Draf awal road map 2030-2034, disusun dari road map 2025-2029.' }]);
    expect(next.project!.dokumen.nomor).toBeUndefined();
  });

  it('knows when an activity is completed', () => {
    expect(isCompleted(project.areaPerubahan[0]!.kegiatan[0]!)).toBe(true);
    expect(isCompleted(project.areaPerubahan[0]!.kegiatan[1]!)).toBe(false);
    expect(isCompleted(project.areaPerubahan[1]!.kegiatan[0]!)).toBe(false);
  });
});
