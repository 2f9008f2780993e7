/**
 * parseMarkup: document markup (the strict XHTML subset templates produce) → document tree.
 * Problems are located in the templates through the `<?src N:L?>` markers renderMarkup writes,
 * collected as far as the markup allows, and thrown together as one MarkupError.
 */
import { SaxesParser } from 'saxes';
import { LineCursor, escapeBareCharacters } from './bare-characters.js';
import { HTML_ENTITIES } from './entities.js';
import { MarkupError, MarkupProblemCode, UNMAPPED_FILE } from './markup-error.js';
import { ProblemList } from './problem-list.js';
import { MARKER_TARGET, MarkerReader } from './source-markers.js';
import { TreeBuilder, type BuilderHost } from './tree-builder.js';
import type { DocumentTree, SourceRef } from './types.js';
import { translateXmlError, type OpenElement } from './xml-errors.js';

/** What the markup determines; the caller adds `meta` and `settings`. */
export type ParsedMarkup = Pick<DocumentTree, 'sections'>;

/** Thrown from the error handler to stop the XML parser after a fatal mistake. */
class StopParsing extends Error {}

/**
 * Parses `markup` into sections. `files` names the templates the `<?src N:L?>` markers refer to
 * (the `files` renderMarkup returns); markup without markers is located by its own lines, as
 * file `(markup)`.
 *
 * @throws MarkupError with every problem found (deduplicated, at most 50).
 */
export function parseMarkup(markup: string, files: readonly string[]): ParsedMarkup {
  const problems = new ProblemList();
  const markers = new MarkerReader(files);
  const lines = new LineCursor(markup);
  const hasMarkers = markup.includes(`<?${MARKER_TARGET} `);
  const source = escapeBareCharacters(markup, (offset, char) => {
    const marked = hasMarkers ? markers.readBefore(markup, offset) : undefined;
    const at = marked ?? { file: UNMAPPED_FILE, line: lines.lineAt(offset) };
    const message =
      char === '&'
        ? 'Tanda & harus ditulis &amp; (data lewat {{…}} sudah di-escape otomatis).'
        : 'Tanda < yang bukan awal tag harus ditulis &lt;.';
    problems.add(MarkupProblemCode.SYNTAX, message, at);
  });

  const parser = new SaxesParser({ xmlns: false, position: true });
  Object.assign(parser.ENTITIES, HTML_ENTITIES);
  let marker: SourceRef | undefined;
  const host: BuilderHost = {
    here: () => marker ?? { file: UNMAPPED_FILE, line: parser.line },
    // The parser hands text over at the next tag, so count back the text's own line breaks.
    textStart: (text) => marker ?? { file: UNMAPPED_FILE, line: parser.line - lineBreaksAfterContent(text) },
    source: () => marker,
    report: (code, message, at) => problems.add(code, message, at),
  };
  const builder = new TreeBuilder(host);
  let lastClosed: OpenElement | undefined;

  parser.on('processinginstruction', (pi) => {
    if (pi.target === MARKER_TARGET) marker = markers.read(pi.body) ?? marker;
  });
  // Counting attributes as they are read spares a for-in over each element's attribute object.
  let attributeCount = 0;
  parser.on('attribute', () => {
    attributeCount++;
  });
  parser.on('opentag', (tag) => {
    builder.open(tag.name, tag.attributes as Record<string, string>, attributeCount);
    attributeCount = 0;
  });
  parser.on('closetag', () => {
    const open = builder.openElements();
    lastClosed = open[open.length - 1];
    builder.close();
  });
  parser.on('text', (text) => builder.text(text));
  parser.on('error', (error) => {
    const problem = translateXmlError(error, {
      markup: source,
      position: parser.position,
      here: host.here(),
      open: builder.openElements(),
      lastClosed,
    });
    problems.add(MarkupProblemCode.SYNTAX, problem.message, problem.at);
    if (problem.fatal) throw new StopParsing();
  });

  try {
    parser.write(source).close();
  } catch (error) {
    if (!(error instanceof StopParsing)) throw error;
  }
  if (!problems.isEmpty) throw new MarkupError(problems.problems);
  return { sections: builder.sections };
}

function lineBreaksAfterContent(text: string): number {
  const start = text.search(/\S/);
  let breaks = 0;
  for (let i = text.indexOf('\n', Math.max(start, 0)); i >= 0; i = text.indexOf('\n', i + 1)) breaks++;
  return breaks;
}
