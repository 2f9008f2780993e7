import { describe, expect, it } from 'vitest';
import { ISTILAH_ASING } from '../../reference/index.js';
import { findForeignTerms, italicizeForeignTerms } from './italicize-foreign-terms.js';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const italic = (text: string, terms?: readonly string[]) => italicizeForeignTerms(text, escapeXml, terms);

describe('italicizeForeignTerms', () => {
  it('italicises the terms of the reference list, as written', () => {
    expect(italic('Penerapan Quick Wins dan cascading kinerja')).toBe('Penerapan <i>Quick Wins</i> dan <i>cascading</i> kinerja');
    expect(italic('Konten employer branding melalui website resmi')).toBe('Konten <i>employer branding</i> melalui <i>website</i> resmi');
  });

  it('prefers the longest term', () => {
    expect(italic('Penerapan whistleblowing system')).toBe('Penerapan <i>whistleblowing system</i>');
    expect(italic('reward and punishment')).toBe('<i>reward and punishment</i>');
    expect(italic('Kegiatan coaching clinic')).toBe('Kegiatan <i>coaching clinic</i>');
  });

  it('matches across line breaks and runs of spaces inside a term', () => {
    expect(italic('quick\n  wins')).toBe('<i>quick\n  wins</i>');
  });

  it('matches whole words only; a hyphen is a boundary', () => {
    expect(italic('outputnya, output-nya, throughput, e-government')).toBe('outputnya, <i>output</i>-nya, throughput, <i>e-government</i>');
    expect(italic('Updatenya di-upload')).toBe('Updatenya di-<i>upload</i>');
  });

  it('leaves names, absorbed words and road map upright', () => {
    expect(italic('Road Map Reformasi Birokrasi, road map, roadmap, Grand Design')).toBe(
      'Road Map Reformasi Birokrasi, road map, roadmap, Grand Design',
    );
    expect(italic('aplikasi e-SAKIP dan e-Kinerja berbasis digital')).toBe('aplikasi e-SAKIP dan e-Kinerja berbasis digital');
  });

  it('leaves web and mail addresses alone', () => {
    expect(italic('Lihat https://website.sukamaju.go.id atau email admin@online.id')).toBe(
      'Lihat https://website.sukamaju.go.id atau <i>email</i> admin@online.id',
    );
  });

  it('escapes the text before writing tags, so text cannot write markup', () => {
    expect(italic('<i>online</i> & "x"')).toBe('&lt;i&gt;<i>online</i>&lt;/i&gt; &amp; "x"');
  });

  it('takes another list, and an empty one', () => {
    expect(italic('a.b c', ['a.b'])).toBe('<i>a.b</i> c');
    expect(italic('axb c', ['a.b'])).toBe('axb c');
    expect(findForeignTerms('quick wins', [])).toEqual([]);
  });
});

describe('ISTILAH_ASING', () => {
  it('is lower case, trimmed and without duplicates', () => {
    for (const term of ISTILAH_ASING) expect(term).toBe(term.trim().toLowerCase());
    expect(new Set(ISTILAH_ASING).size).toBe(ISTILAH_ASING.length);
  });

  it('leaves out the names of the instruments and absorbed words', () => {
    for (const upright of ['road map', 'roadmap', 'grand design', 'monitoring', 'digital', 'aplikasi', 'e-sakip']) {
      expect(ISTILAH_ASING).not.toContain(upright);
    }
  });
});
