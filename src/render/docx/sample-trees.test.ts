/**
 * The ~30-page verification document (F4, roman front matter, TOC, landscape matrix with a
 * 120-row table under a repeated two-row header) and the docx-check run on it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Block, DocumentTree, HeaderFooter, Inline, Paragraph, Section, TableRow } from '../markup/types.js';
import { writeDocx, type PageNumberOutcome } from './index.js';
import { DOCX_CHECK } from './tree.testing.js';

const t = (text: string, style: Partial<{ bold: boolean; italic: boolean }> = {}): Inline => ({ type: 'text', text, ...style });
const p = (text: string, extra: Partial<Paragraph> = {}): Paragraph => ({
  type: 'paragraph',
  children: [t(text)],
  ...extra,
});
const LOREM =
  'Reformasi birokrasi merupakan upaya sistematis untuk melakukan pembaruan dan perubahan mendasar terhadap ' +
  'sistem penyelenggaraan pemerintahan, terutama menyangkut aspek kelembagaan, ketatalaksanaan, sumber daya ' +
  'manusia aparatur, akuntabilitas, pengawasan, pelayanan publik, dan budaya kerja aparatur, agar tercipta ' +
  'tata kelola pemerintahan yang bersih, efektif, efisien, dan melayani.';

const pageFooter = (): HeaderFooter => ({
  default: [{ type: 'paragraph', align: 'center', children: [{ type: 'field', field: 'page' }] }],
});

function chapter(n: string, title: string, subs: string[], paras: number): Block[] {
  const out: Block[] = [
    { type: 'heading', level: 1, toc: true, pageBreakBefore: true, children: [t(`BAB ${n}`), { type: 'break' }, t(title)] },
  ];
  subs.forEach((s, i) => {
    out.push({ type: 'heading', level: 2, toc: true, children: [t(`${String.fromCharCode(65 + i)}. ${s}`)] });
    for (let k = 0; k < paras; k++) {
      if (k === Math.floor(paras / 2))
        out.push({ type: 'heading', level: 3, toc: true, children: [t(`${i + 1}. Rincian ${s.toLowerCase()}`)] });
      out.push(p(LOREM, { firstLine: { twips: 567 } }));
    }
    out.push({
      type: 'list',
      format: 'decimal',
      items: [1, 2, 3].map((j) => ({ children: [{ type: 'paragraph', children: [t(`Butir ${j} dari ${s.toLowerCase()}.`)] }] })),
    } as Block);
  });
  return out;
}

function matrixRows(n: number): TableRow[] {
  const cell = (text: string, colspan = 1, rowspan = 1, bold = false) => ({
    children: [{ type: 'paragraph', align: 'center', children: [t(text, { bold })] } as Block],
    colspan,
    rowspan,
    valign: 'center' as const,
    shade: bold ? 'D9D9D9' : undefined,
  });
  const rows: TableRow[] = [
    {
      header: true,
      cantSplit: true,
      cells: [cell('No', 1, 2, true), cell('Kegiatan', 1, 2, true), cell('Target', 3, 1, true), cell('Penanggung Jawab', 1, 2, true)],
    },
    { header: true, cantSplit: true, cells: [cell('2025', 1, 1, true), cell('2026', 1, 1, true), cell('2027', 1, 1, true)] },
  ];
  for (let i = 1; i <= n; i++) {
    rows.push({
      header: false,
      cantSplit: true,
      cells: [
        cell(String(i)),
        {
          children: [{ type: 'paragraph', children: [t(`Kegiatan reformasi birokrasi nomor ${i} pada area perubahan ${((i - 1) % 8) + 1}`)] }],
          colspan: 1,
          rowspan: 1,
        },
        cell(`${i}%`),
        cell(`${i + 1}%`),
        cell(`${i + 2}%`),
        { children: [{ type: 'paragraph', children: [t('Bagian Organisasi Sekretariat Daerah')] }], colspan: 1, rowspan: 1 },
      ],
    });
  }
  return rows;
}

/** A 96x96 RGB PNG (a blue disc on white), made here so the test needs no binary fixture. */
export function logoPng(): Uint8Array {
  const size = 96;
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const raw = Buffer.alloc((size * 3 + 1) * size);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const inside = (x - size / 2) ** 2 + (y - size / 2) ** 2 < (size / 2 - 4) ** 2;
      raw.set(inside ? [0x1f, 0x4e, 0x9a] : [0xff, 0xff, 0xff], y * (size * 3 + 1) + 1 + x * 3);
    }
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(Buffer.concat([sig, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]));
}

