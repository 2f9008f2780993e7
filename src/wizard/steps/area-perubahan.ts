/**
 * Step 5, once per area of change: the current condition and the problems (short prose), then
 * the activities. The typical activities of the area (and, under rb2023, its kegiatan utama)
 * come as a checklist; for each chosen one: output, target or milestone per year, the lead OPD
 * and the supporting OPDs picked from the registry (never typed), and the budget per year.
 * Then activities of their own. Existing activities keep their ids (realisations are imported
 * by id).
 */
import type { Edit } from '../../model/edits/apply-edits.js';
import { diffEdits } from '../../model/edits/diff-edits.js';
import { areaByKode, kegiatanUtamaFor, type KegiatanTipikal, type KegiatanUtamaRef } from '../../reference/index.js';
import { allIn, firstIn, idsOf, list, nextId, opdChoices, periodYears, perYear, profileOf, rec, registryOf, str, strings, tingkatOf, type LooseProject } from '../loose-project.js';
import type { Ask, Choice, SeparatorItem } from '../types.js';
import { planningInputs, type Step } from './step.js';

type Row = Record<string, unknown>;
const NO_KU = '-';

export function areaStep(kode: string, nama: string): Step {
  return {
    id: `area:${kode}`,
    title: `Area ${nama}`,
    answerKeys: [['areaPerubahan', kode]],
    filled: (project) => {
      const area = areaIn(project, kode);
      return area !== undefined && (str(area.kondisi) !== undefined || strings(area.permasalahan).length > 0 || list(area.kegiatan).length > 0);
    },
    run: (project, ask) => runArea(project, ask.scope('areaPerubahan', kode), kode),
  };
}

function areaIn(project: LooseProject, kode: string): Row | undefined {
  return list(project.areaPerubahan).map(rec).find((a) => str(a.kode) === kode);
}

async function runArea(project: LooseProject, ask: Ask, kode: string): Promise<Edit[]> {
  if (!planningInputs(project, ask)) return [];
  const profile = profileOf(project);
  const ref = areaByKode(profile, kode);
  const before = areaIn(project, kode) ?? { kode };
  if (ref) ask.note(`${ref.deskripsi}\n`);

  // 1. Condition and problems
  const kondisi = await ask.lines({ key: 'kondisi', message: 'Kondisi saat ini', itemLabel: 'Paragraf', default: paragraphs(str(before.kondisi)) });
  const permasalahan = await ask.lines({ key: 'permasalahan', message: 'Permasalahan', itemLabel: 'Masalah', default: strings(before.permasalahan) });

  // 2. Activities: typical ones, kegiatan utama (rb2023), and those already in the file
  const typical: readonly KegiatanTipikal[] = ref?.kegiatanTipikal ?? [];
  const allKu = kegiatanUtamaFor(profile, tingkatOf(project));
  const areaKu = allKu.filter((ku) => ku.area === kode);
  const existing = list(before.kegiatan).map(rec);
  const origin = (k: Row): string => {
    const t = typical.findIndex((x) => x.nama === str(k.nama));
    if (t !== -1) return `T${t + 1}`;
    const ku = areaKu.find((x) => x.nama === str(k.nama) && x.kode === str(k.kegiatanUtama));
    return ku ? ku.kode : (str(k.id) ?? '?');
  };
  const choices: Choice[] = [
    ...typical.map((t, i) => ({ value: `T${i + 1}`, name: t.nama, short: shortName(t.nama), description: `Output: ${t.output}`, aliases: [t.nama] })),
    ...areaKu.map((ku) => ({ value: ku.kode, name: `${ku.kode} · ${ku.nama}`, short: ku.kode, description: 'Kegiatan utama RB General (rb2023)', aliases: [ku.nama] })),
    ...existing
      .filter((k) => !/^(T\d+|KU\d+)$/.test(origin(k)))
      .map((k) => ({ value: str(k.id) ?? '?', name: `${str(k.nama) ?? '?'} (tersimpan)`, short: str(k.id) ?? '?', aliases: [str(k.nama) ?? ''] })),
  ];
  const chosen =
    choices.length === 0
      ? []
      : await ask.checkbox({ key: 'kegiatan', message: 'Kegiatan (centang yang direncanakan)', choices, default: existing.map(origin) });

  const taken = idsOf(project);
  const rows: Row[] = [];
  for (const value of chosen) {
    const found = existing.find((k) => origin(k) === value);
    const t = /^T\d+$/.test(value) ? typical[Number(value.slice(1)) - 1] : undefined;
    const ku = areaKu.find((x) => x.kode === value);
    const nama = str(found?.nama) ?? t?.nama ?? ku?.nama ?? value;
    ask.note(`▸ ${nama}\n`);
    const row = await askKegiatan(ask.scope('kegiatan', value), project, {
      nama,
      found: found ?? {},
      typicalOutput: t?.output,
      typicalOpd: t?.opd ?? ku?.opdTipikal ?? [],
      ku: ku ? { fixed: ku.kode } : { choices: areaKu, all: allKu },
    });
    const id = str(found?.id) ?? nextId(taken, `${kode}-`);
    taken.add(id);
    rows.push({ ...(found ?? {}), id, nama, ...row });
  }
  await ask.repeat({ key: 'kegiatanLain', first: 'Tambah kegiatan di luar daftar?', more: 'Tambah kegiatan lain lagi?' }, async (k) => {
    const nama = await k.text({ key: 'nama', message: 'Nama kegiatan' });
    const row = await askKegiatan(k, project, { nama, found: {}, typicalOpd: [], ku: { choices: areaKu, all: allKu } });
    const id = nextId(taken, `${kode}-`);
    taken.add(id);
    rows.push({ id, nama, ...row });
  });

  const after: Row = {
    kondisi: kondisi.length > 0 ? kondisi.join('\n\n') : undefined,
    permasalahan: permasalahan.length > 0 ? permasalahan : undefined,
    kegiatan: rows.length > 0 ? rows : undefined,
  };
  const index = list(project.areaPerubahan).findIndex((a) => str(rec(a).kode) === kode);
  if (index === -1) return [{ op: 'append', path: ['areaPerubahan'], value: { kode, ...withoutUndefined(after) } }];
  return diffEdits(['areaPerubahan', index], before, after);
}

