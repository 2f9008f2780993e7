/**
 * Each step on its own with a scripted Ask: the questions it asks and the edits it returns, fast
 * and without a terminal (prompts.test.ts drives the real prompts, cli.test.ts the binary).
 */
import { describe, expect, test } from 'vitest';
import { parseProject } from '../../src/model/parse-project.js';
import { looseProjectOf } from '../../src/wizard/loose-project.js';
import { applyStepEdits, newProjectText } from '../../src/wizard/project-text.js';
import { areaStep } from '../../src/wizard/steps/area-perubahan.js';
import { lokakaryaStep } from '../../src/wizard/steps/lokakarya.js';
import { opdStep } from '../../src/wizard/steps/opd.js';
import { pemerintahStep } from '../../src/wizard/steps/pemerintah.js';
import { quickWinsStep } from '../../src/wizard/steps/quick-wins.js';
import { sasaranStep } from '../../src/wizard/steps/sasaran.js';
import type { Step, StepContext } from '../../src/wizard/steps/step.js';
import { timPenyusunStep } from '../../src/wizard/steps/tim-penyusun.js';
import { visiMisiStep } from '../../src/wizard/steps/visi-misi.js';
import { fakeAsk } from './fake-ask.js';

const NOW = new Date(2024, 1, 20, 9, 0, 0);
const context = (): StepContext => ({ now: NOW, session: {} });

/** A project after steps 1-3: rb2023, 2024-2028, a small registry. */
const BASE = `${newProjectText()}profil: rb2023
pemerintah:
  jenis: kabupaten
  nama: Sukamaju
  ibuKota: Sukamaju
  kepalaDaerah: {nama: Hardiyanto}
  sekda: {nama: Endang}
periode: {mulai: 2024, selesai: 2028}
visi: Birokrasi yang melayani
misi: [Melayani]
opd:
  - {kode: BAG-ORG, nama: Bagian Organisasi Sekretariat Daerah, singkatan: Bagian Organisasi}
  - {kode: BKPSDM, nama: Badan Kepegawaian dan Pengembangan Sumber Daya Manusia, singkatan: BKPSDM}
  - {kode: BAPPEDA, nama: Badan Perencanaan Pembangunan Daerah, singkatan: Bappeda}
  - {kode: INSPEKTORAT, nama: Inspektorat Daerah, singkatan: Inspektorat}
  - {kode: DISKOMINFO, nama: Dinas Komunikasi dan Informatika, singkatan: Diskominfo}
  - {kode: DINKES, nama: Dinas Kesehatan, singkatan: Dinkes}
areaPerubahan: [{kode: MP}, {kode: DK}, {kode: PO}, {kode: PT}, {kode: SDM}, {kode: AK}, {kode: PW}, {kode: PP}]
`;

async function run(step: Step, text: string, answers: Record<string, unknown>, ctx = context()) {
  const fake = fakeAsk(answers);
  const edits = await step.run(looseProjectOf(text), fake.ask, ctx);
  const after = applyStepEdits(text, edits);
  return { ...fake, edits, text: after, project: looseProjectOf(after) };
}

