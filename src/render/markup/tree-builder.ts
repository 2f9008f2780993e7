/**
 * Builds the document tree from the parser's element and text events. It applies the content
 * rules (placement.ts) and reports breaches without stopping, so one run lists as many mistakes
 * as it can. Elements that break a rule are skipped with all their content, which keeps one
 * mistake from cascading into dozens of messages.
 */
import { AttributeReader } from './attributes.js';
import { InlineCollector, NO_STYLE } from './inline-collector.js';
import { MarkupProblemCode } from './markup-error.js';
import {
  readAlign,
  readCell,
  readHeading,
  readList,
  readParagraphProps,
  readSectionProps,
  readSpanStyle,
  readTable,
} from './read-elements.js';
import { checkGrid } from './table-grid.js';
import type {
  BaseFrame,
  ContainerFrame,
  Frame,
  GroupFrame,
  ListFrame,
  RowFrame,
  SectionFrame,
  TableFrame,
} from './frames.js';
import { misplaced } from './placement.js';
import type { Block, Chart, Heading, Image, Inline, ListItem, Paragraph, Section, SourceRef, TableCell, TableRow, TextStyle, Toc } from './types.js';
import { ELEMENTS } from './vocabulary.js';

/** What the builder needs from the parser: locations, and somewhere to put problems. */
export interface BuilderHost {
  /** Where the parser is now (the last `<?src?>` marker, or the markup line). */
  here(): SourceRef;
  /** Where `text`, just read, began its non-blank part. */
  textStart(text: string): SourceRef;
  /** The source to attach to nodes opened now; undefined when the markup has no markers. */
  source(): SourceRef | undefined;
  report(code: MarkupProblemCode, message: string, at: SourceRef): void;
}

const SIMPLE_STYLES: Readonly<Record<string, TextStyle>> = {
  b: { bold: true },
  strong: { bold: true },
  i: { italic: true },
  em: { italic: true },
  u: { underline: true },
  sup: { superscript: true },
};
const FIELDS = { 'page-number': 'page', 'page-count': 'pages', 'section-page-count': 'section-pages' } as const;

export class TreeBuilder {
  readonly sections: Section[] = [];
  private readonly stack: Frame[] = [];
  /** Where the element whose attributes are being read was opened. */
  private openingAt: SourceRef = { file: '', line: 0 };
  private readonly attrs = new AttributeReader((message) =>
    this.host.report(MarkupProblemCode.ATTRIBUTE, message, this.openingAt),
  );

  constructor(private readonly host: BuilderHost) {}

  /** Names and locations of the elements still open, outermost first. */
  openElements(): readonly BaseFrame[] {
    return this.stack;
  }

  /** `attributeCount` is how many attributes were written (duplicates included). */
  open(written: string, attributes: Readonly<Record<string, string>>, attributeCount: number): void {
    const parent = this.stack[this.stack.length - 1];
    const at = this.host.here();
    const spec = ELEMENTS.get(written);
    if (parent?.kind === 'skip') {
      this.stack.push({ kind: 'skip', name: spec?.name ?? written, at });
      return;
    }
    const problem = misplaced(written, spec, parent);
    if (problem !== undefined || spec === undefined) {
      if (problem !== undefined) this.host.report(problem.code, problem.message, at);
      this.stack.push({ kind: 'skip', name: spec?.name ?? written, at });
      return;
    }
    this.openingAt = at;
    const attrs = this.attrs.reset(spec.name, attributes, attributeCount);
    this.stack.push(this.openElement(spec.name, attrs, parent, at));
    attrs.finish();
  }

  close(): void {
    const frame = this.stack.pop();
    switch (frame?.kind) {
      case 'paragraph':
        if (frame.node !== undefined) frame.node.children = frame.collector.finish();
        break;
      case 'item':
      case 'cell':
        this.flushImplicit(frame);
        frame.owner.children = compact(frame.owner.children);
        break;
      case 'list':
        // An {{#each}} over no data: nothing to show, and Word rejects an empty list anyway.
        if (frame.node.items.length === 0) removeLast(frame.target, frame.node);
        break;
      case 'row':
        frame.row.cells = compact(frame.row.cells);
        if (frame.row.cells.length === 0) {
          this.host.report(MarkupProblemCode.TABLE, '<tr> tanpa sel: tulis minimal satu <td>.', frame.at);
        }
        break;
      case 'table':
        this.finishTable(frame);
        break;
      case 'document':
        if (this.sections.length === 0) {
          this.host.report(MarkupProblemCode.NESTING, '<document> kosong: tulis minimal satu <section>.', frame.at);
        }
        break;
      case 'band': {
        const key = frame.name === 'header' ? 'header' : 'footer';
        const band = (frame.section.props[key] ??= { default: [] });
        if (frame.first) band.first = frame.blocks;
        else band.default = frame.blocks;
        break;
      }
      default:
        break;
    }
  }

