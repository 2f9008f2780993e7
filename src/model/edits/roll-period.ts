/**
 * Rolls a road map into the next period: the same OPDs, sasaran and indicators with the last
 * realisations as new baselines and empty targets, the activities not yet completed, the
 * framework of the new period, and a fresh revision log. What is left behind is reported.
 * Pure: the project and its text in, edits (applied to the text) and a report out.
 */
import { CST, isMap, isPair, isScalar, isSeq, Lexer, LineCounter, parseDocument } from 'yaml';
import { getProfile, profileForPeriod } from '../../reference/index.js';
import { achievementFor } from '../achievement.js';
import { formatPath, type PathSegment } from '../../problem.js';
import type { Kegiatan, Nilai, Project, ProfileId } from '../types.js';
import { keyText } from '../yaml-text/yaml-keys.js';
import { applyEdits, type AppliedEdits, type Edit } from './apply-edits.js';
import { tahapPada } from '../zona-integritas.js';

export interface RollOptions {
  mulai: number;
  selesai: number;
  /** Date of the first draft note, TTTT-BB-HH. */
  tanggal: string;
}

export interface RollReport {
  dari: { mulai: number; selesai: number; profil: ProfileId };
  ke: { mulai: number; selesai: number; profil: ProfileId };
  opd: number;
  /** Every indicator, with the baseline it now has and where that came from. */
  indikator: {
    id: string;
    nama: string;
    baseline: { tahun: number; nilai: Nilai } | null;
    sumber: 'realisasi' | 'baseline lama' | 'tidak ada';
  }[];
  kegiatanDibawa: { id: string; nama: string; area: string }[];
  kegiatanSelesai: { id: string; nama: string; area: string }[];
  /** Everything left behind: what kind, the field it was in, the item, and in words. */
  dibuang: { jenis: DibuangJenis; path: string; id?: string; kode?: string; uraian: string }[];
  /**
   * Where the old period ("2024-2028") stood in the text and was replaced by the new one: the
   * field (or "komentar"), its line in the new file, and how many times.
   */
  periodeDiganti: { path: string; baris: number; jumlah: number }[];
  /** Things to look at by hand in the new file. */
  catatan: string[];
}

export type DibuangJenis = 'dokumen' | 'area' | 'kegiatanUtama' | 'tema' | 'tematik' | 'quickWin' | 'zonaIntegritas' | 'lokakarya' | 'riwayatRevisi';

const DOKUMEN_PER_PERIODE = ['judul', 'nomor', 'tahun', 'tanggalDitetapkan', 'tanggalDiundangkan', 'nomorBeritaDaerah'] as const;