const cellOf = (blocks: Block[], extra: Partial<TableRow['cells'][number]> = {}) => ({ children: blocks, colspan: 1, rowspan: 1, ...extra });

/** The lampiran heading: a borderless two-column block at the top right of the first page. */
const lampiranHeading = (): Block => ({
  type: 'table',
  columns: [55, 45],
  borders: false,
  fontSize: 10,
  rows: [
    {
      header: false,
      cantSplit: true,
      cells: [
        cellOf([]),
        cellOf([
          p('LAMPIRAN'),
          p('PERATURAN BUPATI SUKAMAJU'),
          p('NOMOR 12 TAHUN 2025'),
          p('TENTANG ROAD MAP REFORMASI BIROKRASI KABUPATEN SUKAMAJU TAHUN 2025-2029'),
        ]),
      ],
    },
  ],
});

/** A signature block: borderless, the right column centred, a spacer for the signature. */
const signature = (): Block[] => [
  { type: 'spacer', height: 12 },
  {
    type: 'table',
    columns: [50, 50],
    borders: false,
    fontSize: 12,
    rows: [
      {
        header: false,
        cantSplit: true,
        cells: [
          cellOf([]),
          cellOf(
            [
              p('Ditetapkan di Sukamaju'),
              p('pada tanggal 15 Januari 2025'),
              p('BUPATI SUKAMAJU,', { spaceBefore: 6 }),
              { type: 'spacer', height: 60 },
              { type: 'paragraph', children: [t('NAMA BUPATI', { bold: true })] },
            ],
            { align: 'center' },
          ),
        ],
      },
    ],
  },
];

/** Lists of every format, nested, with markers other than the default. */
const listShowcase = (): Block[] => [
  p('Area perubahan reformasi birokrasi meliputi:'),
  {
    type: 'list',
    format: 'decimal',
    items: [
      {
        children: [
          p('Manajemen perubahan, dengan sasaran:'),
          {
            type: 'list',
            format: 'lower-alpha',
            items: [{ children: [p('meningkatnya komitmen pimpinan;')] }, { children: [p('terbentuknya agen perubahan.')] }],
          },
        ],
      },
      { children: [p('Penataan peraturan perundang-undangan.'), p('Paragraf kedua dari butir yang sama, tanpa nomor.')] },
    ],
  },
  { type: 'list', format: 'upper-roman', marker: '(%1)', items: [{ children: [p('Romawi dalam kurung.')] }, { children: [p('Butir kedua.')] }] },
  { type: 'list', format: 'bullet', items: [{ children: [p('Butir berpoin.')] }, { children: [p('Butir berpoin kedua.')] }] },
  { type: 'list', format: 'dash', items: [{ children: [p('Butir bertanda pisah.')] }] },
  { type: 'list', format: 'upper-alpha', start: 3, marker: '%1)', items: [{ children: [p('Mulai dari C.')] }, { children: [p('Lalu D.')] }] },
];

