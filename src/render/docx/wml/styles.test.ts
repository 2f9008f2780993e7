/** The style definitions given to docx, and the effective styles the paginator reads back from them. */
import { describe, expect, it } from 'vitest';
import type { DocumentSettings } from '../../markup/types.js';
import { styleTable } from '../layout/style-table.js';
import { buildStyles, headingStyleId, styleSize, tableStyleId } from './styles.js';

const settings: DocumentSettings = {
  paper: 'A4',
  margins: { top: 1701, right: 1134, bottom: 1134, left: 1701 },
  font: 'Arial',
  headingFont: 'Times New Roman',
  fontSize: 12,
  lineSpacing: 1.5,
  paragraphSpacing: 6,
  tableFontSize: 10,
};

describe('style ids', () => {
  it('names headings in and out of the TOC, and one table text style per size', () => {
    expect(headingStyleId(2, true)).toBe('Heading2');
    expect(headingStyleId(2, false)).toBe('Heading2NoToc');
    expect(tableStyleId(10, settings)).toBe('TableText');
    expect(tableStyleId(8, settings)).toBe('TableText16');
    expect(tableStyleId(9.5, settings)).toBe('TableText19');
  });

  it('sizes named styles relative to a base size', () => {
    expect(styleSize(undefined, 12)).toBe(12);
    expect(styleSize('title', 12)).toBe(14);
    expect(styleSize('small', 11)).toBe(9);
    expect(styleSize('unknown', 11)).toBe(11);
  });
});

describe('buildStyles', () => {
  const styles = buildStyles(settings, 'Bookman Old Style', [8, 10, 9, 8]);
  const byId = new Map((styles.paragraphStyles ?? []).map((s) => [s.id, s]));

  it('defines the styles in a fixed order, a table text twin per other table size', () => {
    expect([...byId.keys()]).toEqual([
      'Normal',
      'Heading1', 'Heading2', 'Heading3', 'Heading4',
      'Heading1NoToc', 'Heading2NoToc', 'Heading3NoToc', 'Heading4NoToc',
      'Title', 'Subtitle', 'TableText', 'Small', 'Caption',
      'TableText16', 'TableText18',
      'TOC1', 'TOC2', 'TOC3', 'TOC4',
    ]);
    expect(byId.get('TableText16')).toEqual({ id: 'TableText16', name: 'Table Text 8 pt', basedOn: 'TableText', next: 'TableText', run: { size: 16 } });
  });

  it('gives TOC headings an outline level (LibreOffice builds its TOC from it) and the NoToc twins none', () => {
    expect(byId.get('Heading1')?.paragraph?.outlineLevel).toBe(0);
    expect(byId.get('Heading4')?.paragraph?.outlineLevel).toBe(3);
    expect(byId.get('Heading1')?.name).toBe('heading 1');
    expect(byId.get('Heading1NoToc')?.paragraph).not.toHaveProperty('outlineLevel');
  });

  it('indents TOC entries 0.75 cm per level in the TOC font', () => {
    expect(byId.get('TOC1')?.paragraph?.indent).toEqual({ left: 0 });
    expect(byId.get('TOC3')?.paragraph?.indent).toEqual({ left: 850 });
    expect(byId.get('TOC1')?.run).toEqual({ font: 'Bookman Old Style', bold: true });
    expect(byId.get('TOC2')?.run).toEqual({ font: 'Bookman Old Style' });
  });

  it('reads back as the effective styles the paginator measures with', () => {
    const table = styleTable(styles);
    expect(table.get('Normal')).toEqual({
      font: 'Arial', size: 12, bold: false, italic: false, align: 'justify',
      line: 360, lineRule: 'auto', before: 0, after: 120, indentLeft: 0, keepNext: false, keepLines: false,
    });
    expect(table.get('Heading1')).toEqual({
      font: 'Times New Roman', size: 14, bold: true, italic: false, align: 'center',
      line: 360, lineRule: 'auto', before: 0, after: 240, indentLeft: 0, keepNext: true, keepLines: true,
    });
    expect(table.get('TableText16')).toMatchObject({ font: 'Arial', size: 8, line: 240, before: 0, after: 0, align: 'left' });
    expect(table.get('TOC2')).toMatchObject({ font: 'Bookman Old Style', bold: false, indentLeft: 425, before: 0, after: 40 });
  });
});
