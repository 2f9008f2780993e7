/**
 * The elements of the document markup and where each may appear. The attributes each element
 * takes live with its reader (read-elements.ts); docs/templates.md lists both.
 *
 * The builder looks every element up here once: names arrive from the XML parser as fresh
 * strings, and one Map lookup that hands back an interned name is much cheaper than a string
 * switch and a handful of Set lookups per element (a large document has 500k+ elements).
 */

export interface ElementSpec {
  /** The element name, an interned constant: comparing it with another is a pointer compare. */
  name: string;
  /** Inline content: text styles, breaks, tabs, fields. */
  inline: boolean;
  /** A block of a section, header or footer. */
  block: boolean;
  /** A block a table cell may hold besides inline content. */
  inCell: boolean;
  /** A block a list item may hold besides inline content. */
  inItem: boolean;
  /** The only parents it may have, when restricted. */
  parents: readonly string[] | undefined;
}

const BLOCKS = ['h1', 'h2', 'h3', 'h4', 'p', 'ul', 'ol', 'table', 'toc', 'page-break', 'img', 'chart', 'spacer'];
const INLINES = [
  'b', 'strong', 'i', 'em', 'u', 'sup', 'span', 'br', 'tab', 'page-number', 'page-count', 'section-page-count',
];
const CELL_BLOCKS = ['p', 'ul', 'ol', 'img', 'spacer'];
const ITEM_BLOCKS = ['p', 'ul', 'ol'];
const PARENTS: Readonly<Record<string, readonly string[]>> = {
  section: ['document'],
  header: ['section'],
  footer: ['section'],
  li: ['ul', 'ol'],
  thead: ['table'],
  tbody: ['table'],
  tr: ['table', 'thead', 'tbody'],
  td: ['tr'],
  th: ['tr'],
};
const STRUCTURE = ['document', 'section', 'header', 'footer', 'li', 'thead', 'tbody', 'tr', 'td', 'th'];

export const ALL_ELEMENTS: readonly string[] = [...STRUCTURE, ...BLOCKS, ...INLINES];

export const ELEMENTS: ReadonlyMap<string, ElementSpec> = new Map(
  ALL_ELEMENTS.map((name) => [
    name,
    {
      name,
      inline: INLINES.includes(name),
      block: BLOCKS.includes(name),
      inCell: CELL_BLOCKS.includes(name),
      inItem: ITEM_BLOCKS.includes(name),
      parents: PARENTS[name],
    },
  ]),
);

/** Names authors reach for (Indonesian words, HTML habits) and what to write instead. */
export const ELEMENT_ALIASES: Readonly<Record<string, string>> = {
  tabel: 'table',
  paragraf: 'p',
  judul: 'h1',
  gambar: 'img',
  grafik: 'chart',
  image: 'img',
  baris: 'tr',
  kolom: 'td',
  sel: 'td',
  daftar: 'ul',
  bagian: 'section',
  dokumen: 'document',
  div: 'p',
  center: 'p align="center"',
  bold: 'b',
  italic: 'i',
  underline: 'u',
  font: 'span',
  small: 'span size="…"',
  h5: 'h4',
  h6: 'h4',
  hr: 'page-break',
  pagebreak: 'page-break',
  caption: 'p class="caption"',
};

/** `['ul', 'ol']` → `<ul> atau <ol>`; three or more get commas. */
export function listTags(names: readonly string[]): string {
  const tags = names.map((name) => `<${name}>`);
  if (tags.length <= 1) return tags.join('');
  return `${tags.slice(0, -1).join(', ')} atau ${tags[tags.length - 1]}`;
}
