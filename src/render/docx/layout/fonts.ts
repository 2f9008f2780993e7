/**
 * Text measurement for the paginator: advance widths and line heights of the fonts a document
 * names, in twips. Arial, Times New Roman and Courier New (and their Liberation twins, which
 * LibreOffice draws them with) are measured from the generated tables in font-data.ts; fonts the
 * caller supplies as files are measured from those. Any other font is approximated by Arial with
 * a width scale (Bookman Old Style, the regulation's typeface, is about 1.1x as wide) — good
 * enough for the pages before a page-number restart, where nobody reads a TOC number.
 */
import { FONT_FAMILIES, RANGES, type FontFamilyData } from './font-data.js';
import type { FontFace as FileFace } from './truetype.js';

/** One face (family + bold + italic) as the line breaker uses it. */
export interface Face {
  /** Advance width of a UTF-16 code unit in ems; characters outside the table get `fallback`. */
  readonly em: Float32Array;
  readonly fallback: number;
  /** Multiplier on `em` widths (approximated fonts). */
  readonly scale: number;
  /** Vertical metrics in ems. */
  readonly ascent: number;
  readonly descent: number;
  readonly lineGap: number;
  /** Whether the widths are the font's own (false = approximated). */
  readonly exact: boolean;
}

/** Line metrics at a point size, in twips, rounded as LibreOffice rounds them. */
export interface LineMetrics {
  ascent: number;
  descent: number;
  gap: number;
}

/** Code units covered by the dense width arrays; others (rare in these documents) use `fallback`. */
const DENSE = 0x2600;

/** Fonts approximated by a known family: width scale and line height (ascent+descent+gap) in ems. */
const APPROXIMATIONS: Record<string, { like: string; scale: number; lineHeight?: number }> = {
  // Bookman Old Style is wide; LibreOffice draws it here with URW Bookman (1.2 em lines).
  'bookman old style': { like: 'arial', scale: 1.1, lineHeight: 1.2 },
  'urw bookman': { like: 'arial', scale: 1.1, lineHeight: 1.2 },
  'times': { like: 'times new roman', scale: 1 },
  calibri: { like: 'arial', scale: 0.9, lineHeight: 1.22 },
  cambria: { like: 'times new roman', scale: 1.05, lineHeight: 1.17 },
  tahoma: { like: 'arial', scale: 1.0, lineHeight: 1.21 },
  verdana: { like: 'arial', scale: 1.15, lineHeight: 1.22 },
};

