/**
 * One deflated entry of the package, as fflate's Zip takes it (a ZipInputFile): deflated in one go
 * when it is small, as a stream when it grows large (word/document.xml).
 *
 * Why not fflate's ZipDeflate for all: its streaming deflater sizes its hash tables for its
 * 96 KB window, whatever the entry holds, and zeroes them anew for each entry: about 700 KB for a
 * part of 123 bytes, by fflate's code. The package has some 45 small parts (rels, headers,
 * footers, styles), at 1-2 ms apiece: 75 of the 117 ms an S build spent deflating (timed around
 * each call). Deflated in one go, the tables fit the part. A large part is streamed exactly as
 * ZipDeflate streams it, chunk for chunk, so its bytes are the same as before.
 *
 * A small part's deflated bytes are also kept, by content, for the next part or build that has
 * the same bytes: the 17 rels of the headers, footers, notes and font table are one text, and in
 * --watch and batch builds the styles, theme and settings come back unchanged.
 */
import { crc32 } from 'node:zlib';
import { Deflate, deflateSync, type AsyncFlateStreamHandler, type DeflateOptions, type ZipInputFile } from 'fflate';
import { concatBytes } from './concat-bytes.js';

/** From this many bytes, an entry is streamed: it is held whole until then. */
export const STREAM_FROM = 1 << 16;

type Level = NonNullable<DeflateOptions['level']>;

export class DeflateEntry implements ZipInputFile {
  readonly compression = 8;
  /** Bits 1-2 of the general purpose flag from the level, as fflate's ZipDeflate sets them. */
  readonly flag: number;
  size = 0;
  crc = 0;
  ondata?: AsyncFlateStreamHandler;
  private held: Uint8Array[] = [];
  private heldBytes = 0;
  private stream: Deflate | undefined;

  constructor(
    readonly filename: string,
    readonly mtime: Date,
    private readonly level: Level,
  ) {
    this.flag = level === 1 ? 3 : level < 6 ? 2 : level === 9 ? 1 : 0;
  }

  /** Adds the entry's next bytes; `chunk` may be reused by the caller once this returns. */
  push(chunk: Uint8Array, final = false): void {
    // The zip reads crc and size when the entry's last compressed chunk arrives.
    this.crc = crc32(chunk, this.crc);
    this.size += chunk.length;
    if (this.stream) {
      this.stream.push(chunk, final);
      return;
    }
    this.held.push(chunk.slice());
    this.heldBytes += chunk.length;
    if (this.heldBytes >= STREAM_FROM) {
      const stream = new Deflate({ level: this.level }, (data, last) => this.ondata!(null, data, last));
      this.stream = stream;
      const held = this.held;
      this.held = [];
      held.forEach((bytes, i) => stream.push(bytes, final && i === held.length - 1));
    } else if (final) {
      this.ondata!(null, deflatedSmall(concatBytes(this.held), this.crc, this.level), true);
      this.held = [];
    }
  }
}

interface Deflated {
  raw: Uint8Array;
  level: Level;
  deflated: ReturnType<typeof deflateSync>;
}

/** Small parts deflated lately, by CRC; a hit must have the same bytes (a CRC may collide). */
const recent = new Map<number, Deflated>();
const RECENT_MAX = 256;

export function deflatedSmall(raw: Uint8Array, crc: number, level: Level): ReturnType<typeof deflateSync> {
  const known = recent.get(crc);
  if (known && known.level === level && sameBytes(known.raw, raw)) return known.deflated;
  const deflated = deflateSync(raw, { level });
  if (recent.size >= RECENT_MAX) recent.clear();
  recent.set(crc, { raw, level, deflated });
  return deflated;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
