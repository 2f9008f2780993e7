/**
 * The regulation a Bagian Hukum can sign as built, read as its drafter read it: one test per
 * finding of the drafter's review (issue 7), on the rendered text (LibreOffice → PDF → pdftotext)
 * or on the WordprocessingML where the finding is about formatting. Each would fail on the output
 * of the build before that review: the working papers in the lampiran, results in the regulation,
 * incomplete citations, 9 pt signatures, "Tahun 2025-2025"…
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dasarHukumOf } from '../../src/model/dasar-hukum.js';
import { parseProject } from '../../src/model/parse-project.js';
import { unzipSync, strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE, ROOT, runCli, tempDir } from '../helpers/run-cli.js';

const KOTA = join(ROOT, 'examples/kota-madyapura/roadmap.yaml');
const PROVINSI = join(ROOT, 'examples/provinsi-nusa-makmur/roadmap.yaml');
const SATU_TAHUN = join(ROOT, 'test/fixtures/satu-tahun/roadmap.yaml');

const dir = tempDir();
// A SALINAN needs every citation complete. The kota's Bagian Hukum writes its own Mengingat
// (dokumen.dasarHukum) without the citation whose Berita Negara number nobody could confirm.
const KOTA_ENACTED = join(dir, 'kota', 'roadmap.yaml');
{
  const text = readFileSync(KOTA, 'utf8');
  const own = dasarHukumOf(parseProject(text, 'roadmap.yaml').project!).filter((t) => !t.includes('....'));
  mkdirSync(dirname(KOTA_ENACTED));
  writeFileSync(KOTA_ENACTED, text.replace(/^dokumen:\n/m, `dokumen:\n  dasarHukum:\n${own.map((t) => `    - ${JSON.stringify(t)}`).join('\n')}\n`));
}
const builds: Record<string, string[]> = {
  regulasi: ['build', EXAMPLE],
  'berkas-kerja': ['build', EXAMPLE, '--only', 'berkas-kerja'],
  laporan: ['laporan', EXAMPLE, '--tahun', '2025'],
  kota: ['build', KOTA],
  'kota-salinan': ['build', KOTA_ENACTED, '--salinan'],
  'kota-berkas-kerja': ['build', KOTA, '--only', 'berkas-kerja'],
  provinsi: ['build', PROVINSI],
  'satu-tahun': ['build', SATU_TAHUN],
};

/** Pages of text as pdftotext -layout gives them. */
const pages: Record<string, string[]> = {};
/** word/document.xml of each build. */
const xml: Record<string, string> = {};
/** The whole text on one line, for phrases that wrap. */
const flat = (name: string) => pages[name]!.join('\n').replace(/\s+/g, ' ');

