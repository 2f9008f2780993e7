/**
 * `roadmap update --template-realisasi FILE.xlsx`: a workbook the Bagian Organisasi sends to the
 * OPDs to report one year's realisations. Filled in, it imports as is with `--realisasi`.
 * One sheet for everything, or one sheet per OPD (an indicator goes to its first responsible
 * OPD, an activity to its coordinator). Never prints.
 * Users call it the "templat realisasi" (hence the flag); the code calls it the realisation
 * workbook, so that it is not mistaken for a template set (templates/<set>/*.hbs).
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { UsageError, UserError } from '../errors.js';
import { writeFileAtomic } from '../io/write-file-atomic.js';
import { lastReportedYear } from '../model/achievement.js';
import type { Nilai, Project } from '../model/types.js';
import { CONTOH_KATA_TAHAP, NAMA_TAHAP, namaUnit } from '../model/zona-integritas.js';
import { checkOutputPath } from './output-path.js';
import { loadProject, requireValidProject } from './project-file.js';
import { checkYearInPeriod } from './year-in-period.js';

export interface RealisasiWorkbookOptions {
  output: string;
  /** Year to report; default the first year of the period without any realisation yet. */
  tahun?: number;
  perOpd?: boolean;
  /** Write over an existing file (a workbook the OPDs may already have filled in). */
  force?: boolean;
  /** A quarter's workbook: the activities with a target that quarter, and a "triwulan" column. */
  triwulan?: 1 | 2 | 3 | 4;
}

export interface RealisasiWorkbookResult {
  file: string;
  output: string;
  tahun: number;
  sheets: { name: string; rows: number }[];
  rows: number;
}

export interface RealisasiWorkbookRow {
  id: string;
  /** Shown in the `jenis` column; `zona integritas` rows take a stage word, not a value. */
  jenis: 'indikator' | 'kegiatan' | 'zona integritas';
  nama: string;
  satuan: string;
  target: Nilai | null;
  /** A realisation already recorded for the year, shown so a re-import changes nothing. */
  realisasi: Nilai | null;
  koordinator: string;
  /** The OPD whose sheet the row goes to. */
  opd: string;
}

/**
 * The rows to report for a year: every indicator, and every activity scheduled that year. For a
 * quarter: the activities with a target that quarter (TW IV: the year's target), indicators being
 * measured yearly.
 */
export function workbookRows(project: Project, tahun: number, triwulan?: 1 | 2 | 3 | 4): RealisasiWorkbookRow[] {
  const year = String(tahun);
  if (triwulan !== undefined) return quarterRows(project, year, triwulan);
  const rows: RealisasiWorkbookRow[] = [];
  for (const s of project.sasaran) {
    for (const ind of s.indikator) {
      rows.push({
        id: ind.id,
        jenis: 'indikator',
        nama: ind.nama,
        satuan: ind.satuan,
        target: ind.target[year] ?? null,
        realisasi: ind.realisasi[year] ?? null,
        koordinator: ind.penanggungJawab.join(', '),
        opd: ind.penanggungJawab[0]!,
      });
    }
  }
  for (const area of project.areaPerubahan) {
    for (const k of area.kegiatan) {
      const scheduled = year in k.target || Object.keys(k.target).length === 0 || year in k.realisasi;
      if (!scheduled) continue;
      rows.push({
        id: k.id,
        jenis: 'kegiatan',
        nama: k.nama,
        satuan: k.satuan ?? k.indikatorOutput ?? '',
        target: k.target[year] ?? null,
        realisasi: k.realisasi[year] ?? null,
        koordinator: k.koordinator,
        opd: k.koordinator,
      });
    }
  }
  // Zona Integritas units, the year's stage reached: every unit, as each may move in any year.
  for (const u of project.zonaIntegritas?.unit ?? []) {
    const dicatat = u.tahapan[year]?.tahap;
    rows.push({
      id: u.id,
      jenis: 'zona integritas',
      nama: `Zona Integritas: ${namaUnit(u, project)}`,
      satuan: 'tahap',
      target: u.targetTahun === tahun ? u.targetPredikat : `${u.targetPredikat} ${u.targetTahun}`,
      realisasi: dicatat === undefined ? null : NAMA_TAHAP[dicatat],
      koordinator: u.opd,
      opd: u.opd,
    });
  }
  return rows;
}

