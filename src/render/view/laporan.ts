/**
 * The monitoring report's view for one year: target against realisation per indicator (sasaran
 * and RB Tematik) and per activity, summaries per area and per OPD, budget, the kendala written
 * with the realisations, and the charts. Every figure comes from progressOf, the function
 * `roadmap status` uses, so the report and `status --json` always agree.
 */
import { achievementFor, progressOf, summarise, type BarisCapaian, type Ringkasan } from '../../model/achievement.js';
import { yearsOf, type Nilai, type Project } from '../../model/types.js';
import type { ChartSpec } from '../docx/index.js';
import type { GovernmentNames } from './names.js';
import { daftarSingkatan } from './abbreviations-used.js';
import { laporanEvaluasiRb } from './evaluasi-rb.js';
import { laporanZonaIntegritas } from './zona-integritas.js';
import { WARNA_STATUS, type StatusLaporan } from './status-colours.js';

const GRAFIK_ZONA_INTEGRITAS = 'zona-integritas';

const show = (v: Nilai | null) => (v === null ? '' : v);


/**
 * "Sebagian": a numeric target not reached, but the realisation moved from the baseline towards
 * it. A result no better than the baseline (or without any progress) stays "belum tercapai".
 */
function statusLaporan(r: Pick<BarisCapaian, 'status' | 'capaian' | 'realisasi'>, baseline: Nilai | undefined, arah: 'naik' | 'turun' = 'naik'): StatusLaporan {
  if (r.status !== 'belum tercapai' || r.capaian === null || r.capaian <= 0) return r.status;
  if (typeof baseline === 'number' && typeof r.realisasi === 'number') {
    const better = arah === 'naik' ? r.realisasi > baseline : r.realisasi < baseline;
    if (!better) return 'belum tercapai';
  }
  return 'sebagian';
}

export const ROMAWI_TRIWULAN = ['I', 'II', 'III', 'IV'] as const;

/**
 * The project as one quarter sees it: each activity's target for the year is its target for
 * the quarter (TW IV falls back to the year's target), its realisation the quarter's; indicators
 * are measured yearly, so a quarterly report shows none. Everything else is computed by the same
 * code as the yearly report.
 */
export function projectForQuarter(project: Project, tahun: number, triwulan: 1 | 2 | 3 | 4): Project {
  const year = String(tahun);
  const tw = `tw${triwulan}` as const;
  const withoutYear = <T>(map: Record<string, T>) => Object.fromEntries(Object.entries(map).filter(([y]) => y !== year));
  const only = <T>(map: Record<string, T>, value: T | undefined) => ({ ...withoutYear(map), ...(value !== undefined ? { [year]: value } : {}) });
  return {
    ...project,
    sasaran: project.sasaran.map((s) => ({ ...s, indikator: s.indikator.map((i) => ({ ...i, realisasi: withoutYear(i.realisasi) })) })),
    tematik: project.tematik.map((t) => ({ ...t, indikator: t.indikator.map((i) => ({ ...i, realisasi: withoutYear(i.realisasi) })) })),
    areaPerubahan: project.areaPerubahan.map((a) => ({
      ...a,
      kegiatan: a.kegiatan.map((k) => {
        const target = k.targetTriwulan[year]?.[tw] ?? (triwulan === 4 ? k.target[year] : undefined);
        return { ...k, target: only(k.target, target), realisasi: only(k.realisasi, k.realisasiTriwulan[year]?.[tw]) };
      }),
    })),
  };
}

