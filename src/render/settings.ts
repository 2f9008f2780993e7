/**
 * The template set's settings (templates/<set>/settings.yaml): paper, margins, fonts, spacing.
 * Pure: the schema and the mapping to the DOCX writer's DocumentSettings.
 */
import { z } from 'zod';
import { TWIPS_PER_CM } from './docx/units.js';
import type { DocumentSettings } from './markup/types.js';

const cm = z.number().min(0).max(10);

export const TemplateSettings = z.strictObject({
  kertas: z.enum(['F4', 'A4']).default('F4'),
  margin: z
    .strictObject({ atas: cm, kanan: cm, bawah: cm, kiri: cm })
    .default({ atas: 3, kanan: 2.5, bawah: 2.5, kiri: 3 })
    .describe('Margin dalam cm'),
  font: z.string().min(1).default('Arial'),
  ukuranFont: z.number().min(6).max(20).default(12),
  spasi: z.number().min(1).max(3).default(1.5),
  spasiParagraf: z.number().min(0).max(36).default(6),
  ukuranFontTabel: z.number().min(6).max(14).default(9),
  fontPeraturan: z.string().min(1).default('Bookman Old Style'),
  ukuranFontPeraturan: z.number().min(6).max(20).default(12),
  /** bawah = "n" bottom centre; atas-strip = "- n -" top centre from page 2 (official-letter style). */
  nomorHalaman: z.enum(['bawah', 'atas-strip']).default('bawah'),
  /** Whether lampiran pages carry the road map's title as a running footer (Klaten style). */
  teksKaki: z.boolean().default(true),
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
