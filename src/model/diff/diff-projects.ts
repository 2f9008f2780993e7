/**
 * What changed between two revisions of a project, as a list a reviewer reads: each change in
 * one Indonesian sentence ("Target IND-03 (Nilai SAKIP) tahun 2026: 70 → 75"), grouped by part of
 * the document, by indicator, by area and activity, by OPD. Items are matched by id (indicators,
 * activities, sasaran, quick wins), code (OPD, areas), theme, draft number, so reordering a list
 * or moving an activity to another area reads as what it is. Pure.
 */
import { isDeepStrictEqual } from 'node:util';
import { getProfile } from '../../reference/index.js';
import type { PathSegment } from '../../problem.js';
import { formatPath } from '../../problem.js';
import type { Indikator, Kegiatan, Project } from '../types.js';
import { formatNilaiPesan, formatRupiahPesan, quote } from '../format-message.js';
import { NAMA_TAHAP, type TahapZiKode } from '../zona-integritas.js';

export type ChangeKind = 'added' | 'removed' | 'changed' | 'moved';

export type SubjectKind = 'indikator' | 'kegiatan' | 'opd' | 'sasaran' | 'area' | 'quickWin' | 'tematik' | 'unitZi' | 'lokakarya' | 'anggotaTim' | 'revisi';

export interface Change {
  /** Stable group key: `umum`, `opd`, `sasaran`, `area:MP`, `quickWins`, `tematik`. */
  group: string;
  kind: ChangeKind;
  /** The item the change is about, when it is about one. */
  subject?: { kind: SubjectKind; id: string; nama?: string };
  /** The field, e.g. `target`, `nama`, `pemerintah.kepalaDaerah.nama`. */
  field?: string;
  year?: number;
  before?: unknown;
  after?: unknown;
  /** Field path in the newer revision (in the older one for removals). */
  path: string;
  /** The change in words. */
  text: string;
}

export interface ChangeGroup {
  key: string;
  label: string;
  changes: Change[];
}

export interface ProjectDiff {
  changes: Change[];
  groups: ChangeGroup[];
  count: { added: number; removed: number; changed: number; moved: number };
}

