import { describe, expect, it } from 'vitest';
import { proseToMarkup } from './prose-to-markup.js';

describe('proseToMarkup', () => {
  it('splits paragraphs on blank lines and joins wrapped lines', () => {
    expect(proseToMarkup('Satu\ndua.\n\n\nTiga.')).toBe('<p>Satu dua.</p>\n<p>Tiga.</p>');
    expect(proseToMarkup('Satu\r\n\r\nDua')).toBe('<p>Satu</p>\n<p>Dua</p>');
  });

  it('writes bullet lists from "- " and "* " lines', () => {
    expect(proseToMarkup('Satu **dua**.\n\n- a\n* b')).toBe('<p>Satu <b>dua</b>.</p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>');
  });

  it('writes numbered and lettered lists, keeping the first number', () => {
    expect(proseToMarkup('1. satu\n2. dua')).toBe('<ol type="1">\n<li>satu</li>\n<li>dua</li>\n</ol>');
    expect(proseToMarkup('a. satu\nb) dua')).toBe('<ol type="a">\n<li>satu</li>\n<li>dua</li>\n</ol>');
    expect(proseToMarkup('A. Latar Belakang\nB. Maksud')).toBe('<ol type="A">\n<li>Latar Belakang</li>\n<li>Maksud</li>\n</ol>');
    expect(proseToMarkup('3. tiga\n4. empat')).toBe('<ol type="1" start="3">\n<li>tiga</li>\n<li>empat</li>\n</ol>');
  });

  it("keeps a paragraph that opens with a name's initial a paragraph", () => {
    expect(proseToMarkup("H. Ahmad Ma'ruf, S.H. memimpin rapat koordinasi.")).toBe(
      "<p>H. Ahmad Ma'ruf, S.H. memimpin rapat koordinasi.</p>",
    );
    expect(proseToMarkup('A. Latar Belakang')).toBe('<p>A. Latar Belakang</p>');
    expect(proseToMarkup('Rapat dipimpin oleh\nM. Yusuf dan\nR. Soedjono.')).toBe('<p>Rapat dipimpin oleh M. Yusuf dan R. Soedjono.</p>');
    expect(proseToMarkup("- satu\n\nH. Ahmad Ma'ruf memimpin.")).toBe("<ul>\n<li>satu</li>\n</ul>\n<p>H. Ahmad Ma'ruf memimpin.</p>");
  });

  it('still reads capital letters in a run, lower-case letters and X) as list items', () => {
    expect(proseToMarkup('a. satu\nb. dua')).toBe('<ol type="a">\n<li>satu</li>\n<li>dua</li>\n</ol>');
    expect(proseToMarkup('G. tujuh\nH. delapan')).toBe('<ol type="A" start="7">\n<li>tujuh</li>\n<li>delapan</li>\n</ol>');
    expect(proseToMarkup('A. satu\nlanjut\n  1. x\n\nB. dua')).toBe(
      '<ol type="A">\n<li>satu lanjut<ol type="1">\n<li>x</li>\n</ol></li>\n<li>dua</li>\n</ol>',
    );
    expect(proseToMarkup('H) delapan')).toBe('<ol type="A" start="8">\n<li>delapan</li>\n</ol>');
    expect(proseToMarkup('c. tiga')).toBe('<ol type="a" start="3">\n<li>tiga</li>\n</ol>');
  });

  it('italicises foreign terms when asked, never twice and never inside a word', () => {
    const asing = { asing: true };
    expect(proseToMarkup('Penerapan quick wins dan whistleblowing system.', asing)).toBe(
      '<p>Penerapan <i>quick wins</i> dan <i>whistleblowing system</i>.</p>',
    );
    expect(proseToMarkup('Sudah *quick wins* dan **cascading**.', asing)).toBe('<p>Sudah <i>quick wins</i> dan <b><i>cascading</i></b>.</p>');
    expect(proseToMarkup('*Inovasi quick wins daerah*', asing)).toBe('<p><i>Inovasi quick wins daerah</i></p>');
    expect(proseToMarkup('outputnya dan output-nya', asing)).toBe('<p>outputnya dan <i>output</i>-nya</p>');
    expect(proseToMarkup('- e-government & <online>', asing)).toBe('<ul>\n<li><i>e-government</i> &amp; &lt;<i>online</i>&gt;</li>\n</ul>');
    expect(proseToMarkup('Road Map dan road map tetap tegak.', asing)).toBe('<p>Road Map dan road map tetap tegak.</p>');
    expect(proseToMarkup('quick wins')).toBe('<p>quick wins</p>');
  });

  it('nests lists by indentation', () => {
    expect(proseToMarkup('- a\n  1. x\n  2. y\n- b')).toBe(
      '<ul>\n<li>a<ol type="1">\n<li>x</li>\n<li>y</li>\n</ol></li>\n<li>b</li>\n</ul>',
    );
  });

  it('continues an item on an unmarked line and across a blank line before the next item', () => {
    expect(proseToMarkup('- a\nlanjut\n\n- b\n\nPenutup.')).toBe('<ul>\n<li>a lanjut</li>\n<li>b</li>\n</ul>\n<p>Penutup.</p>');
  });

  it('starts a new list when the kind changes', () => {
    expect(proseToMarkup('- a\n1. b')).toBe('<ul>\n<li>a</li>\n</ul>\n<ol type="1">\n<li>b</li>\n</ol>');
  });

  it('escapes markup characters, so prose cannot write elements', () => {
    expect(proseToMarkup('A & B <script>alert("x")</script>')).toBe(
      '<p>A &amp; B &lt;script&gt;alert("x")&lt;/script&gt;</p>',
    );
    expect(proseToMarkup('- **<b>**')).toBe('<ul>\n<li><b>&lt;b&gt;</b></li>\n</ul>');
  });

  it('writes italics, but leaves lone and unmatched asterisks alone', () => {
    expect(proseToMarkup('*miring* dan 5 * 3 * 2')).toBe('<p><i>miring</i> dan 5 * 3 * 2</p>');
    expect(proseToMarkup('**tebal *dan miring***')).toBe('<p><b>tebal <i>dan miring</i></b></p>');
    expect(proseToMarkup('catatan* kaki')).toBe('<p>catatan* kaki</p>');
  });

  it('always nests tags properly, even for crossed markers', () => {
    expect(proseToMarkup('*a **b* c**')).toBe('<p>*a <b>b* c</b></p>');
    expect(proseToMarkup('**a *b** c*')).toBe('<p>**a <i>b</i>* c*</p>');
  });

  it('puts class and indent on each paragraph', () => {
    expect(proseToMarkup('x\n\ny', { class: 'small', indent: '1cm' })).toBe(
      '<p class="small" indent="1cm">x</p>\n<p class="small" indent="1cm">y</p>',
    );
    expect(proseToMarkup('x', { class: '"><b' })).toBe('<p class="&quot;&gt;&lt;b">x</p>');
  });

  it('gives nothing for blank prose', () => {
    expect(proseToMarkup('')).toBe('');
    expect(proseToMarkup(' \n\n ')).toBe('');
  });
});
