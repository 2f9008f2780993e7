import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { BuildResult } from '../actions/build-types.js';
import type { Alignment } from '../model/check-alignment.js';
import type { Problem } from '../problem.js';
import type { Io } from './streams.js';
import { createProgressReporter, formatAlignment, formatBuildResult, formatProblem, formatProblems, summarizeProblems, wrapWords } from './report.js';
import { formatBytes } from '../model/format-message.js';

const plain = new Chalk({ level: 0 });
const colour = new Chalk({ level: 1 });

describe('summarizeProblems', () => {
  it('counts a "… dan N lainnya" line as the N problems it stands for', () => {
    const row = (n: number): Problem => ({ code: 'realisasi-not-a-number', severity: 'error', message: `baris ${n}` });
    const problems: Problem[] = [row(1), row(2), { code: 'realisasi-more-problems', severity: 'error', jumlah: 297, message: '… dan 297 masalah lainnya' }];
    expect(summarizeProblems(problems)).toBe('299 kesalahan, 0 peringatan');
  });

  it('counts errors and warnings apart', () => {
    const p = (severity: Problem['severity']): Problem => ({ code: 'x', severity, message: 'm' });
    expect(summarizeProblems([p('warning'), p('error'), p('warning')])).toBe('1 kesalahan, 2 peringatan');
  });
});

describe('formatProblem', () => {
  const error: Problem = { code: 'required', severity: 'error', file: 'roadmap.yaml', line: 12, column: 5, path: 'opd[2].nama', message: 'Wajib diisi (teks).', hint: 'Tulis nama OPD.' };

  it('file:line:column, the kind in Indonesian, the path, the message; the hint below it', () => {
    expect(formatProblem(error, plain)).toEqual(['roadmap.yaml:12:5  galat  opd[2].nama  Wajib diisi (teks).', '    → Tulis nama OPD.']);
  });

  it('leaves out what is not known: no column, no path, no hint, no place at all', () => {
    expect(formatProblem({ code: 'x', severity: 'warning', file: 'r.csv', line: 4, message: 'Baris kosong.' }, plain)).toEqual(['r.csv:4  peringatan  Baris kosong.']);
    expect(formatProblem({ code: 'x', severity: 'error', message: 'Tidak ada proyek.' }, plain)).toEqual(['galat  Tidak ada proyek.']);
  });

  it('colour: the place bold, an error red, a warning yellow, the path cyan', () => {
    expect(formatProblem(error, colour)[0]).toBe(`${colour.bold('roadmap.yaml:12:5')}  ${colour.red('galat')}  ${colour.cyan('opd[2].nama')}  Wajib diisi (teks).`);
    expect(formatProblem({ ...error, severity: 'warning' }, colour)[0]).toContain(colour.yellow('peringatan'));
  });
});

describe('formatProblems', () => {
  it('every problem, then the count; nothing for no problems', () => {
    const problems: Problem[] = [
      { code: 'a', severity: 'error', file: 'f', line: 1, message: 'Satu.' },
      { code: 'b', severity: 'warning', file: 'f', line: 2, message: 'Dua.', hint: 'Saran.' },
    ];
    expect(formatProblems(problems, plain)).toEqual(['f:1  galat  Satu.', 'f:2  peringatan  Dua.', '    → Saran.', '1 kesalahan, 1 peringatan']);
    expect(formatProblems([], plain)).toEqual([]);
  });
});

describe('formatBytes', () => {
  it('bytes, whole kilobytes, megabytes with one decimal, in Indonesian', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(1024)).toBe('1 KB');
    expect(formatBytes(1536)).toBe('2 KB');
    expect(formatBytes(250 * 1024)).toBe('250 KB');
    expect(formatBytes(1024 * 1024)).toBe('1 MB');
    expect(formatBytes(1.25 * 1024 * 1024)).toBe('1,3 MB');
    expect(formatBytes(12.5 * 1024 * 1024 * 1024)).toBe('12.800 MB');
  });
});

describe('formatAlignment', () => {
  const alignment: Alignment = {
    profil: 'rb2023',
    basis: 'kegiatan utama RB General',
    items: [
      { kode: 'MP.1', nama: 'Tim RB', covered: true, by: ['MP-01'] },
      { kode: 'DK.2', nama: 'Deregulasi', covered: false, by: [] },
      { kode: 'PO.1', nama: 'Evaluasi kelembagaan', covered: false, by: [] },
    ],
    covered: 1,
    total: 3,
    percent: 33.3,
    grade: 'D',
  };

  it('the share covered and the grade, then each item not yet covered', () => {
    expect(formatAlignment(alignment)).toEqual([
      'Keselarasan dengan road map nasional (rb2023, kegiatan utama RB General): 1/3 = 33,3% → nilai D',
      'Belum tercakup:',
      '  - DK.2 Deregulasi',
      '  - PO.1 Evaluasi kelembagaan',
    ]);
  });

  it('everything covered: one line', () => {
    expect(formatAlignment({ ...alignment, items: [alignment.items[0]!], covered: 1, total: 1, percent: 100, grade: 'A' })).toEqual([
      'Keselarasan dengan road map nasional (rb2023, kegiatan utama RB General): 1/1 = 100% → nilai A',
    ]);
  });
});

