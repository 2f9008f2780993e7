/**
 * The project while the workshop fills it: roadmap.yaml as plain data, possibly incomplete or
 * hand-edited, so every reader here is defensive. Also the lookups steps share (the years, the
 * profile, the OPD registry as choices).
 */
import { parseDocument } from 'yaml';
import { getProfile, OPD_CATALOGUE, PROFILES, type OpdRef, type Profile, type ProfileId, type Tingkat } from '../reference/index.js';
import { yearsOf, type Nilai } from '../model/types.js';
import type { Choice } from './types.js';

/** An OPD of the project's registry, every name filled in (the code stands in for a missing one). */
export interface RegistryOpd {
  kode: string;
  nama: string;
  singkatan: string;
}

/**
 * roadmap.yaml as plain data while the workshop fills it; nothing is guaranteed. (Not to be
 * confused with a document's draft number, riwayatRevisi[].draf.)
 */
export type LooseProject = Record<string, unknown>;

/** roadmap.yaml's text as a LooseProject; anything but a mapping at the top gives an empty one. */
export function looseProjectOf(text: string): LooseProject {
  const value = parseDocument(text).toJS() as unknown;
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as LooseProject) : {};
}

export const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : typeof v === 'number' ? String(v) : undefined);
export const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const rec = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
export const strings = (v: unknown): string[] => list(v).map(str).filter((s): s is string => s !== undefined);

/** A per-year map as {"2025": value}, numbers and texts only. */
export function perYear(v: unknown): Record<string, Nilai> {
  const out: Record<string, Nilai> = {};
  for (const [key, value] of Object.entries(rec(v))) {
    if (typeof value === 'number' || (typeof value === 'string' && value.trim() !== '')) out[key] = value;
  }
  return out;
}

export function profileIdOf(project: LooseProject): ProfileId | undefined {
  const id = project.profil;
  return typeof id === 'string' && id in PROFILES ? (id as ProfileId) : undefined;
}

/** The profile in use, rb2025 when none is set yet. */
export function profileOf(project: LooseProject): Profile {
  return getProfile(profileIdOf(project) ?? 'rb2025');
}

export function jenisOf(project: LooseProject): 'kabupaten' | 'kota' | 'provinsi' {
  const jenis = rec(project.pemerintah).jenis;
  return jenis === 'kota' || jenis === 'provinsi' ? jenis : 'kabupaten';
}

export function tingkatOf(project: LooseProject): Tingkat {
  return jenisOf(project) === 'provinsi' ? 'provinsi' : 'kabupaten';
}

/**
 * The years of the period (model's yearsOf), or none while the file holds no usable period:
 * unset, not whole years, ending before it starts, or longer than 25 years.
 */
export function periodYears(project: LooseProject): number[] {
  const p = rec(project.periode);
  const mulai = num(p.mulai);
  const selesai = num(p.selesai);
  if (mulai === undefined || selesai === undefined || !Number.isInteger(mulai) || !Number.isInteger(selesai)) return [];
  if (selesai < mulai || selesai - mulai > 25) return [];
  return yearsOf({ mulai, selesai });
}

/** "Kabupaten Sukamaju" */
export function daerahOf(project: LooseProject): string {
  const nama = str(rec(project.pemerintah).nama) ?? '…';
  const jenis = jenisOf(project);
  return `${jenis === 'kabupaten' ? 'Kabupaten' : jenis === 'kota' ? 'Kota' : 'Provinsi'} ${nama}`;
}

export function registryOf(project: LooseProject): RegistryOpd[] {
  return list(project.opd)
    .map(rec)
    .filter((o) => str(o.kode) !== undefined)
    .map((o) => ({ kode: str(o.kode)!, nama: str(o.nama) ?? str(o.kode)!, singkatan: str(o.singkatan) ?? str(o.kode)! }));
}

