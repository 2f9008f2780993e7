/**
 * Attribute sets of the markup elements, read into document-tree fields. Each function reads
 * every attribute its element accepts (that is what makes the others "unknown"), and sets only
 * the fields that were written, so the tree carries no undefined keys.
 */
import type { AttributeReader } from './attributes.js';
import type {
  Align,
  Heading,
  List,
  ListFormat,
  ParagraphProps,
  SectionProps,
  Table,
  TableCell,
  TextStyle,
} from './types.js';

const ALIGNS: readonly Align[] = ['left', 'center', 'right', 'justify'];
const PARAGRAPH_CLASSES = ['title', 'subtitle', 'small', 'caption', 'table', 'body'] as const;
const OL_TYPES: Readonly<Record<string, ListFormat>> = {
  '1': 'decimal',
  a: 'lower-alpha',
  A: 'upper-alpha',
  i: 'lower-roman',
  I: 'upper-roman',
};

/** Copies the defined entries of `fields` onto `target`. */
function assignDefined<T extends object>(target: T, fields: Partial<T>): T {
  for (const key in fields) {
    const value = fields[key];
    if (value !== undefined) (target as Record<string, unknown>)[key] = value;
  }
  return target;
}

/** `<section>`: page setup; margins all four or none. */
export function readSectionProps(a: AttributeReader): SectionProps {
  const props: SectionProps = {
    orientation: a.oneOf('orientation', ['portrait', 'landscape'] as const) ?? 'portrait',
    pageNumberFormat: a.oneOf('page-format', ['decimal', 'lower-roman', 'upper-roman'] as const) ?? 'decimal',
  };
  const margins = {
    top: a.twips('margin-top'),
    right: a.twips('margin-right'),
    bottom: a.twips('margin-bottom'),
    left: a.twips('margin-left'),
  };
  assignDefined(props, {
    paper: a.oneOf('paper', ['A4', 'F4'] as const),
    pageNumberStart: a.int('page-start', 0),
    valign: a.oneOf('valign', ['top', 'center'] as const),
    font: a.text('font'),
    fontSize: a.number('font-size'),
    lineSpacing: a.number('line-spacing'),
  });
  const given = Object.entries(margins).filter(([, value]) => value !== undefined);
  if (given.length === 4) {
    props.margins = margins as SectionProps['margins'];
  } else if (given.length > 0) {
    const missing = Object.entries(margins)
      .filter(([, value]) => value === undefined)
      .map(([side]) => `margin-${side}`);
    // SectionProps.margins is all four or none; half a set would silently mix in the defaults.
    a.report(`Margin ditulis sebagian: tulis keempatnya; yang belum: ${missing.join(', ')}.`);
  }
  return props;
}

/** `<p>`: alignment, indents, spacing, keeps and the named style (`class`). */
export function readParagraphProps(a: AttributeReader): ParagraphProps {
  return assignDefined<ParagraphProps>(
    {},
    {
      align: a.oneOf('align', ALIGNS),
      indent: a.length('indent', { percent: true, negative: true }),
      hanging: a.length('hanging', { percent: true }),
      firstLine: a.length('first-line', { percent: true, negative: true }),
      spaceBefore: a.number('space-before', { positive: false }),
      spaceAfter: a.number('space-after', { positive: false }),
      lineSpacing: a.number('line-spacing'),
      keepNext: a.bool('keep-next'),
      keepLines: a.bool('keep-lines'),
      pageBreakBefore: a.bool('page-break-before'),
      style: a.oneOf('class', PARAGRAPH_CLASSES),
    },
  );
}

/** `<h1>`…`<h4>`: in the table of contents unless `toc="false"`. */
export function readHeading(a: AttributeReader, level: Heading['level']): Heading {
  const heading: Heading = { type: 'heading', level, children: [], toc: a.bool('toc') ?? true };
  return assignDefined(heading, { align: a.oneOf('align', ALIGNS), pageBreakBefore: a.bool('page-break-before') });
}

/** `<ul>` (bullet or dash) and `<ol>` (type, start, marker pattern). */
export function readList(a: AttributeReader, ordered: boolean): List {
  const list: List = { type: 'list', format: 'bullet', items: [] };
  if (ordered) {
    const type = a.oneOf('type', Object.keys(OL_TYPES));
    list.format = OL_TYPES[type ?? '1'] ?? 'decimal';
    const marker = a.text('marker');
    if (marker !== undefined && !marker.includes('%1')) {
      a.report(`Atribut marker harus memuat %1 (tempat nomornya), mis. "%1)"; tertulis "${marker}".`);
    }
    assignDefined(list, {
      marker: marker?.includes('%1') === true ? marker : undefined,
      start: a.int('start', 0),
    });
  } else {
    list.format = a.oneOf('marker', ['bullet', 'dash'] as const) ?? 'bullet';
  }
  return assignDefined(list, { indent: a.length('indent', { percent: true }) });
}

/** `<table>`; `declared` is the `columns=` list, when written. */
export function readTable(a: AttributeReader): { table: Table; declared: number[] | undefined } {
  const declared = a.numberList('columns');
  const table: Table = { type: 'table', columns: declared ?? [], borders: a.bool('borders') ?? true, rows: [] };
  assignDefined(table, { width: a.length('width', { percent: true }), fontSize: a.number('font-size') });
  return { table, declared };
}

/** `<td>`/`<th>`: spans, alignment and shading. */
export function readCell(a: AttributeReader): TableCell {
  const cell: TableCell = { children: [], colspan: a.int('colspan', 1) ?? 1, rowspan: a.int('rowspan', 1) ?? 1 };
  return assignDefined(cell, {
    align: a.oneOf('align', ALIGNS),
    valign: a.oneOf('valign', ['top', 'center', 'bottom'] as const),
    shade: a.colour('shade'),
  });
}

/** `<span>`'s own style, to lay over the enclosing one. */
export function readSpanStyle(a: AttributeReader): TextStyle {
  return assignDefined<TextStyle>(
    {},
    {
      font: a.text('font'),
      size: a.number('size'),
      caps: a.bool('caps'),
      bold: a.bool('bold'),
      italic: a.bool('italic'),
    },
  );
}

/** A lone `align=`, for `<img>`. */
export function readAlign(a: AttributeReader): Align | undefined {
  return a.oneOf('align', ALIGNS);
}
