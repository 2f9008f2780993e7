/**
 * Header and footer parts (w:hdr / w:ftr, referenced from w:sectPr by w:headerReference and
 * w:footerReference, w:type default|first). Inheritance is resolved here rather than left to
 * the reader: an inherited part is the previous section's XML, its widths in twips for that
 * section's text width. Every section gets its own parts, rendered at its own text width, so a
 * landscape section's right-aligned page number sits at its right margin. Each part is a
 * placeholder skeleton.ts leaves in the package and pack.ts fills with our XML (written by
 * blocks/header-footer.ts); with a watermark, every header ends with it (wml/watermark-xml.ts).
 */
import type { Block, HeaderFooter, Section } from '../../markup/types.js';

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

/** A header or footer part: its blocks, written by us where the package has its placeholder. */
export interface PartPlan {
  marker: string;
  kind: 'header' | 'footer';
  blocks: readonly Block[];
  /** The watermark, after the part's blocks (the part then holds a paragraph whatever its blocks). */
  watermark?: { text: string; font: string };
}

/** A section's default and first-page part of one kind. */
export interface PartPair {
  default: PartPlan;
  first?: PartPlan;
}

export interface PlannedHeadersFooters {
  header?: PartPair;
  footer?: PartPair;
  /** Every part, in the order the package numbers them: header default, first, footer default, first. */
  parts: PartPlan[];
}

/** The section's header and footer parts, each with its own marker. */
export function planHeadersFooters(
  parts: ResolvedSectionParts,
  watermark: { text: string; font: string } | undefined,
  newMarker: () => string,
): PlannedHeadersFooters {
  const planned: PartPlan[] = [];
  const part = (blocks: readonly Block[], kind: 'header' | 'footer'): PartPlan => {
    const plan: PartPlan = { marker: newMarker(), kind, blocks, ...(kind === 'header' && watermark ? { watermark } : {}) };
    planned.push(plan);
    return plan;
  };
  // With a watermark every page needs a header, so an absent one becomes an empty one.
  const header = parts.header ?? (watermark ? { default: [], ...(parts.titlePage ? { first: [] } : {}) } : undefined);
  const headers = header
    ? { default: part(header.default, 'header'), ...(header.first !== undefined ? { first: part(header.first, 'header') } : {}) }
    : undefined;
  const footer = parts.footer;
  const footers = footer
    ? { default: part(footer.default, 'footer'), ...(footer.first !== undefined ? { first: part(footer.first, 'footer') } : {}) }
    : undefined;
  return { ...(headers ? { header: headers } : {}), ...(footers ? { footer: footers } : {}), parts: planned };
}
