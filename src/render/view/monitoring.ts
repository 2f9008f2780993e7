/**
 * The monitoring chapter's tables: target against realisation, per indicator and per activity,
 * for every year that has realisations, with the same achievement rules `roadmap status` uses.
 */
import { progressByYear, type Ringkasan } from '../../model/achievement.js';
import type { Nilai, Project } from '../../model/types.js';

const show = (v: Nilai | null) => (v === null ? '' : v);

export function buildMonitoring(project: Project) {
  const singkatan = new Map(project.opd.map((o) => [o.kode, o.singkatan]));
  const tahun = progressByYear(project).map((p) => ({
    tahun: p.tahun,
    indikator: p.indikator.map((r, i) => ({
      nomor: i + 1,
      id: r.id,
      nama: r.nama,
      satuan: r.satuan,
      target: show(r.target),
      realisasi: show(r.realisasi),
      capaian: r.capaian ?? '',
      status: r.status,
      tercapai: r.status === 'tercapai',
    })),
    kegiatan: p.kegiatan.map((r, i) => ({
      nomor: i + 1,
      id: r.id,
      nama: r.nama,
      target: show(r.target),
      realisasi: show(r.realisasi),
      capaian: r.capaian ?? '',
      status: r.status,
      tercapai: r.status === 'tercapai',
      koordinator: singkatan.get(r.koordinator) ?? r.koordinator,
    })),
    total: { indikator: withPercent(p.total.indikator), kegiatan: withPercent(p.total.kegiatan) },
    perArea: p.perArea.filter((a) => a.kegiatan.jumlah > 0).map((a) => ({ kode: a.kode, nama: a.nama, kegiatan: withPercent(a.kegiatan) })),
  }));
  return { adaData: tahun.length > 0, tahun, daftarTahun: tahun.map((t) => t.tahun) };
}

function withPercent(r: Ringkasan) {
  return { ...r, persenTercapai: r.jumlah === 0 ? 0 : Math.round((r.tercapai / r.jumlah) * 1000) / 10 };
}