/** The edits that make the next period, and what they carry and drop. */
export function planRoll(project: Project, options: RollOptions): { edits: Edit[]; report: RollReport } {
  const { mulai, selesai } = options;
  const from = project.periode;
  const profilBaru = profileForPeriod(mulai);
  const profileLama = getProfile(project.profil);
  const profile = getProfile(profilBaru);
  const edits: Edit[] = [];
  const removals: Edit[] = [];
  const report: RollReport = {
    dari: { mulai: from.mulai, selesai: from.selesai, profil: project.profil },
    ke: { mulai, selesai, profil: profilBaru },
    opd: project.opd.length,
    indikator: [],
    kegiatanDibawa: [],
    kegiatanSelesai: [],
    dibuang: [],
    periodeDiganti: [],
    catatan: [],
  };
  const drop = (jenis: DibuangJenis, path: PathSegment[], uraian: string, item: { id?: string; kode?: string } = {}) =>
    report.dibuang.push({ jenis, path: formatPath(path), ...item, uraian });

  // 1. Framework, period, and the document's legal identity (a new regulation will be issued).
  if (profilBaru !== project.profil) edits.push({ op: 'set', path: ['profil'], value: profilBaru });
  edits.push({ op: 'set', path: ['periode', 'mulai'], value: mulai }, { op: 'set', path: ['periode', 'selesai'], value: selesai });
  for (const key of DOKUMEN_PER_PERIODE) {
    const value = project.dokumen[key];
    if (value === undefined) continue;
    edits.push({ op: 'delete', path: ['dokumen', key] });
    drop('dokumen', ['dokumen', key], `dokumen.${key} "${String(value)}" (milik peraturan periode lama)`);
  }

  // 2. Indicators: the last realisation becomes the baseline; targets start empty.
  project.sasaran.forEach((sasaran, si) =>
    sasaran.indikator.forEach((ind, ii) => {
      const base: PathSegment[] = ['sasaran', si, 'indikator', ii];
      const lastYear = Object.keys(ind.realisasi)
        .map(Number)
        .filter((y) => Number.isInteger(y))
        .sort((a, b) => a - b)
        .at(-1);
      if (lastYear !== undefined) {
        const baseline = { tahun: lastYear, nilai: ind.realisasi[String(lastYear)]! };
        edits.push({ op: 'set', path: [...base, 'baseline'], value: baseline });
        report.indikator.push({ id: ind.id, nama: ind.nama, baseline, sumber: 'realisasi' });
      } else {
        report.indikator.push({ id: ind.id, nama: ind.nama, baseline: ind.baseline ?? null, sumber: ind.baseline ? 'baseline lama' : 'tidak ada' });
      }
      edits.push({ op: 'set', path: [...base, 'target'], value: {} });
      // The categories from the LHEs (Indeks RB, PMPRB) are the old period's, like its realisations.
      edits.push({ op: 'delete', path: [...base, 'realisasi'] }, { op: 'delete', path: [...base, 'catatanRealisasi'] }, { op: 'delete', path: [...base, 'kategori'] });
    }),
  );

  // 3. Areas and their open activities.
  const knownAreas = new Set(profile.areaPerubahan.map((a) => a.kode));
  const kuCodes = new Set(profile.kegiatanUtama.map((k) => k.kode));
  const temaCodes = new Set(profile.tema.map((t) => t.kode));
  project.areaPerubahan.forEach((area, ai) => {
    const areaPath: PathSegment[] = ['areaPerubahan', ai];
    if (profile.areaTetap && !knownAreas.has(area.kode)) {
      removals.push({ op: 'delete', path: areaPath });
      drop('area', areaPath, `Area ${area.kode} (tidak dikenal dalam profil ${profilBaru}) beserta ${area.kegiatan.length} kegiatannya`, { kode: area.kode });
      return;
    }
    if (!profile.areaTetap && !knownAreas.has(area.kode) && !area.nama) {
      const nama = profileLama.areaPerubahan.find((a) => a.kode === area.kode)?.nama;
      if (nama) edits.push({ op: 'set', path: [...areaPath, 'nama'], value: nama });
    }
    const done: number[] = [];
    area.kegiatan.forEach((k, ki) => {
      const path: PathSegment[] = [...areaPath, 'kegiatan', ki];
      if (isCompleted(k)) {
        done.push(ki);
        report.kegiatanSelesai.push({ id: k.id, nama: k.nama, area: area.kode });
        return;
      }
      report.kegiatanDibawa.push({ id: k.id, nama: k.nama, area: area.kode });
      edits.push({ op: 'set', path: [...path, 'target'], value: {} });
      for (const key of ['targetTriwulan', 'realisasi', 'anggaran', 'catatanRealisasi']) edits.push({ op: 'delete', path: [...path, key] });
      if (k.kegiatanUtama !== undefined && !kuCodes.has(k.kegiatanUtama)) {
        edits.push({ op: 'delete', path: [...path, 'kegiatanUtama'] });
        drop('kegiatanUtama', [...path, 'kegiatanUtama'], `Kegiatan ${k.id}: kegiatan utama ${k.kegiatanUtama} (tidak dikenal dalam profil ${profilBaru})`, {
          id: k.id,
          kode: k.kegiatanUtama,
        });
      }
      if (k.tema !== undefined && !temaCodes.has(k.tema)) {
        edits.push({ op: 'delete', path: [...path, 'tema'] });
        drop('tema', [...path, 'tema'], `Kegiatan ${k.id}: tema ${k.tema} (tidak dikenal dalam profil ${profilBaru})`, { id: k.id, kode: k.tema });
      }
    });
    // Highest index first, so the earlier indexes stay right.
    for (const ki of done.reverse()) removals.push({ op: 'delete', path: [...areaPath, 'kegiatan', ki] });
  });
  if (profile.areaTetap) {
    const present = new Set(project.areaPerubahan.map((a) => a.kode));
    for (const ref of profile.areaPerubahan) {
      if (present.has(ref.kode)) continue;
      edits.push({ op: 'append', path: ['areaPerubahan'], value: { kode: ref.kode, kegiatan: [] } });
      report.catatan.push(`Area ${ref.kode} (${ref.nama}) ditambahkan kosong karena diwajibkan profil ${profilBaru}.`);
    }
  }

  // 4. Thematic RB, quick wins and workshops belong to the old period.
  project.tematik.forEach((t, i) => {
    if (temaCodes.has(t.tema)) return;
    drop('tematik', ['tematik', i], `RB Tematik tema ${t.tema} (tidak dikenal dalam profil ${profilBaru})`, { kode: t.tema });
  });
  const keptTematik = project.tematik.filter((t) => temaCodes.has(t.tema)).length;
  if (keptTematik === 0 && project.tematik.length > 0) edits.push({ op: 'set', path: ['tematik'], value: [] });
  else {
    project.tematik.forEach((t, i) => {
      if (!temaCodes.has(t.tema)) removals.push({ op: 'delete', path: ['tematik', i] });
    });
  }
  if (project.quickWins.length > 0) {
    edits.push({ op: 'set', path: ['quickWins'], value: [] });
    project.quickWins.forEach((q, i) => drop('quickWin', ['quickWins', i], `Quick win ${q.id} "${q.nama}" (tahun ${q.tahun})`, { id: q.id }));
  }
  // Zona Integritas units carry on into the new period; their stages and the yearly targets are
  // years of the old one. Each unit's last stage is said, so the team can record where it starts.
  if (project.zonaIntegritas !== undefined) {
    if (Object.keys(project.zonaIntegritas.target).length > 0) {
      edits.push({ op: 'set', path: ['zonaIntegritas', 'target'], value: {} });
      drop('zonaIntegritas', ['zonaIntegritas', 'target'], 'Target jumlah unit Zona Integritas per tahun periode lama');
    }
    project.zonaIntegritas.unit.forEach((u, i) => {
      if (Object.keys(u.tahapan).length === 0) return;
      edits.push({ op: 'set', path: ['zonaIntegritas', 'unit', i, 'tahapan'], value: {} });
      const last = tahapPada(u, from.selesai);
      drop('zonaIntegritas', ['zonaIntegritas', 'unit', i, 'tahapan'], `Unit ZI ${u.id}: tahapan periode lama (tahap terakhir: ${last ?? 'belum ada'})`, { id: u.id });
    });
  }
  if (project.lokakarya.length > 0) {
    edits.push({ op: 'set', path: ['lokakarya'], value: [] });
    drop('lokakarya', ['lokakarya'], `${project.lokakarya.length} catatan lokakarya periode lama`);
  }

  // 5. A new revision log.
  edits.push({
    op: 'set',
    path: ['riwayatRevisi'],
    value: [{ draf: 1, tanggal: options.tanggal, catatan: `Draf awal road map ${mulai}-${selesai}, disusun dari road map ${from.mulai}-${from.selesai}.` }],
  });
  if (project.riwayatRevisi.length > 0) drop('riwayatRevisi', ['riwayatRevisi'], `${project.riwayatRevisi.length} catatan revisi periode lama`);

  if (Object.values(project.narasi).some((v) => v !== undefined && v.trim() !== '')) {
    report.catatan.push('Narasi bab (narasi.*) disalin apa adanya; sesuaikan dengan periode baru.');
  }
  if (mulai > from.selesai + 1) {
    const gap = mulai - 1 > from.selesai + 1 ? `${from.selesai + 1}-${mulai - 1}` : String(mulai - 1);
    report.catatan.push(`Tahun ${gap} tidak tercakup oleh periode lama maupun periode baru.`);
  }
  report.catatan.push(`Target tahun ${mulai}-${selesai} masih kosong untuk semua indikator dan kegiatan; isi lewat wizard, editor, atau roadmap update --set.`);
  // Removals last and deepest first: they shift list indexes.
  removals.sort((a, b) => compareDesc(a.path, b.path));
  return { edits: [...edits, ...removals], report };
}

