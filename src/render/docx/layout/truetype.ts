/**
 * A small reader for TrueType/OpenType files: just what line breaking and line heights need
 * (advance widths from `hmtx` through `cmap`, units per em, vertical metrics from `hhea` and
 * `OS/2`, the family name and whether the face is bold/italic). Used by
 * font-data-generator.ts to generate the committed width tables, and at run time for fonts
 * the caller supplies as files. No shaping, kerning or ligatures: LibreOffice does not kern
 * DOCX text unless w:kern asks for it, and Word lays out Latin text without ligatures.
 */

export interface FontFace {
  family: string;
  bold: boolean;
  italic: boolean;
  unitsPerEm: number;
  /** hhea ascender / descender (descender negative) / lineGap, font units. */
  hhea: { ascender: number; descender: number; lineGap: number };
  /** OS/2 usWinAscent / usWinDescent, font units (0 when the table is absent). */
  win: { ascent: number; descent: number };
  /** Advance width in font units of a code point, undefined when the face has no glyph for it. */
  advance(codePoint: number): number | undefined;
}

function tableDirectory(view: DataView): Map<string, number> {
  const count = view.getUint16(4);
  const tables = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
    tables.set(tag, view.getUint32(at + 8));
  }
  return tables;
}

/** The code point -> glyph map of the best Unicode subtable (format 12, else format 4). */
function readCmap(view: DataView, cmap: number): (cp: number) => number {
  const count = view.getUint16(cmap + 2);
  let format4: number | undefined;
  let format12: number | undefined;
  for (let i = 0; i < count; i++) {
    const platform = view.getUint16(cmap + 4 + i * 8);
    const encoding = view.getUint16(cmap + 6 + i * 8);
    const sub = cmap + view.getUint32(cmap + 8 + i * 8);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const format = view.getUint16(sub);
    if (format === 12) format12 ??= sub;
    if (format === 4) format4 ??= sub;
  }
  if (format12 !== undefined) {
    const sub = format12;
    const groups = view.getUint32(sub + 12);
    return (cp) => {
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const at = sub + 16 + mid * 12;
        const start = view.getUint32(at);
        const end = view.getUint32(at + 4);
        if (cp < start) hi = mid - 1;
        else if (cp > end) lo = mid + 1;
        else return view.getUint32(at + 8) + (cp - start);
      }
      return 0;
    };
  }
  if (format4 !== undefined) {
    const sub = format4;
    const segments = view.getUint16(sub + 6) / 2;
    const ends = sub + 14;
    const starts = ends + segments * 2 + 2;
    const deltas = starts + segments * 2;
    const offsets = deltas + segments * 2;
    return (cp) => {
      if (cp > 0xffff) return 0;
      for (let s = 0; s < segments; s++) {
        if (cp > view.getUint16(ends + s * 2)) continue;
        const start = view.getUint16(starts + s * 2);
        if (cp < start) return 0;
        const delta = view.getInt16(deltas + s * 2);
        const rangeOffset = view.getUint16(offsets + s * 2);
        if (rangeOffset === 0) return (cp + delta) & 0xffff;
        const glyph = view.getUint16(offsets + s * 2 + rangeOffset + (cp - start) * 2);
        return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
      }
      return 0;
    };
  }
  return () => 0;
}

/** The family name (name id 16, else 1), from a Windows Unicode or Mac Roman record. */
function readFamily(view: DataView, name: number | undefined): string {
  if (name === undefined) return '';
  const count = view.getUint16(name + 2);
  const strings = name + view.getUint16(name + 4);
  let best: { rank: number; text: string } | undefined;
  for (let i = 0; i < count; i++) {
    const at = name + 6 + i * 12;
    const platform = view.getUint16(at);
    const id = view.getUint16(at + 6);
    if (id !== 1 && id !== 16) continue;
    const length = view.getUint16(at + 8);
    const offset = strings + view.getUint16(at + 10);
    let text = '';
    if (platform === 3 || platform === 0) {
      for (let k = 0; k + 1 < length; k += 2) text += String.fromCharCode(view.getUint16(offset + k));
    } else if (platform === 1) {
      for (let k = 0; k < length; k++) text += String.fromCharCode(view.getUint8(offset + k));
    } else continue;
    const rank = (id === 16 ? 0 : 2) + (platform === 3 ? 0 : 1);
    if (!best || rank < best.rank) best = { rank, text };
  }
  return best?.text ?? '';
}

/** Reads the faces of a TrueType/OpenType file (a collection's too). Throws on other data. */
export function readFontFile(data: Uint8Array): FontFace[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (data.byteLength < 12) throw new Error('not a TrueType or OpenType font');
  const tag = view.getUint32(0);
  if (tag === 0x74746366 /* ttcf */) {
    const count = view.getUint32(8);
    return Array.from({ length: count }, (_, i) => readFace(new DataView(data.buffer, data.byteOffset, data.byteLength), view.getUint32(12 + i * 4)));
  }
  if (tag !== 0x00010000 && tag !== 0x4f54544f /* OTTO */ && tag !== 0x74727565 /* true */) throw new Error('not a TrueType or OpenType font');
  return [readFace(view, 0)];
}

function readFace(whole: DataView, offset: number): FontFace {
  // Table offsets are from the start of the file, the directory from `offset`.
  const dir = new DataView(whole.buffer, whole.byteOffset + offset, whole.byteLength - offset);
  const tables = tableDirectory(dir);
  const need = (t: string): number => {
    const at = tables.get(t);
    if (at === undefined) throw new Error(`the font has no ${t} table`);
    return at;
  };
  const view = whole;
  const head = need('head');
  const hhea = need('hhea');
  const hmtx = need('hmtx');
  const os2 = tables.get('OS/2');
  const unitsPerEm = view.getUint16(head + 18);
  const macStyle = view.getUint16(head + 44);
  const metricCount = view.getUint16(hhea + 34);
  const glyphOf = readCmap(view, need('cmap'));
  const fsSelection = os2 === undefined ? undefined : view.getUint16(os2 + 62);
  return {
    family: readFamily(view, tables.get('name')),
    bold: fsSelection === undefined ? (macStyle & 1) !== 0 : (fsSelection & 32) !== 0,
    italic: fsSelection === undefined ? (macStyle & 2) !== 0 : (fsSelection & 1) !== 0,
    unitsPerEm,
    hhea: { ascender: view.getInt16(hhea + 4), descender: view.getInt16(hhea + 6), lineGap: view.getInt16(hhea + 8) },
    win: os2 === undefined ? { ascent: 0, descent: 0 } : { ascent: view.getUint16(os2 + 74), descent: view.getUint16(os2 + 76) },
    advance(cp) {
      const glyph = glyphOf(cp);
      if (glyph === 0) return undefined;
      return view.getUint16(hmtx + Math.min(glyph, metricCount - 1) * 4);
    },
  };
}
