/**
 * The element names of the document markup, grouped by where they may appear. The attributes
 * each element takes live with its handler (tree-builder.ts); docs/templates.md lists both.
 */

export const BLOCK_ELEMENTS = new Set([
  'h1', 'h2', 'h3', 'h4', 'p', 'ul', 'ol', 'table', 'toc', 'page-break', 'img', 'spacer',
]);

export const INLINE_ELEMENTS = new Set([
  'b', 'strong', 'i', 'em', 'u', 'sup', 'span', 'br', 'tab', 'page-number', 'page-count',
  'section-page-count',
]);

/** Blocks a table cell may hold besides inline content. */
export const CELL_BLOCKS = new Set(['p', 'ul', 'ol', 'img', 'spacer']);

/** Blocks a list item may hold besides inline content. */
export const ITEM_BLOCKS = new Set(['p', 'ul', 'ol']);

const STRUCTURE_ELEMENTS = ['document', 'section', 'header', 'footer', 'li', 'thead', 'tbody', 'tr', 'td', 'th'];

export const ALL_ELEMENTS: readonly string[] = [...STRUCTURE_ELEMENTS, ...BLOCK_ELEMENTS, ...INLINE_ELEMENTS];

/** Elements that only make sense under particular parents, and those parents. */
export const REQUIRED_PARENTS: Readonly<Record<string, readonly string[]>> = {
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

/** Names authors reach for (Indonesian words, HTML habits) and what to write instead. */
export const ELEMENT_ALIASES: Readonly<Record<string, string>> = {
  tabel: 'table',
  paragraf: 'p',
  judul: 'h1',
  gambar: 'img',
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