  text(text: string): void {
    const top = this.stack[this.stack.length - 1];
    if (top === undefined) return; // outside the root: the XML parser reports it
    switch (top.kind) {
      case 'paragraph':
      case 'inline':
        top.collector.text(text, top.style);
        return;
      case 'item':
      case 'cell':
        if (top.implicit === undefined && isWhitespace(text)) return;
        (top.implicit ??= new InlineCollector()).text(text, NO_STYLE);
        return;
      case 'skip':
        return;
      default:
        break;
    }
    if (isWhitespace(text)) return;
    const quoted = `"${snippet(text)}"`;
    let message: string;
    if (top.kind === 'list') message = `Teks di dalam <${top.name}> harus di dalam <li>: ${quoted}.`;
    else if (top.kind === 'table' || top.kind === 'group' || top.kind === 'row') {
      message = `Teks di dalam tabel harus di dalam <td> atau <th>: ${quoted}.`;
    } else if (top.kind === 'empty') message = `<${top.name}/> harus kosong, tetapi berisi teks ${quoted}.`;
    else message = `Teks harus di dalam <p> atau judul: ${quoted}.`;
    this.host.report(MarkupProblemCode.TEXT, message, this.host.textStart(text));
  }

  /** Creates the node for an element whose placement is valid, and returns its frame. */
  private openElement(name: string, a: AttributeReader, parent: Frame | undefined, at: SourceRef): Frame {
    switch (name) {
      case 'document':
        return { kind: 'document', name, at };
      case 'section': {
        const section: Section = { props: readSectionProps(a), children: [] };
        this.setSource(section);
        this.sections.push(section);
        return { kind: 'section', name, at, section, bands: new Set() };
      }
      case 'header':
      case 'footer': {
        const owner = parent as SectionFrame;
        const first = a.bool('first') ?? false;
        const key = first ? `${name} first` : name;
        if (owner.bands.has(key)) {
          const which = first ? ` first="true"` : '';
          this.host.report(MarkupProblemCode.NESTING, `<${name}${which}> sudah ada di <section> ini.`, at);
          return { kind: 'skip', name, at };
        }
        owner.bands.add(key);
        return { kind: 'band', name, at, section: owner.section, first, blocks: [] };
      }
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'p': {
        const node: Paragraph | Heading =
          name === 'p'
            ? { type: 'paragraph', children: [], ...readParagraphProps(a) }
            : readHeading(a, Number(name.slice(1)) as Heading['level']);
        this.setSource(node);
        this.blocksOf(parent).push(node);
        return { kind: 'paragraph', name, at, collector: new InlineCollector(), style: NO_STYLE, node };
      }
      case 'ul':
      case 'ol': {
        const node = readList(a, name === 'ol');
        this.setSource(node);
        const target = this.blocksOf(parent);
        target.push(node);
        return { kind: 'list', name, at, node, target };
      }
      case 'li': {
        const item: ListItem = { children: [] };
        (parent as ListFrame).node.items.push(item);
        // ListItem holds only paragraphs and lists; the placement rules admit nothing else.
        return { kind: 'item', name, at, owner: item, blocks: item.children as Block[], implicit: undefined, source: this.host.source() };
      }
      case 'table': {
        const { table, declared } = readTable(a);
        this.setSource(table);
        const target = this.blocksOf(parent);
        target.push(table);
        return { kind: 'table', name, at, node: table, target, declared, rowAt: [], bodyStarted: false };
      }
      case 'thead':
      case 'tbody': {
        const table = parent as TableFrame;
        if (name === 'thead' && table.bodyStarted) {
          this.host.report(MarkupProblemCode.TABLE, '<thead> harus ditulis sebelum baris isi tabel.', at);
        }
        return { kind: 'group', name, at, table, header: name === 'thead' };
      }
      case 'tr': {
        const group = parent as TableFrame | GroupFrame;
        const table = group.kind === 'group' ? group.table : group;
        const header = group.kind === 'group' && group.header;
        if (!header) table.bodyStarted = true;
        const row: TableRow = { cells: [], header, cantSplit: a.bool('cant-split') ?? true };
        if (a.bool('keep-next') === true) row.keepNext = true;
        table.node.rows.push(row);
        table.rowAt.push(at);
        return { kind: 'row', name, at, row, table };
      }
      case 'td':
      case 'th': {
        const cell: TableCell = readCell(a);
        (parent as RowFrame).row.cells.push(cell);
        return { kind: 'cell', name, at, owner: cell, blocks: cell.children, implicit: undefined, source: this.host.source() };
      }
      default:
        return this.openLeaf(name, a, parent, at);
    }
  }

