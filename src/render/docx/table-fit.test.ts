/** Column widths that hold their longest words, and rows kept with the next row, in the written XML. */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseMarkup } from '../markup/parse.js';
import type { Block, DocumentTree, Section, Table, TableCell } from '../markup/types.js';
import { writeDocx } from './index.js';
import { FontBook, textWidth } from './layout/fonts.js';
import { WORD_ROOM, fitColumns, scaleColumns } from './layout/table-fit.js';
import { CELL_MARGINS } from './wml/table-xml.js';
import { portraitSection, treeOf } from './tree.testing.js';

const MARGINS = CELL_MARGINS.left + CELL_MARGINS.right;
const fonts = new FontBook();
const width = (word: string, size: number, bold = false) => textWidth(fonts.face('Arial', bold, false), word, size);

const tree = (children: Block[]): DocumentTree => treeOf([portraitSection(children)]);

async function documentXml(t: DocumentTree, warnings: string[] = []): Promise<string> {
  const files = unzipSync(await writeDocx(t, { onWarning: (w) => warnings.push(w) }));
  return strFromU8(files['word/document.xml']!);
}

const gridOf = (xml: string): number[][] =>
  [...xml.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)].map((m) => [...m[1]!.matchAll(/w:w="(\d+)"/g)].map((g) => Number(g[1])));

const cell = (text: string, extra: Partial<TableCell> = {}): TableCell => ({
  children: [{ type: 'paragraph', children: [{ type: 'text', text }] }],
  colspan: 1,
  rowspan: 1,
  ...extra,
});
const boldCell = (text: string, extra: Partial<TableCell> = {}): TableCell => ({
  children: [{ type: 'paragraph', children: [{ type: 'text', text, bold: true }] }],
  colspan: 1,
  rowspan: 1,
  ...extra,
});

/** Portrait A4 with these margins: 9071 twips of text width. */
const TEXT_WIDTH = 9071;

