/**
 * The rules of the RB evaluation indicators (`jenis: indeksRb` / `pmprb`, see evaluasi-rb.ts),
 * checked by `validate`: one indicator of each kind, values a number from 0 to 100, a target a
 * value or a category, and a category recorded from the LHE that fits its value. Runs on what
 * parsed (salvage.ts): a part that did not validate is skipped.
 */
import type { PathSegment } from '../problem.js';
import type { Finding } from './finding.js';
import { kategoriDari, kategoriDariTeks, NAMA_JENIS_EVALUASI, nilaiEvaluasi, type JenisEvaluasiRb } from './evaluasi-rb.js';
import { formatNilaiPesan } from './format-message.js';
import type { Salvaged } from './salvage.js';
import type { Indikator, Nilai, Project } from './types.js';

export function checkEvaluasiRb(project: Salvaged<Project>): Finding[] {
  const findings: Finding[] = [];
  const first = new Map<JenisEvaluasiRb, string>();
  const marked = new Set(project.sasaran?.flatMap((s) => s?.indikator?.map((i) => i?.jenis) ?? []));
  project.sasaran?.forEach((s, si) =>
    s?.indikator?.forEach((ind, ii) => {
      if (ind === undefined) return;
      const path: PathSegment[] = ['sasaran', si, 'indikator', ii];
      if (ind.jenis === undefined) {
        if (ind.kategori !== undefined) findings.push(kategoriWithoutJenis(ind.id, path));
        // Named as one, not marked as one (and none other is): its rules would be missed.
        const looksLike = ind.nama === undefined ? undefined : JENIS_DARI_NAMA.find(([pattern]) => pattern.test(ind.nama!))?.[1];
        if (looksLike !== undefined && !marked.has(looksLike)) {
          findings.push({
            code: 'evaluasi-rb-tanpa-jenis',
            severity: 'warning',
            path: [...path, 'nama'],
            message: `Indikator${ind.id ? ` ${ind.id}` : ''} tampaknya ${NAMA_JENIS_EVALUASI[looksLike]}, tetapi belum ditandai, sehingga kategori AA-D dan aturannya tidak dipakai.`,
            hint: `Tambahkan \`jenis: ${looksLike}\` pada indikator itu.`,
          });
        }
        return;
      }
      const earlier = first.get(ind.jenis);
      if (earlier !== undefined) {
        findings.push({
          code: 'evaluasi-rb-ganda',
          severity: 'warning',
          path: [...path, 'jenis'],
          message: `${ind.id ?? 'Indikator ini'} ditandai ${ind.jenis}, padahal ${earlier} sudah: status dan laporan hanya memakai ${earlier}.`,
          hint: `Satu road map mencatat satu ${NAMA_JENIS_EVALUASI[ind.jenis]}; hapus \`jenis\` dari salah satunya.`,
        });
      } else if (ind.id !== undefined) first.set(ind.jenis, ind.id);
      findings.push(...checkValues(ind, path));
    }),
  );
  // RB Tematik impact indicators are not evaluation results: the kind is read on sasaran only.
  project.tematik?.forEach((t, ti) =>
    t?.indikator?.forEach((ind, ii) => {
      if (ind?.jenis === undefined && ind?.kategori === undefined) return;
      findings.push({
        code: 'evaluasi-rb-di-tematik',
        severity: 'warning',
        path: ['tematik', ti, 'indikator', ii, ind.jenis !== undefined ? 'jenis' : 'kategori'],
        message: `Indikator dampak RB Tematik ${ind.id ?? ii + 1} ditandai sebagai hasil evaluasi RB; tanda itu hanya dibaca pada indikator sasaran.`,
        hint: 'Catat Indeks RB dan PMPRB sebagai indikator sasaran (di bawah `sasaran`), lalu hapus `jenis`/`kategori` di sini.',
      });
    }),
  );
  return findings;
}

