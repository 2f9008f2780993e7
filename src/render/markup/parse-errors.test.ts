import { describe, expect, it } from 'vitest';
import { MarkupError } from './markup-error.js';
import { parseMarkup } from './parse.js';

/** `file:line: message` of every problem in `markup`. */
function problems(markup: string, files: string[] = []): string[] {
  try {
    parseMarkup(markup, files);
  } catch (error) {
    expect(error).toBeInstanceOf(MarkupError);
    return (error as MarkupError).problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
  }
  throw new Error('expected a MarkupError');
}

const inSection = (body: string) => problems(`<document><section>\n${body}\n</section></document>`);

describe('parseMarkup errors: vocabulary', () => {
  it('names unknown elements with a suggestion, and skips their content', () => {
    expect(inSection('<tabel><tr><td>x</td></tr></tabel>\n<paragraf>x</paragraf>\n<marquee/>')).toEqual([
      '(markup):2: Elemen <tabel> tidak dikenal. Maksud Anda <table>?',
      '(markup):3: Elemen <paragraf> tidak dikenal. Maksud Anda <p>?',
      '(markup):4: Elemen <marquee> tidak dikenal.',
    ]);
  });

  it('names unknown attributes with a suggestion or the allowed list', () => {
    expect(inSection('<table><tr><td colpsan="2" width="3">x</td></tr></table>\n<br/>')).toEqual([
      '(markup):2: Atribut colpsan tidak dikenal pada <td>. Maksud Anda colspan?',
      '(markup):2: Atribut width tidak dikenal pada <td>. Atribut yang boleh: colspan, rowspan, align, valign, shade.',
      '(markup):3: <br> harus di dalam paragraf: <p>, <h1>…<h4>, <li> atau <td>.',
    ]);
  });

  it('explains bad attribute values', () => {
    expect(
      inSection(
        '<table><tr><td colspan="x" rowspan="0">a</td></tr></table>\n' +
          '<p align="centre" indent="2" keep-next="ya" line-spacing="1,5">b</p>\n' +
          '<ol type="b" marker=")"><li>c</li></ol>\n<img src="logo" width="80"/>',
      ),
    ).toEqual([
      '(markup):2: Atribut colspan harus bilangan bulat >= 1, tertulis "x".',
      '(markup):2: Atribut rowspan harus bilangan bulat >= 1, tertulis "0".',
      '(markup):3: Atribut align harus salah satu dari: left, center, right, justify; tertulis "centre". Maksud Anda "center"?',
      '(markup):3: Atribut indent harus panjang dengan satuan cm, mm, in, pt atau %, mis. "2cm"; tertulis "2".',
      '(markup):3: Atribut line-spacing harus angka > 0 (desimal dengan titik, mis. 1.5), tertulis "1,5".',
      '(markup):3: Atribut keep-next harus "true" atau "false", tertulis "ya".',
      '(markup):4: Atribut type harus salah satu dari: 1, a, A, i, I; tertulis "b".',
      '(markup):4: Atribut marker harus memuat %1 (tempat nomornya), mis. "%1)"; tertulis ")".',
      '(markup):5: Atribut height wajib ditulis pada <img>.',
    ]);
  });

  it('wants all four margins or none', () => {
    expect(problems('<document><section margin-top="3cm" margin-left="2cm"></section></document>')).toEqual([
      '(markup):1: Margin ditulis sebagian: tulis keempatnya; yang belum: margin-right, margin-bottom.',
    ]);
  });
});

