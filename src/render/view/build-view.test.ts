import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProject } from '../../model/parse-project.js';
import { TemplateSettings } from '../settings.js';
import { buildView } from './build-view.js';

const text = readFileSync(new URL('../../../examples/kabupaten-sukamaju/roadmap.yaml', import.meta.url), 'utf8');
const project = parseProject(text, 'roadmap.yaml').project!;
const options = { document: { kind: 'regulasi', bagian: 'semua' } as const, final: false, settings: TemplateSettings.parse({}), hasLogo: false };
const berkasKerja = { ...options, document: { kind: 'berkas-kerja' } as const };

describe('buildView', () => {
  it('names the government by its kind', () => {
    expect(buildView(project, options).pemerintah).toMatchObject({ jabatanKepala: 'Bupati Sukamaju', peraturan: 'Peraturan Bupati Sukamaju', beritaDaerah: 'Berita Daerah Kabupaten Sukamaju' });
    const kota = { ...project, pemerintah: { ...project.pemerintah, jenis: 'kota' as const, nama: 'Madiun' } };
    expect(buildView(kota, options).pemerintah).toMatchObject({ jabatanKepala: 'Wali Kota Madiun', jabatanSekda: 'Sekretaris Daerah Kota Madiun' });
    const prov = { ...project, pemerintah: { ...project.pemerintah, jenis: 'provinsi' as const, nama: 'Jawa Tengah' } };
    const v = buildView(prov, options).pemerintah;
    expect(v).toMatchObject({ peraturan: 'Peraturan Gubernur Jawa Tengah', adaProvinsi: false });
  });

  it('aligns every per-year row to the years of the period', () => {
    const view = buildView(project, options);
    const years = view.periode.tahun;
    expect(years).toEqual([2024, 2025, 2026, 2027, 2028]);
    for (const area of view.area) for (const k of area.kegiatan) expect(k.tahun.map((t) => t.tahun)).toEqual(years);
    for (const i of view.indikatorSemua) expect(i.target.map((t) => t.tahun)).toEqual(years);
  });

  it('numbers activities across areas and gives every OPD its responsibilities', () => {
    const view = buildView(project, berkasKerja);
    const numbers = view.kegiatanSemua.map((k) => k.nomor);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    const total = project.areaPerubahan.reduce((n, a) => n + a.kegiatan.filter((k) => k.koordinator === 'INSPEKTORAT' || k.pelaksana.includes('INSPEKTORAT')).length, 0);
    expect(view.opd.find((o) => o.kode === 'INSPEKTORAT')?.kegiatan.length).toBe(total);
    expect(total).toBeGreaterThan(0);
  });

  it('sums the budget per year to the overall total', () => {
    const view = buildView(project, options);
    const direct = project.areaPerubahan.flatMap((a) => a.kegiatan).reduce((n, k) => n + Object.values(k.anggaran).reduce((x, y) => x + y, 0), 0);
    expect(view.anggaran.total).toBe(direct);
    expect(view.anggaran.perTahun.reduce((n, y) => n + y.total, 0)).toBe(direct);
  });

  it('marks the draft from the revision log unless final', () => {
    const last = Math.max(...project.riwayatRevisi.map((r) => r.draf));
    expect(buildView(project, options).draf).toMatchObject({ aktif: true, nomor: last });
    expect(buildView(project, { ...options, draf: 9 }).draf.nomor).toBe(9);
    expect(buildView(project, { ...options, final: true }).draf.aktif).toBe(false);
  });

  it('names the responsible OPDs absent from a workshop', () => {
    const view = buildView(project, berkasKerja);
    const first = view.lokakarya[0]!;
    const absent = project.opd.filter((o) => !project.lokakarya[0]!.hadir.includes(o.kode)).map((o) => o.singkatan);
    for (const o of first.tidakHadirBertugas) expect(absent).toContain(o.singkatan);
    expect(first.tidakHadirBertugas.length).toBeGreaterThan(0);
  });
});