/** Names that say what an indicator is: the Indeks RB, or the self-assessment. */
const JENIS_DARI_NAMA: readonly [RegExp, JenisEvaluasiRb][] = [
  [/\bindeks\s+(?:reformasi\s+birokrasi|RB)\b/i, 'indeksRb'],
  [/\bPMPRB\b|penilaian\s+mandiri\s+pelaksanaan\s+reformasi\s+birokrasi/i, 'pmprb'],
];

function checkValues(ind: Salvaged<Indikator>, path: PathSegment[]): Finding[] {
  const findings: Finding[] = [];
  // "Indeks RB IND-01", or the kind alone when the id did not parse.
  const nama = `${NAMA_JENIS_EVALUASI[ind.jenis!]}${ind.id ? ` ${ind.id}` : ''}`;
  const check = (value: Nilai | undefined, at: PathSegment[], what: 'realisasi' | 'target' | 'baseline') => {
    if (value === undefined) return;
    if (what === 'target' && kategoriDariTeks(value) !== undefined) return;
    const n = nilaiEvaluasi(value);
    if (n === undefined) {
      findings.push({
        code: 'evaluasi-rb-bukan-angka',
        severity: 'warning',
        path: at,
        message: `${nama}: "${String(value).slice(0, 40)}" bukan nilai 0-100${what === 'target' ? ' atau kategori' : ''}, sehingga kategorinya tidak dapat dihitung.`,
        hint: what === 'target' ? 'Tulis target sebagai nilai (misalnya 71) atau kategori (AA, A, BB, B, CC, C, D).' : 'Tulis nilainya (misalnya 64.18); kategori dari LHE dicatat di `kategori`.',
      });
    } else if (n < 0 || n > 100) {
      findings.push({
        code: 'evaluasi-rb-di-luar-rentang',
        severity: 'error',
        path: at,
        message: `${nama}: nilai ${formatNilaiPesan(n)} di luar rentang 0-100.`,
        hint: 'Nilai Indeks RB dan PMPRB berada pada skala 0-100; periksa nilai dan letak titik desimalnya.',
      });
    }
  };
  for (const [year, value] of Object.entries(ind.realisasi ?? {})) check(value, [...path, 'realisasi', year], 'realisasi');
  for (const [year, value] of Object.entries(ind.target ?? {})) check(value, [...path, 'target', year], 'target');
  check(ind.baseline?.nilai, [...path, 'baseline', 'nilai'], 'baseline');

  for (const [year, kategori] of Object.entries(ind.kategori ?? {})) {
    const n = nilaiEvaluasi(ind.realisasi?.[year]);
    if (kategori === undefined || n === undefined || n < 0 || n > 100 || kategoriDari(n) === kategori) continue;
    findings.push({
      code: 'evaluasi-rb-kategori-tidak-sesuai',
      severity: 'warning',
      path: [...path, 'kategori', year],
      message: `${nama} ${year}: kategori ${kategori} tidak sesuai nilai ${formatNilaiPesan(n)}, yang termasuk kategori ${kategoriDari(n)}.`,
      hint: 'Rentang kategori: AA >90-100, A >80-90, BB >70-80, B >60-70, CC >50-60, C >30-50, D 0-30. Periksa nilai atau kategori pada LHE.',
    });
  }
  return findings;
}

function kategoriWithoutJenis(id: string | undefined, path: PathSegment[]): Finding {
  return {
    code: 'evaluasi-rb-kategori-tanpa-jenis',
    severity: 'warning',
    path: [...path, 'kategori'],
    message: `Indikator${id ? ` ${id}` : ''} mencatat \`kategori\` tetapi tidak ditandai sebagai Indeks RB atau PMPRB, sehingga kategori itu tidak dipakai.`,
    hint: 'Tambahkan `jenis: indeksRb` (atau `jenis: pmprb`), atau hapus `kategori`.',
  };
}
