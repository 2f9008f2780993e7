/**
 * Test support: the package skeleton as the docx library builds it, the way write-docx.ts built
 * it before skeleton.ts replaced docx — a Document with one placeholder paragraph per section
 * and per header/footer, packed, unzipped, and made stable as pack.ts then did (the build's
 * date out of core.xml, the watermarks' random ids numbered). skeleton.test.ts compares our
 * parts with these, so a difference from what docx writes cannot go unnoticed.
 */
import { Document, Footer, Header, LineRuleType, NumberFormat, PageOrientation, Packer, Paragraph, SectionType, TextRun, VerticalAlignSection } from 'docx';
import type { ISectionOptions } from 'docx';
import { TextWatermark } from 'docx/watermarks';
import { strFromU8, unzipSync } from 'fflate';
import type { DocumentTree } from '../../markup/types.js';
import { sectionGeometry } from '../layout/page-geometry.js';
import type { StylesOptions } from '../wml/styles.js';
import { w3cdtf } from './core-properties.js';
import type { PartPair, PartPlan } from './header-footer-parts.js';
import { isSkeleton, type PackagePart, type SectionPlan } from './skeleton.js';

const placeholder = (marker: string) => new Paragraph({ children: [new TextRun(marker)] });

const PAGE_NUMBER_FORMATS = { decimal: NumberFormat.DECIMAL, 'lower-roman': NumberFormat.LOWER_ROMAN, 'upper-roman': NumberFormat.UPPER_ROMAN } as const;

function partChildren(plan: PartPlan): Paragraph[] {
  const children = [placeholder(plan.marker)];
  if (plan.watermark) {
    children.push(
      new Paragraph({
        spacing: { line: 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        run: { size: 2 },
        children: [new TextWatermark({ text: plan.watermark.text, font: plan.watermark.font, color: 'D9D9D9', opacity: 0.5 })],
      }),
    );
  }
  return children;
}

const headers = (pair: PartPair) => ({
  default: new Header({ children: partChildren(pair.default) }),
  ...(pair.first ? { first: new Header({ children: partChildren(pair.first) }) } : {}),
});
const footers = (pair: PartPair) => ({
  default: new Footer({ children: partChildren(pair.default) }),
  ...(pair.first ? { first: new Footer({ children: partChildren(pair.first) }) } : {}),
});

function sectionOptions(plan: SectionPlan, tree: DocumentTree): ISectionOptions {
  const { paper, margins, landscape, header, footer } = sectionGeometry(plan.section, tree);
  const p = plan.section.props;
  return {
    properties: {
      type: SectionType.NEXT_PAGE,
      ...(plan.titlePage ? { titlePage: true } : {}),
      ...(p.valign === 'center' ? { verticalAlign: VerticalAlignSection.CENTER } : {}),
      page: {
        size: { width: paper.width, height: paper.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { top: margins.top, right: margins.right, bottom: margins.bottom, left: margins.left, header, footer, gutter: 0 },
        pageNumbers: { ...(p.pageNumberStart !== undefined ? { start: p.pageNumberStart } : {}), formatType: PAGE_NUMBER_FORMATS[p.pageNumberFormat] },
      },
    },
    ...(plan.header ? { headers: headers(plan.header) } : {}),
    ...(plan.footer ? { footers: footers(plan.footer) } : {}),
    children: [placeholder(plan.body)],
  };
}

/** docx's parts for the tree, as strings by path, word/numbering.xml left out (ours replaces it). */
export async function docxSkeleton(tree: DocumentTree, styles: StylesOptions, sections: readonly SectionPlan[]): Promise<Map<string, string>> {
  const { meta } = tree;
  const document = new Document({
    title: meta.title,
    ...(meta.subject !== undefined ? { subject: meta.subject } : {}),
    creator: meta.creator ?? 'roadmap',
    lastModifiedBy: meta.creator ?? 'roadmap',
    ...(meta.keywords !== undefined ? { keywords: meta.keywords } : {}),
    ...(meta.description !== undefined ? { description: meta.description } : {}),
    revision: 1,
    styles,
    sections: sections.length > 0 ? sections.map((s) => sectionOptions(s, tree)) : [{ children: [] }],
  });
  const files = unzipSync(new Uint8Array(await Packer.toBuffer(document)));
  const stamp = w3cdtf(meta.created);
  let watermarks = 0;
  const out = new Map<string, string>();
  for (const [name, bytes] of Object.entries(files)) {
    if (name === 'word/numbering.xml') continue;
    let xml = strFromU8(bytes);
    if (name === 'docProps/core.xml') {
      xml = xml
        .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
        .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`);
    }
    if (name === 'word/settings.xml') xml = xml.replace(/<w:updateFields(?:\s[^>]*)?\/>/, '');
    xml = xml.replace(/PowerPlusWaterMarkObject[A-Za-z0-9_-]+/g, () => `PowerPlusWaterMarkObject${++watermarks}`);
    out.set(name, xml);
  }
  return out;
}

/** Our parts in docx's form: each placeholder a paragraph holding its marker, with its section properties. */
export function asDocxWrote(parts: ReadonlyMap<string, PackagePart>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, part] of parts) {
    if (!isSkeleton(part)) {
      out.set(name, typeof part === 'string' ? part : strFromU8(part));
      continue;
    }
    const placeholders = part.markers.map(
      (m) => `<w:p>${m.sectPr ? `<w:pPr>${m.sectPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${m.marker}</w:t></w:r></w:p>`,
    );
    out.set(name, part.pieces.map((piece, i) => piece + (placeholders[i] ?? '')).join(''));
  }
  return out;
}