/** Every change from `a` (older) to `b` (newer). */
export function diffProjects(a: Project, b: Project): ProjectDiff {
  const out: Change[] = [];
  const areaName = areaNamer(a, b);

  // 1. The document as a whole.
  diffFields(out, 'umum', a, b, [], ['opd', 'sasaran', 'areaPerubahan', 'quickWins', 'tematik', 'zonaIntegritas', 'lokakarya', 'riwayatRevisi', 'timPenyusun', 'misi'], '');
  diffList(out, 'umum', 'misi', a.misi, b.misi, ['misi'], 'Misi');
  diffFields(out, 'umum', a.timPenyusun, b.timPenyusun, ['timPenyusun'], ['anggota'], 'Tim penyusun');
  diffKeyed(out, 'umum', 'anggotaTim', a.timPenyusun.anggota, b.timPenyusun.anggota, (x) => x.nama, ['timPenyusun', 'anggota'], 'Anggota tim');
  diffKeyed(out, 'umum', 'lokakarya', a.lokakarya, b.lokakarya, (x) => `${x.tanggal} ${x.tempat}`, ['lokakarya'], 'Lokakarya');
  diffKeyed(out, 'umum', 'revisi', a.riwayatRevisi, b.riwayatRevisi, (x) => String(x.draf), ['riwayatRevisi'], 'Catatan revisi draf', [], (r) => `${r.tanggal}: ${quote(r.catatan)}`);

  // 2. OPD.
  diffKeyed(out, 'opd', 'opd', a.opd, b.opd, (x) => x.kode, ['opd'], 'OPD');

  // 3. Sasaran, then each indicator wherever it sits.
  const sasaranFields = ['indikator'];
  diffKeyed(out, 'sasaran', 'sasaran', a.sasaran, b.sasaran, (x) => x.id, ['sasaran'], 'Sasaran', sasaranFields);
  const indA = indexIndikator(a);
  const indB = indexIndikator(b);
  for (const [id, before] of indA) {
    if (indB.has(id)) continue;
    out.push({
      group: 'sasaran',
      kind: 'removed',
      subject: subjectOf('indikator', before.item),
      path: formatPath(before.path),
      before: before.item,
      text: `Indikator ${ref(before.item)} dihapus dari sasaran ${before.sasaran}`,
    });
  }
  for (const [id, after] of indB) {
    const before = indA.get(id);
    const subject = subjectOf('indikator', after.item);
    if (!before) {
      out.push({ group: 'sasaran', kind: 'added', subject, path: formatPath(after.path), after: after.item, text: `Indikator ${ref(after.item)} ditambahkan pada sasaran ${after.sasaran}` });
      continue;
    }
    if (before.sasaran !== after.sasaran) {
      out.push({
        group: 'sasaran',
        kind: 'moved',
        subject,
        field: 'sasaran',
        before: before.sasaran,
        after: after.sasaran,
        path: formatPath(after.path),
        text: `Indikator ${ref(after.item)} dipindahkan dari sasaran ${before.sasaran} ke ${after.sasaran}`,
      });
    }
    diffEntity(out, 'sasaran', subject, 'Indikator', before.item, after.item, after.path);
  }

  // 4. Areas, then each activity under the area it now belongs to.
  diffKeyed(out, (x) => `area:${x}`, 'area', a.areaPerubahan, b.areaPerubahan, (x) => x.kode, ['areaPerubahan'], 'Area', ['kegiatan']);
  const kegA = indexKegiatan(a);
  const kegB = indexKegiatan(b);
  for (const [id, before] of kegA) {
    if (kegB.has(id)) continue;
    out.push({
      group: `area:${before.area}`,
      kind: 'removed',
      subject: subjectOf('kegiatan', before.item),
      path: formatPath(before.path),
      before: before.item,
      text: `Kegiatan ${ref(before.item)} dihapus`,
    });
  }
  for (const [id, after] of kegB) {
    const before = kegA.get(id);
    const group = `area:${after.area}`;
    const subject = subjectOf('kegiatan', after.item);
    if (!before) {
      out.push({ group, kind: 'added', subject, path: formatPath(after.path), after: after.item, text: `Kegiatan ${ref(after.item)} ditambahkan` });
      continue;
    }
    if (before.area !== after.area) {
      const to = areaName(after.area);
      out.push({
        group,
        kind: 'moved',
        subject,
        field: 'areaPerubahan',
        before: before.area,
        after: after.area,
        path: formatPath(after.path),
        text: `Kegiatan ${ref(after.item)} dipindahkan dari area ${before.area} ke ${after.area}${to ? ` (${to})` : ''}`,
      });
    }
    diffEntity(out, group, subject, 'Kegiatan', before.item, after.item, after.path);
  }

  // 5. Quick wins and thematic RB.
  diffKeyed(out, 'quickWins', 'quickWin', a.quickWins, b.quickWins, (x) => x.id, ['quickWins'], 'Quick win');
  diffKeyed(out, 'tematik', 'tematik', a.tematik, b.tematik, (x) => x.tema, ['tematik'], 'RB Tematik tema');

  // 6. Zona Integritas: the yearly targets per stage, then each unit by its id, a stage per year.
  const noZi = { target: {}, unit: [] };
  const ziA = a.zonaIntegritas ?? noZi;
  const ziB = b.zonaIntegritas ?? noZi;
  diffFields(out, 'zonaIntegritas', ziA.target, ziB.target, ['zonaIntegritas', 'target'], [], 'Target Zona Integritas');
  diffKeyed(out, 'zonaIntegritas', 'unitZi', ziA.unit, ziB.unit, (x) => x.id, ['zonaIntegritas', 'unit'], 'Unit Zona Integritas', [], (u) => u.unit ?? u.opd);

  return { changes: out, groups: groupChanges(out, a, b), count: countKinds(out) };
}

// --- entities ---

interface Located<T> {
  item: T;
  path: PathSegment[];
}

function indexIndikator(p: Project): Map<string, Located<Indikator> & { sasaran: string }> {
  const out = new Map<string, Located<Indikator> & { sasaran: string }>();
  p.sasaran.forEach((s, si) => s.indikator.forEach((item, ii) => out.set(item.id, { item, sasaran: s.id, path: ['sasaran', si, 'indikator', ii] })));
  return out;
}

function indexKegiatan(p: Project): Map<string, Located<Kegiatan> & { area: string }> {
  const out = new Map<string, Located<Kegiatan> & { area: string }>();
  p.areaPerubahan.forEach((area, ai) =>
    area.kegiatan.forEach((item, ki) => out.set(item.id, { item, area: area.kode, path: ['areaPerubahan', ai, 'kegiatan', ki] })),
  );
  return out;
}

type Named = { nama?: string; id?: string; kode?: string };

function subjectOf(kind: SubjectKind, item: Named, id?: string): NonNullable<Change['subject']> {
  const key = id ?? item.id ?? item.kode ?? '';
  return { kind, id: key, ...(item.nama ? { nama: item.nama } : {}) };
}

