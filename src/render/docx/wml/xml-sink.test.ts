/** Escaping, and the sink that hands XML on in batches with a section's properties in its last paragraph. */
import { describe, expect, it } from 'vitest';
import { escapeAttr, escapeText } from './escape.js';
import { withSectPr, XmlSink } from './xml-sink.js';

describe('escapeText and escapeAttr', () => {
  it('escapes &, < and > in text, and the double quote too in attributes', () => {
    expect(escapeText('a < b & c > "d"')).toBe('a &lt; b &amp; c &gt; "d"');
    expect(escapeAttr('a < b & c > "d"')).toBe('a &lt; b &amp; c &gt; &quot;d&quot;');
    expect(escapeText("plain 'text'")).toBe("plain 'text'");
  });

  it('treats every UTF-16 code unit alone and in text as the patterns say (the fast check misses none)', () => {
    const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
    const text = (s: string) => s.replace(forbidden, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const attr = (s: string) => text(s).replace(/"/g, '&quot;');
    for (let c = 0; c <= 0xffff; c++) {
      const s = `a${String.fromCharCode(c)}b`;
      if (escapeText(s) !== text(s)) expect(escapeText(s), `U+${c.toString(16)}`).toBe(text(s));
      if (escapeAttr(s) !== attr(s)) expect(escapeAttr(s), `U+${c.toString(16)}`).toBe(attr(s));
    }
  });

  it('drops the characters XML 1.0 forbids, and keeps tab, LF and CR', () => {
    expect(escapeText('a\u0000b\u0001c\u000bd\u000ce\u001ff\ufffeg\uffffh')).toBe('abcdefgh');
    expect(escapeAttr('x\u0008"y"')).toBe('x&quot;y&quot;');
    expect(escapeText('a\tb\nc\rd')).toBe('a\tb\nc\rd');
  });
});

describe('withSectPr', () => {
  const sect = '<w:sectPr><w:pgSz/></w:sectPr>';
  it('puts the properties at the end of the last paragraph\'s w:pPr', () => {
    expect(withSectPr('<w:p/><w:p><w:pPr><w:jc w:val="left"/></w:pPr><w:r/></w:p>', sect)).toBe(`<w:p/><w:p><w:pPr><w:jc w:val="left"/>${sect}</w:pPr><w:r/></w:p>`);
    expect(withSectPr('<w:p><w:r/></w:p>', sect)).toBe(`<w:p><w:pPr>${sect}</w:pPr><w:r/></w:p>`);
    expect(withSectPr('<w:p/>', sect)).toBe(`<w:p><w:pPr>${sect}</w:pPr></w:p>`);
  });

  it('gives them a one-point paragraph of their own after a table', () => {
    expect(withSectPr('</w:tbl>', sect)).toBe(
      `</w:tbl><w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="20" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr>${sect}</w:pPr></w:p>`,
    );
  });
});

describe('XmlSink', () => {
  it('hands the XML on in batches, holding the last piece back until the end', () => {
    const out: string[] = [];
    const sink = new XmlSink((batch) => out.push(batch.join('')), 10);
    sink.push('<w:p/>');
    sink.push('<w:p/>');
    expect(out).toEqual([]);
    sink.push('<w:tbl/>');
    expect(out).toEqual(['<w:p/><w:p/>']);
    sink.end();
    expect(out).toEqual(['<w:p/><w:p/>', '<w:tbl/>']);
  });

  it('puts the section properties into the last piece at the end', () => {
    const out: string[] = [];
    const sink = new XmlSink((batch) => out.push(batch.join('')));
    sink.push('<w:p><w:r/></w:p>');
    sink.end('<w:sectPr/>');
    expect(out).toEqual(['<w:p><w:pPr><w:sectPr/></w:pPr><w:r/></w:p>']);
  });

  it('writes nothing for an empty part without section properties', () => {
    const out: string[] = [];
    new XmlSink((batch) => out.push(batch.join(''))).end();
    expect(out).toEqual([]);
  });
});