describe('column widths and long words', () => {
  it('gives a column holding "Bappedalitbang" at 8 pt at least that word plus the cell margins', async () => {
    // 5% of 9071 = 453 twips; the word alone is about 890.
    const table: Table = {
      type: 'table',
      columns: [5, 45, 50],
      borders: true,
      fontSize: 8,
      rows: [{ header: false, cantSplit: true, cells: [cell('Bappedalitbang'), cell('Badan Perencanaan Pembangunan'), cell('x')] }],
    };
    const grid = gridOf(await documentXml(tree([table])))[0]!;
    expect(grid[0]).toBeGreaterThanOrEqual(Math.ceil(width('Bappedalitbang', 8)) + MARGINS);
    // The table keeps its width; the two other columns gave the room, in proportion to their slack.
    expect(grid.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
    const preferred = scaleColumns([5, 45, 50], TEXT_WIDTH);
    const taken = [preferred[1]! - grid[1]!, preferred[2]! - grid[2]!];
    expect(taken[0]! + taken[1]!).toBe(grid[0]! - preferred[0]!);
    const need = (word: string) => Math.ceil(Math.max(...word.split(' ').map((w) => width(w, 8))) + MARGINS + WORD_ROOM);
    const slack = [preferred[1]! - need('Badan Perencanaan Pembangunan'), preferred[2]! - need('x')];
    expect(taken[1]! / taken[0]!).toBeCloseTo(slack[1]! / slack[0]!, 1);
  });

  it('measures a bold header word in bold, and a smaller span in its own size', async () => {
    const table: Table = {
      type: 'table',
      columns: [4, 48, 48],
      borders: true,
      fontSize: 8,
      rows: [
        { header: true, cantSplit: true, cells: [boldCell('Koordinator'), boldCell('b'), boldCell('c')] },
        { header: false, cantSplit: true, cells: [cell('x'), cell('y'), cell('z')] },
      ],
    };
    const grid = gridOf(await documentXml(tree([table])))[0]!;
    expect(grid[0]).toBeGreaterThanOrEqual(Math.ceil(width('Koordinator', 8, true)) + MARGINS);
    expect(width('Koordinator', 8, true)).toBeGreaterThan(width('Koordinator', 8));
  });

  it('lets a spanning cell ask for the width of its columns together, not of one column', async () => {
    // Two narrow columns under one header cell: each alone is too narrow for the word, together they are not.
    const word = 'Penanggungjawab';
    const table: Table = {
      type: 'table',
      columns: [10, 10, 80],
      borders: true,
      fontSize: 8,
      rows: [
        { header: false, cantSplit: true, cells: [cell(word, { colspan: 2 }), cell('isi')] },
        { header: false, cantSplit: true, cells: [cell('1'), cell('2'), cell('isi')] },
      ],
    };
    const preferred = scaleColumns([10, 10, 80], TEXT_WIDTH);
    expect(preferred[0]!).toBeLessThan(width(word, 8) + MARGINS);
    expect(preferred[0]! + preferred[1]!).toBeGreaterThan(width(word, 8) + MARGINS + 20);
    expect(gridOf(await documentXml(tree([table])))[0]).toEqual(preferred);

    // Made narrower, the two columns grow together until the word fits across them.
    const narrow = { ...table, columns: [5, 5, 90] };
    const grid = gridOf(await documentXml(tree([narrow])))[0]!;
    expect(grid[0]! + grid[1]!).toBeGreaterThanOrEqual(Math.ceil(width(word, 8)) + MARGINS);
    expect(Math.abs(grid[0]! - grid[1]!)).toBeLessThanOrEqual(1);
  });

  it('treats a cell under a rowspan as being in the column it really sits in', async () => {
    const table: Table = {
      type: 'table',
      columns: [30, 5, 65],
      borders: true,
      fontSize: 8,
      rows: [
        { header: false, cantSplit: true, cells: [cell('a', { rowspan: 2 }), cell('b'), cell('c')] },
        // This row's first cell sits in column 2, under no rowspan.
        { header: false, cantSplit: true, cells: [cell('Bappedalitbang'), cell('d')] },
      ],
    };
    const grid = gridOf(await documentXml(tree([table])))[0]!;
    expect(grid[1]).toBeGreaterThanOrEqual(Math.ceil(width('Bappedalitbang', 8)) + MARGINS);
    expect(grid[0]).toBeLessThan(scaleColumns([30, 5, 65], TEXT_WIDTH)[0]!);
  });

  it('leaves a table whose words fit exactly as the template scaled it', async () => {
    const table: Table = {
      type: 'table',
      columns: [10, 60, 30],
      borders: true,
      rows: [{ header: false, cantSplit: true, cells: [cell('No'), cell('Kegiatan yang cukup panjang'), cell('Koordinator')] }],
    };
    expect(gridOf(await documentXml(tree([table])))[0]).toEqual(scaleColumns([10, 60, 30], TEXT_WIDTH));
  });

  it('warns in Indonesian, naming a word that will break, when the words cannot all fit', async () => {
    const word = 'Bappedalitbangdukcapil';
    const table: Table = {
      type: 'table',
      columns: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
      borders: true,
      fontSize: 12,
      rows: [{ header: false, cantSplit: true, cells: Array.from({ length: 10 }, () => cell(word)) }],
    };
    const warnings: string[] = [];
    const grid = gridOf(await documentXml(tree([table]), warnings))[0]!;
    expect(grid.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
    expect(Math.max(...grid) - Math.min(...grid)).toBeLessThanOrEqual(1);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^tabel: kata terpanjang di tiap kolom perlu [\d,]+ cm, lebar tabel hanya 16,0 cm; .*"Bappedalitbangdukcapil"/);
  });
});

describe('fitColumns', () => {
  it('returns the preferred widths unchanged when every need is met', () => {
    expect(fitColumns([100, 200, 300], [{ col: 0, span: 1, width: 100 }, { col: 1, span: 2, width: 500 }], 600)).toEqual({ widths: [100, 200, 300], short: 0 });
  });

  it('takes the missing width from the columns with slack, in proportion to it', () => {
    // Column 0 needs 40 more; column 1 has 100 of slack, column 2 has 300.
    const { widths, short } = fitColumns([100, 200, 300], [{ col: 0, span: 1, width: 140 }, { col: 1, span: 1, width: 100 }], 600);
    expect(short).toBe(0);
    expect(widths).toEqual([140, 190, 270]);
  });

  it('when the needs exceed the total, still fits as many columns as it can, without starving a wide one', () => {
    // Column 1 gives up its room down to its need (500 -> 380); column 0's small shortfall is
    // met whole; column 2 takes what is left and stays short.
    const needs = [120, 380, 300].map((width, col) => ({ col, span: 1, width }));
    expect(fitColumns([100, 500, 100], needs, 700)).toEqual({ widths: [120, 380, 200], short: 100 });
    // Columns short by the same amount are met together or not at all.
    const equal = [150, 150].map((width, col) => ({ col, span: 1, width }));
    expect(fitColumns([100, 100], equal, 200)).toEqual({ widths: [100, 100], short: 100 });
  });
});

describe('rows kept with the next row', () => {
  it('puts w:keepNext in every paragraph of a <tr keep-next="true">, and nowhere else', async () => {
    const markup = `<document><section>
      <table columns="1,3,1">
        <thead><tr><th>No</th><th>Kegiatan</th><th>Nilai</th></tr></thead>
        <tr keep-next="true"><td colspan="3" shade="E7EEF7"><b>G. PENGUATAN PENGAWASAN</b></td></tr>
        <tr><td rowspan="2">1</td><td>Satu</td><td>10</td></tr>
        <tr keep-next="true"><td><p>Dua</p><ul><li>butir</li></ul></td><td></td></tr>
        <tr><td colspan="2">Jumlah</td><td>10</td></tr>
      </table>
    </section></document>`;
    const { sections } = parseMarkup(markup, []);
    const table = sections[0]!.children[0] as Table;
    expect(table.rows.map((r) => r.keepNext === true)).toEqual([false, true, false, true, false]);
    // Not written when absent: the tree of a table without the attribute is unchanged.
    expect('keepNext' in table.rows[0]!).toBe(false);

    const xml = await documentXml({ ...tree([]), sections });
    const rows = [...xml.matchAll(/<w:tr>.*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows).toHaveLength(5);
    const paragraphs = (row: string) => [...row.matchAll(/<w:p>.*?<\/w:p>|<w:p\/>/g)].map((m) => m[0]);
    for (const r of [1, 3]) {
      // The group row's one paragraph; the kept row's paragraph, list item, empty cell and the
      // continuation cell under the rowspan.
      expect(paragraphs(rows[r]!).length).toBeGreaterThanOrEqual(r === 1 ? 1 : 4);
      for (const p of paragraphs(rows[r]!)) expect(p).toContain('<w:keepNext/>');
    }
    for (const r of [0, 2, 4]) expect(rows[r]).not.toContain('<w:keepNext/>');
  });

  it('reports a keep-next value that is not true or false', () => {
    expect(() => parseMarkup('<document><section><table><tr keep-next="ya"><td>a</td></tr></table></section></document>', [])).toThrow(
      /keep-next harus "true" atau "false"/,
    );
  });
});
