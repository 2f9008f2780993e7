/** `init --answers`: the same steps fed from a file, every answer checked, problems located in the file. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parseProject } from '../../src/model/parse-project.js';
import { runFromAnswers } from '../../src/wizard/run-from-answers.js';
import { PLAIN } from '../../src/wizard/types.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/answers/sukamaju-mini.yaml');
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-answers-'));
  dirs.push(dir);
  return dir;
}

async function fromAnswers(answersText: string, dir = tempDir()) {
  const projectPath = join(dir, 'roadmap.yaml');
  const result = await runFromAnswers({
    answersText,
    answersFile: 'jawaban.yaml',
    projectPath,
    displayPath: 'roadmap.yaml',
    now: new Date(2024, 1, 20),
    paint: PLAIN,
    write: () => {},
  });
  return { result, projectPath };
}

describe('the Sukamaju fixture', () => {
  test('gives a valid project with every section', async () => {
    const { result, projectPath } = await fromAnswers(readFileSync(FIXTURE, 'utf8'));
    expect(result.status).toBe('done');
    const text = readFileSync(projectPath, 'utf8');
    const parsed = parseProject(text, 'roadmap.yaml');
    // The workshop does not ask for the lambang daerah, so beside the areas it left for a later
    // workshop (no condition, no activity yet), its one finding is the missing logo.
    expect(parsed.problems.map((p) => p.code).filter((c) => !c.startsWith('area-tanpa-'))).toEqual(['logo-missing']);
    const project = parsed.project!;
    expect(project.profil).toBe('rb2023');
    expect(project.opd.find((o) => o.kode === 'DINDIK')?.singkatan).toBe('Disdikbud');
    expect(project.opd.at(-1)?.kode).toBe('KEC');
    expect(project.sasaran.flatMap((s) => s.indikator.map((i) => i.id))).toEqual(['IND-01', 'IND-02', 'IND-03', 'IND-04']);
    const mp = project.areaPerubahan.find((a) => a.kode === 'MP')!;
    expect(mp.kegiatan.map((k) => [k.id, k.kegiatanUtama])).toEqual([
      ['MP-01', undefined],
      ['MP-02', 'KU20'],
    ]);
    const pp = project.areaPerubahan.find((a) => a.kode === 'PP')!;
    expect(pp.kegiatan[0]!.anggaran).toEqual({ 2024: 1_500_000_000, 2025: 750_000_000 });
    expect(project.lokakarya[0]!.tanggal).toBe('2024-02-20');
    expect(project.timPenyusun.anggota.map((a) => a.peran)).toEqual(['Pengarah', 'Pengarah', 'Sekretaris', 'Tenaga Ahli']);
    expect(project.zonaIntegritas!.unit.map((u) => [u.id, u.opd, u.unit ?? null, u.targetTahun])).toEqual([
      ['ZI-01', 'DISDUKCAPIL', null, 2025],
      ['ZI-02', 'DINKES', 'Puskesmas Sukamaju Kota', 2026],
    ]);
    if (result.status !== 'done') return;
    expect(result.summary.absentHolding.map((o) => o.kode)).toEqual(['BAPENDA', 'DPMPTSP']);
    expect(result.summary.alignment).toMatchObject({ covered: 3, total: 21, grade: 'D' });
  });

  test('an existing roadmap.yaml is backed up, never overwritten', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'roadmap.yaml'), '# lama\n');
    const { result } = await fromAnswers(readFileSync(FIXTURE, 'utf8'), dir);
    expect(result.status === 'done' && result.backup).toMatch(/roadmap\.yaml\.bak-2024\d{4}-\d{6}$/);
    if (result.status === 'done') expect(readFileSync(result.backup!, 'utf8')).toBe('# lama\n');
  });
});

describe('bad answers', () => {
  const BAD = `pemerintah:
  nama: Sukamaju
  nma: Sukamaju Raya
  sekda: {nama: Endang}
periode: {mulai: 2024, selesai: 2200}
profil: rb2023
visi: V
misi: [M]
opd:
  pilih: [BAG-ORG, BKPSDM, DINKES]
areaPerubahan:
  MP:
    kegiatan:
      T1:
        koordinator: DINKS
        anggaran: 15O.000
`;

  test('every problem is reported with its place in the answers file, and nothing is written', async () => {
    const { result, projectPath } = await fromAnswers(BAD);
    expect(result.status).toBe('invalid');
    if (result.status !== 'invalid') return;
    const shown = result.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.path} ${p.message}${p.hint ? ` → ${p.hint}` : ''}`);
    expect(shown).toEqual([
      'jawaban.yaml:2:3 pemerintah.kepalaDaerah.nama Jawaban untuk "Nama Bupati" belum ada: Wajib diisi. → Tambahkan kunci pemerintah.kepalaDaerah.nama ke berkas jawaban.',
      'jawaban.yaml:5:33 periode.selesai Tahun di luar jangkauan: Nilai paling besar 2100, tertulis angka 2200.',
      'jawaban.yaml:15:22 areaPerubahan.MP.kegiatan.T1.koordinator Pilihan "DINKS" tidak dikenal. → Maksud Anda "DINKES"?',
      'jawaban.yaml:16:19 areaPerubahan.MP.kegiatan.T1.anggaran "15O.000" bukan jumlah Rupiah yang dikenali. Contoh: 150.000.000, 150000000, atau 150 juta.',
      'jawaban.yaml:3:3 pemerintah.nma Kunci "nma" tidak dikenal di sini; jawabannya tidak akan dipakai. → Maksud Anda "nama"?',
    ]);
    expect(existsSync(projectPath)).toBe(false);
  });

  test('a YAML syntax error is reported at its line', async () => {
    const { result } = await fromAnswers('pemerintah:\n  nama: "Sukamaju\n');
    expect(result.status).toBe('invalid');
    if (result.status === 'invalid') expect(result.problems[0]).toMatchObject({
        code: 'yaml-syntax',
        file: 'jawaban.yaml',
        line: 3,
        message: 'Kesalahan sintaks YAML: Ada tanda yang hilang (misalnya penutup kutip atau kurung).',
      });
  });

  test('a section left out is skipped; a question left out takes its default', async () => {
    const { result, projectPath } = await fromAnswers(
      'pemerintah: {nama: Sukamaju, kepalaDaerah: {nama: A}, sekda: {nama: B}}\nperiode: {mulai: 2024}\nvisi: V\nmisi: [M]\nopd: {pilih: [BAG-ORG]}\n',
    );
    expect(result.status).toBe('done');
    const project = parseProject(readFileSync(projectPath, 'utf8'), 'roadmap.yaml').project!;
    expect(project.periode).toEqual({ mulai: 2024, selesai: 2028 });
    expect(project.profil).toBe('rb2023');
    expect(project.pemerintah.jenis).toBe('kabupaten');
    expect(project.lokakarya).toEqual([]);
    expect(project.areaPerubahan).toHaveLength(8);
  });
});
