/**
 * `roadmap update`: which job the flags ask for (one per call), the action that does it, and its
 * report: results on stdout, the verdict on stderr.
 */
import type { ChalkInstance } from 'chalk';
import type { RealisasiUpdateResult, RollUpdateResult, SetUpdateResult } from '../../actions/update.js';
import type { RealisasiWorkbookResult } from '../../actions/realisasi-workbook.js';
import { ExitCode, UsageError } from '../../errors.js';
import { formatNilaiPesan } from '../../model/format-message.js';
import type { Nilai } from '../../model/types.js';
import { NAMA_TAHAP, type TahapZiKode } from '../../model/zona-integritas.js';
import { printJson } from '../answer.js';
import { Exit } from '../exit.js';
import type { Io } from '../streams.js';
import { printProblems } from '../report.js';

export interface UpdateFlags {
  set: string[];
  unset: string[];
  revisi?: string;
  realisasi?: string;
  tahun?: number;
  partial?: boolean;
  templateRealisasi?: string;
  perOpd?: boolean;
  triwulan?: 1 | 2 | 3 | 4;
  roll?: { mulai: number; selesai: number };
  output?: string;
  force?: boolean;
  dryRun?: boolean;
  json?: boolean;
}

export async function update(io: Io, project: string | undefined, flags: UpdateFlags): Promise<void> {
  const mode = modeOf(flags);
  if (mode === 'workbook') {
    // exceljs: in the bundle, a file of its own (realisasi-workbook.cjs, see scripts/bundle.js).
    const { writeRealisasiWorkbook } = await import('../../actions/realisasi-workbook.js');
    const result = await writeRealisasiWorkbook(project, io.cwd, {
      output: flags.templateRealisasi!,
      ...(flags.tahun !== undefined ? { tahun: flags.tahun } : {}),
      perOpd: flags.perOpd ?? false,
      force: flags.force ?? false,
      ...(flags.triwulan !== undefined ? { triwulan: flags.triwulan } : {}),
    });
    if (flags.json) printJson(io, result);
    else reportRealisasiWorkbook(io, result);
    return;
  }
  const actions = await import('../../actions/update.js');
  if (mode === 'roll') {
    const result = await actions.updateRoll(project, io.cwd, {
      ...flags.roll!,
      ...(flags.output ? { output: flags.output } : {}),
      force: flags.force ?? false,
      dryRun: flags.dryRun ?? false,
    });
    if (flags.json) printJson(io, result);
    else for (const line of formatRoll(result, io.colorOut)) io.stdout.write(`${line}\n`);
    return;
  }
  const common = { dryRun: flags.dryRun ?? false, ...(flags.revisi !== undefined ? { revisi: flags.revisi } : {}) };
  if (mode === 'realisasi') {
    const result = await actions.updateRealisasi(project, io.cwd, {
      ...common,
      source: flags.realisasi!,
      ...(flags.tahun !== undefined ? { tahun: flags.tahun } : {}),
      partial: flags.partial ?? false,
    });
    if (flags.json) printJson(io, result);
    else reportRealisasi(io, result, flags.partial ?? false);
    if (result.ditolak > 0) throw new Exit(ExitCode.INVALID_INPUT);
    return;
  }
  const result = await actions.updateSet(project, io.cwd, { ...common, set: flags.set, unset: flags.unset });
  if (flags.json) printJson(io, result);
  else reportSet(io, result);
}

type Mode = 'set' | 'realisasi' | 'workbook' | 'roll';

/** Exactly one job per call; options of another job are usage errors. */
function modeOf(flags: UpdateFlags): Mode {
  const modes: Mode[] = [];
  if (flags.set.length > 0 || flags.unset.length > 0) modes.push('set');
  if (flags.realisasi !== undefined) modes.push('realisasi');
  if (flags.templateRealisasi !== undefined) modes.push('workbook');
  if (flags.roll !== undefined) modes.push('roll');
  if (modes.length === 0 && flags.revisi !== undefined) modes.push('set');
  if (modes.length === 0) {
    throw new UsageError('E_UPDATE_NOTHING', 'Tidak ada yang diubah.', {
      hint: 'Pakai --set JALUR=NILAI, --realisasi BERKAS, --template-realisasi BERKAS.xlsx, atau --roll MULAI-SELESAI (lihat roadmap update --help).',
    });
  }
  if (modes.length > 1) {
    throw new UsageError('E_UPDATE_MODES', `Satu pekerjaan per perintah: ${modes.map((m) => MODE_FLAG[m]).join(' dan ')} tidak dapat digabung.`);
  }
  const mode = modes[0]!;
  const misplaced: [boolean, string, Mode[]][] = [
    [flags.tahun !== undefined, '--tahun', ['realisasi', 'workbook']],
    [flags.partial === true, '--partial', ['realisasi']],
    [flags.perOpd === true, '--per-opd', ['workbook']],
    [flags.triwulan !== undefined, '--triwulan', ['workbook']],
    [flags.output !== undefined, '--output', ['roll']],
    [flags.force === true, '--force', ['roll', 'workbook']],
    [flags.revisi !== undefined, '--revisi', ['set', 'realisasi']],
    [flags.dryRun === true, '--dry-run', ['set', 'realisasi', 'roll']],
  ];
  for (const [given, flag, allowed] of misplaced) {
    if (given && !allowed.includes(mode)) {
      throw new UsageError('E_UPDATE_OPTION', `${flag} tidak berlaku untuk ${MODE_FLAG[mode]}.`, { hint: `${flag} dipakai bersama ${allowed.map((m) => MODE_FLAG[m]).join(' atau ')}.` });
    }
  }
  return mode;
}

