/**
 * The tree builder's stack frames: one per open element, holding the node being built and what
 * its content goes into.
 */
import type { InlineCollector } from './inline-collector.js';
import type { Block, Heading, List, Paragraph, Section, SourceRef, Table, TableRow, TextStyle } from './types.js';

export interface BaseFrame {
  name: string;
  at: SourceRef;
}
export interface DocumentFrame extends BaseFrame {
  kind: 'document';
}
export interface SectionFrame extends BaseFrame {
  kind: 'section';
  section: Section;
  /** `header`, `header first`, … already written, to catch a second one. */
  bands: Set<string>;
}
export interface BandFrame extends BaseFrame {
  kind: 'band';
  section: Section;
  first: boolean;
  blocks: Block[];
}
/** A paragraph or heading, and inline elements inside it: they share one collector. */
export interface InlineHostFrame extends BaseFrame {
  kind: 'paragraph' | 'inline';
  collector: InlineCollector;
  style: TextStyle;
  node?: Paragraph | Heading;
}
export interface ListFrame extends BaseFrame {
  kind: 'list';
  node: List;
  target: Block[];
}
/** A list item or table cell: inline content there forms an implicit paragraph. */
export interface ContainerFrame extends BaseFrame {
  kind: 'item' | 'cell';
  owner: { children: unknown[] };
  blocks: Block[];
  implicit: InlineCollector | undefined;
  source: SourceRef | undefined;
}
export interface TableFrame extends BaseFrame {
  kind: 'table';
  node: Table;
  target: Block[];
  declared: number[] | undefined;
  rowAt: SourceRef[];
  bodyStarted: boolean;
}
export interface GroupFrame extends BaseFrame {
  kind: 'group';
  table: TableFrame;
  header: boolean;
}
export interface RowFrame extends BaseFrame {
  kind: 'row';
  row: TableRow;
  table: TableFrame;
}
/** Elements that must be empty (`<br/>`, `<toc/>`, …), and skipped ones whose content is ignored. */
export interface LeafFrame extends BaseFrame {
  kind: 'empty' | 'skip';
}

export type Frame =
  | DocumentFrame
  | SectionFrame
  | BandFrame
  | InlineHostFrame
  | ListFrame
  | ContainerFrame
  | TableFrame
  | GroupFrame
  | RowFrame
  | LeafFrame;
