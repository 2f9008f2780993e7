import { describe, expect, it } from 'vitest';
import { parseMarkup } from './parse.js';
import type { Block, Inline, Section, TextStyle } from './types.js';

/** The blocks of a one-section document. */
function blocks(body: string): Block[] {
  return parseMarkup(`<document><section>${body}</section></document>`, []).sections[0]!.children;
}

const text = (value: string, style: TextStyle = {}): Inline => ({ type: 'text', text: value, ...style });

describe('parseMarkup: paragraphs and inline content', () => {
  it('collects styled runs and collapses whitespace like HTML', () => {
    expect(
      blocks(`
      <p align="justify" indent="1.25cm" first-line="-0.5in" space-after="6" keep-next="true" class="body">
        Road  map <b>reformasi
          birokrasi</b> <i>tematik <u>2025</u></i>, <sup>1</sup>
        <span font="Arial" size="9" caps="true" bold="true">kecil</span>
      </p>`),
    ).toEqual([
      {
        type: 'paragraph',
        align: 'justify',
        indent: { twips: 709 },
        firstLine: { twips: -720 },
        spaceAfter: 6,
        keepNext: true,
        style: 'body',
        children: [
          text('Road map '),
          text('reformasi birokrasi', { bold: true }),
          text(' '),
          text('tematik ', { italic: true }),
          text('2025', { italic: true, underline: true }),
          text(', '),
          text('1', { superscript: true }),
          text(' '),
          text('kecil', { font: 'Arial', size: 9, caps: true, bold: true }),
        ],
      },
    ]);
  });

  it('drops spaces next to breaks and tabs, and keeps entities such as &nbsp;', () => {
    expect(blocks('<p> a <br/> b<tab/> : c&nbsp;&amp;&#233; </p>')).toEqual([
      {
        type: 'paragraph',
        children: [text('a'), { type: 'break' }, text('b'), { type: 'tab' }, text(': c\u00A0&é')],
      },
    ]);
  });

  it('writes fields with the style around them', () => {
    expect(blocks('<p align="center">Halaman <b><page-number/></b> dari <page-count/> (<section-page-count/>)</p>')).toEqual([
      {
        type: 'paragraph',
        align: 'center',
        children: [
          text('Halaman '),
          { type: 'field', field: 'page', bold: true },
          text(' dari '),
          { type: 'field', field: 'pages' },
          text(' ('),
          { type: 'field', field: 'section-pages' },
          text(')'),
        ],
      },
    ]);
  });

  it('reads headings with their options', () => {
    expect(blocks('<h1 page-break-before="true">BAB I</h1><h3 toc="false" align="center"> Sub </h3>')).toEqual([
      { type: 'heading', level: 1, toc: true, pageBreakBefore: true, children: [text('BAB I')] },
      { type: 'heading', level: 3, toc: false, align: 'center', children: [text('Sub')] },
    ]);
  });

  it('keeps an empty paragraph (an empty line in the document)', () => {
    expect(blocks('<p>  </p>')).toEqual([{ type: 'paragraph', children: [] }]);
  });
});

describe('parseMarkup: lists', () => {
  it('nests lists inside items and keeps item paragraphs in order', () => {
    expect(
      blocks(`
      <ol type="a" start="3" marker="%1)" indent="1cm">
        <li>Satu
          <ul marker="dash"><li>a</li><li><p>b</p><p>c</p></li></ul>
          ekor
        </li>
        <li></li>
      </ol>
      <ul><li><b>x</b></li></ul>`),
    ).toEqual([
      {
        type: 'list',
        format: 'lower-alpha',
        start: 3,
        marker: '%1)',
        indent: { twips: 567 },
        items: [
          {
            children: [
              { type: 'paragraph', children: [text('Satu')] },
              {
                type: 'list',
                format: 'dash',
                items: [
                  { children: [{ type: 'paragraph', children: [text('a')] }] },
                  {
                    children: [
                      { type: 'paragraph', children: [text('b')] },
                      { type: 'paragraph', children: [text('c')] },
                    ],
                  },
                ],
              },
              { type: 'paragraph', children: [text('ekor')] },
            ],
          },
          { children: [] },
        ],
      },
      { type: 'list', format: 'bullet', items: [{ children: [{ type: 'paragraph', children: [text('x', { bold: true })] }] }] },
    ]);
  });

  it('maps every ol type', () => {
    const formats = ['1', 'a', 'A', 'i', 'I'].map(
      (type) => (blocks(`<ol type="${type}"><li>x</li></ol>`)[0] as { format: string }).format,
    );
    expect(formats).toEqual(['decimal', 'lower-alpha', 'upper-alpha', 'lower-roman', 'upper-roman']);
  });

  it('leaves out a list with no items (a loop over no data)', () => {
    expect(blocks('<ul>\n</ul><p>x</p>')).toEqual([{ type: 'paragraph', children: [text('x')] }]);
  });
});