describe('formatBuildResult', () => {
  const result: BuildResult = { project: 'roadmap.yaml', output: 'roadmap.docx', bytes: 300 * 1024, warnings: [], problems: [], phases: {} };
  const warning = (message: string): Problem => ({ code: 'w', severity: 'warning', message });

  it('the document and its size', () => {
    expect(formatBuildResult(result, plain)).toBe('✔ roadmap.docx (300 KB)');
  });

  it('the PDF and its pages, each render warning, and one line for the project\'s own warnings', () => {
    const text = formatBuildResult({ ...result, pdf: 'roadmap.pdf', pdfPages: 84, warnings: ['Gambar logo.png terlalu kecil.'], problems: [warning('Target 2026 kosong.'), warning('b'), warning('c')] }, plain);
    expect(text.split('\n')).toEqual([
      '✔ roadmap.docx (300 KB), PDF: roadmap.pdf (84 halaman)',
      '  ! Gambar logo.png terlalu kecil.',
      '  ! Target 2026 kosong. (dan 2 peringatan lain) Lihat: roadmap validate roadmap.yaml',
    ]);
  });

  it('a PDF whose pages were not counted; a single project warning', () => {
    const text = formatBuildResult({ ...result, pdf: 'roadmap.pdf', problems: [warning('Target 2026 kosong.')] }, plain);
    expect(text).toBe('✔ roadmap.docx (300 KB), PDF: roadmap.pdf\n  ! Target 2026 kosong. Lihat: roadmap validate roadmap.yaml');
  });

  it('colour on the marks only', () => {
    expect(formatBuildResult({ ...result, warnings: ['w'] }, colour)).toBe(`${colour.green('✔')} roadmap.docx (300 KB)\n  ${colour.yellow('!')} w`);
  });
});

describe('wrapWords', () => {
  it('breaks between words within the width; a word longer than a line stays whole', () => {
    expect(wrapWords('Target IND-02 tahun 2026: 70,5 → 75', 20)).toEqual(['Target IND-02 tahun', '2026: 70,5 → 75']);
    expect(wrapWords(`kata ${'x'.repeat(30)} akhir`, 20)).toEqual(['kata', 'x'.repeat(30), 'akhir']);
  });

  it('one line without a width, under 20 columns, or when it fits', () => {
    const long = 'satu dua tiga empat lima enam tujuh delapan sembilan sepuluh';
    expect(wrapWords(long, undefined)).toEqual([long]);
    expect(wrapWords(long, 19)).toEqual([long]);
    expect(wrapWords('pendek', 40)).toEqual(['pendek']);
  });
});

/** Just what the reporter reads: stderr (a terminal or not) and CI. */
function fakeIo(tty: boolean): { io: Io; stderr(): string } {
  let err = '';
  const io = { stderr: { write: (text: string) => (err += text), isTTY: tty }, env: {} } as unknown as Io;
  return { io, stderr: () => err };
}

describe('createProgressReporter', () => {
  const done = (project: string): Parameters<ReturnType<typeof createProgressReporter>['onProgress']>[0] => ({
    type: 'done',
    result: { project, output: `${project}.docx`, bytes: 1, warnings: [], problems: [], phases: {} },
    index: 0,
    total: 2,
  });

  it('piped: one plain line per finished project, "GAGAL" for a failure', () => {
    const f = fakeIo(false);
    const progress = createProgressReporter(f.io, 2);
    progress.onProgress({ type: 'start', project: 'a', index: 0, total: 2 });
    progress.onProgress(done('a'));
    progress.onProgress({ type: 'failed', project: 'b', error: new Error('x'), index: 1, total: 2 });
    progress.finish();
    expect(f.stderr()).toBe('[1/2] selesai a\n[2/2] GAGAL b\n');
  });

  it('on a terminal: one bar redrawn in place, ended by a newline', () => {
    const f = fakeIo(true);
    const progress = createProgressReporter(f.io, 2);
    progress.onProgress({ type: 'start', project: 'a', index: 0, total: 2 });
    progress.onProgress(done('a'));
    progress.finish();
    expect(f.stderr()).toBe(`\r\x1b[2K[${'.'.repeat(24)}] 0/2 a\r\x1b[2K[${'#'.repeat(12)}${'.'.repeat(12)}] 1/2 a\n`);
  });

  it('nothing for a single build', () => {
    const f = fakeIo(false);
    const progress = createProgressReporter(f.io, 1);
    progress.onProgress({ type: 'start', project: 'a', index: 0, total: 1 });
    progress.onProgress(done('a'));
    progress.finish();
    expect(f.stderr()).toBe('');
  });
});
