/**
 * The report's section on the RB evaluation results: the self-assessment (PMPRB) and the Indeks
 * RB a row per year up to the report's, each with its category, the Indeks RB's target, and the
 * gap between the two; and a paragraph that says where the year stands. The figures come from
 * evaluasiRbProgress, which `roadmap status` shows too.
 */
import type { StatusCapaian } from '../../model/achievement.js';
import { artiKategori, barisPerTahun, duaDesimal, type EvaluasiRbProgress, type NilaiEvaluasiTahun } from '../../model/evaluasi-rb.js';

const nilaiTeks = (n: NilaiEvaluasiTahun | undefined) => (n === undefined || n.nilai === null ? '-' : duaDesimal(n.nilai));
const kategoriTeks = (n: NilaiEvaluasiTahun | undefined) => n?.kategoriDicatat ?? n?.kategori ?? '-';

function targetTeks(n: NilaiEvaluasiTahun | undefined): string {
  if (n === undefined || n.target === null) return '-';
  return typeof n.target === 'number' ? `${duaDesimal(n.target)} (${n.targetKategori})` : String(n.target);
}

/**
 * @param statusIndeksRb the Indeks RB's achievement in the report's year (from progressOf), so the
 *   paragraph and the indicator table say the same.
 * @param mulai the first year of the period: a year before it is the baseline.
 */
export function laporanEvaluasiRb(ev: EvaluasiRbProgress, statusIndeksRb: StatusCapaian | undefined, mulai: number) {
  const baris = barisPerTahun(ev).map((b) => ({
    tahun: b.tahun < mulai ? `${b.tahun} (baseline)` : String(b.tahun),
    pmprb: nilaiTeks(b.pmprb),
    pmprbKategori: kategoriTeks(b.pmprb),
    indeksRb: nilaiTeks(b.indeksRb),
    indeksRbKategori: kategoriTeks(b.indeksRb),
    target: targetTeks(b.indeksRb),
    selisih: b.selisih === null ? '-' : `${b.selisih > 0 ? '+' : ''}${duaDesimal(b.selisih)}`,
  }));
  return { baris, adaPmprb: ev.pmprb !== null, adaIndeksRb: ev.indeksRb !== null, kalimat: kalimat(ev, statusIndeksRb) };
}

function kalimat(ev: EvaluasiRbProgress, status: StatusCapaian | undefined): string {
  const out: string[] = [];
  const t = ev.tahun;
  const ini = ev.indeksRb?.tahunIni;
  if (ev.indeksRb && ini) {
    if (ini.nilai !== null) {
      const k = ini.kategoriDicatat ?? ini.kategori!;
      const banding =
        ini.target === null ? '' : status === 'tercapai' ? `, mencapai target ${targetTeks(ini)}` : `, belum mencapai target ${targetTeks(ini)}`;
      out.push(`Indeks Reformasi Birokrasi tahun ${t} sebesar ${duaDesimal(ini.nilai)} dengan kategori ${k} (${artiKategori(k)})${banding}.`);
    } else {
      const last = [...ev.indeksRb.riwayat].reverse().find((n) => n.nilai !== null);
      out.push(
        `Indeks Reformasi Birokrasi tahun ${t} belum ditetapkan oleh Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi` +
          (last ? `; hasil terakhir adalah ${duaDesimal(last.nilai!)} (kategori ${last.kategoriDicatat ?? last.kategori}) untuk tahun ${last.tahun}.` : '.'),
      );
    }
  }
  const m = ev.pmprb?.tahunIni;
  if (m && m.nilai !== null) {
    const gap = ev.selisih === null ? '' : ev.selisih === 0 ? ', sama dengan Indeks RB' : `, ${ev.selisih > 0 ? 'lebih tinggi' : 'lebih rendah'} ${duaDesimal(Math.abs(ev.selisih))} poin dari Indeks RB hasil evaluasi Kementerian PANRB`;
    out.push(`Nilai penilaian mandiri pelaksanaan reformasi birokrasi (PMPRB) tahun ${t} sebesar ${duaDesimal(m.nilai)} dengan kategori ${m.kategoriDicatat ?? m.kategori}${gap}.`);
  }
  return out.join(' ');
}
