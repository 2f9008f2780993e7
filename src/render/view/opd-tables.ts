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
  const roles = rolesByOpd(project);
  let nomorOpd = 0;
  return project.opd
    .map((o) => {
      const kegiatan = (roles.get(o.kode) ?? []).map(({ index, isKoordinator, isPelaksana }, i) => {
        const k = kegiatanSemua[index]!;
        return {
          ...k,
          isKoordinator,
          peran: isKoordinator ? (isPelaksana ? 'Koordinator dan pelaksana' : 'Koordinator') : 'Pelaksana',
          nomor: i + 1,
          // The budget belongs to the coordinator's table only.
          anggaranOpd: isKoordinator ? k.totalAnggaran : 0,
          anggaranDi: isKoordinator || k.totalAnggaran === 0 ? '' : k.koordinator.singkatan,
        };
      });
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

interface Role {
  /** Index of the activity in the project's order (that of kegiatanSemua). */
  index: number;
  isKoordinator: boolean;
  isPelaksana: boolean;
}

/**
 * Each OPD's activities in the project's order, read in one pass: looking every OPD up in every
 * activity is OPDs × activities, 160,000 checks for a large road map.
 */
function rolesByOpd(project: Project): Map<string, Role[]> {
  const roles = new Map<string, Role[]>();
  project.areaPerubahan
    .flatMap((a) => a.kegiatan)
    .forEach((k, index) => {
      for (const kode of new Set([k.koordinator, ...k.pelaksana])) {
        let list = roles.get(kode);
        if (list === undefined) roles.set(kode, (list = []));
        list.push({ index, isKoordinator: k.koordinator === kode, isPelaksana: k.pelaksana.includes(kode) });
      }
    });
  return roles;
}