beforeAll(() => {
  for (const [name, args] of Object.entries(builds)) {
    const r = runCli([...args, '-o', join(dir, `${name}.docx`)]);
    expect(r.code, `${name}: ${r.stderr}`).toBe(0);
    xml[name] = strFromU8(unzipSync(readFileSync(join(dir, `${name}.docx`)))['word/document.xml']!);
  }
  const files = Object.keys(builds).map((name) => join(dir, `${name}.docx`));
  const convert = spawnSync('soffice', [`-env:UserInstallation=file://${join(dir, 'lo')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], {
    encoding: 'utf8',
    timeout: 300_000,
  });
  expect(convert.status, convert.stderr).toBe(0);
  for (const name of Object.keys(builds)) {
    const text = spawnSync('pdftotext', ['-layout', join(dir, `${name}.pdf`), '-'], { encoding: 'utf8' });
    pages[name] = text.stdout.split('\f');
  }
}, 400_000);

describe('1-2. the regulation holds only what is law', () => {
  it('ends the lampiran with BAB VII Penutup and the head’s signature', () => {
    const text = pages.regulasi!.join('\n');
    const last = text.slice(text.lastIndexOf('BAB VII'));
    expect(last).toMatch(/PENUTUP/);
    expect(last.trimEnd()).toMatch(/BUPATI SUKAMAJU,\s+HARDIYANTO WICAKSONO\s+Road Map Reformasi Birokrasi[^\n]*\n\s*\d+$/);
  });

  it('leaves the working papers and the results to their own documents', () => {
    const law = flat('regulasi');
    for (const workingPaper of ['Daftar Hadir', 'TIM PENYUSUN', 'RIWAYAT REVISI', 'MATRIKS TANGGUNG JAWAB', 'diharmonisasi', 'teguran']) expect(law).not.toContain(workingPaper);
    for (const workingPaper of ['Daftar Hadir', 'TIM PENYUSUN', 'RIWAYAT REVISI', 'MATRIKS TANGGUNG JAWAB']) expect(flat('berkas-kerja')).toContain(workingPaper);
    for (const result of ['Capaian Pelaksanaan', 'tidak ada data', 'tercapai (']) expect(law).not.toContain(result);
    expect(law).not.toMatch(/Realisasi 20\d\d/);
    expect(flat('laporan')).toContain('CAPAIAN PELAKSANAAN TAHUN 2025');
    expect(flat('laporan')).toMatch(/Indikator sasaran tercapai \d+ dari \d+/);
  });
});

describe('4. Mengingat', () => {
  it('cites every national regulation with its Lembaran or Berita Negara numbers, and the Perda with its Tambahan', () => {
    const law = flat('regulasi');
    expect(law).toContain(
      'Peraturan Pemerintah Nomor 12 Tahun 2017 tentang Pembinaan dan Pengawasan Penyelenggaraan Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun 2017 Nomor 73, Tambahan Lembaran Negara Republik Indonesia Nomor 6041)',
    );
    expect(law).toContain('Nomor 25 Tahun 2020 tentang Road Map Reformasi Birokrasi 2020-2024 (Berita Negara Republik Indonesia Tahun 2020 Nomor 441)');
    expect(law).toContain('(Berita Negara Republik Indonesia Tahun 2023 Nomor 233)');
    expect(law).toContain('(Lembaran Negara Republik Indonesia Tahun 2018 Nomor 108)');
    expect(law).toMatch(/Lembaran Daerah Kabupaten Sukamaju Tahun 2016 Nomor 9, Tambahan Lembaran Daerah Kabupaten Sukamaju Nomor \d+/);
  });
});

describe('5. the batang tubuh reads as law', () => {
  it('gives Pasal 3 its verb and a BAB II that holds a tujuan', () => {
    const law = flat('regulasi');
    expect(law).toContain('Road Map sebagaimana dimaksud dalam Pasal 2 tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Peraturan Bupati ini.');
    expect(law).toMatch(/MAKSUD, TUJUAN, DAN SISTEMATIKA Pasal 2 \(1\) Road Map dimaksudkan .* \(2\) Road Map bertujuan untuk:/);
  });

  it('lists in Pasal 3 exactly the chapters the lampiran holds', () => {
    const law = flat('regulasi');
    const pasal3 = law.slice(law.indexOf('disusun dengan sistematika sebagai berikut:'), law.indexOf('Pasal 4'));
    const listed = [...pasal3.matchAll(/BAB ([IVX]+) ([^;.]+?)(?:; dan|;|\.)/g)].map((m) => `BAB ${m[1]} ${m[2]!.trim().toUpperCase()}`);
    const toc = pages.regulasi!.find((p) => p.includes('DAFTAR ISI'))!;
    const chapters = [...toc.matchAll(/^\s*(BAB [IVX]+) ([A-Z ,]+?)\.{3,}/gm)].map((m) => `${m[1]} ${m[2]!.trim()}`);
    expect(listed).toHaveLength(7);
    expect(listed).toEqual(chapters);
  });

  it('calls it Pemantauan everywhere, as Pasal 4 does', () => {
    expect(flat('regulasi')).toContain('PENGELOLAAN, PEMANTAUAN, DAN EVALUASI');
    expect(flat('regulasi')).not.toMatch(/MONITORING/);
  });
});

describe('6-8. the lampiran’s tables', () => {
  it('gives each RB Tematik theme its chain of activities and outputs and a yearly impact indicator table', () => {
    const law = flat('regulasi');
    expect(law).toContain('Kegiatan dan keluaran');
    // The baseline's "(2023)" wraps to the cell's second line.
    expect(law).toMatch(/Indikator dampak dan target tahunan .*TEM-01 Persentase penduduk miskin % 10,87 10,4 9,95 9,55 9,2 8,9/);
  });

  it('counts KU05 among the kegiatan utama of a kabupaten, carried out by PP-03, and grades nothing', () => {
    const law = flat('regulasi');
    expect(law).toMatch(/KU05 Pelayanan publik digital \(khusus Pemda\) PP-03/);
    // The alignment grade is the evaluator's, not the law's: no score, no list of gaps.
    expect(law).not.toMatch(/dari \d+ butir|belum dicakup|setara dengan kategori/);
  });

  it('labels quarterly targets by activity code and has a baseline column', () => {
    const law = flat('regulasi');
    expect(law).toMatch(/TW IV MP-02 /);
    expect(xml.regulasi).toContain('>Kondisi Awal</w:t>');
    expect(law).toMatch(/MP-03 Penetapan dan pembinaan +Keputusan Bupati tentang +17 \(2023\) +45 /);
  });
});

describe('9-11. typography', () => {
  it('keeps area group rows with the activity below them', () => {
    const groupRow = /<w:tr>(?:(?!<\/w:tr>).)*A\. MANAJEMEN PERUBAHAN(?:(?!<\/w:tr>).)*<\/w:tr>/s.exec(xml.regulasi!)?.[0];
    expect(groupRow).toBeDefined();
    expect(groupRow).toContain('<w:keepNext/>');
  });

  it('signs in the body’s size, not the tables’ 9 pt, and writes nothing at 7 pt', () => {
    const para = (name: string, text: string) => [...xml[name]!.matchAll(/<w:p>(?:(?!<\/w:p>).)*<\/w:p>/gs)].map((m) => m[0]).find((p) => p.includes(text))!;
    const closing = para('regulasi', 'HARDIYANTO WICAKSONO</w:t></w:r></w:p>');
    expect(closing).toBeDefined();
    expect(closing).not.toMatch(/<w:sz w:val="18"\/>/);
    expect(xml.regulasi).not.toMatch(/<w:sz w:val="14"\/>/);
  });

  it('keeps the pengundangan on the page of the penetapan', () => {
    const page = pages.regulasi!.find((p) => p.includes('Diundangkan di'))!;
    expect(page).toContain('Ditetapkan di');
    expect(page).toContain('BERITA DAERAH KABUPATEN SUKAMAJU TAHUN 2024 NOMOR');
  });
});

describe('12-14. Indonesian as the drafter writes it', () => {
  it('sets foreign terms in italics', () => {
    expect(xml.regulasi).toMatch(/<w:i\/>(?:(?!<\/w:r>).)*<w:t[^>]*>[Qq]uick [Ww]ins<\/w:t>/s);
    expect(xml.regulasi).toMatch(/<w:i\/>(?:(?!<\/w:r>).)*<w:t[^>]*>cascading<\/w:t>/s);
  });

  it('lets no tool note and no capital output into mid-sentence', () => {
    const law = flat('regulasi');
    expect(law).not.toMatch(/dengan keluaran [A-Z]/);
    expect(law).not.toContain('(pada LKE');
    expect(law).not.toContain('RB General + RB Tematik');
    expect(law).not.toContain('kategori A');
  });

  it('writes rupiah one way: full digits, "Rp" in prose and "(Rp)" in table headers', () => {
    const law = flat('regulasi');
    expect(law).not.toMatch(/\bjuta\b.*\(Rp\)|Rp[\d.,]+ juta/);
    expect(law).toMatch(/total anggaran indikatif Rp\d{1,3}(\.\d{3})+\./);
  });

  it('numbers the per-OPD tables and their rows without gaps, the budget under the coordinator only', () => {
    const text = flat('berkas-kerja');
    const headings = [...text.matchAll(/ (\d+)\. (?:Bagian|Badan|Dinas|Inspektorat|Rumah|Satuan|Kecamatan|Sekretariat)[^()]*?\((?:[A-Z][\w. ]*)\)/g)].map((m) => Number(m[1]));
    expect(headings.length).toBeGreaterThan(10);
    expect(headings.slice(0, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(text).toMatch(/pada Bagian Organisasi/);
  });
});

describe('15. SALINAN and other governments', () => {
  it('marks a SALINAN, writes ttd. and the authentication of the Kepala Bagian Hukum', () => {
    const copy = flat('kota-salinan');
    expect(pages['kota-salinan']![0]).toMatch(/^\s*SALINAN/);
    expect(copy).toContain('ttd.');
    expect(copy).toContain('Salinan sesuai dengan aslinya KEPALA BAGIAN HUKUM SEKRETARIAT DAERAH KOTA MADYAPURA,');
    expect(copy).not.toContain('DRAF');
  });

  it('refuses a SALINAN while a citation number is still dots', () => {
    const r = runCli(['build', KOTA, '--salinan', '-o', join(dir, 'tidak.docx')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Nomor 9 Tahun 2023 pada Mengingat');
  });

  it('builds an enacted regulation (number and date) without a draft mark', () => {
    expect(flat('kota')).not.toMatch(/DRAF|\(Draf/);
  });

  it('signs the regulation with names in capitals without academic titles, keeps them in the authentication, and writes a provinsi’s Biro', () => {
    expect(flat('kota')).toContain("SEKRETARIS DAERAH KOTA MADYAPURA, SITI NUR'AINI Pembina Utama Madya");
    expect(flat('kota')).not.toMatch(/Dra\. SITI|FIRMANSYAH, S\.E\./);
    expect(flat('kota')).toContain('WALI KOTA MADYAPURA,');
    expect(flat('kota-salinan')).toMatch(/Salinan sesuai dengan aslinya .* MOH\. FATHURRAHMAN, S\.H\., M\.H\. Pembina/);
    expect(flat('provinsi')).toContain('melalui Biro Organisasi Sekretariat Daerah');
    expect(flat('provinsi')).not.toContain('Bagian Organisasi');
  });

  it('keeps a paragraph opening with a name a paragraph, not list item H', () => {
    const para = [...xml['kota-berkas-kerja']!.matchAll(/<w:p>(?:(?!<\/w:p>).)*<\/w:p>/gs)].map((m) => m[0]).find((p) => p.includes('Ahmad Ma'))!;
    expect(para).toBeDefined();
    expect(para).not.toContain('<w:numPr>');
  });

  it('reads well for a one-year plan with no budget and an empty area', () => {
    const text = flat('satu-tahun');
    expect(text).not.toMatch(/2025-2025/);
    expect(text).toContain('TAHUN 2025');
    expect(text).not.toMatch(/Rp0\b|0 dari 0/);
    expect(text).toMatch(/belum ditetapkan kegiatan rencana aksi/);
  });
});