describe('pemerintah', () => {
  test('a new project: government, period, the framework matching the period, and every area', async () => {
    const r = await run(pemerintahStep, newProjectText(), {
      'pemerintah.jenis': 'kabupaten',
      'pemerintah.nama': 'Sukamaju',
      'pemerintah.provinsi': 'Jawa Tengah',
      'pemerintah.kepalaDaerah.nama': 'Hardiyanto Wicaksono',
      'pemerintah.sekda.nama': 'Endang Sulistyowati',
      'pemerintah.sekda.nip': '1971 0314 1996 0320 04',
      'periode.mulai': '2024',
    });
    const profil = r.asked.find((q) => q.key === 'profil')!;
    expect(profil.default).toBe('rb2023');
    expect(r.asked.find((q) => q.key === 'periode.selesai')!.default).toBe('2028');
    expect(r.asked.find((q) => q.key === 'pemerintah.ibuKota')!.default).toBe('Sukamaju');
    expect(r.project).toMatchObject({
      profil: 'rb2023',
      pemerintah: { jenis: 'kabupaten', nama: 'Sukamaju', ibuKota: 'Sukamaju', sekda: { nama: 'Endang Sulistyowati', nip: '197103141996032004' } },
      periode: { mulai: 2024, selesai: 2028 },
    });
    expect((r.project.areaPerubahan as { kode: string }[]).map((a) => a.kode)).toEqual(['MP', 'DK', 'PO', 'PT', 'SDM', 'AK', 'PW', 'PP']);
    // Top-level keys in schema order, the NIP quoted so it stays text.
    expect(r.text.indexOf('profil:')).toBeLessThan(r.text.indexOf('pemerintah:'));
    expect(r.text).toContain('nip: "197103141996032004"');
  });

  test('refuses "Kabupaten" in the name, an end before the start, and a short NIP', async () => {
    const base = { 'pemerintah.kepalaDaerah.nama': 'A', 'pemerintah.sekda.nama': 'B' };
    await expect(run(pemerintahStep, newProjectText(), { ...base, 'pemerintah.nama': 'Kabupaten Sukamaju' })).rejects.toThrow(
      'pemerintah.nama: Tulis tanpa kata "Kabupaten", misalnya "Sukamaju".',
    );
    await expect(run(pemerintahStep, newProjectText(), { ...base, 'pemerintah.nama': 'X', 'periode.mulai': '2025', 'periode.selesai': '2020' })).rejects.toThrow(
      'periode.selesai: Tahun selesai tidak boleh sebelum tahun mulai.',
    );
    await expect(run(pemerintahStep, newProjectText(), { ...base, 'pemerintah.nama': 'X', 'pemerintah.sekda.nip': '12345' })).rejects.toThrow(
      'NIP terdiri atas 18 angka; tertulis 5.',
    );
  });

  test('a revisit changes only what changed and keeps comments', async () => {
    const text = BASE.replace('  nama: Sukamaju\n', '  nama: Sukamaju # sesuai Perda\n');
    const r = await run(pemerintahStep, text, { 'pemerintah.sekda.nama': 'Endang Sulistyowati' });
    expect(r.edits).toEqual([{ op: 'set', path: ['pemerintah', 'sekda', 'nama'], value: 'Endang Sulistyowati' }]);
    expect(r.text).toContain('nama: Sukamaju # sesuai Perda');
  });
});

describe('visi dan misi', () => {
  test('misi needs at least one line', async () => {
    await expect(run(visiMisiStep, newProjectText(), { visi: 'V', misi: [] })).rejects.toThrow('perlu 1 butir');
    const r = await run(visiMisiStep, newProjectText(), { visi: 'V', misi: ['A', 'B'] });
    expect(r.project).toMatchObject({ visi: 'V', misi: ['A', 'B'] });
  });
});

describe('opd', () => {
  test('a kota gets no DPMD; typical and public-service OPDs come pre-ticked; rename; own OPD', async () => {
    const text = `${newProjectText()}profil: rb2023\npemerintah: {jenis: kota, nama: Sukamaju}\n`;
    const r = await run(opdStep, text, {
      'opd.ubah': ['DINDIK'],
      'opd.ubah.DINDIK.nama': 'Dinas Pendidikan dan Kebudayaan',
      'opd.ubah.DINDIK.singkatan': 'Disdikbud',
      'opd.tambah': 1,
      'opd.tambah[0].nama': 'Dinas Perumahan dan Kawasan Permukiman',
      'opd.tambah[0].kode': 'disperkim',
    });
    const pilih = r.asked.find((q) => q.key === 'opd.pilih')!;
    expect(pilih.choices).not.toContain('DPMD');
    expect(pilih.default).toEqual(expect.arrayContaining(['BAG-ORG', 'BKPSDM', 'DINKES', 'DINDIK', 'DISDUKCAPIL', 'INSPEKTORAT']));
    expect(r.asked.find((q) => q.key === 'opd.tambah[0].kode')!.default).toBe('DPKP');
    const opd = r.project.opd as { kode: string; nama: string; singkatan: string }[];
    expect(opd.find((o) => o.kode === 'DINDIK')).toEqual({ kode: 'DINDIK', nama: 'Dinas Pendidikan dan Kebudayaan', singkatan: 'Disdikbud' });
    expect(opd.at(-1)).toEqual({ kode: 'DISPERKIM', nama: 'Dinas Perumahan dan Kawasan Permukiman', singkatan: 'DISPERKIM' });
  });

  test('an OPD still named in the road map cannot be unticked', async () => {
    const text = BASE.replace('areaPerubahan: [{kode: MP}', 'areaPerubahan: [{kode: MP, kegiatan: [{id: MP-01, nama: K, output: O, koordinator: BKPSDM}]}');
    await expect(run(opdStep, text, { 'opd.pilih': ['BAG-ORG', 'BAPPEDA'] })).rejects.toThrow('opd.pilih: BKPSDM masih dipakai (kegiatan MP-01); ubah bagian itu dulu.');
  });

  test('an own code already in use is refused', async () => {
    await expect(run(opdStep, BASE, { 'opd.tambah': 1, 'opd.tambah[0].nama': 'Dinas Kesehatan Hewan', 'opd.tambah[0].kode': 'DINKES' })).rejects.toThrow(
      'Kode DINKES sudah ada di daftar OPD.',
    );
  });
});

