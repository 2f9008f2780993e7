/**
 * Generates road-map projects of a given size for the bench: `areas` x `perArea` activities,
 * `indicators` indicators, over `years` years. Deterministic (no randomness), realistic lengths.
 */
const AREAS = ['MP', 'DK', 'PO', 'PT', 'SDM', 'AK', 'PW', 'PP'];
const OPD = ['BAG-ORG', 'BAG-HUKUM', 'BAPPEDA', 'INSPEKTORAT', 'BKPSDM', 'BPKAD', 'DISKOMINFO', 'DPMPTSP', 'DISDUKCAPIL', 'DINDIK', 'DINKES', 'DINSOS', 'DPMD', 'DISPUSIP', 'RSUD', 'SATPOLPP'];

export function generateProject({ perArea, indicators, years }) {
  const mulai = 2025;
  const selesai = mulai + years - 1;
  const tahun = Array.from({ length: years }, (_, i) => mulai + i);
  const perYear = (f) => Object.fromEntries(tahun.map((y, i) => [String(y), f(i, y)]));
  const sasaranNames = ['Birokrasi yang bersih dan akuntabel', 'Birokrasi yang kapabel', 'Pelayanan publik yang prima'];
  const sasaran = sasaranNames.map((nama, s) => ({
    id: `S${s + 1}`,
    nama,
    referensi: `S${s + 1}`,
    indikator: Array.from({ length: Math.ceil(indicators / 3) }, (_, i) => i)
      .filter((i) => s * Math.ceil(indicators / 3) + i < indicators)
      .map((i) => ({
        id: `IND-${s + 1}-${String(i + 1).padStart(3, '0')}`,
        nama: `Indikator kinerja reformasi birokrasi nomor ${i + 1} pada sasaran ${s + 1} yang diukur setiap tahun`,
        satuan: i % 2 ? '%' : 'nilai',
        arah: i % 7 === 3 ? 'turun' : 'naik',
        baseline: { tahun: mulai - 1, nilai: 60 + (i % 10) },
        target: perYear((k) => 62 + (i % 10) + k * 2),
        realisasi: { [String(mulai)]: 61 + (i % 12) },
        penanggungJawab: [OPD[i % OPD.length], OPD[(i + 3) % OPD.length]],
      })),
  }));
  const areaPerubahan = AREAS.map((kode, a) => ({
    kode,
    kondisi: 'Kondisi area perubahan ini masih memerlukan penguatan pada aspek kebijakan, kelembagaan, proses bisnis dan sumber daya manusia aparatur. '.repeat(3),
    permasalahan: ['Belum optimalnya koordinasi antarperangkat daerah', 'Keterbatasan data dukung', 'Belum meratanya pemahaman ASN'],
    strategi: 'Strategi yang ditempuh adalah penguatan kebijakan, peningkatan kapasitas, dan pemanfaatan teknologi informasi secara bertahap.',
    kegiatan: Array.from({ length: perArea }, (_, k) => ({
      id: `${kode}-${String(k + 1).padStart(3, '0')}`,
      nama: `Penyusunan dan pelaksanaan kebijakan ${kode.toLowerCase()} tahap ${k + 1} pada perangkat daerah`,
      output: `Dokumen kebijakan ${kode} ${k + 1} ditetapkan`,
      indikatorOutput: 'Persentase perangkat daerah yang menerapkan',
      satuan: '%',
      target: perYear((i) => (k % 3 === 0 ? `Tahap ${i + 1} selesai` : 20 + i * 15)),
      koordinator: OPD[(a + k) % OPD.length],
      pelaksana: [OPD[(a + k + 1) % OPD.length], OPD[(a + k + 5) % OPD.length]],
      anggaran: perYear((i) => 25_000_000 * (1 + ((k + i) % 8))),
      sumberDana: 'APBD',
      kegiatanUtama: `KU${String(((a * 3 + k) % 21) + 1).padStart(2, '0')}`,
    })),
  }));
  return {
    profil: 'rb2023',
    pemerintah: {
      jenis: 'kabupaten',
      nama: 'Sukamaju',
      provinsi: 'Jawa Tengah',
      ibuKota: 'Sukamaju',
      kepalaDaerah: { nama: 'Bupati Contoh' },
      // Beside the project: bench.js copies the example's lambang, as a finished road map has one.
      logo: 'lambang.png',
      sekda: { nama: 'Sekda Contoh', pangkat: 'Pembina Utama Madya (IV/d)', nip: '196801011990031001' },
    },
    periode: { mulai, selesai },
    visi: 'Terwujudnya birokrasi yang bersih, akuntabel dan melayani',
    misi: ['Meningkatkan kualitas tata kelola', 'Meningkatkan kualitas pelayanan publik'],
    opd: OPD.map((kode) => ({ kode, nama: `Perangkat Daerah ${kode}`, singkatan: kode })),
    sasaran,
    areaPerubahan,
    riwayatRevisi: [{ draf: 1, tanggal: '2025-01-15', catatan: 'Draf untuk pengukuran kinerja' }],
  };
}

export const SIZES = {
  S: { perArea: 10, indicators: 12, years: 5 },
  M: { perArea: 60, indicators: 40, years: 5 },
  L: { perArea: 500, indicators: 200, years: 10 },
};
