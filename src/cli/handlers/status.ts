/** `roadmap status`: one year's progress as a few tables, or JSON. */
import type { ChalkInstance } from 'chalk';
import type { StatusResult } from '../../actions/status.js';
import { summarise, type Ringkasan } from '../../model/achievement.js';
import { NAMA_TAHAP, type ZonaIntegritasProgress } from '../../model/zona-integritas.js';
import { barisPerTahun, duaDesimal, type EvaluasiRbProgress, type NilaiEvaluasiTahun } from '../../model/evaluasi-rb.js';
import { formatNilaiPesan, shorten } from '../../model/format-message.js';
import { printJson } from '../answer.js';
import type { Io } from '../streams.js';

export async function status(io: Io, project: string | undefined, flags: { tahun?: number; json?: boolean }): Promise<void> {
  const { projectStatus } = await import('../../actions/status.js');
  const result = await projectStatus(project, io.cwd, flags.tahun !== undefined ? { tahun: flags.tahun } : {});
  if (flags.json) printJson(io, result);
  else for (const line of formatStatus(result, io.colorOut)) io.stdout.write(`${line}\n`);
}

/** The status report as lines; colour only marks the counts. */
export function formatStatus(result: StatusResult, color: ChalkInstance): string[] {
  const p = result.progress;
  const terisi = result.tahunTerisi.length > 0 ? result.tahunTerisi.join(', ') : 'belum ada';
  const lines = [
    color.bold(`${result.daerah}: kemajuan road map tahun ${p.tahun}`),
    `Periode ${result.periode.mulai}-${result.periode.selesai}; tahun dengan data realisasi: ${terisi}.`,
    '',
    `Indikator  ${sentence(p.total.indikator, color)}`,
    `Kegiatan   ${sentence(p.total.kegiatan, color)}`,
    ...(p.quickWins.length > 0 ? [`Quick wins ${sentence(summarise(p.quickWins), color)}`] : []),
  ];

  const table = (title: string, rows: { label: string; counts: Ringkasan }[]) => {
    if (rows.length === 0) return;
    const width = Math.min(52, Math.max(title.length, ...rows.map((r) => r.label.length)));
    lines.push('', `${color.bold(title.padEnd(width))}  tercapai  belum  tanpa data`);
    for (const r of rows) {
      const label = shorten(r.label, width).padEnd(width);
      lines.push(`${label}  ${cells(r.counts, color)}`);
    }
  };
  table(
    'Indikator per sasaran',
    p.perSasaran.map((s) => ({ label: `${s.id} ${s.nama}`, counts: s.indikator })),
  );
  table(
    'Kegiatan per area perubahan',
    p.perArea.filter((a) => a.kegiatan.jumlah > 0).map((a) => ({ label: `${a.kode} ${a.nama}`, counts: a.kegiatan })),
  );
  const opd = p.perOpd.filter((o) => o.indikator.jumlah + o.kegiatan.jumlah > 0);
  table(
    'Indikator per OPD',
    opd.filter((o) => o.indikator.jumlah > 0).map((o) => ({ label: `${o.kode}`, counts: o.indikator })),
  );
  table(
    'Kegiatan per OPD (koordinator atau pelaksana)',
    opd.filter((o) => o.kegiatan.jumlah > 0).map((o) => ({ label: `${o.kode}`, counts: o.kegiatan })),
  );

  if (p.evaluasiRb) lines.push('', ...formatEvaluasiRb(p.evaluasiRb, color));
  if (p.zonaIntegritas) lines.push('', ...formatZonaIntegritas(p.zonaIntegritas, color));

  const behind = [...p.indikator, ...p.kegiatan, ...p.quickWins].filter((r) => r.status === 'belum tercapai');
  if (behind.length > 0) {
    lines.push('', color.bold('Belum tercapai'));
    for (const r of behind) {
      const persen = r.capaian !== null ? ` (${formatNilaiPesan(r.capaian)}%)` : '';
      lines.push(`  ${color.red('✖')} ${r.id} ${shorten(r.nama, 60)}: ${value(r.realisasi)} dari target ${value(r.target)}${persen}`);
    }
  }
  return lines;
}

