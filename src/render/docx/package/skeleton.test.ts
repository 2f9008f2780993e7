/**
 * The package skeleton we write is the one the docx library wrote, part for part and byte for
 * byte, over trees that exercise every input that shapes it: sections (paper, orientation,
 * margins, page numbers, vertical alignment, first-page parts), headers and footers and their
 * inheritance, the watermark, the metadata and the style settings, with characters that need
 * escaping. And the writer no longer loads docx at all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, DocumentTree, Section } from '../../markup/types.js';
import { treeOf } from '../tree.testing.js';
import { buildStyles } from '../wml/styles.js';
import { asDocxWrote, docxSkeleton } from './docx-reference.testing.js';
import { planHeadersFooters, resolveHeadersFooters } from './header-footer-parts.js';
import { packageSkeleton, type SectionPlan } from './skeleton.js';

const para = (text: string): Block => ({ type: 'paragraph', children: [{ type: 'text', text }] });

/** The sections' plans, as measure-pass.ts makes them. */
function plansOf(tree: DocumentTree): SectionPlan[] {
  let n = 0;
  const newMarker = () => `part-${++n}`;
  const resolved = resolveHeadersFooters(tree.sections);
  return tree.sections.map((section, i) => {
    const own = resolved[i]!;
    const watermark = tree.meta.watermark ? { text: tree.meta.watermark, font: section.props.font ?? tree.settings.font } : undefined;
    const hf = planHeadersFooters(own, watermark, newMarker);
    return { section, body: newMarker(), ...(hf.header ? { header: hf.header } : {}), ...(hf.footer ? { footer: hf.footer } : {}), titlePage: own.titlePage };
  });
}

async function expectSameAsDocx(tree: DocumentTree, tocFont?: string, tableSizes: number[] = []) {
  const styles = buildStyles(tree.settings, tocFont, tableSizes);
  const plans = plansOf(tree);
  const ours = asDocxWrote(packageSkeleton(tree, styles, plans));
  const docx = await docxSkeleton(tree, styles, plans);
  expect([...ours.keys()].sort()).toEqual([...docx.keys()].sort());
  for (const [name, xml] of docx) expect(ours.get(name), name).toBe(xml);
}

const cover: Section = {
  props: {
    orientation: 'portrait',
    paper: 'F4',
    pageNumberFormat: 'lower-roman',
    pageNumberStart: 1,
    valign: 'center',
    header: { default: [para('kepala')], first: [] },
    footer: { default: [para('kaki')], first: [para('kaki pertama')] },
  },
  children: [para('sampul')],
};
const body: Section = {
  props: {
    orientation: 'portrait',
    pageNumberFormat: 'decimal',
    pageNumberStart: 3,
    margins: { top: 1418, right: 1134, bottom: 900, left: 1701 },
    footer: { default: [para('halaman')] },
    font: 'Bookman Old Style',
  },
  children: [para('isi')],
};
const landscape: Section = {
  props: { orientation: 'landscape', paper: 'F4', pageNumberFormat: 'upper-roman', margins: { top: 850, right: 1134, bottom: 600, left: 1134 } },
  children: [para('matriks')],
};
const plain: Section = { props: { orientation: 'portrait', pageNumberFormat: 'decimal' }, children: [] };

describe('packageSkeleton', () => {
  it('writes what docx wrote for a tree without sections (one empty page)', async () => {
    await expectSameAsDocx(treeOf([]));
  });

  it('writes what docx wrote for one plain section and the least metadata', async () => {
    await expectSameAsDocx(treeOf([plain], {}, { title: '' }));
  });

  it('writes what docx wrote for sections with first pages, inherited parts, landscape and restarts', async () => {
    await expectSameAsDocx(
      treeOf([cover, body, landscape, plain], {}, { subject: 'Road map', creator: 'Pemerintah', keywords: 'rb; road map', description: 'Draf 3' }),
    );
  });

  it('writes what docx wrote with a watermark in every header, a first-page one too, and in the section font', async () => {
    await expectSameAsDocx(treeOf([cover, body, landscape], {}, { watermark: 'DRAF' }));
    await expectSameAsDocx(treeOf([plain, body], {}, { watermark: 'SALINAN  SESUAI ASLI' }));
    await expectSameAsDocx(treeOf([plain], {}, { watermark: 'X' }));
  });

  it('escapes metadata, font names and the watermark as docx did (quotes, apostrophes, ampersands, control characters)', async () => {
    await expectSameAsDocx(
      treeOf(
        [cover, { ...body, props: { ...body.props, font: `Font "A" & 'B'` } }],
        { font: `Times <New> "Roman" & Co's`, headingFont: 'Arial & Sons' },
        { title: `Road Map "RB" Kab. O'Brien & <Co>\u0001\u000b`, creator: "O'Brien", keywords: 'a&b', watermark: `D'RAF "1" & <2>` },
      ),
      `Toc "Font" & 'x'`,
    );
  });

  it('writes what docx wrote for other style settings: sizes, spacing, heading and TOC fonts, table text twins', async () => {
    await expectSameAsDocx(
      treeOf([body], { font: 'Bookman Old Style', fontSize: 11, lineSpacing: 1.15, paragraphSpacing: 0, tableFontSize: 9, headingFont: 'Arial Narrow' }),
      'Arial',
      [8, 9, 10, 12, 7.5],
    );
    await expectSameAsDocx(treeOf([landscape], { paper: 'F4', fontSize: 10.5, lineSpacing: 2, paragraphSpacing: 8, tableFontSize: 10.5 }), undefined, [10.5]);
  });

  it('numbers header and footer parts per kind and their relationships in one sequence, theme and font table last', () => {
    const tree = treeOf([cover, body], {}, { watermark: 'DRAF' });
    const parts = packageSkeleton(tree, buildStyles(tree.settings, undefined), plansOf(tree));
    expect([...parts.keys()].filter((k) => /^word\/(header|footer)\d+\.xml$/.test(k)).sort()).toEqual([
      'word/footer1.xml',
      'word/footer2.xml',
      'word/footer3.xml',
      'word/header1.xml',
      'word/header2.xml',
      'word/header3.xml',
    ]);
    const rels = parts.get('word/_rels/document.xml.rels') as string;
    expect(rels).toContain('Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"');
    expect(rels).toContain('Id="rId12" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme"');
    expect(rels).toContain('Id="rId13" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable"');
  });
});

describe('the DOCX writer', () => {
  it('does not load the docx library: no module it is built from imports it', () => {
    const root = join(import.meta.dirname, '..');
    const sources = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !/\.test\.ts$|\.testing\.ts$/.test(f));
    expect(sources.length).toBeGreaterThan(20);
    const importers = sources.filter((f) => /from 'docx(\/[a-z]+)?'/.test(readFileSync(join(root, f), 'utf8')));
    expect(importers).toEqual([]);
  });
});
