/**
 * The working papers' responsibility tables, one per OPD with a task: the activities it
 * coordinates or carries out, the indicators and quick wins it answers for. OPDs and rows are
 * numbered within what is shown (1, 2, 3 … with no gaps). An activity's budget is shown once, under
 * its coordinator; a pelaksana sees who holds it, so summing a column by OPD never counts a rupiah
 * twice.
 */
import type { Project } from '../../model/types.js';

interface KegiatanRow {
  id: string;
  nama: string;
  output: string;
  totalAnggaran: number;
  koordinator: { kode: string; singkatan: string };
  tahun: { tahun: number; target: string | number; aktif: boolean }[];
}

interface IndikatorRow {
  id: string;
  nama: string;
  /** OPD codes answering for it. */
  kodePenanggungJawab: readonly string[];
}

/** `indikator`: the sasaran indicators and the RB Tematik impact indicators. */
export function buildOpdTables<K extends KegiatanRow, I extends IndikatorRow>(project: Project, kegiatanSemua: readonly K[], indikatorSemua: readonly I[]) {
  // kegiatanSemua is in the project's order, so index i is the same activity as raw[i].
  const raw = project.areaPerubahan.flatMap((a) => a.kegiatan);
  let nomorOpd = 0;
  return project.opd
    .map((o) => {
      const rows = kegiatanSemua.flatMap((k, i) => {
        const isKoordinator = raw[i]!.koordinator === o.kode;
        const isPelaksana = raw[i]!.pelaksana.includes(o.kode);
        if (!isKoordinator && !isPelaksana) return [];
        return [{ ...k, isKoordinator, peran: isKoordinator ? (isPelaksana ? 'Koordinator dan pelaksana' : 'Koordinator') : 'Pelaksana' }];
      });
      const kegiatan = rows.map((k, i) => ({
        ...k,
        nomor: i + 1,
        // The budget belongs to the coordinator's table only.
        anggaranOpd: k.isKoordinator ? k.totalAnggaran : 0,
        anggaranDi: k.isKoordinator || k.totalAnggaran === 0 ? '' : k.koordinator.singkatan,
      }));
      const indikator = indikatorSemua.filter((ind) => ind.kodePenanggungJawab.includes(o.kode)).map((ind, i) => ({ ...ind, nomor: i + 1 }));
      const quickWins = project.quickWins.filter((q) => q.opd === o.kode).map((q) => ({ id: q.id, nama: q.nama, tahun: q.tahun }));
      const adaTugas = kegiatan.length + indikator.length + quickWins.length > 0;
      return {
        nomor: adaTugas ? ++nomorOpd : 0,
        kode: o.kode,
        nama: o.nama,
        singkatan: o.singkatan,
        kegiatan,
        indikator,
        quickWins,
        jumlahKoordinator: kegiatan.filter((k) => k.isKoordinator).length,
        jumlahPelaksana: kegiatan.length,
        totalAnggaran: kegiatan.reduce((sum, k) => sum + k.anggaranOpd, 0),
        adaTugas,
      };
    });
}
