/**
 * Turns the Markdown-like prose users type into roadmap.yaml (narasi, latar belakang) into
 * document markup: blank-line separated paragraphs, `-`/`*` bullet lists, `1.`/`a.` numbered
 * lists (nested by indentation), `**bold**` and `*italic*`, foreign terms in italics. Everything
 * else is text, escaped, so prose can never inject markup.
 */
import { italicizeForeignTerms } from './italicize-foreign-terms.js';

export interface ProseOptions {
  /** `class` for each `<p>` (title, subtitle, small, caption, table, body). */
  class?: string;
  /** `indent` for each `<p>`, e.g. `1cm`. */
  indent?: string;
  /** Italicise the foreign terms of src/reference/istilah-asing.ts (PUEBI). Default false. */
  asing?: boolean;
}

type ListKind = 'ul' | '1' | 'a' | 'A';

interface ListBlock {
  kind: ListKind;
  indent: number;
  start: number;
  items: { text: string; lists: ListBlock[] }[];
}

type Block = { type: 'p'; text: string } | { type: 'list'; list: ListBlock };

const ITEM = /^([ \t]*)(?:([-*])|(\d{1,3})[.)]|([a-zA-Z])([.)]))[ \t]+(\S.*)$/;

/**
 * @example
 * proseToMarkup('Satu **dua**.\n\n- a\n- b') //=> '<p>Satu <b>dua</b>.</p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>'
 */
export function proseToMarkup(text: string, options: ProseOptions = {}): string {
  const blocks = readBlocks(text.replace(/\r\n?/g, '\n').split('\n'));
  const attributes = paragraphAttributes(options);
  const asing = options.asing === true;
  return blocks
    .map((block) => (block.type === 'p' ? `<p${attributes}>${inline(block.text, asing)}</p>` : writeList(block.list, asing)))
    .join('\n');
}

function readBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  /** Open lists, outermost first; the last is where the next item at its indent goes. */
  let lists: ListBlock[] = [];
  const endParagraph = () => {
    if (paragraph.length > 0) blocks.push({ type: 'p', text: paragraph.join(' ') });
    paragraph = [];
  };

  lines.forEach((line, index) => {
    const item = listItem(lines, index, lists);
    if (line.trim() === '') {
      endParagraph();
      // A blank line between two items keeps the list going (a "loose" list).
      if (lists.length > 0 && listItem(lines, nextNonBlank(lines, index + 1), lists) === null) lists = [];
      return;
    }
    if (item === null) {
      const current = lists[lists.length - 1]?.items.at(-1);
      // A line under a list item continues it, as Markdown's lazy continuation does.
      if (current !== undefined && paragraph.length === 0) current.text += ` ${line.trim()}`;
      else paragraph.push(line.trim());
      return;
    }
    endParagraph();
    const [, leading = '', bullet, number, letter, , content = ''] = item;
    const indent = indentOf(leading);
    const kind: ListKind = bullet !== undefined ? 'ul' : number !== undefined ? '1' : letter === letter?.toLowerCase() ? 'a' : 'A';
    const start = number !== undefined ? Number(number) : letter !== undefined ? letter.toLowerCase().charCodeAt(0) - 96 : 1;
    while (lists.length > 0 && lists[lists.length - 1]!.indent > indent) lists.pop();
    let list = lists[lists.length - 1];
    if (list !== undefined && list.indent === indent && list.kind !== kind) {
      lists.pop();
      list = lists[lists.length - 1];
    }
    if (list === undefined || list.indent < indent) {
      const fresh: ListBlock = { kind, indent, start, items: [] };
      const parentItem = list?.items.at(-1);
      if (parentItem !== undefined) parentItem.lists.push(fresh);
      else blocks.push({ type: 'list', list: fresh });
      lists.push(fresh);
      list = fresh;
    }
    list.items.push({ text: content.trim(), lists: [] });
  });
  endParagraph();
  return blocks;
}

/** The index of the first non-blank line from `from`, or lines.length. */
function nextNonBlank(lines: readonly string[], from: number): number {
  let i = from;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  return i;
}

function indentOf(leading: string): number {
  return leading.replace(/\t/g, '    ').length;
}

/**
 * The list-item match of line `index`, or null when it is text. "H. Ahmad Ma'ruf, S.H.
 * memimpin …" starts like item H of a lettered list, but a capital letter with a full stop is
 * far more often a name's initial (H., M., A.) than a one-item list. So an upper-case `X.`
 * counts only in a run: it follows the previous letter of an open `A.` list at its indent, or
 * the next item at its indent is the next letter. Bullets, numbers, lower-case letters (never
 * initials) and `X)` are always items.
 */
