import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { renderMarkup } from '../render-markup.js';
import { TemplateError } from '../template-error.js';

/** Renders a one-file set and drops the source markers, leaving what the helpers wrote. */
function render(template: string, view: object = {}): string {
  return renderMarkup({ name: 't', files: { 'dokumen.hbs': template } }, view).markup.replace(/<\?src [^?]*\?>/g, '');
}

function failure(template: string, view: object = {}): { line: number; message: string } {
  try {
    render(template, view);
  } catch (error) {
    expect(error).toBeInstanceOf(TemplateError);
    const [problem] = (error as TemplateError).problems;
    return { line: problem!.line, message: problem!.message };
  }
  throw new Error('expected a TemplateError');
}

describe('number helpers', () => {
  it('angka', () => {
    expect(render('{{angka 1234567.5}}|{{angka x desimal=2}}|{{angka "1500"}}|{{angka kosong}}', { x: 2.5, kosong: null })).toBe(
      '1.234.567,5|2,50|1.500|',
    );
  });

  it('rupiah', () => {
    expect(render('{{rupiah 1500000}}|{{rupiah 0}}|{{rupiah 1234567890123}}|{{rupiah 1500000 juta=true}}')).toBe(
      'Rp1.500.000|Rp0|Rp1.234.567.890.123|Rp1,5 juta',
    );
    expect(render('{{rupiah 0 juta=true}}|{{rupiah kosong}}', { kosong: null })).toBe('Rp0|');
  });

  it('rupiah tabel=true: the bare amount under a "(Rp)" header, a dash for no budget', () => {
    const view = { a: 4920000000, nol: 0, kosong: null, teks: '' };
    expect(render('{{rupiah a tabel=true}}|{{rupiah nol tabel=true}}|{{rupiah kosong tabel=true}}|{{rupiah teks tabel=true}}', view)).toBe(
      '4.920.000.000|-|-|-',
    );
    expect(render('{{rupiah a tabel=true juta=true}}|{{rupiah nol tabel=true juta=true}}', view)).toBe('4.920|-');
  });

  it('angka tabel=true prints a dash for a blank, but zero is a value', () => {
    expect(render('{{angka kosong tabel=true}}|{{angka 0 tabel=true}}|{{angka kosong}}', { kosong: null })).toBe('-|0|');
  });

  it('persen', () => {
    expect(render('{{persen 83.333}}|{{persen 83.333 desimal=1}}|{{persen 100}}')).toBe('83,33%|83,3%|100%');
  });

  it('nilai', () => {
    expect(render('{{nilai a}}|{{nilai b}}|{{nilai c}}|{{nilai d}}', { a: 1250.5, b: 'Predikat BB', c: null, d: '' })).toBe(
      '1.250,5|Predikat BB|-|-',
    );
  });

  it('refuses text that is not a number, naming the helper', () => {
    expect(failure('\n{{angka x}}', { x: 'banyak' })).toEqual({ line: 2, message: 'Helper angka: nilai "banyak" bukan angka.' });
  });
});