/** Applies the roll to the text of the project, then puts the new period where the old one is named. */
export function rollPeriod(text: string, project: Project, options: RollOptions): { applied: AppliedEdits; report: RollReport } {
  const { edits, report } = planRoll(project, options);
  const applied = applyEdits(text, edits);
  const renamed = renamePeriod(applied.text, project.periode, options);
  report.periodeDiganti = renamed.replaced;
  const count = renamed.replaced.reduce((n, r) => n + r.jumlah, 0);
  const from = `${project.periode.mulai}-${project.periode.selesai}`;
  if (count > 0) {
    const fields = [...new Set(renamed.replaced.map((r) => r.path))];
    report.catatan.unshift(
      `Periode ${from} dalam teks diganti menjadi ${options.mulai}-${options.selesai} (${count} kali: ${fields.join(', ')}); baca lagi kalimatnya.`,
    );
  }
  for (const kept of renamed.kept) {
    report.catatan.push(`${kept.path} (baris ${kept.baris}) masih menyebut ${from}: dasar hukum dan identitas dokumen tidak diubah otomatis; periksa.`);
  }
  if (renamed.text === applied.text) return { applied, report };
  return { applied: { text: renamed.text, formatting: applied.formatting, changed: applied.changed }, report };
}

/**
 * The old period written as a period: "2024-2028", "2024 – 2028", "2024 s.d. 2028", "2024 sampai
 * dengan 2028". Only the two years change, so the text keeps its length, quoting and layout.
 */
