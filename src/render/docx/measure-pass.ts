/**
 * The first pass: every section measured into boxes (no XML), with its headers and footers, and
 * planned for the package (package/skeleton.ts: a placeholder for its body and for each header
 * and footer). Records what each placeholder stands for, so the writing pass can fill it in.
 */
import type { Block, DocumentTree } from '../markup/types.js';
import { blocksEndWithParagraph } from './blocks/ends-with-paragraph.js';
import { measureHeadersFooters } from './blocks/header-footer.js';
import { renderBlocks } from './blocks/render-blocks.js';
import { sectionContext, type DocContext } from './context.js';
import type { SectionFlow } from './layout/boxes.js';
import { bodyHeight } from './layout/page-geometry.js';
import { planHeadersFooters, resolveHeadersFooters, type PartPlan } from './package/header-footer-parts.js';
import type { SectionPlan } from './package/skeleton.js';
import type { FieldValues } from './wml/run-xml.js';
import { NULL_SINK, SECTION_END_PARAGRAPH_HEIGHT } from './wml/xml-sink.js';

/** What a placeholder stands for: a section's body or one of its headers/footers. */
export interface PlacedPart {
  blocks: readonly Block[];
  section: number;
  kind: 'body' | PartPlan;
  /** Pictures the part shows (found while measuring). */
  media: Set<number>;
  /** Charts the part shows. */
  charts: Set<number>;
}

export interface Measured {
  flows: SectionFlow[];
  sections: SectionPlan[];
  parts: Map<string, PlacedPart>;
  /** Sections measured with an approximated font. */
  approximated: boolean[];
}

/** NUMPAGES / SECTIONPAGES are measured as three digits until the counts are known. */
const MEASURE_FIELDS: FieldValues = { pages: '999', sectionPages: '999' };

export function measureSections(tree: DocumentTree, doc: DocContext): Measured {
  let markers = 0;
  const newMarker = () => `part-${++markers}`;
  const resolved = resolveHeadersFooters(tree.sections);
  const last = tree.sections.length - 1;
  const out: Measured = { flows: [], sections: [], parts: new Map(), approximated: [] };

  tree.sections.forEach((section, i) => {
    const own = resolved[i] ?? { titlePage: false };
    const watermark = tree.meta.watermark ? { text: tree.meta.watermark, font: section.props.font ?? tree.settings.font } : undefined;
    const hf = planHeadersFooters(own, watermark, newMarker);
    const body = newMarker();
    const bodyPart: PlacedPart = { blocks: section.children, section: i, kind: 'body', media: new Set(), charts: new Set() };
    out.parts.set(body, bodyPart);
    for (const p of hf.parts) out.parts.set(p.marker, { blocks: p.blocks, section: i, kind: p, media: new Set(), charts: new Set() });
    const ctxFor = (part: PlacedPart | undefined) =>
      sectionContext(section, tree, doc, { sink: NULL_SINK, media: part?.media ?? new Set(), charts: part?.charts ?? new Set() }, MEASURE_FIELDS);

    doc.fonts.approximated = false;
    const heights = measureHeadersFooters(hf.parts, (p) => ctxFor(out.parts.get(p.marker)));
    const boxes = renderBlocks(section.children, ctxFor(bodyPart));
    if (i < last && !blocksEndWithParagraph(section.children, false)) {
      // The section's properties get a one-point paragraph of their own (wml/xml-sink.ts).
      const h = SECTION_END_PARAGRAPH_HEIGHT;
      boxes.push({ kind: 'para', pitch: [h], fit: [h], before: 0, after: 0, keepNext: false, keepLines: false, pageBreakBefore: false, widowControl: true });
    }
    out.approximated.push(doc.fonts.approximated);
    out.flows.push({ bodyHeight: bodyHeight(section, tree, heights), boxes });
    out.sections.push({
      section,
      body,
      ...(hf.header ? { header: hf.header } : {}),
      ...(hf.footer ? { footer: hf.footer } : {}),
      titlePage: own.titlePage,
    });
  });
  return out;
}
