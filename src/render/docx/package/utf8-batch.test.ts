/** A batch's bytes are the UTF-8 of the strings joined, whatever the slices and the buffer did. */
import { describe, expect, it } from 'vitest';
import { Utf8Batches } from './utf8-batch.js';

describe('Utf8Batches', () => {
  const utf8 = (s: string) => Array.from(new TextEncoder().encode(s));

  it('gives the UTF-8 of the joined batch, across slices, growth of its buffer and reuse', () => {
    const batches = new Utf8Batches();
    const pieces = ['<w:t>', 'Rp 1.000', 'ā é ™ 𝄞 ■', '</w:t>', '', '€'.repeat(40_000), 'x'.repeat(70_000), '😀'.repeat(9_000)];
    for (let n = 1; n <= pieces.length; n++) {
      const batch = pieces.slice(0, n);
      expect(Array.from(batches.encode(batch)), `first ${n}`).toEqual(utf8(batch.join('')));
    }
    // A smaller batch after a large one: only its own bytes.
    expect(Array.from(batches.encode(['a', 'b']))).toEqual(utf8('ab'));
    expect(batches.encode([]).length).toBe(0);
    expect(batches.encode(['']).length).toBe(0);
  });

  it('keeps a surrogate pair whole when the buffer fills in the middle of it', () => {
    const batches = new Utf8Batches();
    for (const pad of [65_534, 65_535, 65_536, 65_537]) {
      const text = `${'a'.repeat(pad)}😀b`;
      expect(Array.from(batches.encode([text])), `pad ${pad}`).toEqual(utf8(text));
    }
  });
});
