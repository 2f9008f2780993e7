/** User data with characters XML forbids still gives well-formed markup. */
import { describe, expect, it } from 'vitest';
import { removeForbiddenXmlCharacters, XML_FORBIDDEN_CHARACTER } from './xml-characters.js';

describe('removeForbiddenXmlCharacters', () => {
  it("turns Word's manual line break (vertical tab) and a form feed into a newline", () => {
    expect(removeForbiddenXmlCharacters('Baris satu\u000bBaris dua\u000cBaris tiga')).toBe('Baris satu\nBaris dua\nBaris tiga');
  });

  it('drops other control characters, U+FFFE and U+FFFF, and keeps tab, LF and CR', () => {
    expect(removeForbiddenXmlCharacters('a\u0000b\u0008c\u000ed\u001fe\ufffef\uffffg')).toBe('abcdefg');
    expect(removeForbiddenXmlCharacters('a\tb\nc\rd')).toBe('a\tb\nc\rd');
  });

  it('drops surrogates without their pair and keeps whole pairs', () => {
    expect(removeForbiddenXmlCharacters('a\ud83db\ude00c')).toBe('abc');
    expect(removeForbiddenXmlCharacters('senyum \ud83d\ude00')).toBe('senyum \ud83d\ude00');
  });
});

describe('removeForbiddenXmlCharacters, the fast path', () => {
  /** The whole replacement, without the scan for a first suspect character. */
  const reference = (text: string) =>
    text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, (c) =>
      c === '\u000B' || c === '\u000C' ? '\n' : '',
    );

  it('gives what the whole replacement gives, for every string of up to 5 tricky characters', () => {
    const alphabet = ['a', '\ud83d', '\ude00', '\u000b', '\u0000', '\ufffe', '\t'];
    const strings = [''];
    for (let length = 1; length <= 5; length++) {
      for (const s of strings.filter((t) => t.length === length - 1)) for (const c of alphabet) strings.push(s + c);
    }
    for (const text of strings) expect(removeForbiddenXmlCharacters(text), JSON.stringify(text)).toBe(reference(text));
  });

  it('returns clean text as it is', () => {
    const text = '<p>Rp1.000 “kutipan” — é</p>\n'.repeat(100);
    expect(removeForbiddenXmlCharacters(text)).toBe(text);
  });
});

describe('XML_FORBIDDEN_CHARACTER', () => {
  it('matches one forbidden character, not the ones XML allows', () => {
    for (const c of ['\u0000', '\u0007', '\u000b', '\u000c', '\u001f', '\ufffe', '\uffff']) expect(XML_FORBIDDEN_CHARACTER.test(c), JSON.stringify(c)).toBe(true);
    for (const c of ['\t', '\n', '\r', ' ', 'a', '\u00a0', '\ufffd', '\ud83d']) expect(XML_FORBIDDEN_CHARACTER.test(c), JSON.stringify(c)).toBe(false);
  });
});
