/**
 * The regulation's Mengingat, in the order UU 12/2011 Lampiran II asks: the constitution, the law
 * that formed the region, the national regulations of the profile, the Perda on the regional
 * apparatus, then the project's own additions. `dokumen.dasarHukum`, when given, replaces the
 * whole list (a Bagian Hukum that writes its own Mengingat).
 */
import { DASAR_HUKUM, getProfile } from '../reference/index.js';
import type { Project } from './types.js';

/** A number nobody could confirm is written as dots, for the Bagian Hukum to fill in. */
const UNFILLED = /\.{4,}|…/;

export function dasarHukumOf(project: Project): string[] {
  if (project.dokumen.dasarHukum.length > 0) return [...project.dokumen.dasarHukum];
  const tingkat = project.pemerintah.jenis === 'provinsi' ? 'provinsi' : 'kabupaten';
  return [
    'Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945',
    ...(project.dokumen.uuPembentukan ? [project.dokumen.uuPembentukan] : []),
    ...getProfile(project.profil)
      .dasarHukum.filter((d) => !d.berlakuUntuk || d.berlakuUntuk.includes(tingkat))
      .map((d) => d.teks),
    ...(project.dokumen.perdaPerangkatDaerah ? [project.dokumen.perdaPerangkatDaerah] : []),
    ...project.dokumen.dasarHukumLain,
  ];
}

/**
 * The lampiran's "1.2 Dasar Hukum": the Mengingat, and the regulations the plan itself follows.
 * Planning Zona Integritas units adds PermenPANRB 90/2021, which the lampiran cites there (a Bagian
 * Hukum that wrote its own list, or cited it already, is left as it is).
 */
export function dasarHukumLampiranOf(project: Project): string[] {
  const list = dasarHukumOf(project);
  const zi = (project.zonaIntegritas?.unit.length ?? 0) > 0;
  const cited = list.some((teks) => teks.includes('Nomor 90 Tahun 2021'));
  if (!zi || cited || project.dokumen.dasarHukum.length > 0) return list;
  // In the order of the hierarchy and then of years: after the ministerial regulations of 2021
  // or before, ahead of a later one and of the regional ones (the Perda, the project's own).
  const regional = project.dokumen.perdaPerangkatDaerah ? list.indexOf(project.dokumen.perdaPerangkatDaerah) : -1;
  const end = regional >= 0 ? regional : list.length - project.dokumen.dasarHukumLain.length;
  const later = list.findIndex((teks, i) => i < end && /^Peraturan Menteri\b/.test(teks) && Number(/Tahun (\d{4})/.exec(teks)?.[1]) > 2021);
  const at = later >= 0 ? later : end;
  return [...list.slice(0, at), DASAR_HUKUM.permen90_2021.teks, ...list.slice(at)];
}

/**
 * What a SALINAN still lacks: a copy certified "sesuai dengan aslinya" repeats the enacted
 * regulation, so its number, dates, Berita Daerah number and every citation must be filled in.
 */
export function salinanGaps(project: Project): string[] {
  const d = project.dokumen;
  const gaps = [
    ...(d.nomor ? [] : ['nomor peraturan (dokumen.nomor)']),
    ...(d.tanggalDitetapkan ? [] : ['tanggal penetapan (dokumen.tanggalDitetapkan)']),
    ...(d.tanggalDiundangkan ? [] : ['tanggal pengundangan (dokumen.tanggalDiundangkan)']),
    ...(d.nomorBeritaDaerah ? [] : ['nomor Berita Daerah (dokumen.nomorBeritaDaerah)']),
  ];
  const open = dasarHukumOf(project).filter((teks) => UNFILLED.test(teks));
  // Named by what precedes "tentang": "Peraturan Menteri … Nomor 9 Tahun 2023".
  for (const teks of open) gaps.push(`nomor pengundangan ${teks.split(' tentang ')[0]} pada Mengingat`);
  return gaps;
}
