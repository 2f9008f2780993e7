/**
 * Header and footer parts (w:hdr / w:ftr, referenced from w:sectPr by w:headerReference and
 * w:footerReference, w:type default|first). Inheritance is resolved here rather than left to
 * the reader: an inherited part is the previous section's XML, its widths in twips for that
 * section's text width. Every section gets its own parts, rendered at its own text width, so a
 * landscape section's right-aligned page number sits at its right margin. The docx library
 * makes the parts around a placeholder that pack.ts replaces with our XML (written by
 * blocks/header-footer.ts); the watermark is its WordArt shape, in a one-point paragraph at the
 * end of every header.
 */
import { Footer, Header, LineRuleType, Paragraph as DocxParagraph } from 'docx';
import { TextWatermark } from 'docx/watermarks';
import type { Block, HeaderFooter, Section } from '../../markup/types.js';
import { placeholder } from './placeholder.js';

/** The header/footer blocks a section shows, after inheriting from the sections before it. */
export interface ResolvedHeaderFooter {
  default: readonly Block[];
  /** Only when the section has w:titlePg. */
  first?: readonly Block[];
}

export interface ResolvedSectionParts {
  header?: ResolvedHeaderFooter;
  footer?: ResolvedHeaderFooter;
  /** w:titlePg: a different first page, only where the section itself asks for one. */
  titlePage: boolean;
}

/**
 * OOXML inherits a missing default header/footer from the previous section; we do the same
 * explicitly. w:titlePg is not inherited (as in Word), and a section with w:titlePg but no
 * `first` variant of its own shows its default one on the first page, which is what a
 * template author means by giving only a default.
 */
export function resolveHeadersFooters(sections: readonly Section[]): ResolvedSectionParts[] {
  let prevHeader: readonly Block[] | undefined;
  let prevFooter: readonly Block[] | undefined;
  return sections.map((section) => {
    const { header, footer } = section.props;
    const titlePage = header?.first !== undefined || footer?.first !== undefined;
    const resolve = (own: HeaderFooter | undefined, prev: readonly Block[] | undefined): ResolvedHeaderFooter | undefined => {
      const def = own?.default ?? prev;
      if (def === undefined && own?.first === undefined) return undefined;
      return { default: def ?? [], ...(titlePage ? { first: own?.first ?? def ?? [] } : {}) };
    };
    const h = resolve(header, prevHeader);
    const f = resolve(footer, prevFooter);
    prevHeader = h?.default;
    prevFooter = f?.default;
    return { ...(h ? { header: h } : {}), ...(f ? { footer: f } : {}), titlePage };
  });
}

/** A header or footer part: its blocks, written by us in place of docx's placeholder paragraph. */
export interface PartPlan {
  marker: string;
  kind: 'header' | 'footer';
  blocks: readonly Block[];
  /** The watermark paragraph follows the placeholder (the part has a block-level element anyway). */
  watermarked: boolean;
}

/**
 * The watermark: a WordArt shape (w:pict/v:shape/v:textpath) in its own one-point paragraph
 * at the end of every header, so it does not move the header text.
 */
function watermarkParagraph(text: string, font: string): DocxParagraph {
  return new DocxParagraph({
    spacing: { line: 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    run: { size: 2 },
    children: [new TextWatermark({ text, font, color: 'D9D9D9', opacity: 0.5 })],
  });
}

export interface PlannedHeadersFooters {
  headers?: { default: Header; first?: Header };
  footers?: { default: Footer; first?: Footer };
  parts: PartPlan[];
}

/** The section's header and footer parts, as docx objects around placeholders. */
export function planHeadersFooters(
  parts: ResolvedSectionParts,
  watermark: { text: string; font: string } | undefined,
  newMarker: () => string,
): PlannedHeadersFooters {
  const planned: PartPlan[] = [];
  const part = (blocks: readonly Block[], kind: 'header' | 'footer'): DocxParagraph[] => {
    const watermarked = kind === 'header' && watermark !== undefined;
    const plan: PartPlan = { marker: newMarker(), kind, blocks, watermarked };
    planned.push(plan);
    const children = [placeholder(plan.marker)];
    if (watermarked) children.push(watermarkParagraph(watermark.text, watermark.font));
    return children;
  };
  // With a watermark every page needs a header, so an absent one becomes an empty one.
  const header = parts.header ?? (watermark ? { default: [], ...(parts.titlePage ? { first: [] } : {}) } : undefined);
  const headers = header
    ? {
        default: new Header({ children: part(header.default, 'header') }),
        ...(header.first !== undefined ? { first: new Header({ children: part(header.first, 'header') }) } : {}),
      }
    : undefined;
  const footer = parts.footer;
  const footers = footer
    ? {
        default: new Footer({ children: part(footer.default, 'footer') }),
        ...(footer.first !== undefined ? { first: new Footer({ children: part(footer.first, 'footer') }) } : {}),
      }
    : undefined;
  return { ...(headers ? { headers } : {}), ...(footers ? { footers } : {}), parts: planned };
}