export function buildLaporan(source: Project, names: GovernmentNames, judulRoadMap: string, tahun: number, triwulan?: 1 | 2 | 3 | 4) {
  const project = triwulan === undefined ? source : projectForQuarter(source, tahun, triwulan);
  const periode = triwulan === undefined ? `Tahun ${tahun}` : `Triwulan ${ROMAWI_TRIWULAN[triwulan - 1]} Tahun ${tahun}`;
  /** The same inside a sentence: "triwulan II tahun 2025". */
  const periodeKalimat = triwulan === undefined ? `tahun ${tahun}` : `triwulan ${ROMAWI_TRIWULAN[triwulan - 1]} tahun ${tahun}`;
  const opdMap = new Map(project.opd.map((o) => [o.kode, o]));
  const singkatan = (kode: string) => opdMap.get(kode)?.singkatan ?? kode;
  const p = progressOf(project, tahun);
  const year = String(tahun);
  type Baris = Pick<BarisCapaian, 'id' | 'nama' | 'target' | 'realisasi' | 'capaian' | 'status'>;
  const baselines = new Map<string, { nilai: Nilai | undefined; arah: 'naik' | 'turun' }>([
    ...project.sasaran.flatMap((s) => s.indikator).map((i) => [i.id, { nilai: i.baseline?.nilai, arah: i.arah }] as const),
    ...project.tematik.flatMap((t) => t.indikator).map((i) => [i.id, { nilai: i.baseline?.nilai, arah: i.arah }] as const),
    ...project.areaPerubahan.flatMap((a) => a.kegiatan).map((k) => [k.id, { nilai: k.baseline?.nilai, arah: 'naik' as const }] as const),
  ]);
  const row = (r: Baris, i: number) => {
    const base = baselines.get(r.id);
    const status = statusLaporan(r, base?.nilai, base?.arah);
    return {
      nomor: i + 1,
      id: r.id,
      nama: r.nama,
      target: show(r.target),
      realisasi: show(r.realisasi),
      capaian: r.capaian ?? ('' as const),
      status,
      /** The word the report prints: "belum ada data" reads better to an OPD than "tidak ada". */
      statusTeks: status === 'tidak ada data' ? 'belum ada data' : status,
      warna: WARNA_STATUS[status].sel,
    };
  };

  const rawIndikator = new Map(project.sasaran.flatMap((s) => s.indikator).map((i) => [i.id, i]));
  const indikator = p.indikator.map((r, i) => {
    const raw = rawIndikator.get(r.id);
    return {
      ...row(r, i),
      satuan: r.satuan,
      arah: r.arah === 'naik' ? 'naik' : 'turun',
      baseline: raw?.baseline ? raw.baseline.nilai : '',
      catatan: raw?.catatanRealisasi[year] ?? '',
    };
  });

  // RB Tematik impact indicators, judged by the same rules as the sasaran indicators.
  const dampakRows = project.tematik.flatMap((t) =>
    t.indikator.map((ind) => ({
      id: ind.id,
      nama: ind.nama,
      satuan: ind.satuan,
      arah: ind.arah,
      baseline: ind.baseline ? ind.baseline.nilai : '',
      catatan: ind.catatanRealisasi[year] ?? '',
      target: ind.target[year] ?? null,
      realisasi: ind.realisasi[year] ?? null,
      ...achievementFor(ind.target[year], ind.realisasi[year], ind.arah),
    })),
  );
  const dampak = dampakRows.map((r, i) => ({ ...row(r, i), satuan: r.satuan, arah: r.arah, baseline: r.baseline, catatan: r.catatan }));

  const rawKegiatan = new Map(project.areaPerubahan.flatMap((a) => a.kegiatan).map((k) => [k.id, k]));
  const kegiatan = p.kegiatan.map((r, i) => {
    const raw = rawKegiatan.get(r.id);
    return {
      ...row(r, i),
      koordinator: singkatan(r.koordinator),
      area: r.area,
      anggaran: raw?.anggaran[year] ?? 0,
      realisasiAnggaran: raw?.realisasiAnggaran[year] ?? null,
      catatan: raw?.catatanRealisasi[year] ?? '',
    };
  });

  const countStatus = (rows: readonly { status: StatusLaporan }[]) => ({
    jumlah: rows.length,
    tercapai: rows.filter((r) => r.status === 'tercapai').length,
    sebagian: rows.filter((r) => r.status === 'sebagian').length,
    belum: rows.filter((r) => r.status === 'belum tercapai').length,
    tidakAdaData: rows.filter((r) => r.status === 'tidak ada data').length,
  });
  const perArea = p.perArea
    .filter((a) => a.kegiatan.jumlah > 0)
    .map((a) => ({ kode: a.kode, nama: a.nama, kegiatan: countStatus(kegiatan.filter((k) => k.area === a.kode)) }));

  // Per OPD: the indicators it answers for and the activities it coordinates or carries out, each
  // counted once (progressOf); the budget of the activities it coordinates, so no rupiah is
  // counted under two OPDs. The activities by coordinator are gathered in one pass, not once per OPD.
  const byKoordinator = new Map<string | undefined, typeof kegiatan>();
  for (const k of kegiatan) {
    const kode = rawKegiatan.get(k.id)?.koordinator;
    const list = byKoordinator.get(kode);
    if (list === undefined) byKoordinator.set(kode, [k]);
    else list.push(k);
  }
  const perOpd = p.perOpd
    .filter((o) => o.indikator.jumlah + o.kegiatan.jumlah > 0)
    .map((o, i) => {
      const coordinated = byKoordinator.get(o.kode) ?? [];
      return {
        nomor: i + 1,
        kode: o.kode,
        singkatan: o.singkatan,
        nama: o.nama,
        indikator: withPercent(o.indikator),
        kegiatan: withPercent(o.kegiatan),
        anggaran: coordinated.reduce((sum, k) => sum + k.anggaran, 0),
        realisasiAnggaran: sumKnown(coordinated.map((k) => k.realisasiAnggaran)),
      };
    });

  const anggaran = kegiatan.reduce((sum, k) => sum + k.anggaran, 0);
  const realisasiAnggaran = sumKnown(kegiatan.map((k) => k.realisasiAnggaran));
  const kendala = [
    ...indikator.filter((r) => r.catatan !== '').map((r) => ({ id: r.id, nama: r.nama, statusTeks: r.statusTeks, catatan: r.catatan, opd: '' })),
    ...dampak.filter((r) => r.catatan !== '').map((r) => ({ id: r.id, nama: r.nama, statusTeks: r.statusTeks, catatan: r.catatan, opd: '' })),
    ...kegiatan.filter((r) => r.catatan !== '').map((r) => ({ id: r.id, nama: r.nama, statusTeks: r.statusTeks, catatan: r.catatan, opd: r.koordinator })),
  ];
  const adaData = [...indikator, ...kegiatan, ...dampak].some((r) => r.realisasi !== '');
  const quickWins = p.quickWins.map((r, i) => ({ ...row(r, i), output: show(r.target), opd: singkatan(r.opd) }));

  const grafik = charts(project, tahun, periodeKalimat, indikator, perArea);
  const zi = laporanZonaIntegritas(project, tahun, singkatan);
  if (zi) grafik.specs[GRAFIK_ZONA_INTEGRITAS] = zi.chart;
  const grafikTren = grafik.list.filter((g) => g.src.startsWith('tren-'));
  // BAB II's subsections, numbered over those that have something to show.
  // A quarterly report shows the activities only (indicators are measured yearly).
  const tahunan = triwulan === undefined;
  const evaluasiRb = p.evaluasiRb && tahunan ? laporanEvaluasiRb(p.evaluasiRb, project.periode.mulai) : null;
  const parts = [['ringkasan', true], ['indikator', tahunan], ['dampak', tahunan && dampak.length > 0], ['evaluasiRb', evaluasiRb !== null], ['kegiatan', true], ['opd', tahunan], ['quickWins', tahunan && quickWins.length > 0], ['zonaIntegritas', tahunan && zi !== undefined], ['tren', tahunan && grafikTren.length > 0]] as const;
  let n = 0;
  const subbab = Object.fromEntries(parts.map(([key, shown]) => [key, shown ? `2.${++n}` : ''])) as Record<(typeof parts)[number][0], string>;
  // The report is read without the road map: its own list of the abbreviations it prints.
  const opdDisebut = new Set([
    ...p.kegiatan.map((r) => r.koordinator),
    ...(tahunan ? perOpd.map((o) => o.kode) : []),
    ...p.quickWins.map((r) => r.opd),
    ...(tahunan && zi ? (project.zonaIntegritas?.unit ?? []).map((u) => u.opd) : []),
  ]);
  const singkatanOpd = project.opd.filter((o) => opdDisebut.has(o.kode) && o.singkatan !== o.nama).map((o) => ({ singkatan: o.singkatan, nama: o.nama }));
  const dicetak = JSON.stringify([judulRoadMap, tahunan ? [indikator, dampak, quickWins, evaluasiRb, zi?.view ?? null] : [], kegiatan, kendala]);
  return {
    subbab,
    // A year without realisations prints no table: nothing to list.
    daftarSingkatan: adaData ? daftarSingkatan(dicetak, singkatanOpd) : [],
    tahun,
    judul: `Laporan Pemantauan dan Evaluasi Pelaksanaan ${judulRoadMap} ${periode}`,
    periode,
    periodeKalimat,
    triwulan: triwulan === undefined ? '' : ROMAWI_TRIWULAN[triwulan - 1],
    penandaTangan: { jabatan: names.jabatanSekda },
    adaData,
    adaIndikatorTeks: indikator.some((r) => r.capaian === '' && r.realisasi !== ''),
    indikator,
    dampak,
    kegiatan,
    perArea,
    perOpd,
    quickWins,
    evaluasiRb,
    zonaIntegritas: zi ? { ...zi.view, grafik: GRAFIK_ZONA_INTEGRITAS, tinggi: 190 } : null,
    kendala,
    anggaran: {
      rencana: anggaran,
      realisasi: realisasiAnggaran ?? '',
      adaRealisasi: realisasiAnggaran !== null,
      persen: realisasiAnggaran !== null && anggaran > 0 ? Math.round((realisasiAnggaran / anggaran) * 1000) / 10 : '',
    },
    total: {
      indikator: withPercent(p.total.indikator),
      kegiatan: withPercent(p.total.kegiatan),
      kegiatanStatus: countStatus(kegiatan),
      dampak: withPercent(summarise(dampakRows)),
    },
    grafikRingkasan: grafik.list.filter((g) => !g.src.startsWith('tren-')),
    grafikTren,
    charts: grafik.specs,
  };
}

