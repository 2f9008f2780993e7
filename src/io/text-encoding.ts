/**
 * Text files as Windows users save them: UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode
 * Text"), or Windows-1252 (Excel's plain "CSV" on an Indonesian Windows). Decodes chunk by chunk,
 * so a large file is never one string. Does not guess other code pages.
 */
import { Buffer } from 'node:buffer';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * Windows-1252 bytes 0x80-0x9F. Node's TextDecoder('windows-1252') decodes them as Latin-1 (to
 * the C1 controls U+0080-U+009F), so curly quotes and dashes would be lost; this is the real table
 * (unicode.org MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1252.TXT). `undefined`: no character there.
 */
const CP1252_HIGH: readonly (number | undefined)[] = [
  0x20ac, undefined, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, undefined, 0x017d, undefined,
  undefined, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, undefined, 0x017e, 0x0178,
];

/** The character Windows-1252 has at byte `code` (0x80-0x9F), if any. */
export function cp1252Char(code: number): string | undefined {
  const mapped = CP1252_HIGH[code - 0x80];
  return mapped === undefined ? undefined : String.fromCharCode(mapped);
}

/** Thrown when bytes are not text in the encoding being tried. */
export class UndecodableText extends Error {
  constructor(
    readonly encoding: TextEncodingName,
    /** The byte (Windows-1252) that has no character, when known. */
    readonly byte?: number,
    /** 1-based line where it was met, when known. */
    readonly line?: number,
  ) {
    super(`not ${encoding}`);
  }
}

/**
 * Decodes Windows-1252 bytes.
 * @throws UndecodableText for 0x81, 0x8D, 0x8F, 0x90, 0x9D, which have no character.
 * @example
 * decodeCp1252(new Uint8Array([0x93, 0x41, 0x94, 0x96])) //=> '“A”–'
 */
export function decodeCp1252(bytes: Uint8Array): string {
  // latin1 maps every byte to the code point of the same number; only 0x80-0x9F differ.
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (c) => {
    const mapped = cp1252Char(c.charCodeAt(0));
    if (mapped === undefined) throw new UndecodableText('windows-1252', c.charCodeAt(0));
    return mapped;
  });
}

/**
 * The encoding announced by a byte order mark, or seen in the first bytes: UTF-16 without a BOM
 * has a zero byte in every other place for Latin text. Otherwise undefined (UTF-8 or
 * Windows-1252, told apart only by decoding).
 */
export function sniffEncoding(head: Uint8Array): { encoding: TextEncodingName; bom: number } | undefined {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  const sample = head.subarray(0, 512 - (Math.min(head.length, 512) % 2));
  if (sample.length >= 4) {
    let evenZeros = 0;
    let oddZeros = 0;
    for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 === 0 ? evenZeros++ : oddZeros++;
    const half = sample.length / 2;
    if (oddZeros > half * 0.4 && evenZeros === 0) return { encoding: 'utf-16le', bom: 0 };
    if (evenZeros > half * 0.4 && oddZeros === 0) return { encoding: 'utf-16be', bom: 0 };
  }
  return undefined;
}

/**
 * Decodes a stream of byte chunks as `encoding`, after skipping `bom` bytes. Counts lines so an
 * undecodable byte can be reported by line.
 * @throws UndecodableText at the first byte that is not text in `encoding`.
 */
export async function* decodeChunks(chunks: AsyncIterable<Uint8Array>, encoding: TextEncodingName, bom = 0): AsyncGenerator<string> {
  let skip = bom;
  let line = 1;
  const countLines = (text: string) => {
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) line++;
  };
  if (encoding === 'windows-1252') {
    for await (const chunk of chunks) {
      const bytes = skip > 0 ? chunk.subarray(skip) : chunk;
      skip = Math.max(0, skip - chunk.length);
      let text: string;
      try {
        text = decodeCp1252(bytes);
      } catch (error) {
        if (!(error instanceof UndecodableText)) throw error;
        // The line of the byte: lines before this chunk, plus newlines before the byte in it.
        const at = bytes.findIndex((b) => b === error.byte);
        let inChunk = 0;
        for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) inChunk++;
        throw new UndecodableText('windows-1252', error.byte, line + inChunk);
      }
      countLines(text);
      yield text;
    }
    return;
  }
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  const decode = (bytes?: Uint8Array) => {
    try {
      return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    } catch {
      throw new UndecodableText(encoding, undefined, line);
    }
  };
  for await (const chunk of chunks) {
    const bytes = skip > 0 ? chunk.subarray(skip) : chunk;
    skip = Math.max(0, skip - chunk.length);
    const text = decode(bytes);
    countLines(text);
    if (text !== '') yield text;
  }
  const rest = decode();
  if (rest !== '') yield rest;
}