/** "IND-03 (Nilai SAKIP)" */
function ref(item: Named, id?: string): string {
  const key = id ?? item.id ?? item.kode ?? '';
  return item.nama && item.nama !== key ? `${key} (${item.nama})` : key;
}

/** Fields of a year-keyed map, and how each reads. */
const PER_TAHUN: Record<string, string> = {
  target: 'Target',
  realisasi: 'Realisasi',
  anggaran: 'Anggaran',
  targetTriwulan: 'Target triwulan',
  catatanRealisasi: 'Catatan realisasi',
  kategori: 'Kategori',
  tahapan: 'Tahap',
};

/** Field by field, for an item that is in both revisions. */
function diffEntity(out: Change[], group: string, subject: NonNullable<Change['subject']>, label: string, before: object, after: object, path: PathSegment[], skip: string[] = []): void {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  for (const key of unionKeys(a, b)) {
    if (skip.includes(key) || key === 'id') continue;
    // "OPD DISKOMINFO: nama diubah …" rather than repeating the new name in front.
    const who = key === 'nama' ? subject.id : ref(after as Named, subject.id);
    const x = a[key];
    const y = b[key];
    if (isDeepStrictEqual(x, y)) continue;
    const fieldPath = [...path, key];
    if (key in PER_TAHUN && isRecord(x ?? {}) && isRecord(y ?? {})) {
      diffPerTahun(out, group, subject, key, who, (x ?? {}) as Record<string, unknown>, (y ?? {}) as Record<string, unknown>, fieldPath);
      continue;
    }
    if (Array.isArray(x) && Array.isArray(y) && [...x, ...y].every((v) => typeof v !== 'object')) {
      diffList(out, group, key, x, y, fieldPath, `${label} ${who}: ${words(key)}`, subject);
      continue;
    }
    const base = { group, subject, field: key, path: formatPath(fieldPath) };
    if (x === undefined) {
      out.push({ ...base, kind: 'added', after: y, text: `${label} ${who}: ${words(key)} diisi ${show(key, y)}` });
    } else if (y === undefined) {
      out.push({ ...base, kind: 'removed', before: x, text: `${label} ${who}: ${words(key)} dikosongkan (sebelumnya ${show(key, x)})` });
    } else if (isLong(x) || isLong(y)) {
      out.push({ ...base, kind: 'changed', before: x, after: y, text: `${label} ${who}: ${words(key)} diubah` });
    } else {
      out.push({ ...base, kind: 'changed', before: x, after: y, text: `${label} ${who}: ${words(key)} diubah dari ${show(key, x)} menjadi ${show(key, y)}` });
    }
  }
}

/** "Target IND-03 (Nilai SAKIP) tahun 2026: 70 → 75" */
function diffPerTahun(
  out: Change[],
  group: string,
  subject: NonNullable<Change['subject']>,
  key: string,
  who: string,
  a: Record<string, unknown>,
  b: Record<string, unknown>,
  path: PathSegment[],
): void {
  const label = PER_TAHUN[key]!;
  const years = unionKeys(a, b).sort();
  for (const year of years) {
    const x = a[year];
    const y = b[year];
    if (isDeepStrictEqual(x, y)) continue;
    const base = { group, subject, field: key, year: Number(year), path: formatPath([...path, year]) };
    if (key === 'targetTriwulan' && isRecord(x ?? {}) && isRecord(y ?? {})) {
      const tx = (x ?? {}) as Record<string, unknown>;
      const ty = (y ?? {}) as Record<string, unknown>;
      for (const tw of unionKeys(tx, ty).sort()) {
        if (isDeepStrictEqual(tx[tw], ty[tw])) continue;
        const twLabel = `TW ${['I', 'II', 'III', 'IV'][Number(tw.slice(2)) - 1] ?? tw}`;
        out.push({ ...base, kind: kindOf(tx[tw], ty[tw]), before: tx[tw], after: ty[tw], path: formatPath([...path, year, tw]), text: `${label} ${who} tahun ${year} ${twLabel}: ${arrow(key, tx[tw], ty[tw])}` });
      }
      continue;
    }
    out.push({ ...base, kind: kindOf(x, y), before: x, after: y, text: `${label} ${who} tahun ${year}: ${arrow(key, x, y)}` });
  }
}

function kindOf(x: unknown, y: unknown): ChangeKind {
  return x === undefined ? 'added' : y === undefined ? 'removed' : 'changed';
}