function sentence(r: Ringkasan, color: ChalkInstance): string {
  if (r.jumlah === 0) return 'tidak ada untuk tahun ini';
  const persen = Math.round((r.tercapai / r.jumlah) * 100);
  return `${color.green(`${r.tercapai}`)} dari ${r.jumlah} tercapai (${persen}%), ${color.red(`${r.belumTercapai}`)} belum tercapai, ${color.dim(`${r.tidakAdaData}`)} tanpa data`;
}

function cells(r: Ringkasan, color: ChalkInstance): string {
  return `${color.green(String(r.tercapai).padStart(8))}  ${color.red(String(r.belumTercapai).padStart(5))}  ${color.dim(String(r.tidakAdaData).padStart(10))}`;
}

function value(v: number | string | null): string {
  if (v === null) return '-';
  return typeof v === 'number' ? formatNilaiPesan(v) : `"${shorten(v, 40)}"`;
}

/** Zona Integritas: units at or beyond each stage against the year's target, then who fell back or is late. */
export function formatZonaIntegritas(zi: ZonaIntegritasProgress, color: ChalkInstance): string[] {
  const title = `Zona Integritas (${zi.unit.length} unit)`;
  const width = Math.max(title.length, ...zi.perTahap.map((t) => NAMA_TAHAP[t.tahap].length));
  const lines = [`${color.bold(title.padEnd(width))}  jumlah  target`];
  for (const t of zi.perTahap) {
    const short = t.target !== null && t.jumlah < t.target;
    const jumlah = String(t.jumlah).padStart(6);
    lines.push(`${NAMA_TAHAP[t.tahap].padEnd(width)}  ${short ? color.red(jumlah) : color.green(jumlah)}  ${(t.target === null ? '-' : String(t.target)).padStart(6)}`);
  }
  const byId = new Map(zi.unit.map((u) => [u.id, u]));
  const where = (id: string) => {
    const u = byId.get(id)!;
    // Mid-sentence: only the first letter goes lower case, "TPN" stays as written.
    const tahap = u.tahap === null ? 'belum ada tahap' : NAMA_TAHAP[u.tahap].replace(/^./, (c) => c.toLowerCase());
    return `${id} ${shorten(u.nama, 40)}: ${tahap}`;
  };
  if (zi.mundur.length > 0) lines.push(`${color.red('Tidak lolos atau mundur')}: ${zi.mundur.map(where).join('; ')}`);
  if (zi.terlambat.length > 0) {
    lines.push(`${color.red('Terlambat dari rencana')}: ${zi.terlambat.map((id) => `${where(id)} (target ${byId.get(id)!.targetPredikat} ${byId.get(id)!.targetTahun})`).join('; ')}`);
  }
  return lines;
}

/**
 * Indeks RB and the self-assessment (PMPRB), a row per year up to the one asked: each value with
 * its category, the Indeks RB's target, and the gap between the two. A category recorded from the
 * LHE that does not fit its value is pointed out below.
 */
export function formatEvaluasiRb(ev: EvaluasiRbProgress, color: ChalkInstance): string[] {
  const nilai = (n: NilaiEvaluasiTahun | undefined) => (n === undefined || n.nilai === null ? '-' : `${duaDesimal(n.nilai)} (${n.kategori})`);
  const target = (n: NilaiEvaluasiTahun | undefined) => {
    if (n === undefined || n.target === null) return '-';
    return typeof n.target === 'number' ? `${duaDesimal(n.target)} (${n.targetKategori})` : String(n.target);
  };
  const header = ['Evaluasi RB', 'Indeks RB', 'target', 'PMPRB', 'selisih'];
  const rows = barisPerTahun(ev).map((b) => [String(b.tahun), nilai(b.indeksRb), target(b.indeksRb), nilai(b.pmprb), b.selisih === null ? '-' : `${b.selisih > 0 ? '+' : ''}${duaDesimal(b.selisih)}`]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  const lines = [color.bold(line(header)), ...rows.map(line)];
  for (const ind of [ev.indeksRb, ev.pmprb]) {
    for (const n of ind?.riwayat ?? []) {
      if (n.kategoriDicatat !== null && n.kategori !== null && n.kategoriDicatat !== n.kategori) {
        lines.push(color.yellow(`${ind!.id} ${n.tahun}: kategori tercatat ${n.kategoriDicatat}, padahal nilai ${duaDesimal(n.nilai!)} termasuk ${n.kategori}.`));
      }
    }
  }
  return lines;
}