describe('parseMarkup errors: structure', () => {
  it('says where elements belong', () => {
    expect(
      inSection('<td>x</td>\n<li>y</li>\n<p><p>z</p></p>\n<ul><p>w</p></ul>\n<table><tr><td><h2>v</h2></td></tr></table>\n<header><header/></header>'),
    ).toEqual([
      '(markup):2: <td> hanya boleh di dalam <tr>.',
      '(markup):3: <li> hanya boleh di dalam <ul> atau <ol>.',
      '(markup):4: <p> tidak boleh di dalam <p>; tutup </p> dulu.',
      '(markup):5: Di dalam <ul> hanya boleh <li>; tertulis <p>.',
      '(markup):6: <h2> tidak boleh di dalam <td>; isi sel hanya teks, <p>, <ul>, <ol>, <img> atau <spacer>.',
      '(markup):7: <header> hanya boleh di dalam <section>.',
    ]);
  });

  it('wants text inside a paragraph', () => {
    expect(inSection('  Teks lepas\n<ul> x <li>a</li></ul><table><tr> y </tr></table><toc>z</toc>')).toEqual([
      '(markup):2: Teks harus di dalam <p> atau judul: "Teks lepas".',
      '(markup):3: Teks di dalam <ul> harus di dalam <li>: "x".',
      '(markup):3: Teks di dalam tabel harus di dalam <td> atau <th>: "y".',
      '(markup):3: <tr> tanpa sel: tulis minimal satu <td>.',
      '(markup):3: <toc/> harus kosong, tetapi berisi teks "z".',
    ]);
  });

  it('wants <document> around everything and one <header> of each kind', () => {
    expect(problems('<section/>')).toEqual(['(markup):1: Elemen terluar harus <document>, tertulis <section>.']);
    expect(problems('<document>\n</document>')).toEqual(['(markup):1: <document> kosong: tulis minimal satu <section>.']);
    expect(problems('<document><section><header/><header></header></section></document>')).toEqual([
      '(markup):1: <header> sudah ada di <section> ini.',
    ]);
  });

  it('checks that rows fill the column grid, counting rowspans from above', () => {
    expect(
      inSection(
        '<table columns="1,2,3">\n<tr><td rowspan="2">a</td><td>b</td><td>c</td></tr>\n<tr><td>d</td></tr>\n<tr><td colspan="4">e</td></tr>\n</table>',
      ),
    ).toEqual([
      '(markup):4: Baris tabel ini mengisi 2 kolom, padahal tabel punya 3 kolom (columns="…" berisi 3 lebar). Hitung colspan, dan rowspan dari baris di atasnya.',
      '(markup):5: Baris tabel ini mengisi 4 kolom, padahal tabel punya 3 kolom (columns="…" berisi 3 lebar). Hitung colspan, dan rowspan dari baris di atasnya.',
    ]);
    expect(inSection('<table>\n<tr><td>a</td><td rowspan="3">b</td></tr>\n<tr><td>c</td></tr>\n</table>')).toEqual([
      '(markup):3: rowspan pada baris ini melewati baris terakhir tabel.',
    ]);
    expect(inSection('<table><tr></tr></table>')).toContain('(markup):2: <tr> tanpa sel: tulis minimal satu <td>.');
  });

  it('wants header rows before body rows', () => {
    expect(inSection('<table><tr><td>a</td></tr><thead><tr><td>b</td></tr></thead></table>')).toEqual([
      '(markup):2: <thead> harus ditulis sebelum baris isi tabel.',
    ]);
  });
});

describe('parseMarkup errors: XML', () => {
  it('says which tag was left open, and where', () => {
    expect(inSection('<p>satu\n<p>dua</p>')).toEqual([
      '(markup):3: <p> tidak boleh di dalam <p>; tutup </p> dulu.',
      '(markup):2: Tag <p> dibuka di baris 2 tetapi tidak ditutup (bertemu </section> di baris 4).',
    ]);
    expect(problems('<document><section><p>x')).toEqual(['(markup):1: Tag <p> dibuka di baris 1 tetapi tidak ditutup.']);
  });

  it('says when a closing tag has no opening tag', () => {
    expect(inSection('<p>x</b></p>')).toEqual(['(markup):2: Tag penutup </b> tidak punya tag pembuka <b>.']);
  });

  it('reports a bare & and < where written, and goes on', () => {
    expect(inSection('<p>Monitoring & Evaluasi</p>\n<p>a < b</p>\n<tabel/>')).toEqual([
      '(markup):2: Tanda & harus ditulis &amp; (data lewat {{…}} sudah di-escape otomatis).',
      '(markup):3: Tanda < yang bukan awal tag harus ditulis &lt;.',
      '(markup):4: Elemen <tabel> tidak dikenal. Maksud Anda <table>?',
    ]);
  });

  it('translates other well-formedness errors', () => {
    expect(inSection('<p align=center>x</p>\n<p>&foo;</p>\n<p align="left" align="right">y</p>')).toEqual([
      '(markup):2: Nilai atribut harus diapit tanda kutip, mis. colspan="2".',
      '(markup):3: Entitas &foo; tidak dikenal. Tulis karakternya langsung, atau &amp; untuk tanda &.',
      '(markup):4: Atribut align ditulis dua kali.',
    ]);
    expect(problems('')).toEqual(['(markup):1: Markup kosong: tidak ada <document>.']);
  });
});

describe('parseMarkup errors: locations', () => {
  it('locates problems by the last marker and reports a repeated one once', () => {
    const files = ['templates/t/dokumen.hbs', 'templates/t/x.hbs'];
    const markup =
      '<?src 0:1?><document><?src 0:2?><section>' +
      '<?src 1:7?><tabel/><?src 1:7?><tabel/><?src 1:7?><tabel/>' +
      '<?src 1:9?><p colspan="2">a</p></section></document>';
    expect(problems(markup, files)).toEqual([
      'templates/t/x.hbs:7: Elemen <tabel> tidak dikenal. Maksud Anda <table>?',
      'templates/t/x.hbs:9: Atribut colspan tidak dikenal pada <p>. Atribut yang boleh: align, indent, hanging, first-line, space-before, space-after, line-spacing, keep-next, keep-lines, page-break-before, class.',
    ]);
  });

  it('caps the list so the first problems stay readable', () => {
    const body = Array.from({ length: 80 }, (_, i) => `<bogus${i}/>`).join('\n');
    expect(inSection(body)).toHaveLength(50);
  });
});
