/**
 * The content every peer writes, taken from a roadmap.yaml: the title, the indicator tables per
 * sasaran, and per area its condition, problems, strategy and activity matrix. It is the body of
 * a road map without the regulation around it, so a peer does the same amount of table work.
 */
const rupiah = (n) => `Rp${Math.round(n).toLocaleString('de-DE')}`;
const perYear = (map, years) => years.map((y) => `${y}: ${map?.[y] ?? '-'}`).join('; ');

export function contentOf(project) {
  const { mulai, selesai } = project.periode;
  const years = Array.from({ length: selesai - mulai + 1 }, (_, i) => String(mulai + i));
  const jenis = { kabupaten: 'Kabupaten', kota: 'Kota', provinsi: 'Provinsi' }[project.pemerintah.jenis];
  return {
    judul: `Road Map Reformasi Birokrasi ${jenis} ${project.pemerintah.nama} Tahun ${mulai}-${selesai}`,
    visi: project.visi ?? '',
    sasaran: project.sasaran.map((s) => ({
      id: s.id,
      nama: s.nama,
      indikator: s.indikator.map((i) => ({
        id: i.id,
        nama: i.nama,
        satuan: i.satuan,
        baseline: i.baseline ? String(i.baseline.nilai) : '-',
        target: perYear(i.target, years),
        penanggungJawab: i.penanggungJawab.join(', '),
      })),
    })),
    area: project.areaPerubahan.map((a) => ({
      kode: a.kode,
      kondisi: a.kondisi ?? '',
      permasalahan: (a.permasalahan ?? []).map((teks) => ({ teks })),
      strategi: a.strategi ?? '',
      kegiatan: a.kegiatan.map((k) => ({
        id: k.id,
        nama: k.nama,
        output: k.output,
        target: perYear(k.target, years),
        koordinator: k.koordinator,
        pelaksana: (k.pelaksana ?? []).join(', '),
        anggaran: rupiah(Object.values(k.anggaran ?? {}).reduce((a, b) => a + b, 0)),
      })),
    })),
  };
}
