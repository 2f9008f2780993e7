/**
 * Turns the Markdown-like prose users type into roadmap.yaml (narasi, latar belakang) into
 * document markup: blank-line separated paragraphs, `-`/`*` bullet lists, `1.`/`a.` numbered
 * lists (nested by indentation), `**bold**` and `*italic*`. Everything else is text, escaped,
 * so prose can never inject markup.
 */

export interface ProseOptions {
  /** `class` for each `<p>` (title, subtitle, small, caption, table, body). */
  class?: string;
  /** `indent` for each `<p>`, e.g. `1cm`. */
  indent?: string;
}

type ListKind = 'ul' | '1' | 'a' | 'A';

interface ListBlock {
  kind: ListKind;
  indent: number;
  start: number;
  items: { text: string; lists: ListBlock[] }[];
}

type Block = { type: 'p'; text: string } | { type: 'list'; list: ListBlock };

const ITEM = /^([ \t]*)(?:([-*])|(\d{1,3})[.)]|([a-zA-Z])[.)])[ \t]+(\S.*)$/;

/**
 * @example
 * proseToMarkup('Satu **dua**.\n\n- a\n- b') //=> '<p>Satu <b>dua</b>.</p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>'
 */
export function proseToMarkup(text: string, options: ProseOptions = {}): string {
  const blocks = readBlocks(text.replace(/\r\n?/g, '\n').split('\n'));
  const attributes = paragraphAttributes(options);
  return blocks
    .map((block) => (block.type === 'p' ? `<p${attributes}>${inline(block.text)}</p>` : writeList(block.list)))
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
    const item = ITEM.exec(line);
    if (line.trim() === '') {
      endParagraph();
      // A blank line between two items keeps the list going (a "loose" list).
      if (lists.length > 0 && !ITEM.test(nextNonBlank(lines, index + 1))) lists = [];
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
    const [, leading = '', bullet, number, letter, content = ''] = item;
    const indent = leading.replace(/\t/g, '    ').length;
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

function nextNonBlank(lines: readonly string[], from: number): string {
  for (let i = from; i < lines.length; i++) if (lines[i]!.trim() !== '') return lines[i]!;
  return '';
}

function writeList(list: ListBlock): string {
  const open =
    list.kind === 'ul' ? '<ul>' : `<ol type="${list.kind}"${list.start === 1 ? '' : ` start="${list.start}"`}>`;
  const items = list.items.map((item) => `<li>${inline(item.text)}${item.lists.map(writeList).join('')}</li>`);
  return [open, ...items, list.kind === 'ul' ? '</ul>' : '</ol>'].join('\n');
}

function paragraphAttributes(options: ProseOptions): string {
  let out = '';
  if (options.class !== undefined) out += ` class="${escapeText(options.class).replace(/"/g, '&quot;')}"`;
  if (options.indent !== undefined) out += ` indent="${escapeText(options.indent).replace(/"/g, '&quot;')}"`;
  return out;
}

/**
 * Escapes, then turns `**bold**` and `*italic*` into tags. A stack pairs the markers so the
 * result is always well nested: a marker that cannot close the innermost open one, or is never
 * closed, stays a literal asterisk ("5 * 3", "*a **b* c**").
 */
function inline(text: string): string {
  const escaped = escapeText(text);
  const parts: string[] = [];
  const open: { marker: string; part: number }[] = [];
  let literalFrom = 0;
  for (let i = 0; i < escaped.length; ) {
    if (escaped[i] !== '*') {
      i++;
      continue;
    }
    const before = escaped[i - 1] ?? ' ';
    const top = open[open.length - 1];
    // In "***", close an open italic first, then the bold: `**a *b***`.
    const closesItalic = top?.marker === '*' && !/\s/.test(before);
    const marker = escaped[i + 1] === '*' && !closesItalic ? '**' : '*';
    const after = escaped[i + marker.length] ?? ' ';
    const closes = top?.marker === marker && !/\s/.test(before);
    const opens = !closes && !/[\s*]/.test(after);
    if (closes || opens) {
      parts.push(escaped.slice(literalFrom, i));
      const tag = marker === '**' ? 'b' : 'i';
      if (closes) {
        open.pop();
        parts.push(`</${tag}>`);
      } else {
        open.push({ marker, part: parts.length });
        parts.push(`<${tag}>`);
      }
      literalFrom = i + marker.length;
    }
    i += marker.length;
  }
  parts.push(escaped.slice(literalFrom));
  for (const unclosed of open) parts[unclosed.part] = unclosed.marker;
  return parts.join('');
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