function listItem(lines: readonly string[], index: number, lists: readonly ListBlock[]): RegExpExecArray | null {
  const item = index < lines.length ? ITEM.exec(lines[index]!) : null;
  const letter = item?.[4];
  if (item === null || letter === undefined || item[5] === ')' || letter !== letter.toUpperCase()) return item;
  const indent = indentOf(item[1] ?? '');
  const position = letterPosition(letter);
  const open = lists.find((list) => list.indent === indent);
  if (open?.kind === 'A' && open.start + open.items.length === position) return item;
  return nextLetterAt(lines, index + 1, indent) === position + 1 ? item : null;
}

/**
 * The position of the upper-case letter item that comes next at `indent`, below an item that
 * ends at line `from` - 1: lines directly under the item continue it, deeper items are nested
 * in it; a paragraph after a blank line or any other item at this indent ends the search.
 */
function nextLetterAt(lines: readonly string[], from: number, indent: number): number | undefined {
  let afterBlank = false;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') {
      afterBlank = true;
      continue;
    }
    const item = ITEM.exec(line);
    if (item === null) {
      if (afterBlank) return undefined;
      continue;
    }
    const itemIndent = indentOf(item[1] ?? '');
    if (itemIndent > indent) continue;
    const letter = item[4];
    if (itemIndent < indent || letter === undefined || letter !== letter.toUpperCase()) return undefined;
    return letterPosition(letter);
  }
  return undefined;
}

function letterPosition(letter: string): number {
  return letter.toLowerCase().charCodeAt(0) - 96;
}

function writeList(list: ListBlock, asing: boolean): string {
  const open =
    list.kind === 'ul' ? '<ul>' : `<ol type="${list.kind}"${list.start === 1 ? '' : ` start="${list.start}"`}>`;
  const items = list.items.map(
    (item) => `<li>${inline(item.text, asing)}${item.lists.map((nested) => writeList(nested, asing)).join('')}</li>`,
  );
  return [open, ...items, list.kind === 'ul' ? '</ul>' : '</ol>'].join('\n');
}

function paragraphAttributes(options: ProseOptions): string {
  let out = '';
  if (options.class !== undefined) out += ` class="${escapeText(options.class).replace(/"/g, '&quot;')}"`;
  if (options.indent !== undefined) out += ` indent="${escapeText(options.indent).replace(/"/g, '&quot;')}"`;
  return out;
}

type Token = { kind: 'text'; text: string } | { kind: 'open' | 'close'; tag: 'b' | 'i'; marker: string };

/**
 * Turns `**bold**` and `*italic*` into tags and escapes the rest. A stack pairs the markers so
 * the result is always well nested: a marker that cannot close the innermost open one, or is
 * never closed, stays a literal asterisk ("5 * 3", "*a **b* c**"). With `asing`, foreign terms
 * outside `*…*` become italic too; inside they already are.
 */
function inline(text: string, asing: boolean): string {
  const tokens: Token[] = [];
  const open: { marker: string; token: number }[] = [];
  let literalFrom = 0;
  for (let i = 0; i < text.length; ) {
    if (text[i] !== '*') {
      i++;
      continue;
    }
    const before = text[i - 1] ?? ' ';
    const top = open[open.length - 1];
    // In "***", close an open italic first, then the bold: `**a *b***`.
    const closesItalic = top?.marker === '*' && !/\s/.test(before);
    const marker = text[i + 1] === '*' && !closesItalic ? '**' : '*';
    const after = text[i + marker.length] ?? ' ';
    const closes = top?.marker === marker && !/\s/.test(before);
    const opens = !closes && !/[\s*]/.test(after);
    if (closes || opens) {
      tokens.push({ kind: 'text', text: text.slice(literalFrom, i) });
      const tag = marker === '**' ? 'b' : 'i';
      if (closes) {
        open.pop();
        tokens.push({ kind: 'close', tag, marker });
      } else {
        open.push({ marker, token: tokens.length });
        tokens.push({ kind: 'open', tag, marker });
      }
      literalFrom = i + marker.length;
    }
    i += marker.length;
  }
  tokens.push({ kind: 'text', text: text.slice(literalFrom) });
  for (const unclosed of open) tokens[unclosed.token] = { kind: 'text', text: unclosed.marker };

  let out = '';
  let pending = '';
  let italic = 0;
  // Adjacent text tokens are joined first, so a term next to a literal asterisk is still found.
  const flush = () => {
    out += asing && italic === 0 ? italicizeForeignTerms(pending, escapeText) : escapeText(pending);
    pending = '';
  };
  for (const token of tokens) {
    if (token.kind === 'text') {
      pending += token.text;
      continue;
    }
    flush();
    out += token.kind === 'open' ? `<${token.tag}>` : `</${token.tag}>`;
    if (token.tag === 'i') italic += token.kind === 'open' ? 1 : -1;
  }
  flush();
  return out;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