export async function writeRealisasiWorkbook(given: string | undefined, cwd: string, options: RealisasiWorkbookOptions): Promise<RealisasiWorkbookResult> {
  const loaded = await loadProject(given, cwd);
  const project = requireValidProject(loaded);
  const outputPath = resolve(cwd, options.output);
  if (!/\.xlsx$/i.test(outputPath)) {
    throw new UsageError('E_TEMPLATE_FORMAT', `--template-realisasi ${options.output}: templat ditulis sebagai .xlsx.`, { hint: 'Contoh: --template-realisasi realisasi-2025.xlsx' });
  }
  await checkOutputPath(outputPath, { flag: '--template-realisasi', given: options.output, extensions: ['.xlsx'], example: 'realisasi-2025.xlsx', inputs: [loaded.path] });
  // A workbook of that name may already hold the OPDs' answers: never replace it unasked.
  if (!options.force && (await stat(outputPath).catch(() => undefined))) {
    throw new UserError('E_OUTPUT_EXISTS', `${options.output} sudah ada; templat tidak ditulis agar isian di dalamnya tidak hilang.`, {
      hint: 'Pakai nama berkas lain, atau tambahkan --force untuk menimpanya.',
    });
  }
  const tahun = options.tahun ?? nextYearToReport(project);
  checkYearInPeriod(project, tahun);

  const rows = workbookRows(project, tahun, options.triwulan);
  if (rows.length === 0 && options.triwulan !== undefined) {
    throw new UserError('E_NO_QUARTER_TARGETS', `Tidak ada kegiatan dengan target triwulan ${ROMAWI[options.triwulan - 1]} tahun ${tahun}.`, {
      hint: 'Isi `targetTriwulan` kegiatan di roadmap.yaml (misalnya {2025: {tw2: "Draf SOP"}}), atau buat templat tahunan tanpa --triwulan.',
    });
  }
  const workbook = buildWorkbook(project, tahun, rows, options.perOpd ?? false, options.triwulan);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  await writeFileAtomic(outputPath, bytes, { shown: options.output });
  const sheets: RealisasiWorkbookResult['sheets'] = [];
  workbook.eachSheet((ws) => sheets.push({ name: ws.name, rows: Math.max(0, ws.rowCount - HEADER_ROW) }));
  return { file: loaded.displayPath, output: options.output, tahun, sheets, rows: rows.length };
}

function quarterRows(project: Project, year: string, triwulan: 1 | 2 | 3 | 4): RealisasiWorkbookRow[] {
  const tw = `tw${triwulan}` as const;
  return project.areaPerubahan.flatMap((area) =>
    area.kegiatan.flatMap((k) => {
      const target = k.targetTriwulan[year]?.[tw] ?? (triwulan === 4 ? k.target[year] : undefined);
      if (target === undefined) return [];
      return [{
        id: k.id,
        jenis: 'kegiatan' as const,
        nama: k.nama,
        satuan: k.satuan ?? k.indikatorOutput ?? '',
        target,
        realisasi: k.realisasiTriwulan[year]?.[tw] ?? null,
        koordinator: k.koordinator,
        opd: k.koordinator,
      }];
    }),
  );
}

/** The year after the last one reported (see lastReportedYear); the first year when none is. */
export function nextYearToReport(project: Project): number {
  const last = lastReportedYear(project);
  return last === undefined ? project.periode.mulai : Math.min(last + 1, project.periode.selesai);
}

const HEADER_ROW = 4;
const ROMAWI = ['I', 'II', 'III', 'IV'] as const;
const BASE_COLUMNS = [
  { key: 'id', header: 'id', width: 12 },
  { key: 'jenis', header: 'jenis', width: 11 },
  { key: 'nama', header: 'nama', width: 58 },
  { key: 'satuan', header: 'satuan', width: 16 },
  { key: 'target', header: 'target', width: 20 },
  { key: 'realisasi', header: 'realisasi', width: 18 },
  { key: 'keterangan', header: 'keterangan', width: 36 },
  { key: 'anggaran', header: 'realisasi anggaran', width: 18 },
  { key: 'koordinator', header: 'koordinator', width: 22 },
] as const;
/** A quarter's workbook adds the quarter last, so the other columns keep their places. */
const columnsFor = (triwulan: number | undefined) => (triwulan === undefined ? BASE_COLUMNS : [...BASE_COLUMNS, { key: 'triwulan', header: 'triwulan', width: 10 }]);

