/**
 * The package around our XML: every part but the body's, header and footer contents, pictures,
 * charts and numbering, written as strings. The document and each header and footer are
 * skeletons with a placeholder where pack.ts streams our XML in. These parts were built by the
 * docx library until its object model (a megabyte of code to load, and work on every build) was
 * found to cost more than all of them; they are written here byte for byte as docx 9.15.2 wrote
 * them, and skeleton.test.ts compares every part with what docx writes for a range of trees.
 */
import type { DocumentTree, Section } from '../../markup/types.js';
import { EMPTY_DOCUMENT_SECTPR, sectPrXml, type HeaderFooterRefs } from '../wml/section-xml.js';
import type { StylesOptions } from '../wml/styles.js';
import { stylesXml } from '../wml/styles-xml.js';
import { watermarkParagraphXml } from '../wml/watermark-xml.js';
import { coreXml } from './core-properties.js';
import {
  APP_XML,
  CONTENT_TYPES_HEAD,
  CUSTOM_XML,
  DOCUMENT_OPEN,
  EMPTY_RELS,
  ENDNOTES_XML,
  FONT_TABLE_XML,
  FOOTER_OPEN,
  FOOTNOTES_XML,
  HEADER_OPEN,
  ROOT_RELS,
  SETTINGS_XML,
  THEME_XML,
} from './fixed-parts.js';
import type { PartPair, PartPlan } from './header-footer-parts.js';

/** A section as the package shows it: its body's placeholder and its header and footer parts. */
export interface SectionPlan {
  section: Section;
  /** The marker of the section's body. */
  body: string;
  header?: PartPair;
  footer?: PartPair;
  /** w:titlePg: a different first page. */
  titlePage: boolean;
}

/**
 * A part with placeholders: the XML around them, and for each its marker and the section
 * properties that must end up in the last paragraph written there (all but the last section's).
 */
export interface Skeleton {
  pieces: string[];
  markers: { marker: string; sectPr: string | undefined }[];
}

export type PackagePart = string | Uint8Array | Skeleton;

export const isSkeleton = (part: PackagePart): part is Skeleton => typeof part === 'object' && !(part instanceof Uint8Array);

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const relationship = (id: number, type: string, target: string): string => `<Relationship Id="rId${id}" Type="${REL}/${type}" Target="${target}"/>`;
const CONTENT_TYPE = (kind: 'header' | 'footer') => `application/vnd.openxmlformats-officedocument.wordprocessingml.${kind}+xml`;

/** The package's parts, by path, but for word/numbering.xml, pictures and charts, which pack.ts adds. */
export function packageSkeleton(tree: DocumentTree, styles: StylesOptions, sections: readonly SectionPlan[]): Map<string, PackagePart> {
  const parts = new Map<string, PackagePart>();
  // Header and footer parts are numbered per kind, their relationships (after docx's five) in one sequence.
  let rId = 5;
  const count = { header: 0, footer: 0 };
  const rels: string[] = [];
  const overrides: string[] = [];
  let watermarks = 0;

  const addPart = (plan: PartPlan): number => {
    const n = ++count[plan.kind];
    const id = ++rId;
    const file = `${plan.kind}${n}.xml`;
    rels.push(relationship(id, plan.kind, file));
    overrides.push(`<Override ContentType="${CONTENT_TYPE(plan.kind)}" PartName="/word/${file}"/>`);
    const close = plan.kind === 'header' ? '</w:hdr>' : '</w:ftr>';
    const watermark = plan.watermark ? watermarkParagraphXml(plan.watermark.text, plan.watermark.font, ++watermarks) : '';
    parts.set(`word/${file}`, {
      pieces: [plan.kind === 'header' ? HEADER_OPEN : FOOTER_OPEN, watermark + close],
      markers: [{ marker: plan.marker, sectPr: undefined }],
    });
    parts.set(`word/_rels/${file}.rels`, EMPTY_RELS);
    return id;
  };
  const addPair = (pair: PartPair | undefined) => {
    if (pair === undefined) return undefined;
    const def = addPart(pair.default);
    return { default: def, ...(pair.first ? { first: addPart(pair.first) } : {}) };
  };

  const sectPrs = sections.map((s) => {
    const header = addPair(s.header);
    const footer = addPair(s.footer);
    const refs: HeaderFooterRefs = { ...(header ? { header } : {}), ...(footer ? { footer } : {}) };
    return sectPrXml(s.section, tree, refs, s.titlePage);
  });

  const last = sections.length - 1;
  parts.set(
    'word/document.xml',
    sections.length === 0
      ? `${DOCUMENT_OPEN}<w:body>${EMPTY_DOCUMENT_SECTPR}</w:body></w:document>`
      : {
          // Every section's properties go into its last paragraph, but the last section's, which close the body.
          pieces: [`${DOCUMENT_OPEN}<w:body>`, ...sections.slice(1).map(() => ''), `${sectPrs[last]}</w:body></w:document>`],
          markers: sections.map((s, i) => ({ marker: s.body, sectPr: i < last ? sectPrs[i] : undefined })),
        },
  );
  parts.set(
    'word/_rels/document.xml.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      relationship(1, 'styles', 'styles.xml') +
      relationship(2, 'numbering', 'numbering.xml') +
      relationship(3, 'footnotes', 'footnotes.xml') +
      relationship(4, 'endnotes', 'endnotes.xml') +
      relationship(5, 'settings', 'settings.xml') +
      rels.join('') +
      relationship(rId + 1, 'theme', 'theme/theme1.xml') +
      relationship(rId + 2, 'fontTable', 'fontTable.xml') +
      '</Relationships>',
  );
  parts.set('[Content_Types].xml', `${CONTENT_TYPES_HEAD}${overrides.join('')}</Types>`);
  parts.set('_rels/.rels', ROOT_RELS);
  parts.set('docProps/app.xml', APP_XML);
  parts.set('docProps/core.xml', coreXml(tree.meta));
  parts.set('docProps/custom.xml', CUSTOM_XML);
  parts.set('word/styles.xml', stylesXml(styles));
  parts.set('word/settings.xml', SETTINGS_XML);
  parts.set('word/fontTable.xml', FONT_TABLE_XML);
  parts.set('word/_rels/fontTable.xml.rels', EMPTY_RELS);
  parts.set('word/theme/theme1.xml', THEME_XML);
  parts.set('word/footnotes.xml', FOOTNOTES_XML);
  parts.set('word/_rels/footnotes.xml.rels', EMPTY_RELS);
  parts.set('word/endnotes.xml', ENDNOTES_XML);
  parts.set('word/_rels/endnotes.xml.rels', EMPTY_RELS);
  return parts;
}
