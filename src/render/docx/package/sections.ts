/**
 * Sections to w:sectPr through the docx library: w:pgSz (the portrait sheet's dimensions and
 * w:orient), w:pgMar, w:pgNumType (w:start, w:fmt), w:titlePg, w:vAlign, w:type nextPage, and
 * their headers/footers. The body is a placeholder paragraph pack.ts replaces with our XML.
 */
import { NumberFormat, PageOrientation, SectionType, VerticalAlignSection, type ISectionOptions } from 'docx';
import type { DocumentTree, Section } from '../../markup/types.js';
import { sectionGeometry } from '../layout/page-geometry.js';
import type { PlannedHeadersFooters } from './header-footer-parts.js';
import { placeholder } from './placeholder.js';

const PAGE_NUMBER_FORMATS = {
  decimal: NumberFormat.DECIMAL,
  'lower-roman': NumberFormat.LOWER_ROMAN,
  'upper-roman': NumberFormat.UPPER_ROMAN,
} as const;

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
        // docx swaps width and height itself for LANDSCAPE (its docs say to swap them yourself,
        // which gives a portrait-shaped page LibreOffice prints portrait), so it is given the
        // portrait sheet; w:pgSz then reads w:w > w:h with w:orient="landscape".
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
