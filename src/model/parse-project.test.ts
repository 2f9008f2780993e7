import { readFileSync } from 'node:fs';
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

/** The Sukamaju example: a realistic file to break. */
const EXAMPLE = readFileSync(new URL('../../examples/kabupaten-sukamaju/roadmap.yaml', import.meta.url), 'utf8');

/** Replaces the first match of `pattern`, failing when there is none. */
function breakWith(text: string, pattern: RegExp | string, replacement: string): string {
  expect(typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text), String(pattern)).toBe(true);
  return text.replace(pattern, replacement);
}

/** 1-based line and column where `needle` (unique in `text`) starts. */
function position(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle);
  expect(at, needle).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(needle, at + 1), `${needle} is not unique`).toBe(-1);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

describe('parseProject: every mistake at once (issue 8, item 9)', () => {
  let text = EXAMPLE;
  // Schema errors...
  text = breakWith(text, /^visi: .*$/m, 'visi: [satu, dua]');
  text = breakWith(text, 'jenis: kabupaten', 'jenis: kabupatn');
  text = breakWith(text, 'satuan: indeks (0-100)', 'satuan: 100');
  text = breakWith(text, /^(\s+)koordinator: BKPSDM$/m, '$1koordinatr: BKPSDM');
  // ...and cross-field ones, elsewhere in the same file.
  text = breakWith(text, /^(\s+)koordinator: BKPSDM$/m, '$1koordinator: BKPSD');
  text = breakWith(text, /^( +)target: \{2024: 65, 2025: 68,/m, '$1target: {1999: 65, 2025: 68,');
  text = breakWith(text, '- id: IND-02', '- id: IND-01');
  text = breakWith(text, 'kegiatanUtama: KU06', 'kegiatanUtama: KU99');
  text = breakWith(text, /^ {2}- kode: PP$/m, '  - kode: PX');
  const parsed = parseProject(text, 'roadmap.yaml');
  const found = (code: string, path: string) => {
    const problem = parsed.problems.find((p) => p.code === code && p.path === path);
    expect(problem, `${code} ${path}`).toBeDefined();
    return { line: problem!.line, column: problem!.column };
  };

  it('reports the schema errors', () => {
    expect(found('wrong-type', 'visi')).toEqual(position(text, '[satu, dua]'));
    expect(found('invalid-choice', 'pemerintah.jenis')).toEqual(position(text, 'kabupatn'));
    expect(found('wrong-type', 'sasaran[0].indikator[5].satuan')).toEqual(position(text, '100\n'));
    expect(found('unknown-key', 'areaPerubahan[0].kegiatan[2].koordinatr')).toEqual(position(text, 'koordinatr'));
  });

  it('and, in the same pass, the cross-field errors, each at its line and column', () => {
    expect(found('opd-unknown', 'areaPerubahan[0].kegiatan[3].koordinator')).toEqual(position(text, 'BKPSD\n'));
    expect(found('year-outside-period', 'sasaran[0].indikator[0].target.1999')).toEqual(position(text, '1999: 65'));
    expect(found('duplicate-id', 'sasaran[0].indikator[1].id')).toEqual(position(text, 'IND-01\n        nama: Nilai Sistem Akuntabilitas'));
    expect(found('kegiatanUtama-unknown', 'areaPerubahan[0].kegiatan[4].kegiatanUtama')).toEqual(position(text, 'KU99'));
    expect(found('area-unknown', 'areaPerubahan[7].kode')).toEqual(position(text, 'PX\n'));
    expect(parsed.problems.some((p) => p.code === 'area-missing' && p.message.includes('"PP"'))).toBe(true);
    expect(parsed.project).toBeUndefined();
  });

  it('brings no false cross-field error from a part that did not parse', () => {
    // The activity whose koordinator key is misspelt is not reported as having an unknown OPD.
    expect(parsed.problems.filter((p) => p.path?.startsWith('areaPerubahan[0].kegiatan[2].')).map((p) => p.code).sort()).toEqual(['required', 'unknown-key']);
    // A periode that fails its own rule turns the year checks off instead of misjudging every year.
    const badPeriod = parseProject(breakWith(EXAMPLE, /^ {2}selesai: 2028$/m, '  selesai: 2020'), 'roadmap.yaml');
    expect(badPeriod.problems.filter((p) => p.code === 'year-outside-period')).toEqual([]);
    // An OPD code that does not parse: references are not called unknown.
    const badOpd = parseProject(breakWith(EXAMPLE, /kode: BKPSDM\b/, 'kode: bkpsdm'), 'roadmap.yaml');
    expect(badOpd.problems.filter((p) => p.code === 'opd-unknown')).toEqual([]);
    expect(badOpd.problems.some((p) => p.path === 'opd[2].kode' || p.path?.startsWith('opd['))).toBe(true);
  });
});

describe('parseProject: messages that say what is wrong (issue 8, items 10 and 11)', () => {
  const errorsOf = (text: string) => parseProject(text, 'roadmap.yaml').problems.filter((p) => p.severity === 'error');

  it('a decimal comma in {…}: once, at its line, with the number written with a point', () => {
    const text = breakWith(EXAMPLE, 'target: {2024: 65, 2025: 67.5, 2026: 70.5, 2027: 72.5, 2028: 75}', 'target: {2024: 65,1, 2025: 67,5, 2026: 70,25, 2027: 72,75, 2028: 75,8}');
    const errors = errorsOf(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      code: 'decimal-comma',
      ...position(text, '65,1'),
      path: 'sasaran[0].indikator[1].target',
      hint: 'Desimal memakai titik: 65.1, 67.5, 70.25, 72.75, 75.8.',
    });
    expect(errors[0]!.message).toContain('Angka desimal ditulis dengan koma (65,1, 67,5, 70,25, 72,75, 75,8)');
    // Two equal decimals make a duplicate key to YAML: still the one message.
    const twice = errorsOf(breakWith(EXAMPLE, 'target: {2024: 65, 2025: 67.5, 2026: 70.5,', 'target: {2024: 65, 2025: 67,5, 2026: 70,5,'));
    expect(twice.map((p) => p.code)).toEqual(['decimal-comma']);
    expect(twice.some((p) => p.message.includes('Kunci harus tahun'))).toBe(false);
  });

  it('a decimal comma in […]', () => {
    const text = breakWith(EXAMPLE, 'target: {2024: 65, 2025: 67.5, 2026: 70.5, 2027: 72.5, 2028: 75}', 'target: [72,5, 75]');
    const comma = errorsOf(text).find((p) => p.code === 'decimal-comma');
    expect(comma).toMatchObject({ ...position(text, '72,5, 75'), hint: 'Desimal memakai titik: 72.5.' });
  });

  it('an unquoted NIP: shown as typed, with the hint to quote it', () => {
    const text = breakWith(EXAMPLE, 'nip: "197103141996032004"', 'nip: 197103141996032004');
    const [error] = errorsOf(text);
    expect(error).toMatchObject({
      code: 'wrong-type',
      path: 'pemerintah.sekda.nip',
      ...position(text, '197103141996032004'),
      message: 'Harus teks, tetapi tertulis angka 197103141996032004.',
      hint: 'Apit dengan tanda kutip agar dibaca sebagai teks apa adanya: "197103141996032004".',
    });
  });

  it('an unknown profil: the one for the plan’s period', () => {
    const [error] = errorsOf(breakWith(EXAMPLE, /^profil: rb2023$/m, 'profil: rb2024'));
    expect(error!.hint).toBe('Untuk periode 2024-2028 gunakan "rb2023": Road Map RB 2020-2024 sebagaimana diubah (RB General + RB Tematik).');
    const later = breakWith(breakWith(EXAMPLE, /^profil: rb2023$/m, 'profil: rb2024'), /^ {2}mulai: 2024\n {2}selesai: 2028$/m, '  mulai: 2026\n  selesai: 2030');
    expect(errorsOf(later).find((p) => p.path === 'profil')!.hint).toMatch(/^Untuk periode 2026-2030 gunakan "rb2025"/);
  });

  it('a colon in an unquoted text: says so and shows it quoted', () => {
    const inList = breakWith(EXAMPLE, /^ {2}- Memperkuat integritas aparatur/m, '  - Misi pertama: memperkuat integritas aparatur');
    const [error] = errorsOf(inList);
    expect(error).toMatchObject({ code: 'wrong-type', path: 'misi[0]', ...position(inList, 'Misi pertama') });
    expect(error!.message).toContain('terbaca sebagai pasangan kunci: nilai karena memuat titik dua diikuti spasi');
    expect(error!.hint).toMatch(/^Apit seluruh teks dengan tanda kutip: "Misi pertama: memperkuat/);
    const afterKey = breakWith(EXAMPLE, /^visi: Terwujudnya birokrasi/m, 'visi: Visi daerah: birokrasi');
    const [syntax] = errorsOf(afterKey);
    expect(syntax!.message).toContain('teks memuat titik dua diikuti spasi (": ")');
    expect(syntax!.hint).toMatch(/^Apit seluruh teks dengan tanda kutip: visi: "Visi daerah: birokrasi/);
  });

  it('an empty file, a file that is no roadmap, and a roadmap one level too deep are told apart', () => {
    for (const empty of ['', '\n\n', '# hanya komentar\n']) {
      expect(errorsOf(empty)).toEqual([expect.objectContaining({ code: 'empty-file', line: 1, column: 1, message: 'Berkas ini kosong: belum ada isi proyek roadmap.' })]);
    }
    const other = errorsOf('services:\n  web:\n    image: nginx\n');
    expect(other).toHaveLength(1);
    expect(other[0]).toMatchObject({ code: 'not-a-project', line: 1 });
    expect(other[0]!.message).toBe('Berkas ini bukan berkas proyek roadmap: tidak ada satu pun kunci roadmap.yaml di tingkat teratas (tertulis: services).');
    expect(errorsOf('- satu\n- dua\n')[0]!.message).toContain('isinya sebuah daftar');
    const nested = errorsOf(`roadmap:\n${EXAMPLE.replace(/^(?=.)/gm, '  ')}`);
    expect(nested[0]!.hint).toContain('Isi proyek tampaknya berada di bawah `roadmap:`');
  });

  it('an alias bomb is the file’s problem, not a crash', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    // Expanded, these nine levels would be 10^9 items: the test would not end, or run out of memory.
    const errors = errorsOf(`${levels.join('\n')}\nprofil: rb2023\n`);
    expect(errors).toEqual([expect.objectContaining({ code: 'yaml-aliases', line: 1, column: 1 })]);
    expect(errors[0]!.message).toMatch(/^Berkas memakai terlalu banyak alias YAML/);
    // A few aliases are fine.
    const anchored = breakWith(EXAMPLE, 'penanggungJawab: [BAG-ORG, INSPEKTORAT]', 'penanggungJawab: &pj [BAG-ORG, INSPEKTORAT]');
    expect(errorsOf(breakWith(anchored, 'penanggungJawab: [INSPEKTORAT]', 'penanggungJawab: *pj'))).toEqual([]);
  });
});

describe('parseProject: a file nested too deep', () => {
  it('reports it as the file’s problem, not a crash', () => {
    const text = `visi: ${'['.repeat(20000)}${']'.repeat(20000)}\n`;
    const parsed = parseProject(text, 'roadmap.yaml');
    expect(parsed.project).toBeUndefined();
    expect(parsed.problems.map((p) => p.code)).toEqual(['yaml-depth']);
  });
});
