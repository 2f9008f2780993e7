import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { setValues } from '../edits/set-value.js';
import { parseProject } from '../parse-project.js';
import { diffProjects } from './diff-projects.js';

const TEXT = readFileSync('test/fixtures/update/kecil.yaml', 'utf8');
const before = parseProject(TEXT, 'a.yaml').project!;
const after = (text: string) => parseProject(text, 'b.yaml').project!;

describe('diffProjects', () => {
  it('finds nothing between equal revisions', () => {
    expect(diffProjects(before, before)).toEqual({ changes: [], groups: [], count: { added: 0, removed: 0, changed: 0, moved: 0 } });
  });

  it('says each change in words, grouped by part, indicator and area', () => {
    const changed = setValues(TEXT, {
      set: [
        'indikator:IND-01.target.2026=75',
        'indikator:IND-02.target.2027=6',
        'opd:DISKOMINFO.nama=Dinas Kominfo dan Statistik',
        'pemerintah.kepalaDaerah.nama=H. Ahmad',
        'kegiatan:MP-02.anggaran.2026=25000000',
      ],
      unset: ['indikator:IND-02.realisasi.2025'],
    }).text;
    const diff = diffProjects(before, after(changed));
    expect(diff.groups.map((g) => [g.label, g.changes.map((c) => c.text)])).toEqual([
      ['Umum', ['Pemerintah › kepala daerah › nama diubah dari "Budi Santoso" menjadi "H. Ahmad"']],
      ['OPD', ['OPD DISKOMINFO: nama diubah dari "Dinas Komunikasi dan Informatika" menjadi "Dinas Kominfo dan Statistik"']],
      [
        'Sasaran dan indikator',
        [
          'Target IND-01 (Nilai SAKIP) tahun 2026: 70 → 75',
          'Target IND-02 (Temuan berulang) tahun 2027: 6 (baru)',
          'Realisasi IND-02 (Temuan berulang) tahun 2025: dihapus (sebelumnya 11)',
        ],
      ],
      ['Area perubahan MP — Manajemen Perubahan', ['Anggaran MP-02 (Agen perubahan) tahun 2026: Rp20.000.000 → Rp25.000.000']],
    ]);
    expect(diff.count).toEqual({ added: 1, removed: 1, changed: 4, moved: 0 });
    expect(diff.changes[2]).toEqual({
      group: 'sasaran',
      kind: 'changed',
      subject: { kind: 'indikator', id: 'IND-01', nama: 'Nilai SAKIP' },
      field: 'target',
      year: 2026,
      before: 70,
      after: 75,
      path: 'sasaran[0].indikator[0].target.2026',
      text: 'Target IND-01 (Nilai SAKIP) tahun 2026: 70 → 75',
    });
  });

  it('matches items by id, so added, removed and moved read as such', () => {
    const moved = TEXT.replace(
      /  - kode: PT\n    kegiatan:\n/,
      `  - kode: PT\n    kegiatan:\n      - id: PT-04\n        nama: Peta proses bisnis\n        output: Perwal\n        koordinator: BAG-ORG\n`,
    ).replace(/      - id: MP-01\n(?:        .*\n)+?(?=      - id: MP-02)/, '');
    const b = after(moved);
    const diff = diffProjects(before, b);
    expect(diff.changes.map((c) => [c.group, c.kind, c.text])).toEqual([
      ['area:MP', 'removed', 'Kegiatan MP-01 (Pembentukan Tim RB) dihapus'],
      ['area:PT', 'added', 'Kegiatan PT-04 (Peta proses bisnis) ditambahkan'],
    ]);
    const relocated = TEXT.replace('  - kode: PT\n    kegiatan:\n', '  - kode: PT\n    kegiatan:\n      - id: MP-02\n        nama: Agen perubahan\n        output: Laporan aksi perubahan\n        target: {2025: 10, 2026: 20}\n        realisasi: {2025: 8}\n        anggaran: {2025: 15000000, 2026: 20000000}\n        koordinator: BAG-ORG\n        pelaksana: [INSPEKTORAT]\n        kegiatanUtama: KU20\n');
    const withoutOld = relocated.replace(/      - id: MP-02\n        nama: Agen perubahan\n(?:        .*\n)+?(?=  - kode: PT)/, '');
    const diff2 = diffProjects(before, after(withoutOld));
    expect(diff2.changes.map((c) => [c.kind, c.text])).toEqual([['moved', 'Kegiatan MP-02 (Agen perubahan) dipindahkan dari area MP ke PT (Penataan Tatalaksana)']]);
  });

  it('never cuts a text mid-word: names up to 100 characters whole, longer ones at a word, whole in before/after', () => {
    const nama = 'Pembentukan dan pemutakhiran Tim Reformasi Birokrasi Kota Contoh beserta agen perubahannya';
    const keterangan =
      'Dilaksanakan bersama seluruh perangkat daerah melalui lokakarya dua hari, dengan pendampingan dari Kementerian PANRB dan Pemerintah Provinsi, serta dilaporkan setiap triwulan';
    const changed = setValues(TEXT, { set: [`kegiatan:MP-01.nama=${nama}`, `kegiatan:MP-02.keterangan=${keterangan}`], unset: [] }).text;
    const diff = diffProjects(before, after(changed));
    const namaChange = diff.changes.find((c) => c.field === 'nama')!;
    expect(namaChange.text).toBe(`Kegiatan MP-01: nama diubah dari "Pembentukan Tim RB" menjadi "${nama}"`);
    const added = diff.changes.find((c) => c.field === 'keterangan')!;
    expect(added.after).toBe(keterangan);
    const shown = /diisi "(.*)…"$/.exec(added.text)?.[1];
    expect(shown, added.text).toBeDefined();
    expect(keterangan.startsWith(shown!)).toBe(true);
    expect(keterangan[shown!.length]).toBe(' ');
  });
});

describe('diffProjects: Zona Integritas', () => {
  const EXAMPLE = readFileSync('examples/kabupaten-sukamaju/roadmap.yaml', 'utf8');
  const example = parseProject(EXAMPLE, 'a.yaml').project!;

  it('says a stage reached in words, under its own group', () => {
    const changed = setValues(EXAMPLE, { set: ['zi:ZI-05.tahapan.2026.tahap=usulanTpn', 'zi:ZI-05.tahapan.2026.catatan=Reviu TPI selesai', 'zonaIntegritas.target.WBK.2026=8'] }).text;
    const diff = diffProjects(example, parseProject(changed, 'b.yaml').project!);
    expect(diff.groups.map((g) => [g.label, g.changes.map((c) => c.text)])).toEqual([
      ['Zona Integritas', ['Target Zona Integritas › WBK › 2026 diubah dari 7 menjadi 8', 'Tahap ZI-05 tahun 2026: Diusulkan ke TPN (catatan "Reviu TPI selesai") (baru)']],
    ]);
    expect(diff.changes[1]).toMatchObject({ subject: { kind: 'unitZi', id: 'ZI-05' }, path: 'zonaIntegritas.unit[4].tahapan.2026' });
  });

  it('lists the units of a section added, not one long value', () => {
    const diff = diffProjects({ ...example, zonaIntegritas: undefined }, example);
    const texts = diff.changes.map((c) => c.text);
    expect(texts).toContain('Unit Zona Integritas ZI-04 (Puskesmas Sukamaju Kota) ditambahkan');
    expect(texts.filter((t) => t.startsWith('Unit Zona Integritas'))).toHaveLength(14);
    expect(texts.every((t) => !/undefined|\[object Object\]/.test(t))).toBe(true);
  });
});
