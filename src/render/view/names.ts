/**
 * How a government names itself in its documents: "Kabupaten Sukamaju", "Bupati Sukamaju",
 * "Peraturan Wali Kota Madiun", "Berita Daerah Provinsi Jawa Tengah".
 */
import type { Pemerintah } from '../../model/types.js';

const KEPALA = { kabupaten: 'Bupati', kota: 'Wali Kota', provinsi: 'Gubernur' } as const;
const DAERAH = { kabupaten: 'Kabupaten', kota: 'Kota', provinsi: 'Provinsi' } as const;

export interface GovernmentNames {
  /** "Kabupaten Sukamaju" */
  daerah: string;
  /** "Pemerintah Kabupaten Sukamaju" */
  pemerintahDaerah: string;
  /** "Bupati" */
  kepala: string;
  /** "Bupati Sukamaju" */
  jabatanKepala: string;
  /** "Peraturan Bupati" */
  jenisPeraturan: string;
  /** "Peraturan Bupati Sukamaju" */
  peraturan: string;
  /** "Sekretaris Daerah Kabupaten Sukamaju" */
  jabatanSekda: string;
  /** "Berita Daerah Kabupaten Sukamaju" */
  beritaDaerah: string;
  /** "Bagian Organisasi" (kabupaten/kota), "Biro Organisasi" (provinsi) */
  unitOrganisasi: string;
  /** "Kepala Bagian Hukum Sekretariat Daerah Kabupaten Sukamaju"; provinsi: "Kepala Biro Hukum …" */
  jabatanKepalaHukum: string;
  /** "Kepala Bagian Organisasi Sekretariat Daerah Kabupaten Sukamaju"; provinsi: "Kepala Biro Organisasi …" */
  jabatanKepalaOrganisasi: string;
}

export function governmentNames(p: Pemerintah): GovernmentNames {
  const kepala = KEPALA[p.jenis];
  const daerah = `${DAERAH[p.jenis]} ${p.nama}`;
  // A province's secretariat is divided into Biro, a regency's or city's into Bagian (the Jawa
  // Tengah road map reads "Biro Organisasi").
  const unit = p.jenis === 'provinsi' ? 'Biro' : 'Bagian';
  return {
    daerah,
    pemerintahDaerah: `Pemerintah ${daerah}`,
    kepala,
    jabatanKepala: `${kepala} ${p.nama}`,
    jenisPeraturan: `Peraturan ${kepala}`,
    peraturan: `Peraturan ${kepala} ${p.nama}`,
    jabatanSekda: `Sekretaris Daerah ${daerah}`,
    beritaDaerah: `Berita Daerah ${daerah}`,
    unitOrganisasi: `${unit} Organisasi`,
    jabatanKepalaHukum: `Kepala ${unit} Hukum Sekretariat Daerah ${daerah}`,
    jabatanKepalaOrganisasi: `Kepala ${unit} Organisasi Sekretariat Daerah ${daerah}`,
  };
}
