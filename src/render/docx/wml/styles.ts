/**
 * The document's styles (word/styles.xml, written by styles-xml.ts) as plain options: w:docDefaults
 * from the settings, Normal as the body style, Heading1..4 with w:outlineLvl (without it,
 * updating the TOC in LibreOffice finds no headings), the named paragraph styles a template can
 * ask for, and TOC 1..4 entry styles. layout/style-table.ts reads the same options back into the
 * effective properties the paginator measures with.
 */
import type { DocumentSettings } from '../../markup/types.js';
import { cmToTwips, lineSpacingToLine, ptToHalfPoints, ptToTwips } from '../units.js';

/** Style ids (w:pStyle) for the tree's `style` names. 'body' is Normal, so it writes no w:pStyle. */
export const PARAGRAPH_STYLE_IDS: Record<string, string | undefined> = {
  body: undefined,
  title: 'Title',
  subtitle: 'Subtitle',
  table: 'TableText',
  small: 'Small',
  caption: 'Caption',
};

/**
 * Point size of each named style relative to the base size. Kept as deltas so a section that
 * overrides the base size (Perbup 12 pt in a 11 pt document) scales titles with it.
 */
export const SIZE_DELTA: Record<string, number> = {
  body: 0,
  title: 2,
  subtitle: 0,
  small: -2,
  caption: -1,
  heading1: 2,
  heading2: 0,
  heading3: 0,
  heading4: 0,
};

/** Heading style ids; the `NoToc` twins look the same but carry no outline level, for `toc: false`. */
export const headingStyleId = (level: 1 | 2 | 3 | 4, toc: boolean): string =>
  toc ? `Heading${level}` : `Heading${level}NoToc`;

export const headingFontOf = (settings: DocumentSettings): string => settings.headingFont ?? settings.font;

/**
 * The paragraph style of table text at a point size: TableText at the settings' table size,
 * a twin per other size a table asks for ("TableText16" = 8 pt). Cell paragraphs then carry no
 * size of their own, which keeps a large matrix's XML about half as big.
 */
export const tableStyleId = (size: number, settings: DocumentSettings): string =>
  ptToHalfPoints(size) === ptToHalfPoints(settings.tableFontSize) ? 'TableText' : `TableText${ptToHalfPoints(size)}`;

/** A style's run properties: w:rFonts (all four scripts), w:b, w:sz in half-points. */
export interface RunStyle {
  font?: string;
  bold?: boolean;
  size?: number;
}

/** A style's paragraph properties; w:spacing line in 240ths (auto), before/after in twips. */
export interface ParagraphStyleProps {
  alignment?: 'left' | 'center' | 'both';
  keepNext?: boolean;
  keepLines?: boolean;
  /** w:outlineLvl, 0-based. */
  outlineLevel?: number;
  spacing?: { line?: number; lineRule?: 'auto'; before?: number; after?: number };
  indent?: { left: number };
}

export interface ParagraphStyle {
  id: string;
  name: string;
  basedOn?: string;
  next?: string;
  quickFormat?: boolean;
  run?: RunStyle;
  paragraph?: ParagraphStyleProps;
}

export interface StylesOptions {
  /** w:docDefaults. */
  default: { document: { run: RunStyle; paragraph: ParagraphStyleProps } };
  paragraphStyles: ParagraphStyle[];
}

const single = { line: 240, lineRule: 'auto' } as const;