type IndikatorRow = { id: string; nama: string; capaian: number | ''; satuan: string };
type AreaRow = { nama: string; kegiatan: { tercapai: number; sebagian: number; belum: number; tidakAdaData: number } };

/**
 * The report's charts: capaian per indicator against its target (100%), the status of the
 * activities per area, and from the second reported year on, each numeric indicator's target and
 * realisation over the years so far.
 */
function charts(project: Project, tahun: number, periode: string, indikator: readonly IndikatorRow[], perArea: readonly AreaRow[]) {
  const specs: Record<string, ChartSpec> = {};
  const list: { src: string; judul: string; tinggi: number }[] = [];
  const add = (src: string, spec: ChartSpec, tinggi: number) => {
    specs[src] = spec;
    list.push({ src, judul: spec.title, tinggi });
  };

  const measured = indikator.filter((r): r is IndikatorRow & { capaian: number } => r.capaian !== '');
  if (measured.length > 0) {
    add(
      'capaian-indikator',
      {
        kind: 'bar',
        title: `Capaian indikator sasaran ${periode} (% dari target)`,
        // Codes only: LibreOffice drops every other long label; the names are in the table below.
        categories: measured.map((r) => r.id),
        // One bar per indicator; 100% (the target) is the gridline the eye compares with.
        series: [{ name: 'Capaian (% dari target)', values: measured.map((r) => r.capaian), color: '4472C4' }],
        numberFormat: '0.0"%"',
        dataLabels: true,
        categoryInLabel: true,
        min: 0,
      },
      Math.max(160, 50 + measured.length * 22),
    );
  }
  if (perArea.length > 0) {
    add(
      'status-area',
      {
        // A zero count is left out (null), so it draws neither a segment nor a "0" label.
        kind: 'stacked-bar',
        title: `Status kegiatan rencana aksi per area perubahan ${periode}`,
        categories: perArea.map((a) => a.nama),
        series: [
          { name: 'Tercapai', values: perArea.map((a) => a.kegiatan.tercapai || null), color: WARNA_STATUS.tercapai.grafik },
          { name: 'Sebagian', values: perArea.map((a) => a.kegiatan.sebagian || null), color: WARNA_STATUS.sebagian.grafik },
          { name: 'Belum tercapai', values: perArea.map((a) => a.kegiatan.belum || null), color: WARNA_STATUS['belum tercapai'].grafik },
          { name: 'Belum ada data', values: perArea.map((a) => a.kegiatan.tidakAdaData || null), color: WARNA_STATUS['tidak ada data'].grafik },
        ],
        numberFormat: '0',
        dataLabels: true,
        min: 0,
      },
      Math.max(160, 50 + perArea.length * 24),
    );
  }

  // Trends: from the second year with realisations, numeric indicators only, from the baseline
  // year on, on an axis from zero so a small gap does not look like a large one.
  const years = yearsOf(project.periode).filter((y) => y <= tahun);
  for (const s of project.sasaran) {
    for (const ind of s.indikator) {
      const numeric = (v: Nilai | undefined) => (typeof v === 'number' ? v : null);
      const realised = years.filter((y) => numeric(ind.realisasi[String(y)]) !== null);
      if (realised.length < 2) continue;
      const base = ind.baseline && typeof ind.baseline.nilai === 'number' && ind.baseline.tahun < years[0]! ? ind.baseline : undefined;
      const arah = ind.arah === 'turun' ? '; makin rendah makin baik' : '';
      add(
        `tren-${ind.id}`,
        {
          kind: 'line',
          // Two lines of title at most: longer names are cut at a word.
          title: `${ind.id} ${shorten(ind.nama, 110)} — ${ind.satuan}${arah}`,
          categories: [...(base ? [`${base.tahun} (baseline)`] : []), ...years.map(String)],
          series: [
            // Target labels below the points, realisations above: close values do not overprint.
            { name: 'Target', values: [...(base ? [null] : []), ...years.map((y) => numeric(ind.target[String(y)]))], color: 'A5A5A5', labelPosition: 'below' },
            { name: 'Realisasi', values: [...(base ? [numeric(base.nilai)] : []), ...years.map((y) => numeric(ind.realisasi[String(y)]))], color: '4472C4' },
          ],
          dataLabels: true,
          min: 0,
        },
        190,
      );
    }
  }
  return { specs, list };
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}

function sumKnown(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
}

function withPercent(r: Ringkasan) {
  return { ...r, persenTercapai: r.jumlah === 0 ? 0 : Math.round((r.tercapai / r.jumlah) * 1000) / 10 };
}