/** F4, Arial: every font is in the estimator's tables, so TOC numbers must match LibreOffice. */
export function sampleTree(opts: { perbupFont?: string; watermark?: string; font?: string } = {}): DocumentTree {
  const margins = { top: 1701, right: 1134, bottom: 1134, left: 1701 };
  const sections: Section[] = [];
  if (opts.perbupFont) {
    sections.push({
      props: { orientation: 'portrait', pageNumberFormat: 'decimal', font: opts.perbupFont, fontSize: 12, footer: pageFooter() },
      children: [
        p('BUPATI SUKAMAJU', { style: 'title' }),
        p('PERATURAN BUPATI SUKAMAJU NOMOR 12 TAHUN 2025', { style: 'subtitle' }),
        p('TENTANG ROAD MAP REFORMASI BIROKRASI TAHUN 2025-2029', { style: 'subtitle' }),
        ...Array.from({ length: 8 }, () => p(LOREM)),
      ],
    });
  }
  sections.push(
    {
      props: {
        orientation: 'portrait',
        pageNumberFormat: 'lower-roman',
        pageNumberStart: 1,
        valign: 'center',
        footer: { default: pageFooter().default, first: [] },
      },
      children: [
        { type: 'image', src: 'logo', width: 72, height: 72, align: 'center' },
        { type: 'spacer', height: 24 },
        p('ROAD MAP REFORMASI BIROKRASI', { style: 'title' }),
        p('PEMERINTAH KABUPATEN SUKAMAJU', { style: 'subtitle' }),
        p('TAHUN 2025-2029', { style: 'subtitle' }),
      ],
    },
    {
      props: { orientation: 'portrait', pageNumberFormat: 'lower-roman', footer: pageFooter() },
      children: [
        p('KATA PENGANTAR', { style: 'title' }),
        ...Array.from({ length: 6 }, () => p(LOREM, { firstLine: { twips: 567 } })),
        p('DAFTAR ISI', { style: 'title', pageBreakBefore: true }),
        { type: 'toc', levels: 3 },
      ],
    },
    {
      props: {
        orientation: 'portrait',
        pageNumberFormat: 'decimal',
        pageNumberStart: 1,
        header: { default: [p('Road Map Reformasi Birokrasi Kabupaten Sukamaju 2025-2029', { style: 'small', align: 'right' })], first: [] },
        footer: pageFooter(),
      },
      children: [
        lampiranHeading(),
        ...listShowcase(),
        ...chapter('I', 'PENDAHULUAN', ['Latar Belakang', 'Maksud dan Tujuan', 'Dasar Hukum', 'Sistematika'], 9),
        ...chapter('II', 'KONDISI UMUM', ['Capaian Reformasi Birokrasi', 'Permasalahan', 'Isu Strategis'], 12),
      ],
    },
    {
      props: { orientation: 'landscape', pageNumberFormat: 'decimal', footer: pageFooter() },
      children: [
        { type: 'heading', level: 1, toc: true, children: [t('BAB III'), { type: 'break' }, t('RENCANA AKSI')] },
        p('Tabel 3.1 Rencana aksi reformasi birokrasi', { style: 'caption' }),
        { type: 'table', columns: [5, 40, 10, 10, 10, 25], borders: true, rows: matrixRows(120) },
        p('Sumber: hasil analisis tim penyusun.', { style: 'small' }),
      ],
    },
    {
      props: {
        orientation: 'portrait',
        pageNumberFormat: 'decimal',
        footer: {
          default: [
            {
              type: 'paragraph',
              align: 'right',
              children: [t('Halaman '), { type: 'field', field: 'page' }, t(' dari '), { type: 'field', field: 'pages' }],
            },
          ],
        },
      },
      children: [
        ...chapter('IV', 'MONITORING DAN EVALUASI', ['Monitoring', 'Evaluasi', 'Pelaporan'], 12),
        ...chapter('V', 'PENUTUP', ['Kesimpulan', 'Tindak Lanjut'], 8),
        ...signature(),
      ],
    },
  );
  return {
    meta: { title: 'Road Map RB', created: '2025-01-15T08:00:00Z', ...(opts.watermark ? { watermark: opts.watermark } : {}) },
    settings: { paper: 'F4', margins, font: opts.font ?? 'Arial', fontSize: 12, lineSpacing: 1.5, paragraphSpacing: 6, tableFontSize: 10 },
    sections,
  };
}

const CHECK = DOCX_CHECK;

/**
 * Compares each TOC entry's page number (as LibreOffice prints it, from text.txt) with the page
 * the heading really lands on in the PDF, read by its printed page number (the footer's last
 * line). Returns the entries that disagree.
 */
