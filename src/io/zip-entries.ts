/**
 * The entries of a zip file (an XLSX is one) from its central directory, and their contents
 * inflated piece by piece with a byte budget, so a part that inflates to gigabytes is stopped at
 * the budget instead of filling memory. The sizes a zip declares are not trusted: bytes are
 * counted as they come out of the inflater.
 */
import { Inflate } from 'fflate';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** As declared; informative only. */
  declaredSize: number;
  /** Offset of the local file header. */
  localOffset: number;
}

/** Thrown when the bytes are not a zip this reader can read; `reason` is for the message. */
export class BadZip extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** Thrown when inflating would go past the byte budget. */
export class InflateBudgetExceeded extends Error {
  constructor(
    readonly entry: string,
    readonly budget: number,
  ) {
    super(`${entry}: more than ${budget} bytes inflated`);
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_EXTRA = 0x0001;

/** Lists the entries (files) of a zip held in memory. */
export function zipEntries(data: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  // The end-of-central-directory record is in the last 22 bytes plus a comment of up to 64 KB.
  let eocd = -1;
  for (let at = data.length - 22; at >= Math.max(0, data.length - 22 - 0xffff); at--) {
    if (u32(at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd === -1) throw new BadZip('bukan berkas zip');
  const count = u16(eocd + 10);
  let at = u32(eocd + 16);
  if (count === 0xffff || at === 0xffffffff) throw new BadZip('format ZIP64 tidak didukung');
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > data.length || u32(at) !== CENTRAL) throw new BadZip('daftar isi zip rusak');
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const entry: ZipEntry = {
      name: decoder.decode(data.subarray(at + 46, at + 46 + nameLength)),
      method: u16(at + 10),
      compressedSize: u32(at + 20),
      declaredSize: u32(at + 24),
      localOffset: u32(at + 42),
    };
    // ZIP64: values of 0xFFFFFFFF are in the extra field, in this order, when they overflow.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = u16(extra);
      const size = u16(extra + 2);
      if (id === ZIP64_EXTRA) {
        let field = extra + 4;
        const big = () => {
          const value = Number(view.getBigUint64(field, true));
          field += 8;
          return value;
        };
        if (entry.declaredSize === 0xffffffff) entry.declaredSize = big();
        if (entry.compressedSize === 0xffffffff) entry.compressedSize = big();
        if (entry.localOffset === 0xffffffff) entry.localOffset = big();
      }
      extra += 4 + size;
    }
    entries.set(entry.name, entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Inflates one entry, handing the bytes to `onData` as they come. Stops
 * with InflateBudgetExceeded as soon as more than `budget.left` bytes came out; `budget.left` is
 * decreased by what was read, so one budget can cover several entries.
 */
export function inflateEntry(data: Uint8Array, entry: ZipEntry, budget: { left: number; total: number }, onData: (chunk: Uint8Array) => void): void {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const at = entry.localOffset;
  if (at + 30 > data.length || view.getUint32(at, true) !== LOCAL) throw new BadZip(`${entry.name}: kepala berkas rusak`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > data.length) throw new BadZip(`${entry.name}: isi terpotong`);
  const take = (chunk: Uint8Array) => {
    budget.left -= chunk.length;
    if (budget.left < 0) throw new InflateBudgetExceeded(entry.name, budget.total);
    onData(chunk);
  };
  // Deflate expands at most about 1,000 times: a 4 KB piece gives at most some 4 MB at once.
  const PIECE = 4 * 1024;
  if (entry.method === 0) {
    for (let from = start; from < end; from += PIECE) take(data.subarray(from, Math.min(end, from + PIECE)));
    return;
  }
  if (entry.method !== 8) throw new BadZip(`${entry.name}: metode kompresi ${entry.method} tidak didukung`);
  const inflate = new Inflate((chunk) => take(chunk));
  try {
    for (let from = start; from < end; from += PIECE) inflate.push(data.subarray(from, Math.min(end, from + PIECE)), from + PIECE >= end);
    if (start === end) inflate.push(new Uint8Array(0), true);
  } catch (error) {
    // fflate's own errors carry a numeric code; anything else came from onData.
    if (typeof (error as { code?: unknown }).code !== 'number') throw error;
    throw new BadZip(`${entry.name}: isi tidak dapat diekstrak (${(error as Error).message})`);
  }
}
