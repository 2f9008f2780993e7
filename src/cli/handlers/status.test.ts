import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { StatusResult } from '../../actions/status.js';
import type { IndikatorProgress, KegiatanProgress, QuickWinProgress, Ringkasan } from '../../model/achievement.js';
import { readFileSync } from 'node:fs';
import { evaluasiRbProgress } from '../../model/evaluasi-rb.js';
import { parseProject } from '../../model/parse-project.js';
import { formatStatus } from './status.js';

const plain = new Chalk({ level: 0 });
const colour = new Chalk({ level: 1 });

const counts = (tercapai: number, belumTercapai: number, tidakAdaData: number): Ringkasan => ({ jumlah: tercapai + belumTercapai + tidakAdaData, tercapai, belumTercapai, tidakAdaData });
const NONE = counts(0, 0, 0);

function indikator(id: string, status: IndikatorProgress['status'], target: number | string | null, realisasi: number | string | null, capaian: number | null, nama = `Indikator ${id}`): IndikatorProgress {
  return { id, nama, satuan: 'indeks', arah: 'naik', sasaran: 'S1', penanggungJawab: ['BKPSDM'], target, realisasi, capaian, status, dasar: 'angka', path: 'x' };
}

function kegiatan(id: string, status: KegiatanProgress['status'], target: string | null, realisasi: string | null): KegiatanProgress {
  return { id, nama: `Kegiatan ${id}`, satuan: null, area: 'MP', koordinator: 'BAPPEDA', pelaksana: [], target, realisasi, capaian: null, status, dasar: 'teks', path: 'y' };
}

function result(overrides: Partial<StatusResult['progress']> = {}, tahunTerisi = [2024, 2025]): StatusResult {
  return {
    file: 'roadmap.yaml',
    daerah: 'Kabupaten Sukamaju',
    periode: { mulai: 2024, selesai: 2028 },
    tahunTerisi,
    progress: {
      tahun: 2025,
      indikator: [indikator('IND-01', 'tercapai', 70, 72, 102.86), indikator('IND-02', 'belum tercapai', 75, 70.5, 94), indikator('IND-03', 'tidak ada data', 80, null, null)],
      kegiatan: [kegiatan('MP-01', 'tercapai', 'SK Tim RB', 'Tercapai (SK ditetapkan)'), kegiatan('MP-02', 'belum tercapai', 'Perbup ditetapkan', 'Belum; rancangan masih diharmonisasi')],
      total: { indikator: counts(1, 1, 1), kegiatan: counts(1, 1, 0) },
      perSasaran: [{ id: 'S1', nama: 'Meningkatnya kualitas tata kelola', indikator: counts(1, 1, 1) }],
      perArea: [
        { kode: 'MP', nama: 'Manajemen Perubahan', kegiatan: counts(1, 1, 0) },
        { kode: 'DK', nama: 'Deregulasi Kebijakan', kegiatan: NONE },
      ],
      perOpd: [
        { kode: 'BKPSDM', nama: 'Badan Kepegawaian', singkatan: 'BKPSDM', indikator: counts(1, 1, 1), kegiatan: NONE },
        { kode: 'BAPPEDA', nama: 'Bappeda', singkatan: 'BAPPEDA', indikator: NONE, kegiatan: counts(1, 1, 0) },
        { kode: 'DINKES', nama: 'Dinas Kesehatan', singkatan: 'DINKES', indikator: NONE, kegiatan: NONE },
      ],
      quickWins: [],
      zonaIntegritas: null,
      evaluasiRb: null,
      ...overrides,
    },
  };
}