function arrow(key: string, x: unknown, y: unknown): string {
  if (x === undefined) return `${show(key, y)} (baru)`;
  if (y === undefined) return `dihapus (sebelumnya ${show(key, x)})`;
  return `${show(key, x)} → ${show(key, y)}`;
}

/** Items of a list matched by a key: added, removed, or changed field by field. */
function diffKeyed<T extends object>(
  out: Change[],
  group: string | ((key: string) => string),
  kind: SubjectKind,
  a: readonly T[],
  b: readonly T[],
  keyOf: (item: T) => string,
  path: PathSegment[],
  label: string,
  skip: string[] = [],
  describe?: (item: T) => string,
): void {
  const groupOf = (key: string) => (typeof group === 'function' ? group(key) : group);
  const what = (item: T) => (describe ? ` (${describe(item)})` : '');
  const before = new Map(a.map((item, i) => [keyOf(item), { item, i }]));
  const after = new Map(b.map((item, i) => [keyOf(item), { item, i }]));
  for (const [key, { item, i }] of before) {
    if (after.has(key)) continue;
    out.push({ group: groupOf(key), kind: 'removed', subject: subjectOf(kind, item as Named, key), path: formatPath([...path, i]), before: strip(item, skip), text: `${label} ${ref(item as Named, key)}${what(item)} dihapus` });
  }
  for (const [key, { item, i }] of after) {
    const old = before.get(key);
    const subject = subjectOf(kind, item as Named, key);
    if (!old) {
      out.push({ group: groupOf(key), kind: 'added', subject, path: formatPath([...path, i]), after: strip(item, skip), text: `${label} ${ref(item as Named, key)}${what(item)} ditambahkan` });
      continue;
    }
    diffEntity(out, groupOf(key), subject, label, old.item, item, [...path, i], skip);
  }
}

/** A list of words or texts: what was added, what was removed, or only the order. */
function diffList(
  out: Change[],
  group: string,
  field: string,
  a: readonly unknown[],
  b: readonly unknown[],
  path: PathSegment[],
  label: string,
  subject?: NonNullable<Change['subject']>,
): void {
  if (isDeepStrictEqual(a, b)) return;
  const base = { group, field, path: formatPath(path), ...(subject ? { subject } : {}) };
  const added = b.filter((x) => !a.some((y) => isDeepStrictEqual(x, y)));
  const removed = a.filter((x) => !b.some((y) => isDeepStrictEqual(x, y)));
  for (const x of removed) out.push({ ...base, kind: 'removed', before: x, text: `${label}: ${show(field, x)} dihapus` });
  for (const x of added) out.push({ ...base, kind: 'added', after: x, text: `${label}: ${show(field, x)} ditambahkan` });
  if (added.length === 0 && removed.length === 0) out.push({ ...base, kind: 'changed', before: a, after: b, text: `${label}: urutan diubah` });
}

/** Plain fields (and nested objects) of the document, with readable field names. */
function diffFields(out: Change[], group: string, a: unknown, b: unknown, path: PathSegment[], skip: readonly string[], name: string): void {
  if (isDeepStrictEqual(a, b)) return;
  if (isRecord(a) && isRecord(b)) {
    for (const key of unionKeys(a, b)) {
      if (skip.includes(key)) continue;
      diffFields(out, group, a[key], b[key], [...path, key], [], name ? `${name} › ${words(key)}` : capital(words(key)));
    }
    return;
  }
  if (Array.isArray(a) && Array.isArray(b) && [...a, ...b].every((v) => typeof v !== 'object')) {
    diffList(out, group, String(path.at(-1)), a, b, path, name);
    return;
  }
  const field = formatPath(path);
  const base = { group, field, path: field };
  const key = String(path.at(-1));
  if (a === undefined) out.push({ ...base, kind: 'added', after: b, text: `${name} diisi ${show(key, b)}` });
  else if (b === undefined) out.push({ ...base, kind: 'removed', before: a, text: `${name} dikosongkan (sebelumnya ${show(key, a)})` });
  else if (isLong(a) || isLong(b)) out.push({ ...base, kind: 'changed', before: a, after: b, text: `${name} diubah` });
  else out.push({ ...base, kind: 'changed', before: a, after: b, text: `${name} diubah dari ${show(key, a)} menjadi ${show(key, b)}` });
}

// --- grouping ---

/** An area's name: as written in either revision, else from the national profile. */
function areaNamer(a: Project, b: Project): (kode: string) => string | undefined {
  return (kode) =>
    b.areaPerubahan.find((x) => x.kode === kode)?.nama ??
    a.areaPerubahan.find((x) => x.kode === kode)?.nama ??
    getProfile(b.profil).areaPerubahan.find((x) => x.kode === kode)?.nama ??
    getProfile(a.profil).areaPerubahan.find((x) => x.kode === kode)?.nama;
}

