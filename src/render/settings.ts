/**
 * The template set's settings (templates/<set>/settings.yaml): paper, margins, fonts, spacing.
 * Pure: the schema and the mapping to the DOCX writer's DocumentSettings.
 */
import * as z from 'zod/mini';
import { describe } from '../model/zod.js';
import { TWIPS_PER_CM } from './docx/units.js';
import type { DocumentSettings } from './markup/types.js';

const cm = z.number().check(z.gte(0), z.lte(10));

export const TemplateSettings = z.strictObject({
  kertas: z._default(z.enum(['F4', 'A4']), 'F4'),
  margin: describe(
    z._default(z.strictObject({ atas: cm, kanan: cm, bawah: cm, kiri: cm }), { atas: 3, kanan: 2.5, bawah: 2.5, kiri: 3 }),
    'Margin dalam cm',
  ),
  font: z._default(z.string().check(z.minLength(1)), 'Arial'),
  ukuranFont: z._default(z.number().check(z.gte(6), z.lte(20)), 12),
  spasi: z._default(z.number().check(z.gte(1), z.lte(3)), 1.5),
  spasiParagraf: z._default(z.number().check(z.gte(0), z.lte(36)), 6),
  ukuranFontTabel: z._default(z.number().check(z.gte(6), z.lte(14)), 9),
  fontPeraturan: z._default(z.string().check(z.minLength(1)), 'Bookman Old Style'),
  ukuranFontPeraturan: z._default(z.number().check(z.gte(6), z.lte(20)), 12),
  /** bawah = "n" bottom centre; atas-strip = "- n -" top centre from page 2 (official-letter style). */
  nomorHalaman: z._default(z.enum(['bawah', 'atas-strip']), 'bawah'),
  /** Whether lampiran pages carry the road map's title as a running footer (Klaten style). */
  teksKaki: z._default(z.boolean(), true),
});
export type TemplateSettings = z.output<typeof TemplateSettings>;


export function toDocumentSettings(s: TemplateSettings, paper?: 'A4' | 'F4'): DocumentSettings {
  return {
    paper: paper ?? s.kertas,
    margins: {
      top: Math.round(s.margin.atas * TWIPS_PER_CM),
      right: Math.round(s.margin.kanan * TWIPS_PER_CM),
      bottom: Math.round(s.margin.bawah * TWIPS_PER_CM),
      left: Math.round(s.margin.kiri * TWIPS_PER_CM),
    },
    font: s.font,
    fontSize: s.ukuranFont,
    lineSpacing: s.spasi,
    paragraphSpacing: s.spasiParagraf,
    tableFontSize: s.ukuranFontTabel,
  };
}