export function buildStyles(settings: DocumentSettings, tocFont: string | undefined, tableSizes: readonly number[] = []): StylesOptions {
  const base = settings.fontSize;
  const headingFont = headingFontOf(settings);
  const bodySpacing = {
    line: lineSpacingToLine(settings.lineSpacing),
    lineRule: 'auto' as const,
    before: 0,
    after: ptToTwips(settings.paragraphSpacing),
  };

  const heading = (level: 1 | 2 | 3 | 4, toc: boolean): ParagraphStyle => ({
    id: headingStyleId(level, toc),
    // "heading N" is the built-in name Word's TOC field matches on (\o switch).
    name: toc ? `heading ${level}` : `Heading ${level} (not in TOC)`,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: headingFont, bold: true, size: ptToHalfPoints(base + (SIZE_DELTA[`heading${level}`] ?? 0)) },
    paragraph: {
      // w:outlineLvl 0..3: what makes the paragraph a TOC heading for LibreOffice, whose TOC update
      // goes by outline level, not by style name.
      ...(toc ? { outlineLevel: level - 1 } : {}),
      alignment: level === 1 ? 'center' : 'left',
      keepNext: true,
      keepLines: true,
      spacing: {
        ...bodySpacing,
        before: level === 1 ? 0 : ptToTwips(settings.paragraphSpacing),
        after: level === 1 ? ptToTwips(Math.max(settings.paragraphSpacing, 6) * 2) : ptToTwips(settings.paragraphSpacing),
      },
    },
  });

  const named = (
    id: string,
    name: string,
    run: NonNullable<ParagraphStyle['run']>,
    paragraph: NonNullable<ParagraphStyle['paragraph']>,
  ): ParagraphStyle => ({ id, name, basedOn: 'Normal', next: 'Normal', quickFormat: true, run, paragraph });

  const toc = (level: number): ParagraphStyle => ({
    id: `TOC${level}`,
    // "toc N", Word's built-in name, is the style Word gives the entries when it updates the TOC.
    name: `toc ${level}`,
    basedOn: 'Normal',
    next: 'Normal',
    run: { ...(tocFont ? { font: tocFont } : {}), ...(level === 1 ? { bold: true } : {}) },
    paragraph: {
      alignment: 'left',
      indent: { left: cmToTwips(0.75) * (level - 1) },
      spacing: { ...single, before: level === 1 ? ptToTwips(6) : 0, after: ptToTwips(2) },
    },
  });

  return {
    default: {
      // w:docDefaults: the run font and size every run falls back to.
      document: {
        run: { font: settings.font, size: ptToHalfPoints(base) },
        paragraph: { spacing: single },
      },
    },
    paragraphStyles: [
      // Normal = the 'body' style: justified, the settings' line spacing and space after.
      {
        id: 'Normal',
        name: 'Normal',
        quickFormat: true,
        run: { font: settings.font, size: ptToHalfPoints(base) },
        paragraph: { alignment: 'both', spacing: bodySpacing },
      },
      heading(1, true),
      heading(2, true),
      heading(3, true),
      heading(4, true),
      heading(1, false),
      heading(2, false),
      heading(3, false),
      heading(4, false),
      named('Title', 'Title', { bold: true, size: ptToHalfPoints(base + (SIZE_DELTA.title ?? 0)) }, {
        alignment: 'center',
        spacing: { ...bodySpacing, after: ptToTwips(settings.paragraphSpacing) },
      }),
      named('Subtitle', 'Subtitle', { bold: true, size: ptToHalfPoints(base) }, {
        alignment: 'center',
        spacing: bodySpacing,
      }),
      named('TableText', 'Table Text', { size: ptToHalfPoints(settings.tableFontSize) }, {
        alignment: 'left',
        spacing: { ...single, before: 0, after: 0 },
      }),
      named('Small', 'Small', { size: ptToHalfPoints(base + (SIZE_DELTA.small ?? 0)) }, {
        alignment: 'left',
        spacing: { ...single, before: 0, after: 0 },
      }),
      named('Caption', 'caption', { bold: true, size: ptToHalfPoints(base + (SIZE_DELTA.caption ?? 0)) }, {
        alignment: 'center',
        keepNext: true,
        spacing: { ...single, before: ptToTwips(6), after: ptToTwips(6) },
      }),
      ...[...new Set(tableSizes.map(ptToHalfPoints))]
        .filter((hp) => hp !== ptToHalfPoints(settings.tableFontSize))
        .sort((a, b) => a - b)
        .map(
          (hp): ParagraphStyle => ({
            id: `TableText${hp}`,
            name: `Table Text ${hp / 2} pt`,
            basedOn: 'TableText',
            next: 'TableText',
            run: { size: hp },
          }),
        ),
      toc(1),
      toc(2),
      toc(3),
      toc(4),
    ],
  };
}

/** The point size a paragraph style gives, relative to a base size (for section overrides). */
export const styleSize = (style: string | undefined, base: number): number => base + (SIZE_DELTA[style ?? 'body'] ?? 0);

