import { describe, expect, it } from 'vitest';
import { quote, shorten } from './format-message.js';

describe('shorten', () => {
  it('keeps a text that fits', () => {
    expect(shorten('Badan Kepegawaian', 40)).toBe('Badan Kepegawaian');
  });

  it('cuts after a whole word, never inside one, and marks the cut', () => {
    const text = 'Penyusunan peta proses bisnis seluruh perangkat daerah berbasis aplikasi terintegrasi';
    for (const max of [20, 33, 47, 60, 75]) {
      const cut = shorten(text, max);
      expect(cut.length, String(max)).toBeLessThanOrEqual(max);
      expect(cut.endsWith('…')).toBe(true);
      const kept = cut.slice(0, -1);
      expect(text.startsWith(kept)).toBe(true);
      expect([' ', undefined]).toContain(text[kept.length]);
    }
    expect(shorten('Pembentukan Tim Reformasi Birokrasi', 20)).toBe('Pembentukan Tim…');
    expect(shorten('Pembentukan Tim Reformasi Birokrasi', 16)).toBe('Pembentukan Tim…');
  });

  it('cuts a single very long word where it must', () => {
    expect(shorten('https://contoh.go.id/dokumen/roadmap-reformasi-birokrasi', 20)).toBe('https://contoh.go.i…');
  });
});

describe('quote', () => {
  it('puts a text on one line and quotes it; up to 100 characters it stays whole', () => {
    const ninety = 'Pembentukan dan pemutakhiran Tim Reformasi Birokrasi Kabupaten Sukamaju serta agen perubahan';
    expect(quote(ninety)).toBe(`"${ninety}"`);
    expect(quote('Satu\n  dua')).toBe('"Satu dua"');
  });
});