interface KegiatanDefaults {
  nama: string;
  found: Row;
  typicalOutput?: string | undefined;
  typicalOpd: readonly string[];
  /** A kegiatan utama item carries its code; any other activity may name one (rb2023). */
  ku: { fixed: string } | { choices: readonly KegiatanUtamaRef[]; all: readonly KegiatanUtamaRef[] };
}

async function askKegiatan(ask: Ask, project: LooseProject, d: KegiatanDefaults): Promise<Row> {
  const years = periodYears(project);
  const registry = registryOf(project);
  const span = `${years[0]}-${years.at(-1)}`;
  const output = await ask.text({ key: 'output', message: 'Output', ...((str(d.found.output) ?? d.typicalOutput) ? { default: str(d.found.output) ?? d.typicalOutput } : {}) });
  const target = await ask.yearValues({ key: 'target', message: `Target/tonggak ${span}`, years, valueKind: 'nilai', default: perYear(d.found.target) });
  const koordinator = await ask.select({
    key: 'koordinator',
    message: 'OPD koordinator',
    choices: opdChoices(registry),
    default: firstIn(registry, [str(d.found.koordinator) ?? '', ...d.typicalOpd, 'BAG-ORG']) ?? registry[0]!.kode,
  });
  const pelaksana = await ask.checkbox({
    key: 'pelaksana',
    message: 'OPD pelaksana (boleh kosong)',
    choices: opdChoices(registry.filter((o) => o.kode !== koordinator)),
    default: allIn(registry, d.found.pelaksana !== undefined ? strings(d.found.pelaksana) : d.typicalOpd).filter((k) => k !== koordinator),
  });
  let kegiatanUtama: string | undefined;
  if ('fixed' in d.ku) {
    kegiatanUtama = d.ku.fixed;
  } else if (d.ku.all.length > 0) {
    const { choices, all } = d.ku;
    const others = all.filter((ku) => !choices.includes(ku));
    const options: (Choice | SeparatorItem)[] = [
      ...choices.map((ku) => ({ value: ku.kode, name: `${ku.kode} · ${ku.nama}`, short: ku.kode })),
      { value: NO_KU, name: 'Tidak terkait kegiatan utama', short: 'tidak ada' },
      { separator: '── kegiatan utama area lain ──' },
      ...others.map((ku) => ({ value: ku.kode, name: `${ku.kode} · ${ku.nama}`, short: ku.kode })),
    ];
    const picked = await ask.select({
      key: 'kegiatanUtama',
      message: 'Kegiatan utama RB General yang didukung',
      choices: options,
      default: str(d.found.kegiatanUtama) ?? likelyKegiatanUtama(d.nama, choices) ?? NO_KU,
    });
    kegiatanUtama = picked === NO_KU ? undefined : picked;
  }
  const anggaran = await ask.yearValues({
    key: 'anggaran',
    message: `Anggaran per tahun ${span} (Rp, boleh kosong)`,
    years,
    valueKind: 'rupiah',
    default: perYear(d.found.anggaran),
  });
  return {
    output,
    target: Object.keys(target).length > 0 ? target : undefined,
    koordinator,
    pelaksana: pelaksana.length > 0 ? pelaksana : undefined,
    anggaran: Object.keys(anggaran).length > 0 ? anggaran : undefined,
    kegiatanUtama,
  };
}

