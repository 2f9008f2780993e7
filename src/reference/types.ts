/**
 * The shape of the national reference shipped with the tool. Every item carries where it comes
 * from and how sure we are (`sumber`, `status`), so the wizard can offer it as a default and
 * the document never asserts an unconfirmed number as fact.
 */
export type ProfileId = 'rb2020' | 'rb2023' | 'rb2025';
export type Certainty = 'confirmed' | 'secondary' | 'inferred' | 'unconfirmed';
export type Tingkat = 'kl' | 'provinsi' | 'kabupaten';

export interface Sourced {
  status: Certainty;
  /** Source tags resolved in SOURCES (e.g. "S8"), or a short description. */
  sumber: readonly string[];
}

/** One area of change (area perubahan). */
export interface AreaRef extends Sourced {
  kode: string;
  nama: string;
  deskripsi: string;
  /** Activities regencies typically plan in this area: the wizard's checklist. */
  kegiatanTipikal: readonly KegiatanTipikal[];
}

export interface KegiatanTipikal extends Sourced {
  nama: string;
  output: string;
  /** Codes from OPD_CATALOGUE that usually lead it. */
  opd: readonly string[];
}

export interface IndikatorRef extends Sourced {
  kode: string;
  nama: string;
  satuan: string;
  arah: 'naik' | 'turun';
  berlakuUntuk: readonly Tingkat[];
  skala?: string;
  /** National targets per year where a source gives them. */
  targetNasional?: Readonly<Record<string, number | string>>;
  /** Codes from OPD_CATALOGUE usually responsible. */
  opdTipikal: readonly string[];
}

export interface SasaranRef extends Sourced {
  kode: string;
  nama: string;
  indikator: readonly IndikatorRef[];
}

/** RB General key activity (rb2023). */
export interface KegiatanUtamaRef extends Sourced {
  kode: string;
  nama: string;
  /** Inferred mapping onto an area code. */
  area: string;
  indikator: readonly IndikatorRef[];
  opdTipikal: readonly string[];
}

/** RB Tematik theme (rb2023). */
export interface TemaRef extends Sourced {
  kode: string;
  nama: string;
  indikatorDampak: string;
  opdTipikal: readonly string[];
}

/** One line of the "Mengingat" list / BAB I dasar hukum. */
export interface DasarHukum extends Sourced {
  /** The citation as written in a regulation, e.g. "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah ...". */
  teks: string;
  /** Only for some kinds of government (e.g. the UU forming the kabupaten is user-supplied). */
  berlakuUntuk?: readonly Tingkat[];
}

/** An OPD that Indonesian regencies usually have: the wizard's registry checklist. */
export interface OpdRef {
  kode: string;
  nama: string;
  singkatan: string;
  /** Only for some kinds of government. */
  berlakuUntuk?: readonly Tingkat[];
}

export interface Profile extends Sourced {
  id: ProfileId;
  label: string;
  /** The national period this framework was written for; the wizard offers the matching one. */
  periodeNasional: { mulai: number; selesai: number };
  regulasi: readonly string[];
  /**
   * The national regulation a regional road map on this framework follows, as its Menimbang and
   * BAB I cite it (number and title, without the Berita Negara); a policy where no regulation is
   * in force.
   */
  acuanNasional: string;
  areaPerubahan: readonly AreaRef[];
  sasaran: readonly SasaranRef[];
  /** Empty outside rb2023. */
  kegiatanUtama: readonly KegiatanUtamaRef[];
  /** Empty outside rb2023. */
  tema: readonly TemaRef[];
  dasarHukum: readonly DasarHukum[];
  /** Whether the area list is fixed (rb2020, rb2023) or left to the user (rb2025). */
  areaTetap: boolean;
  catatan: string;
}