type FaceKey = 'regular' | 'bold' | 'italic' | 'boldItalic';
const faceKey = (bold: boolean, italic: boolean): FaceKey => (bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular');

function denseFromTable(family: FontFamilyData, key: FaceKey): { em: Float32Array; fallback: number } {
  const widths = family.faces[key].split(',').map(Number);
  const em = new Float32Array(DENSE).fill(Number.NaN);
  let k = 0;
  for (const [from, to] of RANGES) for (let cp = from; cp <= to; cp++, k++) {
    const w = widths[k] ?? 0;
    if (cp < DENSE && w > 0) em[cp] = w / family.unitsPerEm;
  }
  // Unknown characters: the width of a digit, a middle-of-the-road glyph.
  const fallback = (widths[0x30 - 0x20] ?? family.unitsPerEm / 2) / family.unitsPerEm;
  for (let cp = 0; cp < DENSE; cp++) if (Number.isNaN(em[cp])) em[cp] = fallback;
  return { em, fallback };
}

function denseFromFile(face: FileFace): { em: Float32Array; fallback: number } {
  const zero = face.advance(0x30);
  const fallback = (zero ?? face.unitsPerEm / 2) / face.unitsPerEm;
  const em = new Float32Array(DENSE);
  for (let cp = 0; cp < DENSE; cp++) {
    const a = cp >= 0xd800 && cp < 0xe000 ? undefined : face.advance(cp);
    em[cp] = a === undefined ? fallback : a / face.unitsPerEm;
  }
  return { em, fallback };
}

export class FontBook {
  /** Set whenever an approximated face is handed out; the caller resets it per section. */
  approximated = false;
  private readonly faces = new Map<string, (Face | undefined)[]>();
  private readonly tables = new Map<string, FontFamilyData>();
  private readonly files = new Map<string, FileFace[]>();

  constructor(files: readonly { face: FileFace; name?: string }[] = []) {
    for (const family of FONT_FAMILIES) for (const name of family.names) this.tables.set(name, family);
    for (const { face, name } of files) {
      const key = (name ?? face.family).toLowerCase();
      const list = this.files.get(key) ?? [];
      list.push(face);
      this.files.set(key, list);
    }
  }

  /** Whether a family is measured from real widths (tables or a supplied file). */
  knows(family: string): boolean {
    const key = family.toLowerCase();
    return this.tables.has(key) || this.files.has(key);
  }

  face(family: string, bold: boolean, italic: boolean): Face {
    // Keyed by the name as given, so the common lookup allocates nothing.
    let variants = this.faces.get(family);
    if (variants === undefined) {
      variants = [];
      this.faces.set(family, variants);
    }
    const k = (bold ? 1 : 0) + (italic ? 2 : 0);
    let face = variants[k];
    if (face === undefined) {
      face = this.build(family.toLowerCase(), bold, italic);
      variants[k] = face;
    }
    if (!face.exact) this.approximated = true;
    return face;
  }

  private build(family: string, bold: boolean, italic: boolean): Face {
    const fromFile = this.files.get(family);
    if (fromFile && fromFile.length > 0) {
      const pick = fromFile.find((f) => f.bold === bold && f.italic === italic) ?? fromFile.find((f) => f.bold === bold) ?? fromFile[0]!;
      const { em, fallback } = denseFromFile(pick);
      const u = pick.unitsPerEm;
      // Word synthesises bold a little wider when the family has no bold face.
      const scale = bold && !pick.bold ? 1.02 : 1;
      return { em, fallback, scale, ascent: pick.hhea.ascender / u, descent: -pick.hhea.descender / u, lineGap: pick.hhea.lineGap / u, exact: true };
    }
    const table = this.tables.get(family);
    if (table) {
      const { em, fallback } = denseFromTable(table, faceKey(bold, italic));
      const u = table.unitsPerEm;
      return { em, fallback, scale: 1, ascent: table.ascent / u, descent: table.descent / u, lineGap: table.lineGap / u, exact: true };
    }
    const approx = APPROXIMATIONS[family] ?? { like: 'arial', scale: 1 };
    const base = this.face(approx.like, bold, italic);
    const natural = base.ascent + base.descent + base.lineGap;
    const k = approx.lineHeight !== undefined ? approx.lineHeight / natural : 1;
    return { ...base, scale: base.scale * approx.scale, ascent: base.ascent * k, descent: base.descent * k, lineGap: base.lineGap * k, exact: false };
  }
}

/** Width of `text` in twips at `sizePt` points. */
export function textWidth(face: Face, text: string, sizePt: number): number {
  const em = face.em;
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    w += c < DENSE ? em[c]! : face.fallback;
  }
  return w * face.scale * sizePt * 20;
}

/** Width of one UTF-16 code unit in twips at `sizePt` points. */
export function charWidth(face: Face, code: number, sizePt: number): number {
  return (code < DENSE ? face.em[code]! : face.fallback) * face.scale * sizePt * 20;
}

const metricsCache = new WeakMap<Face, Map<number, LineMetrics>>();

/** Ascent, descent and line gap in twips, each rounded (as LibreOffice's font metrics are). Shared; do not change. */
export function lineMetrics(face: Face, sizePt: number): LineMetrics {
  let bySize = metricsCache.get(face);
  if (!bySize) {
    bySize = new Map();
    metricsCache.set(face, bySize);
  }
  let m = bySize.get(sizePt);
  if (!m) {
    const tw = sizePt * 20;
    m = Object.freeze({ ascent: Math.round(tw * face.ascent), descent: Math.round(tw * face.descent), gap: Math.round(tw * face.lineGap) });
    bySize.set(sizePt, m);
  }
  return m;
}