/**
 * The kegiatan utama of the area whose name shares the most words with the activity's, as the
 * default answer; none when no word is shared (the room decides, nothing is claimed for them).
 * @example likelyKegiatanUtama('Internalisasi core values BerAKHLAK', [KU20 'Core values ASN (BerAKHLAK)']) //=> 'KU20'
 */
export function likelyKegiatanUtama(nama: string, candidates: readonly KegiatanUtamaRef[]): string | undefined {
  const words = (text: string) => new Set(text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 4 && !STOP.has(w)));
  const own = words(nama);
  let best: { kode: string; score: number } | undefined;
  for (const ku of candidates) {
    const score = [...words(ku.nama)].filter((w) => own.has(w)).length;
    if (score > 0 && (!best || score > best.score)) best = { kode: ku.kode, score };
  }
  return best?.kode;
}
const STOP = new Set(['dengan', 'untuk', 'serta', 'yang', 'pada', 'dalam', 'atas', 'oleh', 'kerja', 'daerah', 'pemerintah']);

/** "Penetapan dan pembinaan agen perubahan" -> "Penetapan dan pembinaan agen…" */
function shortName(nama: string): string {
  return nama.length > 28 ? `${nama.slice(0, 27).trimEnd()}…` : nama;
}

/** A text split at blank lines. */
function paragraphs(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

function withoutUndefined(row: Row): Row {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined));
}

/**
 * For frameworks whose areas are not fixed (rb2025): which areas this road map uses, from the
 * framework's suggestions plus areas of its own.
 */
export const areaDaftarStep: Step = {
  id: 'areaDaftar',
  title: 'Area perubahan yang dipakai',
  answerKeys: [['areaDaftar']],
  // The framework's full list is what step 1 lays down; any other list was chosen by someone.
  filled: (project) => {
    const codes = list(project.areaPerubahan).map((a) => str(rec(a).kode));
    const suggested = profileOf(project).areaPerubahan.map((a) => a.kode);
    return codes.length > 0 && (codes.length !== suggested.length || codes.some((c, i) => c !== suggested[i]));
  },
  async run(project, ask) {
    const profile = profileOf(project);
    const a = ask.scope('areaDaftar');
    const current = list(project.areaPerubahan).map(rec);
    const custom = current.filter((x) => !profile.areaPerubahan.some((r) => r.kode === str(x.kode)));
    const choices: Choice[] = [
      ...profile.areaPerubahan.map((r) => ({ value: r.kode, name: `${r.kode} · ${r.nama}`, short: r.kode, aliases: [r.nama] })),
      ...custom.map((x) => ({ value: str(x.kode) ?? '?', name: `${str(x.kode)} · ${str(x.nama) ?? ''} (sendiri)`, short: str(x.kode) ?? '?' })),
    ];
    const pilih = await a.checkbox({
      key: 'pilih',
      message: 'Area perubahan yang dipakai (usulan nasional, dapat diubah)',
      choices,
      default: current.length > 0 ? current.map((x) => str(x.kode) ?? '') : profile.areaPerubahan.map((r) => r.kode),
      validate: (values) => {
        const dropped = current.find((x) => !values.includes(str(x.kode) ?? '') && list(x.kegiatan).length > 0);
        return dropped ? `Area ${str(dropped.kode)} sudah berisi kegiatan; pindahkan atau hapus kegiatannya dulu.` : true;
      },
    });
    const areas: Row[] = choices.filter((c) => pilih.includes(c.value)).map((c) => current.find((x) => str(x.kode) === c.value) ?? { kode: c.value });
    await a.repeat({ key: 'tambah', first: 'Tambah area perubahan sendiri?', more: 'Tambah area lain lagi?' }, async (t) => {
      const nama = await t.text({ key: 'nama', message: 'Nama area' });
      const kode = await t.input({
        key: 'kode',
        message: 'Kode area (huruf besar, misalnya PD)',
        default: nama.split(/\s+/).map((w) => w[0]?.toUpperCase() ?? '').join('').slice(0, 4),
        parse: (raw) => {
          const k = raw.trim().toUpperCase();
          if (!/^[A-Z][A-Z0-9]{0,7}$/.test(k)) return { ok: false, error: 'Kode area: 1-8 huruf besar/angka, diawali huruf.' };
          if (areas.some((x) => str(x.kode) === k)) return { ok: false, error: `Kode ${k} sudah dipakai.` };
          return { ok: true, value: k };
        },
      });
      areas.push({ kode, nama });
    });
    return diffEdits(['areaPerubahan'], project.areaPerubahan, areas);
  },
};
