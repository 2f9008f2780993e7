import { describe, expect, it } from 'vitest';
import { SINGKATAN } from '../../reference/index.js';
import { abbreviationsUsed, alone } from './abbreviations-used.js';

/** What each code tested alone finds: the definition. */
function expected(text: string, dictionary: Record<string, string>): string[] {
  return Object.keys(dictionary).filter((code) => alone(code).test(text)).sort();
}

function used(text: string, dictionary: Readonly<Record<string, string>>): string[] {
  return [...abbreviationsUsed(text, dictionary)].sort();
}

describe('abbreviationsUsed', () => {
  it('finds codes standing alone, not inside a word nor after a hyphen', () => {
    expect(used('Laporan SKM dan SK-nya; OPD, (RB) e-SPBE xBPK 3TPI TPID!', SINGKATAN)).toEqual(['OPD', 'RB', 'SK', 'SKM', 'TPID']);
    expect(used('{"nama":"LKjIP 2025","kode":"SP4N-LAPOR!"}', SINGKATAN)).toEqual(['LKjIP', 'SP4N-LAPOR!']);
  });

  it('agrees with each code tested alone, on random mixes of codes and their neighbours', () => {
    const codes = Object.keys(SINGKATAN);
    const pieces = [...codes, ...codes.map((c) => c.slice(0, -1)), ' ', '-', '!', '"', 'a', 'É', '7', '\u{1D400}', '\n'];
    let seed = 11;
    const random = (n: number) => (seed = (seed * 16807) % 2147483647) % n;
    for (let i = 0; i < 3000; i++) {
      let text = '';
      for (let k = random(8); k >= 0; k--) text += pieces[random(pieces.length)];
      expect(used(text, SINGKATAN), JSON.stringify(text)).toEqual(expected(text, SINGKATAN));
    }
  });

  it('finds a code that stands where a longer one does', () => {
    const dictionary = { AB: 'satu', 'AB-C': 'dua', 'AB-CD': 'tiga', X: 'empat' };
    for (const text of ['AB-C', 'AB-CD', 'AB', 'xAB-C', 'AB-C X', 'AB-Cx']) expect(used(text, dictionary), text).toEqual(expected(text, dictionary));
    expect(used('AB-C', dictionary)).toEqual(['AB', 'AB-C']);
  });

  it('finds a code that begins inside a longer one', () => {
    const dictionary = { 'A.B': 'satu', B: 'dua', 'C D': 'tiga', D: 'empat' };
    for (const text of ['A.B', 'xA.B', 'C D', 'A.B C D', 'A.Bx']) expect(used(text, dictionary), text).toEqual(expected(text, dictionary));
    expect(used('A.B C D', dictionary)).toEqual(['A.B', 'B', 'C D', 'D']);
  });
});