describe('sasaran', () => {
  test('national indicators with baseline, targets, responsible OPDs; own indicator under a new sasaran', async () => {
    const r = await run(sasaranStep, BASE, {
      'sasaran.indikator': ['S1-I2', 'S2-I2'],
      'sasaran.indikator.S1-I2.baseline': '60,5',
      'sasaran.indikator.S1-I2.target': '65 68 71 74 77',
      'sasaran.indikator.S2-I2.target': '2,8',
      'sasaran.tambah': 1,
      'sasaran.tambah[0].sasaran': 'baru',
      'sasaran.tambah[0].sasaranNama': 'Pelayanan kesehatan yang prima',
      'sasaran.tambah[0].nama': 'Indeks Kepuasan Masyarakat RSUD',
      'sasaran.tambah[0].target': '80 81 82 83 84',
      'sasaran.tambah[0].penanggungJawab': ['DINKES'],
    });
    // Responsible OPDs default to the national typical ones that are in the registry.
    expect(r.asked.find((q) => q.key === 'sasaran.indikator.S1-I2.penanggungJawab')!.default).toEqual(['BAG-ORG', 'BAPPEDA']);
    expect(r.asked.find((q) => q.key === 'sasaran.indikator.S1-I2.baseline')!.message).toBe('Baseline 2023 (%), boleh kosong');
    expect(r.project.sasaran).toEqual([
      {
        id: 'SAS-1',
        nama: 'Birokrasi yang bersih dan akuntabel',
        referensi: 'S1',
        indikator: [
          {
            id: 'IND-01',
            nama: 'Persentase K/L/Pemda dengan predikat SAKIP minimal B',
            satuan: '%',
            arah: 'naik',
            baseline: { tahun: 2023, nilai: 60.5 },
            target: { 2024: 65, 2025: 68, 2026: 71, 2027: 74, 2028: 77 },
            penanggungJawab: ['BAG-ORG', 'BAPPEDA'],
            referensi: 'S1-I2',
          },
        ],
      },
      expect.objectContaining({ id: 'SAS-2', referensi: 'S2', indikator: [expect.objectContaining({ id: 'IND-02', target: { 2024: 2.8, 2025: 2.8, 2026: 2.8, 2027: 2.8, 2028: 2.8 }, penanggungJawab: ['DISKOMINFO'] })] }),
      { id: 'SAS-3', nama: 'Pelayanan kesehatan yang prima', indikator: [expect.objectContaining({ id: 'IND-03', satuan: '%', penanggungJawab: ['DINKES'] })] },
    ]);
    // New values take the file's own flow style.
    expect(r.text).toContain('        target: {2024: 65, 2025: 68, 2026: 71, 2027: 74, 2028: 77}\n');
  });

  test('a revisit keeps ids and realisations and rewrites only the changed target', async () => {
    const first = await run(sasaranStep, BASE, { 'sasaran.indikator': ['S1-I2'], 'sasaran.indikator.S1-I2.target': '65 68 71 74 77' });
    const withRealisasi = first.text.replace('        referensi: S1-I2\n', '        referensi: S1-I2\n        realisasi: {2024: 64.2} # dari LHE\n');
    const again = await run(sasaranStep, withRealisasi, { 'sasaran.indikator.S1-I2.target': '65 68 71 74 80' });
    expect(again.asked.find((q) => q.key === 'sasaran.indikator')!.default).toEqual(['S1-I2']);
    expect(again.edits).toEqual([{ op: 'set', path: ['sasaran', 0, 'indikator', 0, 'target', '2028'], value: 80 }]);
    expect(again.text).toContain('realisasi: {2024: 64.2} # dari LHE');
  });

  test('a target line with the wrong count is refused', async () => {
    await expect(run(sasaranStep, BASE, { 'sasaran.indikator': ['S1-I2'], 'sasaran.indikator.S1-I2.target': '65 68' })).rejects.toThrow('Perlu 5 nilai (2024-2028)');
  });
});

