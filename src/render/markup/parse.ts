/**
 * parseMarkup: document markup (the strict XHTML subset templates produce) → document tree.
 * Problems are located in the templates through the `<?src N:L?>` markers renderMarkup writes,
 * collected as far as the markup allows, and thrown together as one MarkupError.
 */
import { SaxesParser } from 'saxes';
import { escapeBareCharacters } from './bare-characters.js';
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
  const source = escapeBareCharacters(markup, (offset, char) => {
    const at = markers.readBefore(markup, offset) ?? { file: UNMAPPED_FILE, line: lineAt(markup, offset) };
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
    source: () => marker,
    report: (code, message, at) => problems.add(code, message, at),
  };
  const builder = new TreeBuilder(host);
  let lastClosed: OpenElement | undefined;

  parser.on('processinginstruction', (pi) => {
    if (pi.target === MARKER_TARGET) marker = markers.read(pi.body) ?? marker;
  });
  parser.on('opentag', (tag) => builder.open(tag.name, tag.attributes as Record<string, string>));
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

/** 1-based line of `offset`; only for the rare error without a marker before it. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