const MODE_FLAG: Record<Mode, string> = { set: '--set/--unset', realisasi: '--realisasi', workbook: '--template-realisasi', roll: '--roll' };

// --- reports (results on stdout, the verdict on stderr) ---

function show(value: unknown): string {
  if (value === undefined || value === null) return '(kosong)';
  if (typeof value === 'number' || typeof value === 'string') return typeof value === 'string' ? JSON.stringify(value) : formatNilaiPesan(value);
  return JSON.stringify(value);
}

function reportSet(io: Io, result: SetUpdateResult): void {
  const { color } = io;
  for (const c of result.changes) {
    const line = c.op === 'unset' ? `${c.path}: ${show(c.before)} → dihapus` : c.op === 'append' ? `${c.path}: + ${show(c.after)}` : `${c.path}: ${show(c.before)} → ${show(c.after)}`;
    io.stdout.write(`${line}\n`);
  }
  if (result.revisi) io.stdout.write(`riwayatRevisi: + draf ${result.revisi.draf} (${result.revisi.tanggal}) ${JSON.stringify(result.revisi.catatan)}\n`);
  printPreview(io, result);
  reportFormatting(io, result.formatting, result.file);
  if (result.formatting === 'unchanged') io.stderr.write(`${color.yellow('•')} Tidak ada perubahan; ${result.file} tetap.\n`);
  else if (result.dryRun) io.stderr.write(`${color.yellow('•')} Uji coba (--dry-run): ${result.file} tidak diubah.\n`);
  else io.stderr.write(`${color.green('✔')} ${result.file} diperbarui (${result.changes.length + (result.revisi ? 1 : 0)} perubahan).\n`);
}

function reportRealisasi(io: Io, result: RealisasiUpdateResult, partial: boolean): void {
  const { color } = io;
  printProblems(io, result.problems);
  const saved = result.written || result.dryRun;
  // One write for all the lines: an import of thousands of rows spent 30 ms writing them one by one.
  let lines = '';
  for (const c of saved ? result.changes : []) {
    // A Zona Integritas stage is shown in words ("Diusulkan ke TPN"), not as its code.
    const shown = (v: Nilai) => (c.jenis === 'zonaIntegritas' && typeof v === 'string' && v in NAMA_TAHAP ? NAMA_TAHAP[v as TahapZiKode] : show(v));
    const change = c.sebelum === null ? `${shown(c.sesudah)} (baru)` : c.sebelum === c.sesudah ? `${shown(c.sesudah)} (sama)` : `${shown(c.sebelum)} → ${shown(c.sesudah)}`;
    lines += `${c.id}\t${c.tahun}${c.triwulan ? ` TW ${['I', 'II', 'III', 'IV'][c.triwulan - 1]}` : ''}\t${change}\n`;
  }
  if (lines) io.stdout.write(lines);
  printPreview(io, result);
  const tahun = result.tahun !== undefined ? ` tahun ${result.tahun}` : '';
  const kosong = result.kosong > 0 ? `; ${result.kosong} baris belum diisi dilewati` : '';
  if (result.changes.some((c) => c.keterangan) && !result.keteranganDisimpan) {
    io.stderr.write(`${color.yellow('•')} Kolom keterangan belum dapat disimpan (skema belum memiliki catatanRealisasi).\n`);
  }
  if (result.ditolak > 0 && !result.written && !result.dryRun) {
    io.stderr.write(`${color.red('✖')} Tidak ada yang disimpan: ${result.ditolak} baris bermasalah di ${result.sumber}; ${result.file} tidak diubah.\n`);
    if (!partial) io.stderr.write('  Perbaiki baris itu, atau pakai --partial untuk menyimpan baris yang benar saja.\n');
    return;
  }
  reportFormatting(io, result.formatting, result.file);
  const verb = result.dryRun ? 'akan dicatat (uji coba, berkas tidak diubah)' : result.written ? 'dicatat' : 'tidak mengubah apa pun';
  io.stderr.write(`${result.written || result.dryRun ? color.green('✔') : color.yellow('•')} ${result.changes.length} realisasi${tahun} dari ${result.sumber} ${verb} di ${result.file}${kosong}.\n`);
  if (result.ditolak > 0) io.stderr.write(`${color.red('✖')} ${result.ditolak} baris ditolak (lihat di atas); baris lainnya tetap disimpan karena --partial.\n`);
}