describe('area perubahan', () => {
  test('typical activities, a kegiatan utama, and an own activity, with OPDs from the registry and budgets', async () => {
    const r = await run(areaStep('MP', 'Manajemen Perubahan'), BASE, {
      'areaPerubahan.MP.kondisi': ['Paragraf satu.', 'Paragraf dua.'],
      'areaPerubahan.MP.permasalahan': ['Tim RB belum mutakhir.'],
      'areaPerubahan.MP.kegiatan': ['T1', 'KU20'],
      'areaPerubahan.MP.kegiatan.T1.target': 'SK ditetapkan; -; SK dimutakhirkan; -; -',
      'areaPerubahan.MP.kegiatan.T1.anggaran': '150.000.000 - - - -',
      'areaPerubahan.MP.kegiatan.KU20.output': 'Laporan internalisasi',
      'areaPerubahan.MP.kegiatan.KU20.anggaran': '50 juta',
      'areaPerubahan.MP.kegiatanLain': 1,
      'areaPerubahan.MP.kegiatanLain[0].nama': 'Survei budaya kerja',
      'areaPerubahan.MP.kegiatanLain[0].output': 'Laporan survei',
      'areaPerubahan.MP.kegiatanLain[0].koordinator': 'BKPSDM',
      'areaPerubahan.MP.kegiatanLain[0].kegiatanUtama': 'KU20',
    });
    const kegiatan = r.asked.find((q) => q.key === 'areaPerubahan.MP.kegiatan')!;
    expect(kegiatan.choices).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'KU06', 'KU20']);
    // The lead OPD is never typed: a list of the registry, the typical OPD first.
    const koordinator = r.asked.find((q) => q.key === 'areaPerubahan.MP.kegiatan.T1.koordinator')!;
    expect(koordinator.kind).toBe('select');
    expect(koordinator.choices).toEqual(['BAG-ORG', 'BKPSDM', 'BAPPEDA', 'INSPEKTORAT', 'DISKOMINFO', 'DINKES']);
    expect(koordinator.default).toBe('BAG-ORG');
    // No word shared with a kegiatan utama of the area: nothing is claimed for the activity.
    expect(r.asked.find((q) => q.key === 'areaPerubahan.MP.kegiatan.T1.kegiatanUtama')!.default).toBe('-');
    const area = (r.project.areaPerubahan as Record<string, unknown>[])[0]!;
    expect(area).toEqual({
      kode: 'MP',
      kondisi: 'Paragraf satu.\n\nParagraf dua.',
      permasalahan: ['Tim RB belum mutakhir.'],
      kegiatan: [
        {
          id: 'MP-01',
          nama: 'Pembentukan/pemutakhiran Tim RB (pengarah dan pelaksana) dengan SK Bupati',
          output: 'SK Tim RB',
          target: { 2024: 'SK ditetapkan', 2026: 'SK dimutakhirkan' },
          koordinator: 'BAG-ORG',
          anggaran: { 2024: 150_000_000 },
        },
        {
          id: 'MP-02',
          nama: 'Core values ASN (BerAKHLAK)',
          output: 'Laporan internalisasi',
          koordinator: 'BKPSDM',
          pelaksana: ['BAG-ORG'],
          anggaran: { 2024: 50_000_000, 2025: 50_000_000, 2026: 50_000_000, 2027: 50_000_000, 2028: 50_000_000 },
          kegiatanUtama: 'KU20',
        },
        { id: 'MP-03', nama: 'Survei budaya kerja', output: 'Laporan survei', koordinator: 'BKPSDM', kegiatanUtama: 'KU20' },
      ],
    });
  });

  test('a revisit keeps ids; unticking removes the activity', async () => {
    const first = await run(areaStep('MP', 'Manajemen Perubahan'), BASE, { 'areaPerubahan.MP.kegiatan': ['T1', 'T3'] });
    const again = await run(areaStep('MP', 'Manajemen Perubahan'), first.text, { 'areaPerubahan.MP.kegiatan': ['T3'] });
    expect(again.asked.find((q) => q.key === 'areaPerubahan.MP.kegiatan')!.default).toEqual(['T1', 'T3']);
    const kegiatan = (again.project.areaPerubahan as { kegiatan: { id: string }[] }[])[0]!.kegiatan;
    expect(kegiatan.map((k) => k.id)).toEqual(['MP-02']);
  });

  test('a bad Rupiah amount is refused with the reason', async () => {
    await expect(run(areaStep('MP', 'Manajemen Perubahan'), BASE, { 'areaPerubahan.MP.kegiatan': ['T1'], 'areaPerubahan.MP.kegiatan.T1.anggaran': '15O.000' })).rejects.toThrow(
      '"15O.000" bukan jumlah Rupiah yang dikenali. Contoh: 150.000.000, 150000000, atau 150 juta.',
    );
  });
});

