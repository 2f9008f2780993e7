/**
 * Headers and footers (w:hdr / w:ftr parts, referenced from w:sectPr by w:headerReference and
 * w:footerReference, w:type default|first). Inheritance is resolved here rather than left to
 * the reader (P7): every section gets its own parts, rendered at its own text width, so a
 * landscape section's right-aligned page number sits at its right margin.
 */
import { Footer, Header, LineRuleType, Paragraph as DocxParagraph } from 'docx';
import { TextWatermark } from 'docx/watermarks';
import type { Block, HeaderFooter, Section } from '../markup/types.js';
import { renderBlocks } from './blocks.js';
import type { BlockContext } from './context.js';

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

function renderPart(blocks: readonly Block[], ctx: BlockContext, watermark: string | undefined) {
  const children = renderBlocks(blocks, { ...ctx, compact: true });
  if (watermark) children.push(watermarkParagraph(watermark, ctx.font ?? ctx.doc.settings.font));
  // A header/footer part must hold at least one block-level element.
  if (children.length === 0) children.push(new DocxParagraph({ children: [] }));
  return children as DocxParagraph[];
}

export function renderHeadersFooters(parts: ResolvedSectionParts, ctx: BlockContext, watermark: string | undefined) {
  // With a watermark every page needs a header, so an absent one becomes an empty one.
  const header = parts.header ?? (watermark ? { default: [], ...(parts.titlePage ? { first: [] } : {}) } : undefined);
  const headers = header
    ? {
        default: new Header({ children: renderPart(header.default, ctx, watermark) }),
        ...(header.first !== undefined ? { first: new Header({ children: renderPart(header.first, ctx, watermark) }) } : {}),
      }
    : undefined;
  const footer = parts.footer;
  const footers = footer
    ? {
        default: new Footer({ children: renderPart(footer.default, ctx, undefined) }),
        ...(footer.first !== undefined ? { first: new Footer({ children: renderPart(footer.first, ctx, undefined) }) } : {}),
      }
    : undefined;
  return { headers, footers };
}
