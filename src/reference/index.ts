/**
 * The national reference shipped with the tool: three framework profiles, the OPD checklist and
 * the source tags. Pure data plus lookups, so every other module (wizard, validation, render)
 * reads the same defaults.
 */
import type {
  AreaRef,
  KegiatanUtamaRef,
  Profile,
  ProfileId,
  TemaRef,
  Tingkat,
} from './types.js';
import { RB2020 } from './rb2020.js';
import { RB2023 } from './rb2023.js';
import { RB2025 } from './rb2025.js';

export type * from './types.js';
export { OPD_CATALOGUE, opdByKode } from './opd-catalogue.js';
export { SOURCES } from './sources.js';
export { ISTILAH_ASING } from './istilah-asing.js';
export { SINGKATAN } from './singkatan.js';
export { DASAR_HUKUM } from './rb2020.js';
export type { SourceRef } from './sources.js';

export const PROFILES: Readonly<Record<ProfileId, Profile>> = {
  rb2020: RB2020,
  rb2023: RB2023,
  rb2025: RB2025,
};

/** The default framework (RB General + Tematik), for a new project with no period yet. */
export const DEFAULT_PROFILE: ProfileId = 'rb2023';

export function getProfile(id: ProfileId): Profile {
  return PROFILES[id];
}

/**
 * The framework matching a regional road map that starts in `mulai`. Regional periods follow
 * the RPJMD rather than the national window, so the start year decides: plans begun up to 2022
 * were drafted on 25/2020, 2023-2024 on its 3/2023 amendment, 2025 onward in the transition.
 */
export function profileForPeriod(mulai: number): ProfileId {
  if (mulai <= 2022) return 'rb2020';
  if (mulai <= 2024) return 'rb2023';
  return 'rb2025';
}

export function areaByKode(profile: Profile, kode: string): AreaRef | undefined {
  return profile.areaPerubahan.find((a) => a.kode === kode);
}

export function kegiatanUtamaByKode(profile: Profile, kode: string): KegiatanUtamaRef | undefined {
  return profile.kegiatanUtama.find((k) => k.kode === kode);
}

export function temaByKode(profile: Profile, kode: string): TemaRef | undefined {
  return profile.tema.find((t) => t.kode === kode);
}

/**
 * The kegiatan utama a government of this level must carry: those with at least one indicator
 * assessed for it. This is the denominator of the national alignment grade (A = all included),
 * so a kegiatan utama assessed only for ministries never counts against a region.
 */
export function kegiatanUtamaFor(profile: Profile, tingkat: Tingkat): readonly KegiatanUtamaRef[] {
  return profile.kegiatanUtama.filter((k) => k.indikator.some((i) => i.berlakuUntuk.includes(tingkat)));
}