describe('text helpers', () => {
  it('tanggal', () => {
    expect(render('{{tanggal "2025-03-17"}}|{{tanggal kosong}}', { kosong: '' })).toBe('17 Maret 2025|...............');
  });

  it('romawi and huruf', () => {
    expect(render('{{romawi 4}} {{romawi 2025}} {{romawi 4 kecil=true}} {{huruf 1}} {{huruf 27}} {{huruf 2 besar=true}}')).toBe(
      'IV MMXXV iv a aa B',
    );
  });

  it('kapital and judul', () => {
    expect(render('{{kapital "rencana aksi"}}|{{judul "rencana aksi dan OPD pengampu"}}')).toBe(
      'RENCANA AKSI|Rencana Aksi dan OPD Pengampu',
    );
  });

  it('nama capitalises the name and keeps titles and degrees', () => {
    const view = { kepala: { nama: "Dra. Siti Nur'aini, M.Si." }, sekda: { nama: 'Dr. Ir. Budi Santoso, M.T.' }, kosong: null };
    expect(render('{{nama kepala.nama}}|{{nama sekda.nama}}|{{nama kosong}}', view)).toBe(
      'Dra. SITI NUR&#x27;AINI, M.Si.|Dr. Ir. BUDI SANTOSO, M.T.|',
    );
  });

  it('a field called nama still prints as a field', () => {
    expect(render('{{#each opd}}{{nama}};{{/each}}', { opd: [{ nama: 'Dinas Kominfo' }, { nama: null }] })).toBe('Dinas Kominfo;;');
  });

  it('awalKecil', () => {
    const view = { output: 'Laporan evaluasi kelembagaan', perbup: 'Peraturan Bupati tentang SOP', lke: 'LKE terisi', kosong: null };
    expect(render('dengan keluaran {{awalKecil output}}; {{awalKecil perbup}}; {{awalKecil lke}}; {{awalKecil kosong}}.', view)).toBe(
      'dengan keluaran laporan evaluasi kelembagaan; Peraturan Bupati tentang SOP; LKE terisi; .',
    );
  });

  it('asing escapes the text, then italicises foreign terms', () => {
    const view = { nama: 'Penerapan quick wins & <b>whistleblowing</b>', angka: 5, kosong: null };
    expect(render('<td>{{asing nama}}</td>|{{asing angka}}|{{asing kosong}}', view)).toBe(
      '<td>Penerapan <i>quick wins</i> &amp; &lt;b&gt;<i>whistleblowing</i>&lt;/b&gt;</td>|5|',
    );
    expect(render('{{asing (awalKecil x)}}', { x: 'Quick wins perizinan' })).toBe('<i>quick wins</i> perizinan');
  });

  it('refuses to change markup that asing or teks wrote', () => {
    expect(failure('{{kapital (asing "quick wins")}}').message).toBe(
      'Helper kapital: argumennya sudah berupa markup (hasil asing atau teks); panggil asing/teks paling luar, mis. {{asing (awalKecil x)}}.',
    );
  });

  it('teks italicises foreign terms unless asing=false', () => {
    const view = { narasi: 'Penerapan *cascading* dan cascading kinerja.' };
    expect(render('{{teks narasi}}', view)).toBe('<p>Penerapan <i>cascading</i> dan <i>cascading</i> kinerja.</p>');
    expect(render('{{teks narasi asing=false}}', view)).toBe('<p>Penerapan <i>cascading</i> dan cascading kinerja.</p>');
  });

  it('join', () => {
    const view = { opd: ['BAPPEDA', 'BKPSDM', 'INSPEKTORAT'] };
    expect(render('{{join opd}}|{{join opd "; "}}|{{join opd ", " " dan "}}', view)).toBe(
      'BAPPEDA, BKPSDM, INSPEKTORAT|BAPPEDA; BKPSDM; INSPEKTORAT|BAPPEDA, BKPSDM dan INSPEKTORAT',
    );
  });

  it('teks writes markup and escapes the prose itself', () => {
    const view = { narasi: 'A & **B** <script>\n\n- satu\n- dua' };
    expect(render('{{teks narasi}}', view)).toBe('<p>A &amp; <b>B</b> &lt;script&gt;</p>\n<ul>\n<li>satu</li>\n<li>dua</li>\n</ul>');
    expect(render('{{teks "x" class="small" indent="1cm"}}')).toBe('<p class="small" indent="1cm">x</p>');
  });

  it('escapes what ordinary helpers return', () => {
    expect(render('{{kapital x}}', { x: '<b> & "' })).toBe('&lt;B&gt; &amp; &quot;');
  });

  it('romawi refuses 0 with the reason', () => {
    expect(failure('{{romawi 0}}').message).toBe(
      'Helper romawi: angka Romawi hanya untuk bilangan bulat 1 sampai 3999, tertulis 0.',
    );
  });
});

