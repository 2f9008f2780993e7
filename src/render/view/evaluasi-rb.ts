/**
 * The report's section on the RB evaluation results: the self-assessment (PMPRB) and the Indeks
 * RB a row per year up to the report's, each with its category, the Indeks RB's target, and the
 * gap between the two; and a paragraph that says where the year stands. The figures come from
 * evaluasiRbProgress, which `roadmap status` shows too.
 */
import { achievementFor } from '../../model/achievement.js';
import { artiKategori, barisPerTahun, duaDesimal, realisasiUntukTarget, type EvaluasiRbProgress, type NilaiEvaluasiTahun } from '../../model/evaluasi-rb.js';

const nilaiTeks = (n: NilaiEvaluasiTahun | undefined) => (n === undefined || n.nilai === null ? '-' : duaDesimal(n.nilai));
const kategoriTeks = (n: NilaiEvaluasiTahun | undefined) => n?.kategoriDicatat ?? n?.kategori ?? '-';

function targetTeks(n: NilaiEvaluasiTahun | undefined): string {
  if (n === undefined || n.target === null) return '-';
  return typeof n.target === 'number' ? `${duaDesimal(n.target)} (${n.targetKategori})` : String(n.target);
}

/** @param mulai the first year of the period: a year before it is the baseline. */
export function laporanEvaluasiRb(ev: EvaluasiRbProgress, mulai: number) {
  const baris = barisPerTahun(ev).map((b) => ({
    tahun: String(b.tahun),
    baseline: b.tahun < mulai,
    pmprb: nilaiTeks(b.pmprb),
    pmprbKategori: kategoriTeks(b.pmprb),
    pmprbTarget: targetTeks(b.pmprb),
    indeksRb: nilaiTeks(b.indeksRb),
    indeksRbKategori: kategoriTeks(b.indeksRb),
    target: targetTeks(b.indeksRb),
    selisih: b.selisih === null ? '-' : `${b.selisih > 0 ? '+' : ''}${duaDesimal(b.selisih)}`,
  }));
  return { baris, adaPmprb: ev.pmprb !== null, adaIndeksRb: ev.indeksRb !== null, kalimat: kalimat(ev) };
}

const KEMENTERIAN = 'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi';

/** Whether a year's value reaches its target, by the rule status and the indicator table use. */
function tercapai(n: NilaiEvaluasiTahun): boolean {
  const target = n.target ?? undefined;
  return achievementFor(target, realisasiUntukTarget(target, n.nilai ?? undefined)).status === 'tercapai';
}

function kalimat(ev: EvaluasiRbProgress): string {
  const out: string[] = [];
  const t = ev.tahun;
  const ini = ev.indeksRb?.tahunIni;
  if (ev.indeksRb && ini) {
    if (ini.nilai !== null) {
      const k = ini.kategoriDicatat ?? ini.kategori!;
      const banding =
        ini.target === null ? '' : tercapai(ini) ? `, mencapai target ${targetTeks(ini)}` : `, belum mencapai target ${targetTeks(ini)}`;
      out.push(`Indeks Reformasi Birokrasi (Indeks RB) tahun ${t} hasil evaluasi ${KEMENTERIAN} sebesar ${duaDesimal(ini.nilai)} dengan kategori ${k} (${artiKategori(k)})${banding}.`);
    } else {
      const last = [...ev.indeksRb.riwayat].reverse().find((n) => n.nilai !== null);
      out.push(
        `Indeks Reformasi Birokrasi (Indeks RB) tahun ${t} belum ditetapkan oleh ${KEMENTERIAN}` +
          (last ? `; hasil terakhir adalah ${duaDesimal(last.nilai!)} (kategori ${last.kategoriDicatat ?? last.kategori}) untuk tahun ${last.tahun}.` : '.'),
      );
    }
  }
  const m = ev.pmprb?.tahunIni;
  if (m && m.nilai !== null) {
    const gap = ev.selisih === null ? '' : ev.selisih === 0 ? ', sama dengan Indeks RB' : `, ${ev.selisih > 0 ? 'lebih tinggi' : 'lebih rendah'} ${duaDesimal(Math.abs(ev.selisih))} poin dari Indeks RB`;
    const target = m.target === null ? '' : `, ${tercapai(m) ? 'mencapai' : 'belum mencapai'} target ${targetTeks(m)}`;
    out.push(`Nilai Penilaian Mandiri Pelaksanaan Reformasi Birokrasi (PMPRB) tahun ${t} sebesar ${duaDesimal(m.nilai)} dengan kategori ${m.kategoriDicatat ?? m.kategori}${target}${gap}.`);
  }
  return out.join(' ');
}
