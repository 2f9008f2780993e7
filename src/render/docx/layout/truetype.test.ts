import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FONT_FAMILIES } from './font-data.js';
import { readFontFile } from './truetype.js';

const LIBERATION = '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf';

describe('readFontFile', () => {
  it('rejects data that is not a font', () => {
    expect(() => readFontFile(new Uint8Array(16))).toThrow(/not a TrueType or OpenType font/);
  });

  it.skipIf(!existsSync(LIBERATION))('reads family, style, metrics and advances, and agrees with the committed tables', () => {
    const [face] = readFontFile(new Uint8Array(readFileSync(LIBERATION)));
    expect(face?.family).toBe('Liberation Sans');
    expect(face?.bold).toBe(false);
    expect(face?.unitsPerEm).toBe(2048);
    expect(face?.hhea).toEqual({ ascender: 1854, descender: -434, lineGap: 67 });
    expect(face?.advance(0x61)).toBe(1139);
    expect(face?.advance(0x2014)).toBe(2048);
    // font-data.ts is generated from these files (npm run font-data): 'a' is the 66th width.
    const sans = FONT_FAMILIES.find((f) => f.family === 'Liberation Sans');
    expect(sans?.faces.regular.split(',')[0x61 - 0x20]).toBe('1139');
  });
});