describe('logic helpers', () => {
  it('compare, combine and count', () => {
    const view = { jenis: 'tematik', tahun: 2025, kosong: [], isi: ['a'] };
    expect(
      render(
        '{{#if (eq jenis "tematik")}}eq{{/if}} {{#if (eq tahun "2025")}}eq2{{/if}} {{#if (ne jenis "umum")}}ne{{/if}} ' +
          '{{#if (gt tahun 2024)}}gt{{/if}} {{#if (lt tahun 2024)}}lt{{/if}} {{#if (and jenis isi)}}and{{/if}} ' +
          '{{#if (and jenis kosong)}}no{{/if}} {{#if (or kosong tahun)}}or{{/if}} {{#if (not kosong)}}not{{/if}} {{add tahun 1 "2"}}',
        view,
      ),
    ).toBe('eq eq2 ne gt  and  or not 2028');
  });

  it('isi and default', () => {
    const view = { a: '  ', b: [], c: 'x', d: 0, e: null };
    expect(render('{{isi a}} {{isi b}} {{isi c}} {{isi d}} {{isi e}}', view)).toBe('false false true true false');
    expect(render('{{default a "-"}}|{{default c "-"}}|{{default d "-"}}|{{default e "kosong"}}', view)).toBe('-|x|0|kosong');
  });

  it('numbers list items with add @index', () => {
    expect(render('{{#each xs}}{{add @index 1}}.{{this}} {{/each}}', { xs: ['a', 'b'] })).toBe('1.a 2.b ');
  });
});

describe('missing data', () => {
  it('names the misspelt variable passed to a helper', () => {
    expect(failure('<p>\n{{rupiah anggran}}</p>', { anggaran: 1 })).toEqual({
      line: 2,
      message: 'Variabel "anggran" tidak ada di data templat.',
    });
    expect(failure('{{angka 1 desimal=d}}')).toEqual({ line: 1, message: 'Variabel "d" tidak ada di data templat.' });
  });

  it('names the misspelt variable of {{#each}} and {{#if}}', () => {
    expect(failure('x\n\n{{#each kegiatn}}{{/each}}', { kegiatan: [] })).toEqual({
      line: 3,
      message: 'Variabel "kegiatn" tidak ada di data templat.',
    });
    expect(failure('{{#if a.b}}{{/if}}', { a: {} })).toEqual({ line: 1, message: 'Variabel "a.b" tidak ada di data templat.' });
  });

  it('still renders {{#if}} and {{#each}} over explicit empty values', () => {
    expect(render('{{#if a}}x{{else}}y{{/if}}{{#each b}}z{{/each}}{{#unless c}}u{{/unless}}', { a: null, b: [], c: '' })).toBe('yu');
  });

  it('lets lookup of an absent key count as empty, not as a misspelling', () => {
    const view = { target: { 2025: 80 }, tahun: [2025, 2026] };
    expect(render('{{#each tahun}}{{#if (lookup ../target this)}}{{lookup ../target this}}{{else}}-{{/if}} {{/each}}', view)).toBe('80 - ');
  });

  it('prints a field that shares a helper name', () => {
    expect(render('{{judul}}|{{nilai}}|{{judul judul}}', { judul: 'road map', nilai: 5 })).toBe('road map|5|Road Map');
    expect(failure('{{tanggal}}').message).toMatch(/^Variabel "tanggal" tidak ada di data templat\. \(tanggal juga nama helper/);
  });

  it('checks the argument count', () => {
    expect(failure('{{eq 1}}').message).toBe('Helper eq butuh 2 argumen, tertulis 1.');
  });
});

describe('isolation', () => {
  it('registers nothing on the global Handlebars', () => {
    render('{{angka 1}}');
    expect(Handlebars.helpers['angka']).toBeUndefined();
    expect(Object.keys(Handlebars.partials)).toEqual([]);
  });
});
