/**
 * Sections to w:sectPr: w:pgSz (portrait dimensions + w:orient, P1), w:pgMar, w:pgNumType
 * (w:start, w:fmt), w:titlePg, w:vAlign, w:type nextPage, and their headers/footers.
 */
import {
  NumberFormat,
  PageOrientation,
  SectionType,
  VerticalAlignSection,
  type ISectionOptions,
} from 'docx';
import { PAPER_SIZES, type DocumentTree, type Section } from '../markup/types.js';
import { renderBlocks } from './blocks.js';
import type { BlockContext, DocContext } from './context.js';
import { renderHeadersFooters, type ResolvedSectionParts } from './header-footer.js';

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
  return { paper, margins, landscape, textWidth: pageWidth - margins.left - margins.right };
}

/** The context blocks in a section are rendered with: its width and font overrides. */
export function sectionContext(section: Section, tree: DocumentTree, doc: DocContext): BlockContext {
  const { textWidth } = sectionGeometry(section, tree);
  const { font, fontSize, lineSpacing } = section.props;
  const s = tree.settings;
  return {
    doc,
    textWidth,
    ...(font !== undefined && font !== s.font ? { font } : {}),
    ...(fontSize !== undefined && fontSize !== s.fontSize ? { baseSize: fontSize } : {}),
    ...(lineSpacing !== undefined && lineSpacing !== s.lineSpacing ? { lineSpacing } : {}),
  };
}

export function renderSection(
  section: Section,
  tree: DocumentTree,
  doc: DocContext,
  parts: ResolvedSectionParts,
): ISectionOptions {
  const { paper, margins, landscape } = sectionGeometry(section, tree);
  const ctx = sectionContext(section, tree, doc);
  const p = section.props;
  const { headers, footers } = renderHeadersFooters(parts, ctx, tree.meta.watermark);
  return {
    properties: {
      type: SectionType.NEXT_PAGE,
      ...(parts.titlePage ? { titlePage: true } : {}),
      ...(p.valign === 'center' ? { verticalAlign: VerticalAlignSection.CENTER } : {}),
      page: {
        // P1: docx swaps width and height itself for LANDSCAPE, so it is given the portrait
        // sheet; w:pgSz then reads w:w > w:h with w:orient="landscape".
        size: {
          width: paper.width,
          height: paper.height,
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: {
          top: margins.top,
          right: margins.right,
          bottom: margins.bottom,
          left: margins.left,
          // Header/footer distance from the edge: 1.25 cm, Word's default, inside every margin we use.
          header: Math.min(709, Math.max(margins.top - 284, 0)),
          footer: Math.min(709, Math.max(margins.bottom - 284, 0)),
          gutter: 0,
        },
        pageNumbers: {
          ...(p.pageNumberStart !== undefined ? { start: p.pageNumberStart } : {}),
          formatType: PAGE_NUMBER_FORMATS[p.pageNumberFormat],
        },
      },
    },
    ...(headers ? { headers } : {}),
    ...(footers ? { footers } : {}),
    children: renderBlocks(section.children, ctx),
  };
}