function groupChanges(changes: readonly Change[], a: Project, b: Project): ChangeGroup[] {
  const areaName = areaNamer(a, b);
  const order = ['umum', 'opd', 'sasaran', ...unique([...b.areaPerubahan, ...a.areaPerubahan].map((x) => `area:${x.kode}`)), 'quickWins', 'tematik', 'zonaIntegritas'];
  const labels: Record<string, string> = { umum: 'Umum', opd: 'OPD', sasaran: 'Sasaran dan indikator', quickWins: 'Quick wins', tematik: 'RB Tematik', zonaIntegritas: 'Zona Integritas' };
  const groups = new Map<string, ChangeGroup>();
  for (const key of unique([...order, ...changes.map((c) => c.group)])) {
    const inGroup = changes.filter((c) => c.group === key);
    if (inGroup.length === 0) continue;
    const kode = key.startsWith('area:') ? key.slice(5) : undefined;
    const nama = kode ? areaName(kode) : undefined;
    const label = labels[key] ?? (kode ? `Area perubahan ${kode}${nama ? ` — ${nama}` : ''}` : key);
    // Within a group, keep each item's changes together, in the order the items first appear.
    const bySubject = new Map<string, Change[]>();
    for (const c of inGroup) {
      const s = c.subject ? `${c.subject.kind}:${c.subject.id}` : '';
      bySubject.set(s, [...(bySubject.get(s) ?? []), c]);
    }
    groups.set(key, { key, label, changes: [...bySubject.values()].flat() });
  }
  return [...groups.values()];
}

function countKinds(changes: readonly Change[]): ProjectDiff['count'] {
  const count = { added: 0, removed: 0, changed: 0, moved: 0 };
  for (const c of changes) count[c.kind]++;
  return count;
}

// --- small helpers ---

function unionKeys(a: object, b: object): string[] {
  return unique([...Object.keys(a), ...Object.keys(b)]);
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function strip<T extends object>(item: T, skip: readonly string[]): unknown {
  if (skip.length === 0) return item;
  return Object.fromEntries(Object.entries(item).filter(([k]) => !skip.includes(k)));
}

/** Longer texts are not repeated in a sentence: the sentence says "diubah". */
const LONG_TEXT = 100;

function isLong(x: unknown): boolean {
  return (typeof x === 'string' && (x.length > LONG_TEXT || x.includes('\n'))) || (typeof x === 'object' && x !== null && JSON.stringify(x).length > LONG_TEXT);
}

/** "kepalaDaerah" -> "kepala daerah" */
function words(key: string): string {
  const special: Record<string, string> = {
    nip: 'NIP',
    opd: 'OPD',
    uuPembentukan: 'UU pembentukan',
    perdaPerangkatDaerah: 'perda perangkat daerah',
    usulanTpn: 'usulan ke TPN',
    WBK: 'WBK',
    WBBM: 'WBBM',
  };
  return special[key] ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * A value in a sentence: numbers the Indonesian way, rupiah for budgets, texts quoted. A text is
 * cut (at a word, with "…") only past LONG_TEXT characters, where a change says just "diubah";
 * the JSON's before and after always carry the whole value.
 */
function show(key: string, value: unknown, max = LONG_TEXT): string {
  if (key === 'anggaran' && typeof value === 'number') return formatRupiahPesan(value);
  // A year's Zona Integritas record reads as its stage: "Diusulkan ke TPN (pakta 2024-01-22; catatan "…")".
  if (key === 'tahapan' && isRecord(value) && typeof value.tahap === 'string') {
    const { tahap, tanggalPakta, catatan } = value;
    const more = [...(typeof tanggalPakta === 'string' ? [`pakta ${tanggalPakta}`] : []), ...(typeof catatan === 'string' ? [`catatan ${quote(catatan, max)}`] : [])];
    return `${NAMA_TAHAP[tahap as TahapZiKode] ?? tahap}${more.length > 0 ? ` (${more.join('; ')})` : ''}`;
  }
  if (typeof value === 'number' || typeof value === 'string') return typeof value === 'string' ? quote(value, max) : formatNilaiPesan(value);
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object')) return value.map((v) => show(key, v, max)).join(', ');
  if (isRecord(value)) {
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${words(k)}: ${show(k, v, max)}`)
      .join(', ')} }`;
  }
  return String(value);
}
