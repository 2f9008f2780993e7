import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { achievementFor, defaultTahun, progressOf, statusInWords, yearsWithRealisasi } from './achievement.js';
import { parseProject } from './parse-project.js';

const kecil = () => parseProject(readFileSync('test/fixtures/update/kecil.yaml', 'utf8'), 'kecil.yaml').project!;

describe('achievementFor', () => {
  it('higher is better: r / t', () => {
    expect(achievementFor(80, 72, 'naik')).toEqual({ capaian: 90, status: 'belum tercapai', dasar: 'angka' });
    expect(achievementFor(80, 80, 'naik').status).toBe('tercapai');
    expect(achievementFor(3, 3.3, 'naik')).toEqual({ capaian: 110, status: 'tercapai', dasar: 'angka' });
  });

  it('lower is better: (2t - r) / t, never below zero', () => {
    expect(achievementFor(10, 8, 'turun')).toEqual({ capaian: 120, status: 'tercapai', dasar: 'angka' });
    expect(achievementFor(10, 11, 'turun')).toEqual({ capaian: 90, status: 'belum tercapai', dasar: 'angka' });
    expect(achievementFor(10, 10, 'turun').capaian).toBe(100);
    expect(achievementFor(10, 35, 'turun').capaian).toBe(0);
  });

  it('a target of zero is reached or not', () => {
    expect(achievementFor(0, 0, 'turun')).toMatchObject({ capaian: 100, status: 'tercapai' });
    expect(achievementFor(0, 2, 'turun')).toMatchObject({ capaian: 0, status: 'belum tercapai' });
  });

  it('reads numbers written as text', () => {
    expect(achievementFor('75', '1.234,5', 'naik').status).toBe('tercapai');
    expect(achievementFor(3, 'Level 3', 'naik').status).toBe('tercapai');
    expect(achievementFor(80, '85%', 'naik').capaian).toBe(106.25);
  });

  it('milestones: the same text, or a realisation that says so', () => {
    expect(achievementFor('SK ditetapkan', 'sk ditetapkan')).toEqual({ capaian: null, status: 'tercapai', dasar: 'teks' });
    expect(achievementFor('SK ditetapkan', 'Tercapai (Maret 2025)').status).toBe('tercapai');
    expect(achievementFor('SK ditetapkan', 'ya').status).toBe('tercapai');
    expect(achievementFor('SK ditetapkan', 'selesai').status).toBe('tercapai');
    expect(achievementFor('SK ditetapkan', 'Belum tercapai; masih harmonisasi').status).toBe('belum tercapai');
    expect(achievementFor('SK ditetapkan', 'Rancangan SK').status).toBe('belum tercapai');
    expect(achievementFor(10, 'selesai').status).toBe('tercapai');
  });

  it('graded scales: a better grade reaches the target', () => {
    expect(achievementFor('BB', 'A')).toEqual({ capaian: null, status: 'tercapai', dasar: 'skala' });
    expect(achievementFor('A', 'BB').status).toBe('belum tercapai');
    expect(achievementFor('WTP', 'WDP').status).toBe('belum tercapai');
    expect(achievementFor('WBK', 'WBBM').status).toBe('tercapai');
    expect(achievementFor('B', 'A-').status).toBe('tercapai');
  });

  it('no data', () => {
    expect(achievementFor(80, undefined)).toEqual({ capaian: null, status: 'tidak ada data', dasar: 'tanpa data' });
    expect(achievementFor(80, '  ')).toMatchObject({ status: 'tidak ada data' });
    expect(achievementFor(undefined, 80)).toMatchObject({ status: 'tidak ada data' });
    expect(achievementFor(80, 'tidak ada data')).toMatchObject({ status: 'tidak ada data' });
  });

  it('status words are not found inside other words', () => {
    expect(statusInWords('yang lain')).toBeUndefined();
    expect(statusInWords('Tidak tercapai')).toBe('belum tercapai');
    expect(statusInWords('Sudah selesai')).toBe('tercapai');
  });
});

describe('progressOf', () => {
  it('counts per indicator, activity, sasaran, area and OPD', () => {
    const p = progressOf(kecil(), 2025);
    expect(p.indikator.map((r) => [r.id, r.status, r.capaian])).toEqual([
      ['IND-01', 'tercapai', 101.54],
      ['IND-02', 'belum tercapai', 90],
      ['IND-03', 'tidak ada data', null],
    ]);
    // PT-01 has nothing in 2025, so it is not in that year's list.
    expect(p.kegiatan.map((r) => [r.id, r.status])).toEqual([
      ['MP-01', 'tercapai'],
      ['MP-02', 'belum tercapai'],
    ]);
    expect(p.total.indikator).toEqual({ jumlah: 3, tercapai: 1, belumTercapai: 1, tidakAdaData: 1 });
    expect(p.perArea).toEqual([
      { kode: 'MP', nama: 'Manajemen Perubahan', kegiatan: { jumlah: 2, tercapai: 1, belumTercapai: 1, tidakAdaData: 0 } },
      { kode: 'PT', nama: 'Penataan Tatalaksana', kegiatan: { jumlah: 0, tercapai: 0, belumTercapai: 0, tidakAdaData: 0 } },
    ]);
    const inspektorat = p.perOpd.find((o) => o.kode === 'INSPEKTORAT')!;
    expect(inspektorat.indikator).toEqual({ jumlah: 2, tercapai: 0, belumTercapai: 1, tidakAdaData: 1 });
    expect(inspektorat.kegiatan).toEqual({ jumlah: 1, tercapai: 0, belumTercapai: 1, tidakAdaData: 0 });
  });

  it('picks the last reported year by default', () => {
    const project = kecil();
    expect(yearsWithRealisasi(project)).toEqual([2025]);
    expect(defaultTahun(project)).toBe(2025);
    expect(progressOf(project, 2026).kegiatan.map((k) => k.id)).toEqual(['MP-02', 'PT-01']);
  });
});
