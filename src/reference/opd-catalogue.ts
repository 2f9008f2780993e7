import type { OpdRef } from './types.js';

/**
 * The perangkat daerah most Indonesian regencies have, offered as the wizard's registry
 * checklist. Names follow the usual nomenclature (PP 18/2016 pattern), but each regency's
 * SOTK Perda differs (mergers such as "Dinas Pendidikan dan Kebudayaan" are common), so the
 * user edits names; the codes are stable keys shared with the profiles and other modules.
 * Setda units are listed separately because RB items are usually owned by a Bagian, not by
 * the Setda as a whole (Bagian Organisasi coordinates RB: S33, S35).
 */
export const OPD_CATALOGUE: readonly OpdRef[] = [
  // Sekretariat Daerah units
  { kode: 'BAG-ORG', nama: 'Bagian Organisasi Sekretariat Daerah', singkatan: 'Bagian Organisasi' },
  { kode: 'BAG-HUKUM', nama: 'Bagian Hukum Sekretariat Daerah', singkatan: 'Bagian Hukum' },
  {
    kode: 'BAG-PBJ',
    nama: 'Bagian Pengadaan Barang dan Jasa Sekretariat Daerah',
    singkatan: 'Bagian PBJ',
  },
  { kode: 'BAG-PEM', nama: 'Bagian Tata Pemerintahan Sekretariat Daerah', singkatan: 'Bagian Tapem' },
  {
    kode: 'BAG-EKON',
    nama: 'Bagian Perekonomian dan Sumber Daya Alam Sekretariat Daerah',
    singkatan: 'Bagian Perekonomian dan SDA',
  },
  {
    kode: 'BAG-PROKOPIM',
    nama: 'Bagian Protokol dan Komunikasi Pimpinan Sekretariat Daerah',
    singkatan: 'Bagian Prokopim',
  },
  {
    kode: 'SETWAN',
    nama: 'Sekretariat Dewan Perwakilan Rakyat Daerah',
    singkatan: 'Sekretariat DPRD',
  },
  // Badan and Inspektorat
  { kode: 'BAPPEDA', nama: 'Badan Perencanaan Pembangunan Daerah', singkatan: 'Bappeda' },
  { kode: 'INSPEKTORAT', nama: 'Inspektorat Daerah', singkatan: 'Inspektorat' },
  {
    kode: 'BKPSDM',
    nama: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    singkatan: 'BKPSDM',
  },
  { kode: 'BPKAD', nama: 'Badan Pengelolaan Keuangan dan Aset Daerah', singkatan: 'BPKAD' },
  { kode: 'BAPENDA', nama: 'Badan Pendapatan Daerah', singkatan: 'Bapenda' },
  { kode: 'KESBANGPOL', nama: 'Badan Kesatuan Bangsa dan Politik', singkatan: 'Bakesbangpol' },
  { kode: 'BPBD', nama: 'Badan Penanggulangan Bencana Daerah', singkatan: 'BPBD' },
  // Dinas
  { kode: 'DISKOMINFO', nama: 'Dinas Komunikasi dan Informatika', singkatan: 'Diskominfo' },
  {
    kode: 'DPMPTSP',
    nama: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
    singkatan: 'DPMPTSP',
  },
  {
    kode: 'DISDUKCAPIL',
    nama: 'Dinas Kependudukan dan Pencatatan Sipil',
    singkatan: 'Disdukcapil',
  },
  { kode: 'DINDIK', nama: 'Dinas Pendidikan', singkatan: 'Disdik' },
  { kode: 'DINKES', nama: 'Dinas Kesehatan', singkatan: 'Dinkes' },
  { kode: 'DINSOS', nama: 'Dinas Sosial', singkatan: 'Dinsos' },
  {
    kode: 'DPMD',
    nama: 'Dinas Pemberdayaan Masyarakat dan Desa',
    singkatan: 'DPMD',
    // Villages (desa) exist only under kabupaten; the Tingkat type does not separate kota.
    berlakuUntuk: ['kabupaten'],
  },
  { kode: 'DISPUSIP', nama: 'Dinas Perpustakaan dan Kearsipan', singkatan: 'Dispusip' },
  { kode: 'DISPERINDAG', nama: 'Dinas Perindustrian dan Perdagangan', singkatan: 'Disperindag' },
  { kode: 'DISNAKER', nama: 'Dinas Tenaga Kerja', singkatan: 'Disnaker' },
  {
    kode: 'DPUPR',
    nama: 'Dinas Pekerjaan Umum dan Penataan Ruang',
    singkatan: 'DPUPR',
  },
  { kode: 'DLH', nama: 'Dinas Lingkungan Hidup', singkatan: 'DLH' },
  { kode: 'DISHUB', nama: 'Dinas Perhubungan', singkatan: 'Dishub' },
  { kode: 'DKPP', nama: 'Dinas Ketahanan Pangan dan Pertanian', singkatan: 'DKPP' },
  {
    kode: 'DP3AKB',
    nama: 'Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana',
    singkatan: 'DP3AKB',
  },
  { kode: 'SATPOLPP', nama: 'Satuan Polisi Pamong Praja', singkatan: 'Satpol PP' },
  // Service unit
  { kode: 'RSUD', nama: 'Rumah Sakit Umum Daerah', singkatan: 'RSUD' },
];

const BY_KODE: ReadonlyMap<string, OpdRef> = new Map(OPD_CATALOGUE.map((o) => [o.kode, o]));

/** Looks an OPD up by its catalogue code; undefined when the code is not in the catalogue. */
export function opdByKode(kode: string): OpdRef | undefined {
  return BY_KODE.get(kode);
}