describe('parseMarkup: tables', () => {
  const cell = (content: string, extra: object = {}) => ({
    children: [{ type: 'paragraph', children: [text(content)] }],
    colspan: 1,
    rowspan: 1,
    ...extra,
  });

  it('reads header rows, colspan, rowspan and cell options', () => {
    expect(
      blocks(`
      <table columns="1,4,2,2" width="100%" borders="false" font-size="9">
        <thead>
          <tr><th rowspan="2">No</th><th rowspan="2">Kegiatan</th><th colspan="2" align="center" shade="#d9d9d9">Target</th></tr>
          <tr><th>2025</th><th>2026</th></tr>
        </thead>
        <tbody>
          <tr cant-split="false"><td>1</td><td valign="top"><p>Satu</p><ul><li>a</li></ul></td><td>10</td><td>20</td></tr>
        </tbody>
        <tr><td colspan="4"></td></tr>
      </table>`),
    ).toEqual([
      {
        type: 'table',
        columns: [1, 4, 2, 2],
        width: { percent: 100 },
        borders: false,
        fontSize: 9,
        rows: [
          {
            header: true,
            cantSplit: true,
            cells: [
              cell('No', { rowspan: 2 }),
              cell('Kegiatan', { rowspan: 2 }),
              cell('Target', { colspan: 2, align: 'center', shade: 'D9D9D9' }),
            ],
          },
          { header: true, cantSplit: true, cells: [cell('2025'), cell('2026')] },
          {
            header: false,
            cantSplit: false,
            cells: [
              cell('1'),
              {
                colspan: 1,
                rowspan: 1,
                valign: 'top',
                children: [
                  { type: 'paragraph', children: [text('Satu')] },
                  { type: 'list', format: 'bullet', items: [{ children: [{ type: 'paragraph', children: [text('a')] }] }] },
                ],
              },
              cell('10'),
              cell('20'),
            ],
          },
          { header: false, cantSplit: true, cells: [{ children: [], colspan: 4, rowspan: 1 }] },
        ],
      },
    ]);
  });

  it('gives equal columns from the widest row when columns= is missing', () => {
    const [table] = blocks('<table><tr><td rowspan="2">a</td><td>b</td><td>c</td></tr><tr><td colspan="2">d</td></tr></table>');
    expect(table).toMatchObject({ type: 'table', columns: [1, 1, 1], borders: true });
  });

  it('leaves out a table with no rows', () => {
    expect(blocks('<table><tbody></tbody></table>')).toEqual([]);
  });
});

describe('parseMarkup: sections and other blocks', () => {
  it('reads section options, lengths in twips, headers and footers', () => {
    const { sections } = parseMarkup(
      `<document>
        <section orientation="landscape" paper="F4" page-start="1" page-format="lower-roman" valign="center"
                 font="Bookman Old Style" font-size="12" line-spacing="1.5"
                 margin-top="3cm" margin-bottom="25mm" margin-left="1in" margin-right="72pt">
          <header><p>Kop</p></header>
          <header first="true"></header>
          <footer><p align="right"><page-number/></p></footer>
          <toc levels="2"/>
          <page-break/>
          <img src="logo" width="80" height="80.5" align="center"/>
          <spacer height="24"/>
        </section>
        <section></section>
      </document>`,
      [],
    );
    const expected: Section[] = [
      {
        props: {
          orientation: 'landscape',
          paper: 'F4',
          pageNumberStart: 1,
          pageNumberFormat: 'lower-roman',
          valign: 'center',
          font: 'Bookman Old Style',
          fontSize: 12,
          lineSpacing: 1.5,
          margins: { top: 1701, bottom: 1418, left: 1440, right: 1440 },
          header: { default: [{ type: 'paragraph', children: [text('Kop')] }], first: [] },
          footer: { default: [{ type: 'paragraph', align: 'right', children: [{ type: 'field', field: 'page' }] }] },
        },
        children: [
          { type: 'toc', levels: 2 },
          { type: 'page-break' },
          { type: 'image', src: 'logo', width: 80, height: 80.5, align: 'center' },
          { type: 'spacer', height: 24 },
        ],
      },
      { props: { orientation: 'portrait', pageNumberFormat: 'decimal' }, children: [] },
    ];
    expect(sections).toEqual(expected);
  });

  it('attaches the template source of each node from the markers', () => {
    const markup = '<?src 0:1?><document><?src 0:2?><section>\n<?src 1:7?><p>a</p>\n<?src 1:8?><table><tr><td>x</td></tr></table></section></document>';
    const [section] = parseMarkup(markup, ['templates/t/dokumen.hbs', 'templates/t/bab.hbs']).sections;
    const bab = (line: number) => ({ file: 'templates/t/bab.hbs', line });
    expect(section?.source).toEqual({ file: 'templates/t/dokumen.hbs', line: 2 });
    expect(section?.children[0]).toEqual({ type: 'paragraph', children: [text('a')], source: bab(7) });
    expect(section?.children[1]).toMatchObject({
      type: 'table',
      source: bab(8),
      rows: [{ cells: [{ children: [{ type: 'paragraph', source: bab(8) }] }] }],
    });
  });
});
