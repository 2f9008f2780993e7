/**
 * Puts `<?src N:L?>` processing instructions into a template before it is compiled, so every
 * element the markup parser meets knows which template line wrote it, even inside loops and
 * partials. A marker goes before the first non-blank character of a line that starts a tag
 * (`<p>`, `</td>`), prints a value (`{{teks narasi}}`) or holds text, and only where a marker
 * cannot change the output's meaning: not inside a Handlebars comment or multi-line mustache,
 * not inside a tag left open on an earlier line (an attribute value), not inside an XML comment,
 * and not on a standalone `{{#block}}`/`{{/block}}`/`{{> partial}}` line, whose whitespace
 * stripping a marker would defeat. Inside element content a processing instruction is
 * invisible to the parser's text, so text lines may carry one too.
 */
import { MARKER_TARGET } from '../markup/source-markers.js';

/** Where a marker was inserted on a line, to map Handlebars' columns back to the template's. */
export interface MarkerShift {
  /** 0-based column of the insertion. */
  column: number;
  length: number;
}

export interface MarkedTemplate {
  text: string;
  /** By 1-based template line. */
  shifts: Map<number, MarkerShift>;
}

type MustacheState = 'none' | 'mustache' | 'comment' | 'long-comment';
type XmlState = 'text' | 'tag' | 'quote' | 'comment' | 'cdata' | 'instruction';

/** The template with markers for file `fileIndex`, and where they went. Line count is kept. */
export function injectSourceMarkers(template: string, fileIndex: number): MarkedTemplate {
  const lines = template.split('\n');
  const shifts = new Map<number, MarkerShift>();
  let mustache: MustacheState = 'none';
  let xml: XmlState = 'text';
  let quote = '';

  const out = lines.map((line, index) => {
    let marked = line;
    if (mustache === 'none' && xml === 'text') {
      const column = line.search(/\S/);
      if (column >= 0 && wantsMarker(line, column)) {
        const marker = `<?${MARKER_TARGET} ${fileIndex}:${index + 1}?>`;
        marked = line.slice(0, column) + marker + line.slice(column);
        shifts.set(index + 1, { column, length: marker.length });
      }
    }
    // Scan the original line to carry the Handlebars and XML states into the next one.
    for (let i = 0; i < line.length; ) {
      if (mustache !== 'none') {
        const end = mustache === 'long-comment' ? '--}}' : '}}';
        const at = line.indexOf(end, i);
        if (at < 0) break;
        mustache = 'none';
        i = at + end.length;
        continue;
      }
      if (line.startsWith('\\{{', i)) {
        i += 3;
        continue;
      }
      if (line.startsWith('{{', i)) {
        mustache = line.startsWith('{{!--', i) ? 'long-comment' : line.startsWith('{{!', i) ? 'comment' : 'mustache';
        i += mustache === 'long-comment' ? 5 : 2;
        continue;
      }
      const c = line[i]!;
      switch (xml) {
        case 'text':
          if (line.startsWith('<!--', i)) xml = 'comment';
          else if (line.startsWith('<![CDATA[', i)) xml = 'cdata';
          else if (line.startsWith('<?', i)) xml = 'instruction';
          else if (c === '<' && /[A-Za-z_/]/.test(line[i + 1] ?? '')) xml = 'tag';
          break;
        case 'tag':
          if (c === '"' || c === "'") {
            xml = 'quote';
            quote = c;
          } else if (c === '>') xml = 'text';
          break;
        case 'quote':
          if (c === quote) xml = 'tag';
          break;
        case 'comment':
          if (line.startsWith('-->', i)) xml = 'text';
          break;
        case 'cdata':
          if (line.startsWith(']]>', i)) xml = 'text';
          break;
        case 'instruction':
          if (line.startsWith('?>', i)) xml = 'text';
          break;
      }
      i++;
    }
    return marked;
  });
  return { text: out.join('\n'), shifts };
}

/** May the line whose first non-blank character is at `column` carry a marker? */
function wantsMarker(line: string, column: number): boolean {
  const rest = line.slice(column);
  if (rest.startsWith('<')) return /^<[A-Za-z_/]/.test(rest);
  if (!rest.startsWith('{{')) return true; // text
  if (rest.startsWith('{{~') || rest.startsWith('{{!')) return false;
  const close = rest.indexOf('}}');
  if (close < 0) return false; // a mustache spanning lines
  const kind = rest[2] ?? '';
  const isBlockish = '#^/>*'.includes(kind) || /^\{\{\s*else\b/.test(rest);
  if (!isBlockish) return true;
  // A block tag alone on its line is "standalone": Handlebars removes the line. Anything else
  // on the line (`{{#each baris}}<tr>`) makes it an ordinary line, safe to mark.
  const trimmed = rest.trimEnd();
  const single = trimmed.endsWith('}}') && trimmed.indexOf('{{', 2) < 0;
  return !single;
}
