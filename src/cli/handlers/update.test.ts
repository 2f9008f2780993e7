import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { RollUpdateResult } from '../../actions/update.js';
import type { RollReport } from '../../model/edits/roll-period.js';
import { formatRoll } from './update.js';

const plain = new Chalk({ level: 0 });
const colour = new Chalk({ level: 1 });

function roll(report: Partial<RollReport> = {}, extra: Partial<RollUpdateResult> = {}): RollUpdateResult {
  return {
    action: 'roll',
    file: 'roadmap.yaml',
    output: 'roadmap-2029-2033.yaml',
    written: true,
    dryRun: false,
    formatting: 'preserved',
    preview: [],
    problems: [],
    peringatan: 0,
    report: {
      dari: { mulai: 2024, selesai: 2028, profil: 'rb2023' },
      ke: { mulai: 2029, selesai: 2033, profil: 'rb2025' },
      opd: 12,
      indikator: [
        { id: 'IND-01', nama: 'Indeks RB', baseline: { tahun: 2028, nilai: 78.25 }, sumber: 'realisasi' },
        { id: 'IND-02', nama: 'Nilai SAKIP', baseline: { tahun: 2027, nilai: 'BB' }, sumber: 'realisasi' },
        { id: 'IND-03', nama: 'IKM', baseline: { tahun: 2023, nilai: 80 }, sumber: 'baseline lama' },
        { id: 'IND-04', nama: 'IPP', baseline: null, sumber: 'tidak ada' },
      ],
      kegiatanDibawa: [{ id: 'MP-02', nama: 'Agen perubahan', area: 'MP' }],
      kegiatanSelesai: [
        { id: 'MP-01', nama: 'Tim RB', area: 'MP' },
        { id: 'PT-01', nama: 'SOP', area: 'PT' },
      ],
      dibuang: [],
      periodeDiganti: [],
      catatan: [],
      ...report,
    },
    ...extra,
  };
}

describe('formatRoll', () => {
  it('says what was written, from where, and what was carried', () => {
    expect(formatRoll(roll(), plain)).toEqual([
      '✔ roadmap-2029-2033.yaml ditulis: road map 2029-2033 (profil rb2025)',
      'Dari roadmap.yaml (2024-2028, profil rb2023):',
      '  dibawa: 12 OPD, 4 indikator, 1 kegiatan yang belum selesai',
      '  baseline baru dari realisasi terakhir: 2 indikator',
      '    IND-01: 78,25 (2028)',
      '    IND-02: "BB" (2027)',
      '  tanpa realisasi (baseline lama tetap): IND-03, IND-04',
      '  kegiatan selesai, tidak dibawa: MP-01, PT-01',
    ]);
  });

  it('a dry run says the file was not written', () => {
    expect(formatRoll(roll({}, { written: false, dryRun: true }), plain)[0]).toBe('• Uji coba: roadmap-2029-2033.yaml tidak ditulis');
  });

  it('leaves out the lines with nothing to say', () => {
    const lines = formatRoll(roll({ indikator: [{ id: 'IND-01', nama: 'x', baseline: { tahun: 2028, nilai: 1 }, sumber: 'realisasi' }], kegiatanSelesai: [] }), plain);
    expect(lines.some((l) => l.includes('tanpa realisasi'))).toBe(false);
    expect(lines.some((l) => l.includes('kegiatan selesai'))).toBe(false);
    expect(lines.some((l) => l.includes('ditinggalkan'))).toBe(false);
  });

  it('codes the new framework does not know: one line per kind, whatever their number; anything else one line each', () => {
    const dibuang: RollReport['dibuang'] = [
      ...Array.from({ length: 30 }, (_, i) => ({ jenis: 'kegiatanUtama' as const, path: `p${i}`, id: `MP-${i + 1}`, kode: `MP.${i + 1}`, uraian: 'u' })),
      { jenis: 'tema', path: 't', id: 'TM-01', kode: 'T1', uraian: 'u' },
      { jenis: 'dokumen', path: 'dokumen.nomor', uraian: 'nomor peraturan 2024 (diisi lagi untuk periode baru)' },
    ];
    const lines = formatRoll(roll({ dibuang }), plain);
    const at = lines.indexOf('  ditinggalkan:');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1)).toHaveLength(3);
    expect(lines[at + 1]).toMatch(/^ {4}- kode kegiatan utama \(tidak dikenal dalam profil rb2025\) dilepas dari 30 kegiatan: MP-1 \(MP\.1\), MP-2 \(MP\.2\), .*MP-30 \(MP\.30\)$/);
    expect(lines[at + 2]).toBe('    - kode tema RB Tematik (tidak dikenal dalam profil rb2025) dilepas dari 1 kegiatan: TM-01 (T1)');
    expect(lines[at + 3]).toBe('    - nomor peraturan 2024 (diisi lagi untuk periode baru)');
  });

  it('notes to look at by hand, and a file laid out again, come last', () => {
    const lines = formatRoll(roll({ catatan: ['Isi target 2029-2033 untuk 4 indikator.'] }, { formatting: 'rewritten' }), plain);
    expect(lines.slice(-2)).toEqual(['• Isi target 2029-2033 untuk 4 indikator.', '• Tata letak berkas ditulis ulang oleh pustaka YAML (isi tetap).']);
  });

  it('colour only on the marks', () => {
    const lines = formatRoll(roll({ catatan: ['Periksa.'] }), colour);
    expect(lines[0]).toBe(`${colour.green('✔')} roadmap-2029-2033.yaml ditulis: road map 2029-2033 (profil rb2025)`);
    expect(lines.at(-1)).toBe(`${colour.yellow('•')} Periksa.`);
    expect(formatRoll(roll({ catatan: ['Periksa.'] }), plain).join('\n')).not.toMatch(/\x1b\[/);
  });
});
