/**
 * The monitoring report's view for one year: target against realisation per indicator and per
 * activity, summaries per area, with the same achievement rules `roadmap status` uses, so the
 * report and `status --json` always give the same figures.
 */
import { achievementFor, progressOf, summarise, type Ringkasan } from '../../model/achievement.js';
import type { Nilai, Project } from '../../model/types.js';
import type { GovernmentNames } from './names.js';

const show = (v: Nilai | null) => (v === null ? '' : v);

export function buildLaporan(project: Project, names: GovernmentNames, judulRoadMap: string, tahun: number) {
  const singkatan = new Map(project.opd.map((o) => [o.kode, o.singkatan]));
  const p = progressOf(project, tahun);
  const row = <R extends { id: string; nama: string; target: Nilai | null; realisasi: Nilai | null; capaian: number | null; status: string }>(r: R, i: number) => ({
    nomor: i + 1,
    id: r.id,
    nama: r.nama,
    target: show(r.target),
    realisasi: show(r.realisasi),
    capaian: r.capaian ?? '',
    status: r.status,
    tercapai: r.status === 'tercapai',
  });
  const indikator = p.indikator.map((r, i) => ({ ...row(r, i), satuan: r.satuan }));
  const kegiatan = p.kegiatan.map((r, i) => ({ ...row(r, i), koordinator: singkatan.get(r.koordinator) ?? r.koordinator }));
  // RB Tematik impact indicators, judged by the same rules as the sasaran indicators.
  const year = String(tahun);
  const dampakRows = project.tematik.flatMap((t) =>
    t.indikator.map((ind) => ({
      id: ind.id,
      nama: ind.nama,
      satuan: ind.satuan,
      tema: t.tema,
      target: ind.target[year] ?? null,
      realisasi: ind.realisasi[year] ?? null,
      ...achievementFor(ind.target[year], ind.realisasi[year], ind.arah),
    })),
  );
  const dampak = dampakRows.map((r, i) => ({ ...row(r, i), satuan: r.satuan }));
  const adaData = [...indikator, ...kegiatan, ...dampak].some((r) => r.realisasi !== '');
  return {
    tahun,
    judul: `Laporan Pemantauan dan Evaluasi Pelaksanaan ${judulRoadMap} Tahun ${tahun}`,
    penandaTangan: { jabatan: names.jabatanSekda },
    adaData,
    indikator,
    kegiatan,
    dampak,
    total: { indikator: withPercent(p.total.indikator), kegiatan: withPercent(p.total.kegiatan), dampak: withPercent(summarise(dampakRows)) },
    perArea: p.perArea.filter((a) => a.kegiatan.jumlah > 0).map((a) => ({ kode: a.kode, nama: a.nama, kegiatan: withPercent(a.kegiatan) })),
  };
}

function withPercent(r: Ringkasan) {
  return { ...r, persenTercapai: r.jumlah === 0 ? 0 : Math.round((r.tercapai / r.jumlah) * 1000) / 10 };
}