  /** Inline elements and the empty blocks (`<toc/>`, `<img/>`, …). */
  private openLeaf(name: string, a: AttributeReader, parent: Frame | undefined, at: SourceRef): Frame {
    const simple = SIMPLE_STYLES[name];
    if (simple !== undefined || name === 'span') {
      const host = this.inlineHost(parent);
      const own = simple ?? readSpanStyle(a);
      return { kind: 'inline', name, at, collector: host.collector, style: { ...host.style, ...own } };
    }
    if (name === 'br') this.inlineHost(parent).collector.lineBreak();
    else if (name === 'tab') this.inlineHost(parent).collector.tab();
    else if (name in FIELDS) {
      const host = this.inlineHost(parent);
      host.collector.field(FIELDS[name as keyof typeof FIELDS], host.style);
    } else if (name === 'page-break') this.blocksOf(parent).push({ type: 'page-break' });
    else if (name === 'toc') {
      const toc: Toc = { type: 'toc', levels: a.int('levels', 1, 9) ?? 3 };
      this.setSource(toc);
      this.blocksOf(parent).push(toc);
    } else if (name === 'spacer') {
      const height = a.required('height', a.number('height', { positive: false }));
      if (height !== undefined) this.blocksOf(parent).push({ type: 'spacer', height });
    } else if (name === 'chart') {
      const src = a.required('src', a.text('src'));
      const width = a.length('width', { percent: true }) ?? { percent: 100 };
      const height = a.required('height', a.number('height'));
      if (src !== undefined && height !== undefined) {
        const chart: Chart = { type: 'chart', src, width, height };
        this.setSource(chart);
        this.blocksOf(parent).push(chart);
      }
    } else if (name === 'img') {
      const src = a.required('src', a.text('src'));
      const width = a.required('width', a.number('width'));
      const height = a.required('height', a.number('height'));
      const align = readAlign(a);
      if (src !== undefined && width !== undefined && height !== undefined) {
        const image: Image = { type: 'image', src, width, height };
        if (align !== undefined) image.align = align;
        this.setSource(image);
        this.blocksOf(parent).push(image);
      }
    }
    return { kind: 'empty', name, at };
  }

  /** Where a block opened under `parent` goes. Closes an implicit paragraph first. */
  private blocksOf(parent: Frame | undefined): Block[] {
    switch (parent?.kind) {
      case 'section':
        return parent.section.children;
      case 'band':
        return parent.blocks;
      case 'item':
      case 'cell':
        this.flushImplicit(parent);
        return parent.blocks;
      default:
        throw new Error(`bug: a block was admitted inside ${parent?.name ?? 'nothing'}`);
    }
  }

  private inlineHost(parent: Frame | undefined): { collector: InlineCollector; style: TextStyle } {
    switch (parent?.kind) {
      case 'paragraph':
      case 'inline':
        return parent;
      case 'item':
      case 'cell':
        return { collector: (parent.implicit ??= new InlineCollector()), style: NO_STYLE };
      default:
        throw new Error(`bug: inline content was admitted inside ${parent?.name ?? 'nothing'}`);
    }
  }

  /** Turns the loose inline content of a list item or cell into a paragraph. */
  private flushImplicit(frame: ContainerFrame): void {
    const collector = frame.implicit;
    if (collector === undefined) return;
    frame.implicit = undefined;
    const children: Inline[] = collector.finish();
    if (children.length === 0) return;
    const paragraph: Paragraph = { type: 'paragraph', children };
    if (frame.source !== undefined) paragraph.source = frame.source;
    frame.blocks.push(paragraph);
  }

  private finishTable(frame: TableFrame): void {
    const table = frame.node;
    // An {{#each}} over no rows and no header: nothing to draw, and Word rejects a row-less table.
    if (table.rows.length === 0) {
      removeLast(frame.target, table);
      return;
    }
    const grid = checkGrid(table.rows, frame.declared?.length);
    for (const problem of grid.problems) {
      this.host.report(MarkupProblemCode.TABLE, problem.message, frame.rowAt[problem.row] ?? frame.at);
    }
    if (frame.declared === undefined) table.columns = new Array<number>(grid.width).fill(1);
  }

  private setSource(node: { source?: SourceRef }): void {
    const source = this.host.source();
    if (source !== undefined) node.source = source;
  }
}

/** An exact-size copy of a short array (see InlineCollector.finish). */
function compact<T>(list: T[]): T[] {
  return list.length < 16 ? list.slice() : list;
}

function removeLast<T>(list: T[], item: T): void {
  if (list[list.length - 1] === item) list.pop();
}

function isWhitespace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/** The first few words of a text, for a message. */
function snippet(text: string): string {
  const collapsed = text.trim().replace(/\s+/g, ' ');
  return collapsed.length > 40 ? `${collapsed.slice(0, 40)}…` : collapsed;
}