export function tocAgainstPdf(text: string): { entries: number; mismatches: string[] } {
  const pages = text.split('\f');
  // The footer is the page's last line: "7", "iii" or "Halaman 7 dari 30".
  const label = (page: string) => {
    const last = page.split('\n').map((l) => l.trim()).filter(Boolean).pop() ?? '';
    return /^Halaman (\S+) dari/.exec(last)?.[1] ?? last;
  };
  const entries = [...text.matchAll(/^\s*(.+?)\s*\.{4,}\s*([0-9ivxlc]+)\s*$/gm)].map((m) => ({ title: m[1] ?? '', page: m[2] ?? '' }));
  const mismatches: string[] = [];
  for (const { title, page } of entries) {
    // A chapter heading is two lines ("BAB I" / "PENDAHULUAN"): look for its title part.
    const key = title.replace(/^BAB [IVX]+ /, '');
    const index = pages.findIndex((pg) => pg.split('\n').some((l) => !/\.{4,}/.test(l) && l.includes(key)));
    const landed = index < 0 ? '(not found)' : label(pages[index] ?? '');
    if (landed !== page) mismatches.push(`${title}: TOC ${page}, PDF ${landed} (sheet ${index + 1})`);
  }
  return { entries: entries.length, mismatches };
}

describe('sample document', () => {
  it('passes docx-check with 0 FAIL, and its TOC numbers are the pages LibreOffice puts the headings on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'roadmap-docx-'));
    const outcome: PageNumberOutcome[] = [];
    const phases: Record<string, number> = {};
    const bytes = await writeDocx(sampleTree({ watermark: 'DRAF' }), {
      assets: { logo: logoPng() },
      onPageNumbers: (o) => outcome.push(o),
      onPhase: (phase, ms) => (phases[phase] = Math.round(ms)),
    });
    const file = process.env.SAMPLE_OUT ?? join(dir, 'sample.docx');
    writeFileSync(file, bytes);
    if (process.env.SAMPLE_OUT) console.log('phases (ms)', phases);
    expect(outcome).toEqual([{ kind: 'exact' }]);
    if (!existsSync(CHECK)) throw new Error(`${CHECK} is missing`);
    const run = spawnSync(CHECK, [file, join(dir, 'check'), '--pages', '2'], { encoding: 'utf8' });
    expect(run.stdout).toMatch(/LibreOffice converts it/);
    expect(run.status, run.stdout).toBe(0);
    // Cover + front matter portrait, the matrix landscape, the rest portrait again.
    expect(run.stdout).toMatch(/portrait ×\d+, \d+x\d+ landscape ×\d+, \d+x\d+ portrait ×\d+/);
    const text = readFileSync(join(dir, 'check', 'text.txt'), 'utf8');
    expect(text).toContain('RENCANA AKSI');
    const { entries, mismatches } = tocAgainstPdf(text);
    expect(entries).toBeGreaterThan(20);
    expect(mismatches).toEqual([]);
  });

  it('approximates a Bookman Old Style part quietly; the TOC numbers after the restart stay exact', async () => {
    const outcome: PageNumberOutcome[] = [];
    const warnings: string[] = [];
    const bytes = await writeDocx(sampleTree({ perbupFont: 'Bookman Old Style' }), {
      assets: { logo: logoPng() },
      onPageNumbers: (o) => outcome.push(o),
      onWarning: (w) => warnings.push(w),
    });
    const dir = mkdtempSync(join(tmpdir(), 'roadmap-docx-'));
    const file = join(dir, 'bookman.docx');
    writeFileSync(file, bytes);
    if (process.env.SAMPLE_OUT) writeFileSync(process.env.SAMPLE_OUT.replace(/\.docx$/, '-bookman.docx'), bytes);
    expect(outcome).toEqual([{ kind: 'exact' }]);
    expect(warnings).toEqual([]);
    const run = spawnSync(CHECK, [file, join(dir, 'check'), '--pages', '1'], { encoding: 'utf8' });
    expect(run.status, run.stdout).toBe(0);
    const { entries, mismatches } = tocAgainstPdf(readFileSync(join(dir, 'check', 'text.txt'), 'utf8'));
    expect(entries).toBeGreaterThan(20);
    expect(mismatches).toEqual([]);
  });
});
