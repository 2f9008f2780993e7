/**
 * A DeflateEntry gives a zip whose entries read back as the bytes pushed, with the right CRC and
 * size; a large entry is the same bytes fflate's own ZipDeflate makes of the same chunks.
 */
import { crc32 } from 'node:zlib';
import { inflateSync, unzipSync, Zip, ZipDeflate } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DeflateEntry, deflatedSmall, STREAM_FROM } from './deflate-entry.js';

const TIME = new Date(1980, 0, 1);
const text = (n: number, seed: string) => new TextEncoder().encode(Array.from({ length: n }, (_, i) => `<w:t>${seed} ${i * 7919 % 1000}</w:t>`).join(''));

/** Zips each entry's chunks through `make` and returns the zip's bytes. */
function zipOf(entries: Record<string, Uint8Array[]>, make: (name: string) => DeflateEntry | ZipDeflate): Uint8Array {
  const out: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    out.push(chunk);
  });
  for (const [name, chunks] of Object.entries(entries)) {
    const file = make(name);
    zip.add(file);
    for (const chunk of chunks) file.push(chunk);
    file.push(new Uint8Array(0), true);
  }
  zip.end();
  return Buffer.concat(out);
}

const viaEntry = (name: string) => new DeflateEntry(name, TIME, 6);
const viaFflate = (name: string) => Object.assign(new ZipDeflate(name, { level: 6 }), { mtime: TIME });

describe('DeflateEntry', () => {
  it('zips small and large entries that read back as pushed, in chunks reused by the caller', () => {
    const small = text(20, 'kecil');
    const large = text(20_000, 'besar');
    expect(small.length).toBeLessThan(STREAM_FROM);
    expect(large.length).toBeGreaterThan(3 * STREAM_FROM);
    // The caller's buffer is overwritten after each push, as utf8-batch.ts does.
    function* reused(bytes: Uint8Array, size: number): Generator<Uint8Array> {
      const buffer = new Uint8Array(size);
      for (let at = 0; at < bytes.length; at += size) {
        const part = bytes.subarray(at, at + size);
        buffer.set(part);
        yield buffer.subarray(0, part.length);
        buffer.fill(0);
      }
    }
    const out: Uint8Array[] = [];
    const zip = new Zip((error, chunk) => {
      if (error) throw error;
      out.push(chunk);
    });
    for (const [name, bytes] of [['kecil.xml', small], ['besar.xml', large]] as const) {
      const entry = viaEntry(name);
      zip.add(entry);
      for (const chunk of reused(bytes, 10_000)) entry.push(chunk);
      entry.push(new Uint8Array(0), true);
      expect(entry.size, name).toBe(bytes.length);
      expect(entry.crc >>> 0, name).toBe(crc32(bytes));
    }
    zip.end();
    const read = unzipSync(Buffer.concat(out));
    expect(Buffer.from(read['kecil.xml']!).equals(Buffer.from(small))).toBe(true);
    expect(Buffer.from(read['besar.xml']!).equals(Buffer.from(large))).toBe(true);
  });

  it('streams a large entry to the same bytes as fflate’s ZipDeflate, and a small one too', () => {
    const entries = {
      '_rels/.rels': [text(5, 'rels')],
      'word/document.xml': [text(30_000, 'a'), text(30_000, 'b'), text(10, 'c')],
      'word/footer1.xml': [text(3, 'x'), text(4, 'y')],
    };
    expect(Buffer.from(zipOf(entries, viaEntry)).equals(Buffer.from(zipOf(entries, viaFflate)))).toBe(true);
  });

  it('gives a small part deflated before again only when its bytes are the same, not merely its CRC', () => {
    const a = text(10, 'satu');
    const b = text(10, 'dua!');
    expect(inflateSync(deflatedSmall(a, 12345, 6))).toEqual(a);
    // b under a's CRC, as a collision would have it: b's own bytes come out.
    expect(inflateSync(deflatedSmall(b, 12345, 6))).toEqual(b);
    expect(deflatedSmall(a.slice(), crc32(a), 6)).toBe(deflatedSmall(a, crc32(a), 6));
  });
});