describe("formatStatus", () => {
  it('opens with the region, the year, the period and the years that have data', () => {
    const lines = formatStatus(result(), plain);
    expect(lines.slice(0, 3)).toEqual(['Kabupaten Sukamaju: kemajuan road map tahun 2025', 'Periode 2024-2028; tahun dengan data realisasi: 2024, 2025.', '']);
    expect(formatStatus(result({}, []), plain)[1]).toBe('Periode 2024-2028; tahun dengan data realisasi: belum ada.');
  });

  it('counts indicators and activities in a sentence, with the share reached rounded', () => {
    const lines = formatStatus(result(), plain);
    expect(lines[3]).toBe('Indikator  1 dari 3 tercapai (33%), 1 belum tercapai, 1 tanpa data');
    expect(lines[4]).toBe('Kegiatan   1 dari 2 tercapai (50%), 1 belum tercapai, 0 tanpa data');
  });

  it('says "tidak ada untuk tahun ini" for nothing to count, and counts quick wins only when there are some', () => {
    const empty = formatStatus(result({ total: { indikator: counts(2, 0, 0), kegiatan: NONE } }), plain);
    expect(empty[4]).toBe('Kegiatan   tidak ada untuk tahun ini');
    expect(empty.some((l) => l.startsWith('Quick wins'))).toBe(false);
    const qw: QuickWinProgress = { id: 'QW-01', nama: 'Mal pelayanan publik', opd: 'DPMPTSP', target: 'Mal beroperasi', realisasi: 'Tercapai', capaian: null, status: 'tercapai', dasar: 'teks', path: 'q' };
    expect(formatStatus(result({ quickWins: [qw] }), plain)).toContain('Quick wins 1 dari 1 tercapai (100%), 0 belum tercapai, 0 tanpa data');
  });

  it('tables per sasaran, area and OPD: counts right-aligned under their headings, empty rows and tables left out', () => {
    const lines = formatStatus(result(), plain);
    // Each table is as wide as its longest label.
    const at = lines.indexOf(`${'Indikator per sasaran'.padEnd('S1 Meningkatnya kualitas tata kelola'.length)}  tercapai  belum  tanpa data`);
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe('S1 Meningkatnya kualitas tata kelola         1      1           1');
    expect(lines).toContain('MP Manajemen Perubahan              1      1           0');
    // The area with no activity this year, and the OPD with nothing, have no row.
    expect(lines.some((l) => l.startsWith('DK '))).toBe(false);
    expect(lines.some((l) => l.startsWith('DINKES'))).toBe(false);
    const opdIndikator = lines.indexOf('Indikator per OPD  tercapai  belum  tanpa data');
    expect(lines.slice(opdIndikator + 1, opdIndikator + 3)).toEqual(['BKPSDM                    1      1           1', '']);
    expect(lines).toContain('Kegiatan per OPD (koordinator atau pelaksana)  tercapai  belum  tanpa data');
  });

  it('shortens a long label to at most 52 characters with an ellipsis, keeping the columns', () => {
    const nama = 'Meningkatnya kualitas tata kelola pemerintahan daerah yang bersih, akuntabel dan melayani';
    const lines = formatStatus(result({ perSasaran: [{ id: 'S1', nama, indikator: counts(1, 1, 1) }] }), plain);
    const row = lines.find((l) => l.startsWith('S1 '))!;
    const label = row.slice(0, 52);
    expect(label.trimEnd().endsWith('…')).toBe(true);
    expect(row.slice(52)).toBe('         1      1           1');
  });

  it('lists what is behind: realisation against target, numbers in Indonesian, words quoted', () => {
    const lines = formatStatus(result(), plain);
    const at = lines.indexOf('Belum tercapai');
    expect(lines[at - 1]).toBe('');
    expect(lines.slice(at + 1)).toEqual([
      '  ✖ IND-02 Indikator IND-02: 70,5 dari target 75 (94%)',
      '  ✖ MP-02 Kegiatan MP-02: "Belum; rancangan masih diharmonisasi" dari target "Perbup ditetapkan"',
    ]);
  });

  it('a long name or a long realisation is shortened, a missing value is "-"', () => {
    const long = indikator('IND-09', 'belum tercapai', null, 'x'.repeat(10) + ' ' + 'sangat panjang '.repeat(5), null, 'Persentase '.repeat(8).trim());
    const lines = formatStatus(result({ indikator: [long], kegiatan: [] }), plain);
    const line = lines.at(-1)!;
    expect(line).toBe('  ✖ IND-09 Persentase Persentase Persentase Persentase Persentase…: "xxxxxxxxxx sangat panjang sangat…" dari target -');
  });

  it('nothing behind: no "Belum tercapai" section', () => {
    const lines = formatStatus(result({ indikator: [indikator('IND-01', 'tercapai', 70, 72, 102.86)], kegiatan: [] }), plain);
    expect(lines).not.toContain('Belum tercapai');
  });

  it('colour marks the counts and the headings, nothing else', () => {
    const lines = formatStatus(result(), colour);
    expect(lines[0]).toBe(colour.bold('Kabupaten Sukamaju: kemajuan road map tahun 2025'));
    expect(lines[3]).toBe(`Indikator  ${colour.green('1')} dari 3 tercapai (33%), ${colour.red('1')} belum tercapai, ${colour.dim('1')} tanpa data`);
    expect(lines[1]).not.toMatch(/\x1b\[/);
    expect(formatStatus(result(), plain).join('\n')).not.toMatch(/\x1b\[/);
  });
});

describe('formatZonaIntegritas (through formatStatus)', () => {
  const unit = (id: string, nama: string, tahap: 'pencanangan' | 'usulanTpn' | 'tidakLolos' | 'WBK', mundur = false, terlambat = false) => ({
    id,
    nama,
    opd: 'DINKES',
    targetPredikat: 'WBK' as const,
    targetTahun: 2025,
    tahap,
    dicatat: null,
    tahapSebelumnya: null,
    mundur,
    terlambat,
    path: 'z',
  });
  const zi = {
    tahun: 2025,
    unit: [unit('ZI-01', 'RSUD', 'WBK'), unit('ZI-02', 'Puskesmas Kota', 'tidakLolos', true, true), unit('ZI-03', 'Bapenda', 'usulanTpn', false, true)],
    perTahap: [
      { tahap: 'pencanangan' as const, jumlah: 3, target: 3 },
      { tahap: 'usulanTpn' as const, jumlah: 3, target: 4 },
      { tahap: 'WBK' as const, jumlah: 1, target: null },
      { tahap: 'WBBM' as const, jumlah: 0, target: 0 },
    ],
    mundur: ['ZI-02'],
    terlambat: ['ZI-02', 'ZI-03'],
  };

  it('lists units at or beyond each stage against the target, then who fell back and who is late', () => {
    const lines = formatStatus(result({ zonaIntegritas: zi }), plain);
    const at = lines.indexOf(lines.find((l) => l.startsWith('Zona Integritas'))!);
    expect(lines.slice(at, at + 7)).toEqual([
      'Zona Integritas (3 unit)  jumlah  target',
      'Pencanangan                    3       3',
      'Diusulkan ke TPN               3       4',
      'WBK                            1       -',
      'WBBM                           0       0',
      'Tidak lolos atau mundur: ZI-02 Puskesmas Kota: tidak lolos',
      'Terlambat dari rencana: ZI-02 Puskesmas Kota: tidak lolos (target WBK 2025); ZI-03 Bapenda: diusulkan ke TPN (target WBK 2025)',
    ]);
  });

  it('shows a count short of its target in red', () => {
    const lines = formatStatus(result({ zonaIntegritas: zi }), colour);
    expect(lines.find((l) => l.includes('Diusulkan ke TPN'))).toContain(colour.red('     3'));
    expect(lines.find((l) => l.startsWith('Pencanangan'))).toContain(colour.green('     3'));
  });

  it('says nothing of Zona Integritas for a project without it', () => {
    expect(formatStatus(result(), plain).some((l) => l.includes('Zona Integritas'))).toBe(false);
  });
});

describe('formatEvaluasiRb (through formatStatus)', () => {
  const example = parseProject(readFileSync(new URL('../../../examples/kabupaten-sukamaju/roadmap.yaml', import.meta.url), 'utf8'), 'roadmap.yaml').project!;

  it('sets the Indeks RB beside the self-assessment a year a row, each value with its category, and the gap', () => {
    const lines = formatStatus(result({ evaluasiRb: evaluasiRbProgress(example, 2025)! }), plain);
    const at = lines.findIndex((l) => l.startsWith('Evaluasi RB'));
    expect(lines.slice(at, at + 4)).toEqual([
      'Evaluasi RB  Indeks RB     target       PMPRB  selisih',
      '2023         62,40 (B)          -   69,85 (B)    +7,45',
      '2024         64,18 (B)  65,00 (B)  70,50 (BB)    +6,32',
      '2025                 -  68,00 (B)  72,35 (BB)        -',
    ]);
  });

  it('points out a category recorded from the LHE that does not fit its value', () => {
    const wrong = { ...example, sasaran: example.sasaran.map((s) => ({ ...s, indikator: s.indikator.map((i) => (i.id === 'IND-01' ? { ...i, kategori: { 2024: 'BB' as const } } : i)) })) };
    const lines = formatStatus(result({ evaluasiRb: evaluasiRbProgress(wrong, 2024)! }), plain);
    expect(lines).toContain('IND-01 2024: kategori tercatat BB, padahal nilai 64,18 termasuk B.');
  });

  it('says nothing of it for a project without an Indeks RB or PMPRB indicator', () => {
    expect(formatStatus(result(), plain).some((l) => l.includes('Evaluasi RB'))).toBe(false);
  });
});
