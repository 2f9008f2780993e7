/**
 * Sections to w:sectPr through the docx library: w:pgSz (portrait dimensions + w:orient, P1),
 * w:pgMar, w:pgNumType (w:start, w:fmt), w:titlePg, w:vAlign, w:type nextPage, and their
 * headers/footers. The body is a placeholder paragraph pack.ts replaces with our XML.
 */
import { NumberFormat, PageOrientation, SectionType, VerticalAlignSection, type ISectionOptions } from 'docx';
import { PAPER_SIZES, type DocumentTree, type Section } from '../markup/types.js';
import type { BlockContext, DocContext, PartWriter } from './context.js';
import { placeholder, type PlannedHeadersFooters } from './header-footer.js';
import type { FieldValues } from './inline.js';

const PAGE_NUMBER_FORMATS = {
  decimal: NumberFormat.DECIMAL,
  'lower-roman': NumberFormat.LOWER_ROMAN,
  'upper-roman': NumberFormat.UPPER_ROMAN,
} as const;

/** Page geometry of a section in twips, as laid out (landscape = the portrait sheet turned). */
export function sectionGeometry(section: Section, tree: DocumentTree) {
  const paper = PAPER_SIZES[section.props.paper ?? tree.settings.paper];
  const margins = section.props.margins ?? tree.settings.margins;
  const landscape = section.props.orientation === 'landscape';
  const pageWidth = landscape ? paper.height : paper.width;
  const pageHeight = landscape ? paper.width : paper.height;
  // Header/footer distance from the edge: 1.25 cm, Word's default, inside every margin we use.
  const header = Math.min(709, Math.max(margins.top - 284, 0));
  const footer = Math.min(709, Math.max(margins.bottom - 284, 0));
  return { paper, margins, landscape, pageHeight, header, footer, textWidth: pageWidth - margins.left - margins.right };
}

/**
 * Height left to the body on each page: a header or footer taller than its margin pushes the
 * body away from the edge, as Word and LibreOffice do.
 */
export function bodyHeight(section: Section, tree: DocumentTree, hf: { headerHeight: number; footerHeight: number }): number {
  const g = sectionGeometry(section, tree);
  const top = Math.max(g.margins.top, g.header + hf.headerHeight);
  const bottom = Math.max(g.margins.bottom, g.footer + hf.footerHeight);
  return Math.max(g.pageHeight - top - bottom, 567);
}

/** The context blocks in a section are rendered with: its width and font overrides. */
export function sectionContext(section: Section, tree: DocumentTree, doc: DocContext, part: PartWriter, fields: FieldValues): BlockContext {
  const { textWidth } = sectionGeometry(section, tree);
  const { font, fontSize, lineSpacing } = section.props;
  const s = tree.settings;
  return {
    doc,
    part,
    fields,
    textWidth,
    ...(font !== undefined && font !== s.font ? { font } : {}),
    ...(fontSize !== undefined && fontSize !== s.fontSize ? { baseSize: fontSize } : {}),
    ...(lineSpacing !== undefined && lineSpacing !== s.lineSpacing ? { lineSpacing } : {}),
  };
}

export function sectionOptions(
  section: Section,
  tree: DocumentTree,
  hf: PlannedHeadersFooters,
  titlePage: boolean,
  bodyMarker: string,
): ISectionOptions {
  const { paper, margins, landscape, header, footer } = sectionGeometry(section, tree);
  const p = section.props;
  return {
    properties: {
      type: SectionType.NEXT_PAGE,
      ...(titlePage ? { titlePage: true } : {}),
      ...(p.valign === 'center' ? { verticalAlign: VerticalAlignSection.CENTER } : {}),
      page: {
        // P1: docx swaps width and height itself for LANDSCAPE, so it is given the portrait
        // sheet; w:pgSz then reads w:w > w:h with w:orient="landscape".
        size: {
          width: paper.width,
          height: paper.height,
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: { top: margins.top, right: margins.right, bottom: margins.bottom, left: margins.left, header, footer, gutter: 0 },
        pageNumbers: {
          ...(p.pageNumberStart !== undefined ? { start: p.pageNumberStart } : {}),
          formatType: PAGE_NUMBER_FORMATS[p.pageNumberFormat],
        },
      },
    },
    ...(hf.headers ? { headers: hf.headers } : {}),
    ...(hf.footers ? { footers: hf.footers } : {}),
    children: [placeholder(bodyMarker)],
  };
}