describe('quick wins, tim, lokakarya', () => {
  test('a quick win year outside the period is refused', async () => {
    await expect(run(quickWinsStep, BASE, { quickWins: 1, 'quickWins[0].nama': 'Q', 'quickWins[0].output': 'O', 'quickWins[0].tahun': '2031' })).rejects.toThrow(
      'quickWins[0].tahun: Tahun 2031 di luar periode 2024-2028.',
    );
  });

  test('the head and the sekda join as Pengarah; the university partner is recorded', async () => {
    const r = await run(timPenyusunStep, BASE, { 'timPenyusun.mitra.nama': 'Universitas Brawijaya', 'timPenyusun.mitra.ketua': 'Oscar Radyan Danar' });
    expect(r.project.timPenyusun).toEqual({
      mitra: { nama: 'Universitas Brawijaya', ketua: 'Oscar Radyan Danar' },
      anggota: [
        { nama: 'Hardiyanto', jabatan: 'Bupati Sukamaju', peran: 'Pengarah' },
        { nama: 'Endang', jabatan: 'Sekretaris Daerah', instansi: 'Sekretariat Daerah', peran: 'Pengarah' },
      ],
    });
  });

  test('the roll call: a record per session, absentees holding responsibilities named', async () => {
    const text = BASE.replace('areaPerubahan: [{kode: MP}', 'areaPerubahan: [{kode: MP, kegiatan: [{id: MP-01, nama: K, output: O, koordinator: DINKES}]}');
    const ctx = context();
    const r = await run(lokakaryaStep, text, { 'lokakarya.tempat': 'Pendopo', 'lokakarya.hadir': ['BAG-ORG', 'BKPSDM', 'BAPPEDA', 'INSPEKTORAT'] }, ctx);
    expect(r.asked.find((q) => q.key === 'lokakarya.tanggal')!.default).toBe('2024-02-20');
    expect(r.notes.join('')).toContain('Hadir 4 dari 6 OPD. Tidak hadir padahal memegang tanggung jawab: Dinkes.');
    expect(r.project.lokakarya).toEqual([
      { tanggal: '2024-02-20', tempat: 'Pendopo', acara: 'Lokakarya Penyusunan Road Map Reformasi Birokrasi Tahun 2024-2028', pimpinan: 'Sekretaris Daerah', hadir: ['BAG-ORG', 'BKPSDM', 'BAPPEDA', 'INSPEKTORAT'] },
    ]);
    expect(r.text).toContain('tanggal: "2024-02-20"');
    // The same session edits its record; a later session adds its own.
    const same = await run(lokakaryaStep, r.text, { 'lokakarya.hadir': ['BAG-ORG', 'DINKES'] }, ctx);
    expect((same.project.lokakarya as unknown[]).length).toBe(1);
    const later = await run(lokakaryaStep, same.text, { 'lokakarya.tempat': 'Ruang Rapat Setda', 'lokakarya.tanggal': '14 Mei 2024' });
    expect((later.project.lokakarya as { tanggal: string }[]).map((l) => l.tanggal)).toEqual(['2024-02-20', '2024-05-14']);
    expect(parseProject(later.text, 'roadmap.yaml').problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
