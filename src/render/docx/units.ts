/**
 * Unit conversions and `Length` resolution. OOXML measures most lengths in twips (dxa, 1/20 pt),
 * run sizes in half-points (w:sz), pictures in EMU (wml/drawing-xml.ts).
 */
import type { Length } from '../markup/types.js';

export const TWIPS_PER_POINT = 20;
/** 1 cm in twips, rounded as Word rounds it. */
export const TWIPS_PER_CM = 567;

export const ptToTwips = (pt: number): number => Math.round(pt * TWIPS_PER_POINT);
/** Centimetres in whole twips (0.75 cm = 425). */
export const cmToTwips = (cm: number): number => Math.round(cm * TWIPS_PER_CM);
/** w:sz / w:szCs take half-points; docx's `size` option takes them as given. */
export const ptToHalfPoints = (pt: number): number => Math.round(pt * 2);
/** w:spacing w:line with lineRule="auto" is in 240ths of a line. */
export const lineSpacingToLine = (multiple: number): number => Math.round(multiple * 240);

/** A `Length` in twips: percentages are of the text width of the section the node is in. */
export const resolveLength = (length: Length, textWidth: number): number =>
  'twips' in length ? Math.round(length.twips) : Math.round((length.percent / 100) * textWidth);
