import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseProject } from './parse-project.js';

/** The smallest valid project: every area of rb2020, one activity, one indicator. */
function minimal(overrides: Record<string, unknown> = {}) {
  return {
    profil: 'rb2020',
    pemerintah: {
      jenis: 'kota',
      nama: 'Contoh',
      provinsi: 'Jawa Timur',
      ibuKota: 'Contoh',
      kepalaDaerah: { nama: 'A' },
      sekda: { nama: 'B' },
    },
    periode: { mulai: 2021, selesai: 2026 },
    visi: 'Visi',
    misi: ['Misi'],
    opd: [
      { kode: 'ORG', nama: 'Bagian Organisasi', singkatan: 'Bag. Organisasi' },
      { kode: 'BKPSDM', nama: 'Badan Kepegawaian', singkatan: 'BKPSDM' },
    ],
    sasaran: [
      {
        id: 'S1',
        nama: 'Birokrasi bersih',
        indikator: [{ id: 'I1', nama: 'Nilai SAKIP', satuan: 'nilai', target: { 2021: 60, 2022: 62, 2023: 64, 2024: 66, 2025: 68, 2026: 70 }, penanggungJawab: ['ORG'] }],
      },
    ],
    areaPerubahan: ['MP', 'DK', 'PO', 'PT', 'SDM', 'AK', 'PW', 'PP'].map((kode, i) => ({
      kode,
      kegiatan: i === 0 ? [{ id: 'K1', nama: 'Tim RB', output: 'SK', target: { 2021: 'SK' }, koordinator: 'ORG', pelaksana: ['BKPSDM'] }] : [],
    })),
    ...overrides,
  };
}

describe('parseProject', () => {
  it('accepts a minimal project and applies defaults', () => {
    const parsed = parseProject(stringify(minimal()), 'r.yaml');
    expect(parsed.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(parsed.project?.sasaran[0]?.indikator[0]?.arah).toBe('naik');
    expect(parsed.project?.areaPerubahan[0]?.kegiatan[0]?.sumberDana).toBe('APBD');
    expect(parsed.project?.dokumen.dasarHukumLain).toEqual([]);
  });

  it('accepts a period of any length from 1 to 25 years, and no more', () => {
    expect(parseProject(stringify(minimal({ periode: { mulai: 2025, selesai: 2025 } })), 'r.yaml').problems.filter((p) => p.code === 'invalid')).toEqual([]);
    const long = parseProject(stringify(minimal({ periode: { mulai: 2025, selesai: 2050 } })), 'r.yaml');
    expect(long.project).toBeUndefined();
    expect(long.problems.map((p) => p.message)).toContain('Periode paling lama 25 tahun.');
  });

  it('locates a misspelt key at the key and suggests the right one', () => {
    const text = stringify(minimal()).replace('visi: Visi', 'visii: Visi');
    const parsed = parseProject(text, 'r.yaml');
    const line = text.split('\n').findIndex((l) => l.startsWith('visii')) + 1;
    const unknown = parsed.problems.find((p) => p.code === 'unknown-key');
    expect(unknown).toMatchObject({ file: 'r.yaml', line, column: 1, path: 'visii', hint: 'Maksud Anda "visi"?' });
    // The missing `visi` is reported too, in the same pass.
    expect(parsed.problems.some((p) => p.code === 'required' && p.path === 'visi')).toBe(true);
  });

  it('finds cross-field problems: unknown OPD, year outside the period, duplicate id, missing area', () => {
    const project = minimal();
    const areas = project.areaPerubahan as { kode: string; kegiatan: Record<string, unknown>[] }[];
    areas[0]!.kegiatan.push({ id: 'I1', nama: 'X', output: 'Y', target: { 2030: 'Z' }, koordinator: 'ORGG' });
    areas.pop();
    const parsed = parseProject(stringify(project), 'r.yaml');
    const codes = parsed.problems.map((p) => p.code);
    expect(codes).toEqual(expect.arrayContaining(['opd-unknown', 'year-outside-period', 'duplicate-id', 'area-missing']));
    expect(parsed.problems.find((p) => p.code === 'opd-unknown')?.hint).toBe('Maksud Anda "ORG"?');
    expect(parsed.problems.find((p) => p.code === 'year-outside-period')?.path).toBe('areaPerubahan[0].kegiatan[1].target.2030');
    expect(parsed.project).toBeUndefined();
  });

  it('reports YAML syntax errors with their position and stops there', () => {
    const parsed = parseProject('profil: rb2020\npemerintah: [\n', 'r.yaml');
    expect(parsed.problems[0]).toMatchObject({ code: 'yaml-syntax', file: 'r.yaml' });
    expect(parsed.problems[0]?.line).toBeGreaterThan(0);
  });

  it('reports a duplicate YAML key', () => {
    const parsed = parseProject(`${stringify(minimal())}visi: Lagi\n`, 'r.yaml');
    expect(parsed.problems[0]?.message).toContain('Kunci yang sama ditulis dua kali');
  });
});