function reportRealisasiWorkbook(io: Io, result: RealisasiWorkbookResult): void {
  io.stdout.write(`${result.output}\n`);
  const sheets = result.sheets.length === 1 ? '1 lembar' : `${result.sheets.length} lembar (per OPD)`;
  io.stderr.write(`${io.color.green('✔')} Templat realisasi tahun ${result.tahun} ditulis: ${result.rows} baris, ${sheets}. Setelah diisi: roadmap update --realisasi ${result.output}\n`);
}

/** The roll report: what was carried, what was dropped, what to do next. */
export function formatRoll(result: RollUpdateResult, color: ChalkInstance): string[] {
  const r = result.report;
  const lines: string[] = [];
  lines.push(
    result.written ? `${color.green('✔')} ${result.output} ditulis: road map ${r.ke.mulai}-${r.ke.selesai} (profil ${r.ke.profil})` : `${color.yellow('•')} Uji coba: ${result.output} tidak ditulis`,
  );
  lines.push(`Dari ${result.file} (${r.dari.mulai}-${r.dari.selesai}, profil ${r.dari.profil}):`);
  lines.push(`  dibawa: ${r.opd} OPD, ${r.indikator.length} indikator, ${r.kegiatanDibawa.length} kegiatan yang belum selesai`);
  const fromRealisasi = r.indikator.filter((i) => i.sumber === 'realisasi');
  lines.push(`  baseline baru dari realisasi terakhir: ${fromRealisasi.length} indikator`);
  for (const i of fromRealisasi) lines.push(`    ${i.id}: ${show(i.baseline!.nilai)} (${i.baseline!.tahun})`);
  const without = r.indikator.filter((i) => i.sumber !== 'realisasi');
  if (without.length > 0) lines.push(`  tanpa realisasi (baseline lama tetap): ${without.map((i) => i.id).join(', ')}`);
  if (r.kegiatanSelesai.length > 0) lines.push(`  kegiatan selesai, tidak dibawa: ${r.kegiatanSelesai.map((k) => k.id).join(', ')}`);
  if (r.dibuang.length > 0) {
    lines.push('  ditinggalkan:');
    // Codes the new framework does not know come in dozens: one line per kind.
    for (const jenis of ['kegiatanUtama', 'tema'] as const) {
      const items = r.dibuang.filter((d) => d.jenis === jenis);
      if (items.length === 0) continue;
      const what = jenis === 'kegiatanUtama' ? 'kode kegiatan utama' : 'kode tema RB Tematik';
      lines.push(`    - ${what} (tidak dikenal dalam profil ${r.ke.profil}) dilepas dari ${items.length} kegiatan: ${items.map((d) => `${d.id} (${d.kode})`).join(', ')}`);
    }
    for (const d of r.dibuang) if (d.jenis !== 'kegiatanUtama' && d.jenis !== 'tema') lines.push(`    - ${d.uraian}`);
  }
  for (const c of r.catatan) lines.push(`${color.yellow('•')} ${c}`);
  if (result.formatting === 'rewritten') lines.push(`${color.yellow('•')} Tata letak berkas ditulis ulang oleh pustaka YAML (isi tetap).`);
  return lines;
}

function reportFormatting(io: Io, formatting: string, file: string): void {
  if (formatting === 'rewritten') {
    io.stderr.write(`${io.color.yellow('•')} Perubahan ini tidak dapat ditulis baris per baris, jadi ${file} ditulis ulang seluruhnya: isinya sama, tetapi spasi dan kutip dapat berubah.\n`);
  }
}

/** With --dry-run: the file's lines before and after, as a unified diff on stdout. */
function printPreview(io: Io, result: { dryRun: boolean; preview: readonly string[]; file: string }): void {
  if (!result.dryRun || result.preview.length === 0) return;
  io.stdout.write(`\n--- ${result.file}\n+++ ${result.file} (sesudah)\n`);
  for (const line of result.preview) io.stdout.write(`${colorLine(line, io.colorOut)}\n`);
}

function colorLine(line: string, color: ChalkInstance): string {
  if (line.startsWith('@@')) return color.cyan(line);
  if (line.startsWith('+')) return color.green(line);
  if (line.startsWith('-')) return color.red(line);
  return line;
}
