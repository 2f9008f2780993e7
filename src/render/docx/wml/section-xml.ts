/**
 * A section's properties (w:sectPr): its header and footer references, w:type nextPage, w:pgSz
 * (the sheet's dimensions and w:orient: a landscape page is the portrait sheet turned, w:w > w:h),
 * w:pgMar with the header and footer distances, w:pgNumType (w:start, w:fmt), w:vAlign,
 * w:titlePg and the document grid. Attributes in the order the docx library wrote them, which
 * built this element before (package/skeleton.test.ts compares).
 */
import type { DocumentTree, Section } from '../../markup/types.js';
import { sectionGeometry } from '../layout/page-geometry.js';

const PAGE_NUMBER_FORMATS = { decimal: 'decimal', 'lower-roman': 'lowerRoman', 'upper-roman': 'upperRoman' } as const;

/** Relationship numbers (rId<n>) of a section's header and footer parts. */
export interface HeaderFooterRefs {
  header?: { default: number; first?: number };
  footer?: { default: number; first?: number };
}

// docx floored every length it wrote; ours are whole twips already, so this only keeps bytes alike.
const int = (n: number): number => Math.floor(n);

const references = (kind: 'header' | 'footer', refs: { default: number; first?: number } | undefined): string =>
  refs === undefined
    ? ''
    : `<w:${kind}Reference w:type="default" r:id="rId${refs.default}"/>` +
      (refs.first !== undefined ? `<w:${kind}Reference w:type="first" r:id="rId${refs.first}"/>` : '');

export function sectPrXml(section: Section, tree: DocumentTree, refs: HeaderFooterRefs, titlePage: boolean): string {
  const { paper, margins, landscape, header, footer } = sectionGeometry(section, tree);
  const p = section.props;
  const [w, h] = landscape ? [paper.height, paper.width] : [paper.width, paper.height];
  return (
    '<w:sectPr>' +
    references('header', refs.header) +
    references('footer', refs.footer) +
    '<w:type w:val="nextPage"/>' +
    `<w:pgSz w:w="${int(w)}" w:h="${int(h)}" w:orient="${landscape ? 'landscape' : 'portrait'}"/>` +
    `<w:pgMar w:top="${int(margins.top)}" w:right="${int(margins.right)}" w:bottom="${int(margins.bottom)}" w:left="${int(margins.left)}"` +
    ` w:header="${int(header)}" w:footer="${int(footer)}" w:gutter="0"/>` +
    `<w:pgNumType${p.pageNumberStart !== undefined ? ` w:start="${int(p.pageNumberStart)}"` : ''} w:fmt="${PAGE_NUMBER_FORMATS[p.pageNumberFormat]}"/>` +
    (p.valign === 'center' ? '<w:vAlign w:val="center"/>' : '') +
    (titlePage ? '<w:titlePg/>' : '') +
    '<w:docGrid w:linePitch="360"/></w:sectPr>'
  );
}

/** The properties of the one empty page a tree without sections gives: docx's defaults (A4, 1-inch margins). */
export const EMPTY_DOCUMENT_SECTPR =
  '<w:sectPr><w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>' +
  '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>' +
  '<w:pgNumType/><w:docGrid w:linePitch="360"/></w:sectPr>';
