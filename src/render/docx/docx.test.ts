/** XML facts of the writer's output, read back by unzipping. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Block, DocumentTree, Inline, List, Section, TableRow } from '../markup/types.js';
import { writeDocx, type PageNumberOutcome } from './index.js';
import { scaleColumns } from './layout/table-fit.js';
import { w3cdtf } from './package/core-properties.js';
import { DOCX_CHECK, treeOf } from './tree.testing.js';

// 1x1 transparent PNG.
const PNG = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64'),
);
const t = (text: string): Inline => ({ type: 'text', text });
const para = (text: string): Block => ({ type: 'paragraph', children: [t(text)] });
const list = (format: List['format'], n: number, extra: Partial<List> = {}): List => ({
  type: 'list',
  format,
  items: Array.from({ length: n }, (_, i) => ({ children: [{ type: 'paragraph', children: [t(`item ${i + 1}`)] }] })),
  ...extra,
});

const tree = (sections: Section[], extra: Partial<DocumentTree['settings']> = {}): DocumentTree =>
  treeOf(sections, extra, { subject: 'Road map', creator: 'roadmap test', keywords: 'rb' });

const portrait = (children: Block[], props: Partial<Section['props']> = {}): Section => ({
  props: { orientation: 'portrait', pageNumberFormat: 'decimal', ...props },
  children,
});

async function parts(doc: DocumentTree, opts: Parameters<typeof writeDocx>[1] = {}) {
  const bytes = await writeDocx(doc, opts);
  const files = unzipSync(bytes);
  const get = (name: string) => {
    const f = files[name];
    if (!f) throw new Error(`no ${name} in the package`);
    return strFromU8(f);
  };
  return { bytes, files, get, document: get('word/document.xml') };
}

const headerCell = (text: string, colspan = 1, rowspan = 1) => ({ children: [para(text)], colspan, rowspan });
const matrix = (bodyRows: number): Block => ({
  type: 'table',
  columns: [1, 4, 1, 1],
  borders: true,
  rows: [
    { header: true, cantSplit: true, cells: [headerCell('No', 1, 2), headerCell('Kegiatan', 1, 2), headerCell('Target', 2)] },
    { header: true, cantSplit: true, cells: [headerCell('2025'), headerCell('2026')] },
    ...Array.from(
      { length: bodyRows },
      (_, i): TableRow => ({
        header: false,
        cantSplit: false,
        cells: [headerCell(String(i + 1)), headerCell(`kegiatan ${i + 1}`), headerCell('1'), headerCell('2')],
      }),
    ),
  ],
});

describe('sections', () => {
  it('writes a landscape section as a turned sheet: w:orient="landscape" and w:w > w:h (w:orient alone turns nothing)', async () => {
    const { document } = await parts(tree([portrait([para('a')]), { ...portrait([para('b')]), props: { orientation: 'landscape', pageNumberFormat: 'decimal', paper: 'F4' } }]));
    const sizes = [...document.matchAll(/<w:pgSz ([^>]*)\/>/g)].map((m) => m[1] ?? '');
    expect(sizes).toHaveLength(2);
    const num = (attrs: string, name: string) => Number(new RegExp(`w:${name}="(\\d+)"`).exec(attrs)?.[1]);
    const [first, second] = sizes as [string, string];
    expect(num(first, 'w')).toBeLessThan(num(first, 'h'));
    expect(first).not.toContain('landscape');
    expect(second).toContain('w:orient="landscape"');
    expect(num(second, 'w')).toBe(18709);
    expect(num(second, 'h')).toBe(12189);
  });

  it('restarts page numbers with a format, and writes w:titlePg and w:vAlign for a cover', async () => {
    const { document } = await parts(
      tree([
        portrait([para('cover')], {
          valign: 'center',
          pageNumberFormat: 'lower-roman',
          pageNumberStart: 1,
          footer: { default: [{ type: 'paragraph', children: [{ type: 'field', field: 'page' }] }], first: [] },
        }),
        portrait([para('body')], { pageNumberStart: 1 }),
      ]),
    );
    expect(document).toMatch(/<w:pgNumType w:start="1" w:fmt="lowerRoman"\/>/);
    expect(document).toMatch(/<w:pgNumType w:start="1" w:fmt="decimal"\/>/);
    expect(document).toContain('<w:titlePg/>');
    expect(document).toContain('<w:vAlign w:val="center"/>');
    // The second section inherits the footer: written on it too (its own part, at its own width), without w:titlePg.
    const sectPrs = [...document.matchAll(/<w:sectPr>.*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sectPrs).toHaveLength(2);
    expect(sectPrs[1]).toContain('w:footerReference w:type="default"');
    expect(sectPrs[1]).not.toContain('w:titlePg');
  });
});

describe('styles', () => {
  it('defines Heading1..4 with w:outlineLvl 0..3 (LibreOffice\'s TOC update needs them) in the heading font', async () => {
    const { get } = await parts(tree([portrait([para('x')])], { headingFont: 'Times New Roman' }));
    const styles = get('word/styles.xml');
    for (const level of [1, 2, 3, 4]) {
      const style = new RegExp(`<w:style [^>]*w:styleId="Heading${level}">(.*?)</w:style>`).exec(styles)?.[1] ?? '';
      expect(style).toContain(`<w:outlineLvl w:val="${level - 1}"/>`);
      expect(style).toContain('w:ascii="Times New Roman"');
      expect(style).toMatch(/<w:b\/>/);
    }
    // The not-in-TOC twin must not have an outline level, or LibreOffice would list it.
    const noToc = /<w:style [^>]*w:styleId="Heading1NoToc">(.*?)<\/w:style>/.exec(styles)?.[1] ?? '';
    expect(noToc).not.toBe('');
    expect(noToc).not.toContain('w:outlineLvl');
  });

  it('applies a section font and size to its runs and leaves other sections to the defaults', async () => {
    const { document } = await parts(
      tree([portrait([para('perbup')], { font: 'Bookman Old Style', fontSize: 13 }), portrait([para('lampiran')])]),
    );
    const perbup = /<w:p>(?:(?!<\/w:p>).)*perbup.*?<\/w:p>/.exec(document)?.[0] ?? '';
    const lampiran = /<w:p>(?:(?!<w:p>).)*lampiran.*?<\/w:p>/.exec(document)?.[0] ?? '';
    expect(perbup).toContain('w:ascii="Bookman Old Style"');
    expect(perbup).toContain('<w:sz w:val="26"/>');
    expect(lampiran).not.toContain('w:rFonts');
    expect(lampiran).not.toContain('<w:sz ');
  });
});

describe('tables', () => {
  it('marks only the top header rows w:tblHeader, writes spans and explicit dxa widths (LibreOffice ignores percentages)', async () => {
    const { document } = await parts(tree([portrait([matrix(5)])]));
    const rows = [...document.matchAll(/<w:tr>.*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows).toHaveLength(7);
    expect(rows.map((r) => r.includes('<w:tblHeader/>'))).toEqual([true, true, false, false, false, false, false]);
    expect(document).toContain('<w:gridSpan w:val="2"/>');
    expect(document).toContain('<w:vMerge w:val="restart"/>');
    // Row 2 starts with two vMerge continuation cells under "No" and "Kegiatan".
    expect((rows[1]?.match(/<w:vMerge\/>|<w:vMerge w:val="continue"\/>/g) ?? []).length).toBe(2);
    expect(document).toMatch(/<w:tblW w:type="dxa" w:w="9071"\/>/);
    const grid = [...document.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(9071);
    expect(document).not.toMatch(/w:type="pct"/);
  });

  it('gives the last row under a taller merged cell its height, so repeated headers are not clipped', async () => {
    const tall = { children: [para('satu'), para('dua'), para('tiga'), para('empat')], colspan: 1, rowspan: 2 };
    const table: Block = {
      type: 'table',
      columns: [1, 1],
      borders: true,
      rows: [
        { header: true, cantSplit: true, cells: [tall, headerCell('a')] },
        { header: true, cantSplit: true, cells: [headerCell('b')] },
        { header: false, cantSplit: true, cells: [headerCell('x'), headerCell('y')] },
      ],
    };
    const { document } = await parts(tree([portrait([table])]));
    const rows = [...document.matchAll(/<w:tr>.*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows[0]).not.toContain('w:trHeight');
    // 4 lines of 10 pt (230 twips) + 56 padding + 10 border = 986; the first row has 296 of it.
    expect(rows[1]).toContain('<w:trHeight w:val="690" w:hRule="atLeast"/>');
    expect(rows[2]).not.toContain('w:trHeight');
  });

  it('does not repeat a header row that comes after body rows', async () => {
    const late: Block = {
      type: 'table',
      columns: [1],
      borders: false,
      rows: [
        { header: false, cantSplit: false, cells: [headerCell('a')] },
        { header: true, cantSplit: false, cells: [headerCell('b')] },
      ],
    };
    const warnings: string[] = [];
    const { document } = await parts(tree([portrait([late])]), { onWarning: (w) => warnings.push(w) });
    expect(document).not.toContain('w:tblHeader');
    expect(warnings.join()).toMatch(/kepala tabel di bawah baris isi/);
    expect(document).toContain('w:val="none"');
  });

  it('gives an empty cell a paragraph', async () => {
    const empty: Block = { type: 'table', columns: [1, 1], borders: true, rows: [{ header: false, cantSplit: false, cells: [{ children: [], colspan: 1, rowspan: 1 }, headerCell('x')] }] };
    const { document } = await parts(tree([portrait([empty])]));
    const cells = [...document.matchAll(/<w:tc>.*?<\/w:tc>/g)].map((m) => m[0]);
    expect(cells).toHaveLength(2);
    for (const c of cells) expect(c).toMatch(/<w:p>.*<\/w:p><\/w:tc>$|<w:p\/><\/w:tc>$/);
  });

  it('scales columns to integer widths that fill the total', () => {
    expect(scaleColumns([1, 1, 1], 100)).toEqual([34, 33, 33]);
    expect(scaleColumns([5, 40, 10], 9071).reduce((a, b) => a + b, 0)).toBe(9071);
  });
});

describe('lists', () => {
  it('restarts every list: one w:num per list with w:startOverride', async () => {
    const { get, document } = await parts(tree([portrait([list('decimal', 2), para('between'), list('decimal', 3), list('lower-alpha', 2, { marker: '%1)', start: 3 })])]));
    const numbering = get('word/numbering.xml');
    const nums = [...numbering.matchAll(/<w:num w:numId="(\d+)">(.*?)<\/w:num>/g)];
    expect(nums.map((m) => m[1])).toEqual(['1', '2', '3']);
    for (const m of nums) expect(m[2]).toContain('<w:startOverride');
    expect(nums[2]?.[2]).toContain('<w:startOverride w:val="3"/>');
    // The two decimal lists share a definition; each has its own w:num.
    expect(nums[0]?.[2]).toContain('<w:abstractNumId w:val="1"/>');
    expect(nums[1]?.[2]).toContain('<w:abstractNumId w:val="1"/>');
    const used = [...document.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]);
    expect(used).toEqual(['1', '1', '2', '2', '2', '3', '3']);
    expect(numbering).toContain('<w:lvlText w:val="%1)"/>');
    expect(numbering).toContain('<w:numFmt w:val="lowerLetter"/>');
  });

  it('restarts a nested list at the level it is used', async () => {
    const nested: List = { type: 'list', format: 'decimal', items: [{ children: [para('a') as never, list('lower-alpha', 2)] }, { children: [para('b') as never, list('lower-alpha', 1)] }] };
    const { get } = await parts(tree([portrait([nested])]));
    const nums = [...get('word/numbering.xml').matchAll(/<w:num w:numId="(\d+)">(.*?)<\/w:num>/g)].map((m) => m[2]);
    expect(nums).toHaveLength(3);
    expect(nums[1]).toContain('<w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/>');
    expect(nums[2]).toContain('<w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/>');
  });

  it('nests a list one level deeper, indented under its parent text', async () => {
    const nested: List = {
      type: 'list',
      format: 'decimal',
      items: [{ children: [para('parent') as never, list('lower-alpha', 2)] }],
    };
    const { document } = await parts(tree([portrait([nested])]));
    expect(document).toMatch(/<w:ilvl w:val="1"\/>/);
    expect(document).toContain('<w:ind w:left="425" w:hanging="425"/>');
    expect(document).toContain('<w:ind w:left="850" w:hanging="425"/>');
  });
});

describe('table of contents and page numbers', () => {
  const chapters = (n: number): Block[] =>
    Array.from({ length: n }, (_, i): Block[] => [
      { type: 'heading', level: 1, toc: true, pageBreakBefore: i > 0, children: [t(`BAB ${i + 1}`), { type: 'break' }, t('JUDUL')] },
      { type: 'heading', level: 2, toc: true, children: [t(`Sub ${i + 1}`)] },
      { type: 'heading', level: 2, toc: false, children: [t(`Hidden ${i + 1}`)] },
      para('isi'),
    ]).flat();

  it('writes TOC page numbers for an Arial document and turns w:updateFields off', async () => {
    const outcomes: PageNumberOutcome[] = [];
    const { document, get } = await parts(
      tree([portrait([{ type: 'toc', levels: 2 }]), portrait(chapters(3), { pageNumberStart: 1 })]),
      { onPageNumbers: (o) => outcomes.push(o) },
    );
    expect(outcomes).toEqual([{ kind: 'exact' }]);
    const numbers = [...document.matchAll(/PAGEREF (_Toc\d+) \\h<\/w:instrText>(?:(?!<\/w:instrText>).)*?<w:fldChar w:fldCharType="separate"\/>(?:<w:t[^>]*>([^<]*)<\/w:t>)?/g)].map((m) => m[2]);
    expect(numbers).toEqual(['1', '1', '2', '2', '3', '3']);
    expect(get('word/settings.xml')).not.toContain('w:updateFields');
    expect(document).not.toContain('Hidden 1</w:t></w:r><w:r><w:tab/>');
  });

  it('approximates a font outside the width tables quietly and still writes the numbers clean', async () => {
    const outcomes: PageNumberOutcome[] = [];
    const warnings: string[] = [];
    const { get, document } = await parts(
      tree([portrait([{ type: 'toc', levels: 2 }]), portrait(chapters(2), { pageNumberStart: 1, font: 'Bookman Old Style' })]),
      { onPageNumbers: (o) => outcomes.push(o), onWarning: (w) => warnings.push(w) },
    );
    expect(outcomes[0]?.kind).toBe('guessed');
    expect(warnings).toEqual([]);
    expect(get('word/settings.xml')).not.toContain('w:updateFields');
    expect(document).toMatch(/PAGEREF _Toc1 \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t>1<\/w:t>/);
  });

  it('reports numbers after a restart as exact even when an earlier part is approximated', async () => {
    const outcomes: PageNumberOutcome[] = [];
    await parts(
      tree([
        portrait([para('perbup')], { font: 'Bookman Old Style' }),
        portrait([{ type: 'toc', levels: 2 }], { pageNumberStart: 1 }),
        portrait(chapters(2), { pageNumberStart: 1 }),
      ]),
      { onPageNumbers: (o) => outcomes.push(o) },
    );
    expect(outcomes).toEqual([{ kind: 'exact' }]);
  });

  const dejavu = '/usr/share/fonts/truetype/dejavu/';
  it.skipIf(!existsSync(`${dejavu}DejaVuSans.ttf`))('measures a font from the files it is given instead of approximating it', async () => {
    const fonts = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => ({ data: new Uint8Array(readFileSync(dejavu + f)), name: 'Bookman Old Style' }));
    const outcomes: PageNumberOutcome[] = [];
    await parts(
      tree([portrait([{ type: 'toc', levels: 2 }]), portrait(chapters(2), { pageNumberStart: 1, font: 'Bookman Old Style' })]),
      { fonts, onPageNumbers: (o) => outcomes.push(o) },
    );
    expect(outcomes).toEqual([{ kind: 'exact' }]);
  });

  it('warns about a font file it cannot read', async () => {
    const warnings: string[] = [];
    await parts(tree([portrait([para('x')])]), { fonts: [{ data: new Uint8Array(8), name: 'X' }], onWarning: (w) => warnings.push(w) });
    expect(warnings.join()).toMatch(/berkas huruf 1 \(X\) tidak dapat dibaca/);
  });

  it('fills NUMPAGES and SECTIONPAGES with the laid-out counts', async () => {
    const footer = { default: [{ type: 'paragraph' as const, children: [{ type: 'field' as const, field: 'pages' as const }, { type: 'field' as const, field: 'section-pages' as const }] }] };
    const { files } = await parts(tree([portrait([para('a')], { footer }), portrait(chapters(3), { footer })]));
    const footers = Object.keys(files)
      .filter((n) => /^word\/footer\d+\.xml$/.test(n))
      .sort()
      .map((n) => strFromU8(files[n] as Uint8Array));
    const results = footers.map((f) => [...f.matchAll(/<w:fldChar w:fldCharType="separate"\/><\/w:r><w:r><w:t>(\d+)<\/w:t>/g)].map((m) => m[1]));
    // 1 page + 3 chapter pages: NUMPAGES 4 everywhere, SECTIONPAGES 1 and 3.
    expect(results).toEqual([
      ['4', '1'],
      ['4', '3'],
    ]);
  });
});

describe('inline and blocks', () => {
  it('writes run formatting, fields, tabs and breaks', async () => {
    const p: Block = {
      type: 'paragraph',
      children: [
        { type: 'text', text: 'tebal', bold: true, italic: true, underline: true, caps: true, size: 14, font: 'Times New Roman' },
        { type: 'text', text: '2', superscript: true },
        { type: 'tab' },
        { type: 'break' },
        { type: 'field', field: 'page' },
        { type: 'field', field: 'pages' },
        { type: 'field', field: 'section-pages' },
      ],
    };
    const { document } = await parts(tree([portrait([p])]));
    for (const s of ['<w:b/>', '<w:i/>', '<w:u w:val="single"/>', '<w:caps/>', '<w:sz w:val="28"/>', 'w:ascii="Times New Roman"', '<w:vertAlign w:val="superscript"/>', '<w:tab/>', '<w:br/>'])
      expect(document).toContain(s);
    for (const f of ['PAGE', 'NUMPAGES', 'SECTIONPAGES']) expect(document).toMatch(new RegExp(`<w:instrText[^>]*>\\s*${f}\\s*</w:instrText>`));
  });

  it('writes a section line spacing on its body paragraphs only', async () => {
    const { document } = await parts(tree([portrait([para('isi'), { type: 'paragraph', style: 'title', children: [t('JUDUL')] }], { lineSpacing: 1 })]));
    expect(document).toMatch(/<w:spacing w:line="240" w:lineRule="auto"\/><\/w:pPr><w:r><w:t>isi/);
    expect(document).not.toMatch(/<w:spacing w:line="240" w:lineRule="auto"\/><\/w:pPr><w:r><w:t>JUDUL/);
  });

  it('resolves percentage indents against the section text width', async () => {
    const p: Block = { type: 'paragraph', indent: { percent: 10 }, hanging: { twips: 567 }, children: [t('x')] };
    const { document } = await parts(tree([portrait([p])]));
    expect(document).toContain('<w:ind w:left="907" w:hanging="567"/>');
  });

  it('writes a spacer as an exact-height empty paragraph and embeds a PNG picture', async () => {
    const { document, files } = await parts(
      tree([portrait([{ type: 'spacer', height: 36 }, { type: 'image', src: 'logo', width: 72, height: 72, align: 'center' }])]),
      { assets: { logo: PNG } },
    );
    expect(document).toContain('<w:spacing w:after="0" w:before="0" w:line="720" w:lineRule="exact"/>');
    expect(Object.keys(files).some((n) => /^word\/media\/.*\.png$/.test(n))).toBe(true);
    // 72 pt = 1 inch = 914400 EMU.
    expect(document).toContain('cx="914400"');
  });

  it('puts a diagonal text watermark in every header', async () => {
    const { files } = await parts({
      ...tree([portrait([para('a')]), { props: { orientation: 'landscape', pageNumberFormat: 'decimal' }, children: [para('b')] }]),
      meta: { title: 'x', created: '2025-01-01T00:00:00Z', watermark: 'DRAF' },
    });
    const headers = Object.keys(files).filter((n) => /^word\/header\d+\.xml$/.test(n));
    expect(headers.length).toBeGreaterThanOrEqual(2);
    for (const h of headers) expect(strFromU8(files[h] as Uint8Array)).toContain('string="DRAF"');
  });
});

describe('determinism: the same tree gives the same bytes', () => {
  const doc = (): DocumentTree => ({
    ...tree([
      portrait([{ type: 'toc', levels: 2 }], { header: { default: [{ type: 'image', src: 'logo', width: 20, height: 20 }] } }),
      portrait(
        [{ type: 'heading', level: 1, toc: true, children: [t('BAB I')] }, list('decimal', 2), matrix(3), { type: 'image', src: 'logo', width: 40, height: 40 }],
        { pageNumberStart: 1 },
      ),
    ]),
    meta: { title: 'Uji', keywords: 'rb', created: '2025-03-01T10:00:00Z', watermark: 'DRAF' },
  });

  it('gives identical bytes for the same tree built twice in one process', async () => {
    // Bookmark names and ids, drawing ids and watermark shape ids all come from process-wide
    // counters or random ids in docx; another document built in between moves those counters.
    const a = await writeDocx(doc(), { assets: { logo: PNG } });
    await writeDocx(tree([portrait([{ type: 'toc', levels: 1 }, { type: 'heading', level: 1, toc: true, children: [t('X')] }])]));
    const b = await writeDocx(doc(), { assets: { logo: PNG } });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const core = strFromU8(unzipSync(a)['docProps/core.xml'] as Uint8Array);
    expect(core).toContain('>2025-03-01T10:00:00Z</dcterms:created>');
    expect(core).toContain('>2025-03-01T10:00:00Z</dcterms:modified>');
    expect(core).toContain('<dc:title>Uji</dc:title>');
    expect(strFromU8(unzipSync(a)['word/document.xml'] as Uint8Array)).toContain('w:name="_Toc1" w:id="0"');
    expect(core).toContain('<cp:keywords>rb</cp:keywords>');
  });

  it('writes W3CDTF dates', () => {
    expect(w3cdtf('2025-01-02T03:04:05.678+07:00')).toBe('2025-01-01T20:04:05Z');
  });
});

describe('sections and placeholders', () => {
  it('keeps every section\'s w:sectPr, whatever the section ends with', async () => {
    const { document } = await parts(tree([portrait([matrix(2)]), portrait([para('b')]), portrait([{ type: 'toc', levels: 1 }]), portrait([para('d')])]));
    expect([...document.matchAll(/<w:sectPr>/g)]).toHaveLength(4);
    expect(document).not.toContain('@@roadmap-part');
  });
});

describe('escaping', () => {
  it('escapes text and attributes and drops characters XML forbids', async () => {
    const { document } = await parts(tree([portrait([para('a < b & c > d \u0001"q"')], { font: 'A&B "Sans"' })]));
    expect(document).toContain('<w:t>a &lt; b &amp; c &gt; d "q"</w:t>');
    expect(document).toContain('w:ascii="A&amp;B &quot;Sans&quot;"');
  });
});

describe('odd trees', () => {
  const CHECK = DOCX_CHECK;
  it.skipIf(!existsSync(CHECK))('writes a schema-valid package for edge cases, warning where content is left out', async () => {
    const warnings: string[] = [];
    const odd: Block[] = [
      { type: 'table', columns: [1, 1], borders: true, rows: [] },
      { type: 'table', columns: [1, 1], borders: true, rows: [{ header: false, cantSplit: true, cells: [] }] },
      { type: 'table', columns: [1], borders: false, rows: [{ header: false, cantSplit: false, cells: [{ colspan: 1, rowspan: 1, children: [{ type: 'toc', levels: 2 }, { type: 'list', format: 'decimal', items: [] }] }] }] },
      { type: 'table', columns: [1], borders: false, rows: [{ header: false, cantSplit: true, cells: [headerCell('adjacent')] }] },
      { type: 'list', format: 'bullet', items: [] },
      { type: 'image', src: 'missing', width: 10, height: 10 },
      { type: 'page-break' },
      { type: 'heading', level: 4, toc: true, children: [t('Kecil & <aneh>')] },
      { type: 'toc', levels: 9 },
    ];
    const bytes = await writeDocx(tree([portrait([]), portrait(odd, { header: { default: [{ type: 'toc', levels: 1 }] } }), portrait([matrix(1)])]), {
      onWarning: (w) => warnings.push(w),
    });
    const dir = mkdtempSync(join(tmpdir(), 'roadmap-odd-'));
    writeFileSync(join(dir, 'odd.docx'), bytes);
    const run = spawnSync(CHECK, [join(dir, 'odd.docx'), join(dir, 'check'), '--quick'], { encoding: 'utf8' });
    expect(run.status, run.stdout).toBe(0);
    expect(warnings.join('\n')).toMatch(/tabel tanpa baris/);
    expect(warnings.join('\n')).toMatch(/baris tabel 1 tidak memiliki sel/);
    expect(warnings.join('\n')).toMatch(/gambar 'missing' tidak tersedia/);
    expect(warnings.join('\n')).toMatch(/daftar isi di dalam tabel, kepala atau kaki halaman tidak ditulis/);
    const document = strFromU8(unzipSync(bytes)['word/document.xml'] as Uint8Array);
    expect(document).toContain('Kecil &amp; &lt;aneh&gt;');
  });
});

describe('pictures', () => {
  it('shows a picture in a table cell and in a header through relationships of their parts', async () => {
    const cellImage: Block = { type: 'table', columns: [1], borders: false, rows: [{ header: false, cantSplit: true, cells: [{ children: [{ type: 'image', src: 'logo', width: 30, height: 30 }], colspan: 1, rowspan: 1 }] }] };
    const { files, document } = await parts(tree([portrait([cellImage], { header: { default: [{ type: 'image', src: 'logo', width: 20, height: 20 }] } })]), { assets: { logo: PNG } });
    expect(Object.keys(files).filter((n) => n.startsWith('word/media/'))).toEqual(['word/media/image1.png']);
    expect(document).toContain('r:embed="rIdImg1"');
    expect(strFromU8(files['word/_rels/document.xml.rels'] as Uint8Array)).toContain('Id="rIdImg1"');
    const header = Object.keys(files).find((n) => /^word\/header\d+\.xml$/.test(n)) ?? '';
    expect(strFromU8(files[header] as Uint8Array)).toContain('r:embed="rIdImg1"');
    expect(strFromU8(files[header.replace('word/', 'word/_rels/') + '.rels'] as Uint8Array)).toContain('Target="media/image1.png"');
    // Drawing ids are unique in the package.
    const ids = [document, strFromU8(files[header] as Uint8Array)].flatMap((x) => [...x.matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => m[1]));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
