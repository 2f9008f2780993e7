/**
 * The layout habits of a YAML text (indent width, whether lists under a key are indented), so
 * that text we write into it, or a file we write out again, looks like the rest.
 */
import type { Document, ToStringOptions } from 'yaml';

export interface YamlStyle {
  indent: number;
  indentSeq: boolean;
  /** `{ a: 1 }` (true) or `{a: 1}` (false) for inline maps and lists. */
  flowPadding: boolean;
}

/**
 * @example
 * detectStyle('a:\n  b: {x: 1}\nc:\n- x\n') //=> { indent: 2, indentSeq: false, flowPadding: false }
 */
export function detectStyle(text: string): YamlStyle {
  const lines = text.split('\n');
  let indent = 0;
  let seqUnder = 0;
  let seqIndented = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    // The test below needs the line, up to any "#", to end with ":"; most lines do not.
    const hash = line.indexOf('#');
    if (!(hash === -1 ? line : line.slice(0, hash)).trimEnd().endsWith(':')) continue;
    if (!/^\s*[^\s#-][^#]*:\s*(#.*)?$/.test(line)) continue; // "key:" opening a block
    const own = leading(line);
    let j = i + 1;
    while (j < lines.length && (lines[j]!.trim() === '' || lines[j]!.trim().startsWith('#'))) j++;
    const next = lines[j];
    if (next === undefined) continue;
    const inner = leading(next);
    if (next.trimStart().startsWith('- ') || next.trim() === '-') {
      if (inner === own) seqUnder++;
      else if (inner > own) seqIndented++;
    } else if (inner > own && (indent === 0 || inner - own < indent)) {
      indent = inner - own;
    }
  }
  let padded = 0;
  let tight = 0;
  // A text without "{" or "[" has no inline map or list to count.
  for (const match of !/[{[]/.test(text) ? [] : text.matchAll(/(?:^|:|-)[ \t]*[{[]( ?)[^\s\]}]/gm)) {
    if (match[1] === ' ') padded++;
    else tight++;
  }
  return { indent: indent || 2, indentSeq: seqUnder === 0 || seqIndented >= seqUnder, flowPadding: padded > tight };
}

export function toStringOptions(style: YamlStyle): ToStringOptions {
  return { lineWidth: 0, indent: style.indent, indentSeq: style.indentSeq, flowCollectionPadding: style.flowPadding };
}

/** The whole document written out in the layout of `original`. */
export function stringifyLike(document: Document, original: string): string {
  return document.toString(toStringOptions(detectStyle(original)));
}

function leading(line: string): number {
  return line.length - line.trimStart().length;
}
