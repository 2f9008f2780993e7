/**
 * The document tree: what the markup parser produces and the DOCX writer consumes. It knows
 * nothing about road maps. Lengths are in twips (1/20 pt; 1 cm = 567 twips) unless stated, or
 * as a `Length` the writer resolves against the section's text width.
 * See docs/templates.md for the markup that produces each node.
 */

/** Where in a template a node came from, for error messages (`templates/default/bab-1.hbs:12`). */
export interface SourceRef {
  file: string;
  line: number;
}

/** An absolute length in twips, or a percentage of the section's text width. */
export type Length = { twips: number } | { percent: number };

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface TextStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  superscript?: boolean;
  /** Point size override. */
  size?: number;
  /** Font family override. */
  font?: string;
  /** Small caps / all caps rendering (w:caps). */
  caps?: boolean;
}

export type Inline =
  | ({ type: 'text'; text: string } & TextStyle)
  | { type: 'break' }
  | { type: 'tab' }
  /** page = current page number; pages = pages in the document; section-pages = pages in this section. */
  | ({ type: 'field'; field: 'page' | 'pages' | 'section-pages' } & TextStyle);

export interface ParagraphProps {
  align?: Align;
  /** Left indent of the whole paragraph. */
  indent?: Length;
  /** Hanging indent (first line outdented by this much), for "a. ..." lists written by hand. */
  hanging?: Length;
  firstLine?: Length;
  /** Space before / after in points. */
  spaceBefore?: number;
  spaceAfter?: number;
  /** Line spacing as a multiple (1, 1.15, 1.5). */
  lineSpacing?: number;
  keepNext?: boolean;
  keepLines?: boolean;
  pageBreakBefore?: boolean;
  /** Named paragraph style: 'body' (default), 'title', 'subtitle', 'table', 'small', 'caption'. */
  style?: string;
}

export interface Paragraph extends ParagraphProps {
  type: 'paragraph';
  children: Inline[];
  source?: SourceRef;
}

export interface Heading {
  type: 'heading';
  level: 1 | 2 | 3 | 4;
  children: Inline[];
  align?: Align;
  /** Include in the table of contents (default true). */
  toc: boolean;
  pageBreakBefore?: boolean;
  source?: SourceRef;
}

export type ListFormat = 'decimal' | 'lower-alpha' | 'upper-alpha' | 'lower-roman' | 'upper-roman' | 'bullet' | 'dash';

export interface List {
  type: 'list';
  format: ListFormat;
  /** Marker text pattern, `%1.` by default, `%1)` or `(%1)` when asked. */
  marker?: string;
  start?: number;
  items: ListItem[];
  /** Left indent of the list's text. */
  indent?: Length;
  source?: SourceRef;
}

export interface ListItem {
  /** The item's own text paragraphs, then any nested lists, in order. */
  children: (Paragraph | List)[];
}

export interface TableCell {
  children: Block[];
  colspan: number;
  rowspan: number;
  align?: Align;
  valign?: 'top' | 'center' | 'bottom';
  /** Background colour, hex without '#'. */
  shade?: string;
}

export interface TableRow {
  cells: TableCell[];
  /** Repeat on every page (only the table's first rows may be headers, w:tblHeader). */
  header: boolean;
  /** Keep the row on one page (w:cantSplit). */
  cantSplit: boolean;
  /** Keep the row on the same page as the next row (w:keepNext on its paragraphs). */
  keepNext?: boolean;
}

export interface Table {
  type: 'table';
  /** Relative column widths; the writer scales them to the width below. */
  columns: number[];
  /** Table width; default 100% of the text width. */
  width?: Length;
  borders: boolean;
  /** Point size for the table's text. */
  fontSize?: number;
  rows: TableRow[];
  source?: SourceRef;
}

export interface Toc {
  type: 'toc';
  /** Heading levels included, 1..levels. */
  levels: number;
  source?: SourceRef;
}

export interface PageBreak {
  type: 'page-break';
}

export interface Image {
  type: 'image';
  /** Key into the assets given to the writer (e.g. the logo). */
  src: string;
  /** Size in points. */
  width: number;
  height: number;
  align?: Align;
  source?: SourceRef;
}

/**
 * A native chart: the data comes from the charts given to the writer under `src` (a ChartSpec
 * the view built), so the template only places and sizes it.
 */
export interface Chart {
  type: 'chart';
  src: string;
  /** Width: a length or a share of the text width. */
  width: Length;
  /** Height in points. */
  height: number;
  source?: SourceRef;
}

/** Vertical space in points. */
export interface Spacer {
  type: 'spacer';
  height: number;
}

export type Block = Paragraph | Heading | List | Table | Toc | PageBreak | Image | Chart | Spacer;

export type PageNumberFormat = 'decimal' | 'lower-roman' | 'upper-roman';

export interface HeaderFooter {
  /** Blocks for all pages (or every page after the first when `first` is given). */
  default: Block[];
  /** Blocks for the first page of the section only (w:titlePg). */
  first?: Block[];
}

export interface SectionProps {
  orientation: 'portrait' | 'landscape';
  paper?: 'A4' | 'F4';
  /** Margins in twips. */
  margins?: { top: number; right: number; bottom: number; left: number };
  /** Restart numbering at this number; absent = continue. */
  pageNumberStart?: number;
  pageNumberFormat: PageNumberFormat;
  header?: HeaderFooter;
  footer?: HeaderFooter;
  /** Vertical alignment of the page content (a centred cover). */
  valign?: 'top' | 'center';
  /** Font family and size for text in this section, over the document defaults. */
  font?: string;
  fontSize?: number;
  lineSpacing?: number;
}

export interface Section {
  props: SectionProps;
  children: Block[];
  source?: SourceRef;
}

/** Document-wide defaults; come from the template set's settings. */
export interface DocumentSettings {
  paper: 'A4' | 'F4';
  margins: { top: number; right: number; bottom: number; left: number };
  font: string;
  /** Points. */
  fontSize: number;
  lineSpacing: number;
  /** Space after a body paragraph, in points. */
  paragraphSpacing: number;
  /** Font size of table text, in points. */
  tableFontSize: number;
  /** Font for headings; defaults to `font`. */
  headingFont?: string;
}

export interface DocumentMeta {
  title: string;
  subject?: string;
  creator?: string;
  keywords?: string;
  description?: string;
  /** Fixed timestamp for core.xml so the same input gives the same bytes. ISO string. */
  created: string;
  /** A diagonal watermark text such as "DRAF", or none. */
  watermark?: string;
}

export interface DocumentTree {
  meta: DocumentMeta;
  settings: DocumentSettings;
  sections: Section[];
}

/** Paper sizes in twips, portrait (w:pgSz w:w / w:h). F4 = 215 x 330 mm. */
export const PAPER_SIZES = {
  A4: { width: 11906, height: 16838 },
  F4: { width: 12189, height: 18709 },
} as const;