export function periodPattern(mulai: number, selesai: number): RegExp {
  return new RegExp(`(?<!\\d)${mulai}(\\s*(?:[-\u2010-\u2015]|s\\.?\\s?d\\.?|s/d|sampai(?:\\s+dengan)?|hingga)\\s*)${selesai}(?!\\d)`, 'gi');
}

/** Law is cited as enacted: the old period there stays, and is pointed out. */
const KEEP_PERIOD = new Set(['dokumen', 'pemerintah']);

function renamePeriod(
  text: string,
  from: { mulai: number; selesai: number },
  to: { mulai: number; selesai: number },
): { text: string; replaced: RollReport['periodeDiganti']; kept: { path: string; baris: number }[] } {
  const pattern = periodPattern(from.mulai, from.selesai);
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true });
  const replaced: RollReport['periodeDiganti'] = [];
  const kept: { path: string; baris: number }[] = [];
  const spans: { start: number; end: number }[] = [];
  const consider = (start: number, end: number, path: string, keep: boolean) => {
    const matches = [...text.slice(start, end).matchAll(pattern)];
    const jumlah = matches.length;
    if (jumlah === 0) return;
    // The line of the first one (a block text starts a line above its first sentence).
    const baris = lineCounter.linePos(start + matches[0]!.index).line;
    if (keep) kept.push({ path, baris });
    else {
      replaced.push({ path, baris, jumlah });
      spans.push({ start, end });
    }
  };
  const walk = (node: unknown, path: PathSegment[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        walk(pair.value, [...path, keyText(pair.key)]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, [...path, i]));
    } else if (isScalar(node) && typeof node.value === 'string' && node.range && path[0] !== 'riwayatRevisi') {
      // The new revision log names the old period on purpose.
      consider(node.range[0], node.range[1], formatPath(path), KEEP_PERIOD.has(String(path[0])));
    }
  };
  walk(document.contents, []);
  for (const comment of commentSpans(text)) consider(comment.start, comment.end, 'komentar', false);

  let out = text;
  for (const { start, end } of spans) {
    const next = out.slice(start, end).replace(pattern, (_match, sep: string) => `${to.mulai}${sep}${to.selesai}`);
    out = out.slice(0, start) + next + out.slice(end);
  }
  return { text: out, replaced: replaced.sort((a, b) => a.baris - b.baris), kept };
}

/** Where the comments are, from the YAML lexer (a "#" inside a text is not one). */
function commentSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    // Control tokens the lexer adds are not part of the source.
    if (type === 'doc-mode' || type === 'flow-error-end' || (type === 'scalar' && token === CST.SCALAR)) continue;
    if (type === 'comment') spans.push({ start: offset, end: offset + token.length });
    offset += token.length;
  }
  return spans;
}

/**
 * An activity is completed when the target of its last scheduled year is reached. One without a
 * target, or whose last target is not reached, is still open and moves to the next period.
 */
export function isCompleted(kegiatan: Kegiatan): boolean {
  const lastYear = Object.keys(kegiatan.target).sort().at(-1);
  if (lastYear === undefined) return false;
  return achievementFor(kegiatan.target[lastYear], kegiatan.realisasi[lastYear], 'naik').status === 'tercapai';
}

/** Orders paths so that, within one list, higher indexes come first. */
function compareDesc(a: readonly PathSegment[], b: readonly PathSegment[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return y - x;
    return String(x).localeCompare(String(y));
  }
  return b.length - a.length;
}