function buildWorkbook(project: Project, tahun: number, rows: readonly RealisasiWorkbookRow[], perOpd: boolean, triwulan?: 1 | 2 | 3 | 4): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'roadmap';
  const fixed = new Date(Date.UTC(tahun, 0, 1));
  workbook.created = fixed;
  workbook.modified = fixed;
  const daerah = `${project.pemerintah.jenis === 'kota' ? 'Kota' : project.pemerintah.jenis === 'provinsi' ? 'Provinsi' : 'Kabupaten'} ${project.pemerintah.nama}`;

  if (!perOpd) {
    addSheet(workbook, `Realisasi ${tahun}`, `${daerah}: seluruh perangkat daerah`, tahun, rows, triwulan);
    return workbook;
  }
  for (const opd of project.opd) {
    const own = rows.filter((r) => r.opd === opd.kode);
    if (own.length === 0) continue;
    addSheet(workbook, sheetName(opd.kode), `${daerah}: ${opd.nama}`, tahun, own, triwulan);
  }
  return workbook;
}

function addSheet(workbook: ExcelJS.Workbook, name: string, who: string, tahun: number, rows: readonly RealisasiWorkbookRow[], triwulan?: 1 | 2 | 3 | 4): void {
  const COLUMNS = columnsFor(triwulan);
  const ws = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 1 }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = COLUMNS.map((c) => ({ key: c.key, width: c.width }));
  const last = COLUMNS.length;

  // 1. Title and note (rows above the header are skipped on import).
  ws.mergeCells(1, 1, 1, last);
  const title = ws.getCell(1, 1);
  title.value = `Realisasi Road Map Reformasi Birokrasi ${triwulan ? `triwulan ${ROMAWI[triwulan - 1]} ` : ''}tahun ${tahun} — ${who}`;
  title.font = { bold: true, size: 13 };
  ws.mergeCells(2, 1, 2, last);
  const note = ws.getCell(2, 1);
  note.value =
    'Petunjuk: isi kolom "realisasi" (kuning) untuk setiap baris; baris yang realisasinya kosong dilewati saat impor. ' +
    'Angka boleh ditulis 85, 85,5, 1.234,5 atau 85%. Target berupa teks diisi teks (misalnya WTP, "SK ditetapkan") atau "tercapai" / "belum tercapai". ' +
    'Jangan mengubah kolom id maupun judul kolom. Kolom keterangan diisi kendala dan tindak lanjut (masuk ke laporan pemantauan). ' +
    'Kolom realisasi anggaran (rupiah) hanya untuk baris kegiatan. ' +
    `Baris zona integritas diisi tahap yang dicapai tahun itu (pilih dari daftar: ${CONTOH_KATA_TAHAP}), keterangan diisi pokok LHE.`;
  note.alignment = { wrapText: true, vertical: 'top' };
  note.font = { italic: true, size: 9, color: { argb: 'FF444444' } };
  ws.getRow(2).height = 48;

  // 2. Header: the import finds it by "id" and "realisasi <tahun>".
  const header = ws.getRow(HEADER_ROW);
  COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.key === 'target' || c.key === 'realisasi' ? `${c.header} ${tahun}` : c.header;
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
  });
  header.height = 22;

  // 3. One row per indicator or activity.
  rows.forEach((r, i) => {
    const row = ws.getRow(HEADER_ROW + 1 + i);
    row.values = [r.id, r.jenis, r.nama, r.satuan, r.target ?? '', r.realisasi ?? '', '', '', r.koordinator, ...(triwulan ? [ROMAWI[triwulan - 1]] : [])];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.border = BORDER;
      cell.alignment = { vertical: 'top', wrapText: col === 3 || col === 7 };
    });
    const value = row.getCell(6);
    value.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
    value.protection = { locked: false };
    row.getCell(7).protection = { locked: false };
    if (r.jenis === 'kegiatan') row.getCell(8).protection = { locked: false };
    // A stage is one of a few words: offer them, and refuse a typo before it reaches the import.
    if (r.jenis === 'zona integritas') {
      value.dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${Object.values(NAMA_TAHAP).join(',')}"`],
        showErrorMessage: true,
        errorTitle: 'Tahap Zona Integritas',
        error: `Pilih salah satu tahap: ${Object.values(NAMA_TAHAP).join(', ')}.`,
      };
    }
  });
  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: last } };
}

const THIN = { style: 'thin' as const, color: { argb: 'FF999999' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(kode: string): string {
  return kode.replace(/[:\\/?*[\]]/g, '-').slice(0, 31);
}
