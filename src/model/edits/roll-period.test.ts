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

describe('rollPeriod: the old period in the text (issue 8, item 6)', () => {
  // The period written as a period, the ways people write it, in texts of every kind.
  const withPeriod = TEXT.replace('# Proyek kecil untuk uji roadmap update/diff/status.', '# Proyek kecil (periode 2025-2029).')
    .replace('output: Laporan aksi perubahan', 'output: "Laporan aksi perubahan 2025–2029"')
    .replace('output: Perwal SPBE', 'output: Perwal SPBE Tahun 2025 s.d. 2029')
    .replace('  - kode: PT\n', '  - kode: PT\n    kondisi: |\n      Selama 2025-2029 SPBE dibangun bertahap.\n\n      Target 2025 sampai dengan 2029 disusun bersama.\n    strategi: Strategi 2025 - 2029\n')
    .replace('dokumen:\n', 'dokumen:\n  dasarHukumLain:\n    - Peraturan Daerah Kota Contoh Nomor 3 Tahun 2025 tentang RPJMD Tahun 2025-2029\n')
    .concat('narasi:\n  latarBelakang: |\n    Road Map RB Kota Contoh Tahun 2025-2029 disusun.\n    Tahun 2025 dan 2029 bukan periode; 12025-20290 juga bukan.\n');
  const parsed = parseProject(withPeriod, 'kecil.yaml');
  const { applied, report } = rollPeriod(withPeriod, parsed.project!, { mulai: 2030, selesai: 2034, tanggal: '2029-10-01' });

  it('writes the new period wherever the old one stood as the period, keeping how it was written', () => {
    expect(parsed.project).toBeDefined();
    expect(applied.text).toContain('# Proyek kecil (periode 2030-2034).');
    expect(applied.text).toContain('output: "Laporan aksi perubahan 2030–2034"');
    expect(applied.text).toContain('output: Perwal SPBE Tahun 2030 s.d. 2034');
    expect(applied.text).toContain('    kondisi: |\n      Selama 2030-2034 SPBE dibangun bertahap.\n\n      Target 2030 sampai dengan 2034 disusun bersama.\n');
    expect(applied.text).toContain('strategi: Strategi 2030 - 2034');
    expect(applied.text).toContain('Road Map RB Kota Contoh Tahun 2030-2034 disusun.\n    Tahun 2025 dan 2029 bukan periode; 12025-20290 juga bukan.');
    expect(applied.formatting).toBe('preserved');
    const next = parseProject(applied.text, 'baru.yaml');
    expect(next.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(next.project!.areaPerubahan[1]!.strategi).toBe('Strategi 2030 - 2034');
  });

  it('reports each replacement by field and line, and leaves law as enacted (and the new revision note)', () => {
    const lineOf = (needle: string) => applied.text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    expect(report.periodeDiganti).toEqual([
      { path: 'komentar', baris: 1, jumlah: 1 },
      { path: 'areaPerubahan[0].kegiatan[0].output', baris: lineOf('Laporan aksi perubahan 2030'), jumlah: 1 },
      { path: 'areaPerubahan[1].kondisi', baris: lineOf('Selama 2030-2034'), jumlah: 2 },
      { path: 'areaPerubahan[1].strategi', baris: lineOf('strategi: Strategi'), jumlah: 1 },
      { path: 'areaPerubahan[1].kegiatan[0].output', baris: lineOf('Perwal SPBE Tahun'), jumlah: 1 },
      { path: 'narasi.latarBelakang', baris: lineOf('Kota Contoh Tahun 2030-2034'), jumlah: 1 },
    ]);
    expect(report.catatan[0]).toBe(
      'Periode 2025-2029 dalam teks diganti menjadi 2030-2034 (7 kali: komentar, areaPerubahan[0].kegiatan[0].output, areaPerubahan[1].kondisi, areaPerubahan[1].strategi, areaPerubahan[1].kegiatan[0].output, narasi.latarBelakang); baca lagi kalimatnya.',
    );
    expect(applied.text).toContain('Nomor 3 Tahun 2025 tentang RPJMD Tahun 2025-2029');
    expect(report.catatan).toContain(
      `dokumen.dasarHukumLain[0] (baris ${lineOf('RPJMD Tahun 2025-2029')}) masih menyebut 2025-2029: dasar hukum dan identitas dokumen tidak diubah otomatis; periksa.`,
    );
    expect(applied.text).toContain('catatan: Draf awal road map 2030-2034, disusun dari road map 2025-2029.');
  });

  it('says when years fall between the two periods', () => {
    const gap = rollPeriod(TEXT, project, { mulai: 2031, selesai: 2035, tanggal: '2029-10-01' }).report;
    expect(gap.catatan).toContain('Tahun 2030 tidak tercakup oleh periode lama maupun periode baru.');
  });
});