/** The catalogue of OPDs for this kind of government (no DPMD in a kota or a province). */
export function catalogueFor(project: LooseProject): readonly OpdRef[] {
  const jenis = jenisOf(project);
  const tingkat = tingkatOf(project);
  return OPD_CATALOGUE.filter((o) => {
    if (!o.berlakuUntuk) return true;
    if (jenis === 'kota' && o.berlakuUntuk.length === 1 && o.berlakuUntuk[0] === 'kabupaten') return false;
    return o.berlakuUntuk.includes(tingkat);
  });
}

/** OPDs of the registry as choices: "Bappeda · Badan Perencanaan Pembangunan Daerah". */
export function opdChoices(registry: readonly RegistryOpd[]): Choice[] {
  return registry.map((o) => ({
    value: o.kode,
    name: o.singkatan === o.nama ? o.nama : `${o.singkatan} · ${o.nama}`,
    short: o.singkatan,
    aliases: [o.nama, o.singkatan],
  }));
}

/** The first of `wanted` that the registry holds. */
export function firstIn(registry: readonly RegistryOpd[], wanted: readonly string[]): string | undefined {
  return wanted.find((kode) => registry.some((o) => o.kode === kode));
}

/** Codes of `wanted` that the registry holds, in order, without repeats. */
export function allIn(registry: readonly RegistryOpd[], wanted: readonly string[]): string[] {
  return [...new Set(wanted.filter((kode) => registry.some((o) => o.kode === kode)))];
}

/** Next free id with this prefix: nextId(['MP-01', 'MP-02'], 'MP-') => 'MP-03'. */
export function nextId(taken: Iterable<string>, prefix: string, width = 2): string {
  let max = 0;
  for (const id of taken) {
    if (!id.startsWith(prefix)) continue;
    const n = Number(id.slice(prefix.length));
    if (Number.isInteger(n) && n > max) max = n;
  }
  return `${prefix}${String(max + 1).padStart(width, '0')}`;
}

/** Every id used by indicators, activities, sasaran and quick wins (one namespace, see check-project). */
export function idsOf(project: LooseProject): Set<string> {
  const ids = new Set<string>();
  for (const s of list(project.sasaran).map(rec)) {
    if (str(s.id)) ids.add(str(s.id)!);
    for (const i of list(s.indikator).map(rec)) if (str(i.id)) ids.add(str(i.id)!);
  }
  for (const a of list(project.areaPerubahan).map(rec)) for (const k of list(a.kegiatan).map(rec)) if (str(k.id)) ids.add(str(k.id)!);
  for (const q of list(project.quickWins).map(rec)) if (str(q.id)) ids.add(str(q.id)!);
  for (const u of list(rec(project.zonaIntegritas).unit).map(rec)) if (str(u.id)) ids.add(str(u.id)!);
  return ids;
}

/**
 * Where each OPD holds a responsibility: indicators (penanggung jawab), activities (koordinator,
 * pelaksana) and quick wins. kode -> what, e.g. ["kegiatan MP-01", "indikator IND-02"].
 */
export function responsibilities(project: LooseProject): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (kode: unknown, what: string) => {
    const k = str(kode);
    if (!k) return;
    if (!out.has(k)) out.set(k, []);
    if (!out.get(k)!.includes(what)) out.get(k)!.push(what);
  };
  for (const s of list(project.sasaran).map(rec)) {
    for (const i of list(s.indikator).map(rec)) for (const k of list(i.penanggungJawab)) add(k, `indikator ${str(i.id) ?? '?'}`);
  }
  for (const a of list(project.areaPerubahan).map(rec)) {
    for (const k of list(a.kegiatan).map(rec)) {
      add(k.koordinator, `kegiatan ${str(k.id) ?? '?'}`);
      for (const p of list(k.pelaksana)) add(p, `kegiatan ${str(k.id) ?? '?'}`);
    }
  }
  for (const q of list(project.quickWins).map(rec)) add(q.opd, `quick win ${str(q.id) ?? '?'}`);
  return out;
}
