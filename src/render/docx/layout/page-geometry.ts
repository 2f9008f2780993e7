/**
 * A section's page in twips: the sheet (landscape = the portrait sheet turned), the margins, the
 * header and footer distances from the edge, the text width, and the height left to the body.
 */
import { PAPER_SIZES, type DocumentTree, type Section } from '../../markup/types.js';
import { cmToTwips, TWIPS_PER_CM } from '../units.js';

const HEADER_DISTANCE = cmToTwips(1.25);
const MARGIN_ROOM = cmToTwips(0.5);

/** Page geometry of a section in twips, as laid out (landscape = the portrait sheet turned). */
export function sectionGeometry(section: Section, tree: DocumentTree) {
  const paper = PAPER_SIZES[section.props.paper ?? tree.settings.paper];
  const margins = section.props.margins ?? tree.settings.margins;
  const landscape = section.props.orientation === 'landscape';
  const pageWidth = landscape ? paper.height : paper.width;
  const pageHeight = landscape ? paper.width : paper.height;
  // Header/footer distance from the edge: 1.25 cm, Word's default, and at least 0.5 cm inside
  // the margin, room for a one-line header or footer before the body.
  const header = Math.min(HEADER_DISTANCE, Math.max(margins.top - MARGIN_ROOM, 0));
  const footer = Math.min(HEADER_DISTANCE, Math.max(margins.bottom - MARGIN_ROOM, 0));
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
  // At least a centimetre, so a page always holds a line.
  return Math.max(g.pageHeight - top - bottom, TWIPS_PER_CM);
}
