/**
 * The fast read of a roadmap.yaml: js-yaml, several times faster than building the `yaml`
 * library's document with positions, for a text written plainly. "Plainly" is what the cheap
 * checks below can vouch for: no anchors, aliases, tags or directives, no tab, no flow collection
 * over several lines or with a decimal comma in it, none of the keys the two libraries turn into
 * different property names. Anything doubtful answers undefined, and the caller reads the file
 * the slow way (parse-project.ts), which says exactly what is wrong and where.
 *
 * Scalars are resolved by the rules of the `yaml` library's core schema (copied below), so the
 * data equal what `document.toJS()` gives for the same text (parse-project.test.ts proves it on
 * the examples, the fixtures, the benchmark projects and fuzzed texts).
 */
import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';

/**
 * How the `yaml` library's core schema (yaml/dist/schema/core) reads a plain scalar, in its
 * order: the first test that matches decides. Anything else is a string.
 */
const CORE_RULES: readonly { name: string; test: RegExp; read: (text: string) => unknown }[] = [
  { name: 'null', test: /^(?:~|[Nn]ull|NULL)?$/, read: () => null },
  { name: 'bool', test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, read: (s) => s[0] === 't' || s[0] === 'T' },
  { name: 'int-oct', test: /^0o[0-7]+$/, read: (s) => parseInt(s.substring(2), 8) },
  { name: 'int', test: /^[-+]?[0-9]+$/, read: (s) => parseInt(s, 10) },
  { name: 'int-hex', test: /^0x[0-9a-fA-F]+$/, read: (s) => parseInt(s.substring(2), 16) },
  {
    name: 'float-nan',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    read: (s) => (s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY),
  },
  { name: 'float-exp', test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, read: (s) => parseFloat(s) },
  { name: 'float', test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, read: (s) => parseFloat(s) },
];

/** The value of a plain (unquoted) scalar, as the `yaml` library's core schema reads it. */
export function plainScalarValue(text: string): unknown {
  for (const rule of CORE_RULES) if (rule.test.test(text)) return rule.read(text);
  return text;
}

/**
 * The same rules as one js-yaml implicit type: js-yaml asks each implicit type in turn, and one
 * type that finds the rule (and constructs with it right after) costs one call per scalar
 * instead of eight. Its tag is never written in a plain text, so its name does not matter.
 */
let found: (typeof CORE_RULES)[number] | undefined;
const CORE_AS_YAML = FAILSAFE_SCHEMA.extend({
  implicit: [
    new Type('tag:roadmap,core:scalar', {
      kind: 'scalar',
      resolve: (data: unknown) => {
        found = typeof data === 'string' && mayBeCore(data) ? CORE_RULES.find((rule) => rule.test.test(data)) : undefined;
        return found !== undefined;
      },
      // js-yaml constructs right after a resolve that answered true, with the same text.
      construct: (data: string) => found!.read(data),
    }),
  ],
});

/** Whether any rule could match: each starts with one of these characters, or is empty (null). */
function mayBeCore(text: string): boolean {
  return text === '' || CORE_FIRST.has(text.charCodeAt(0));
}

const CORE_FIRST = new Set([...'~nNtTfF0123456789+-.'].map((c) => c.charCodeAt(0)));

/**
 * Texts the fast read leaves to the slow one: patterns of characters a roadmap.yaml rarely
 * holds, so that each is a quick scan. A false alarm only costs the slow read.
 */
const DOUBTFUL: readonly RegExp[] = [
  // Directives, and document markers after the first line (several documents).
  /^%/m,
  /\n(?:---|\.\.\.)(?:[ \r\n]|$)/,
  // Tabs (indentation or separation), and line breaks other than \n and \r\n.
  /[\t\u0085\u2028\u2029]|\r(?!\n)|(?!^)\uFEFF/,
  // A block scalar with an indentation indicator (`|2`).
  /[|>][-+]?[1-9]/,
  // A comment right after a quoted text or a flow collection (`"A4"# x`): js-yaml reads it as a
  // comment, the yaml library refuses it.
  /["'\]}]#/,
  // A line ending in a backslash: an escaped line break in a double-quoted text, which js-yaml
  // folds differently from the yaml library when an empty line follows.
  /\\\r?\n/,
];

/** Null keys (`~:`, `null:`), which the two libraries name differently ("" and "null"). */
function hasNullKey(text: string): boolean {
  if (!text.includes('~') && !text.includes('ull') && !text.includes('ULL')) return false;
  return /(?:^|[\s{,])(?:~|[Nn]ull|NULL)[ ]*:(?:\s|$)/m.test(text);
}

/** Whether the text is written plainly (see the top of this file), whatever it holds. */
export function writtenPlainly(text: string): boolean {
  return !DOUBTFUL.some((pattern) => pattern.test(text)) && !hasNullKey(text) && !hasProperties(text) && linesPlain(text);
}

/**
 * Anchors, aliases and tags (`&a`, `*a`, `!!str`): the character after a space, a line start or
 * a flow indicator, and before a name. Inside quotes too, which is only a false alarm.
 */
function hasProperties(text: string): boolean {
  for (const mark of ['&', '*', '!']) {
    for (let at = text.indexOf(mark); at !== -1; at = text.indexOf(mark, at + 1)) {
      const before = at === 0 ? ' ' : text[at - 1]!;
      const after = text[at + 1] ?? ' ';
      if (/[\s[{,]/.test(before) && !/[\s,\]}]/.test(after)) return true;
    }
  }
  return false;
}

/**
 * Line by line: no explicit key (`? a`) or empty key (`: a`), no key longer than the `yaml`
 * library allows (1024 characters; any line of 1000 without a colon is doubted), and every
 * `{…}` or `[…]` closed on its line, with no decimal comma (`72,5`) and not used as a key. The
 * slow read reports each of these in its own words. Brackets in quotes are not counted; in
 * comments they are, which only sends such a text the slow way.
 */
function linesPlain(text: string): boolean {
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    let i = start;
    for (;;) {
      while (i < end && text.charCodeAt(i) === 0x20) i++;
      if (text.charCodeAt(i) === 0x2d && text.charCodeAt(i + 1) === 0x20) i += 2;
      else break;
    }
    const first = text.charCodeAt(i);
    if ((first === 0x3f || first === 0x3a) && (i + 1 >= end || text.charCodeAt(i + 1) === 0x20 || text.charCodeAt(i + 1) === 0x0d)) return false;
    if (end - start >= 1000 && !/^[^:]{0,999}:/.test(text.slice(start, start + 1000))) return false;
    if (newline === -1) break;
    start = newline + 1;
  }
  const bracket = /[[\]{}]/g;
  for (let match = bracket.exec(text); match; match = bracket.exec(text)) {
    const lineStart = text.lastIndexOf('\n', match.index) + 1;
    const newline = text.indexOf('\n', match.index);
    const lineEnd = newline === -1 ? text.length : newline;
    if (!flowOnOneLine(text.slice(lineStart, lineEnd))) return false;
    bracket.lastIndex = lineEnd;
  }
  return true;
}

function flowOnOneLine(line: string): boolean {
  const bare = line.replace(QUOTED, '""');
  // Open brackets; a map or list used as a key (`{{a}: 1}`, `{[a]}`) is doubted too.
  const open: string[] = [];
  let previous = '';
  for (let i = 0; i < bare.length; i++) {
    const c = bare[i]!;
    if (c === '[' || c === '{') {
      if (open.at(-1) === '{' && (previous === '{' || previous === ',')) return false;
      open.push(c);
    } else if (c === ']' || c === '}') {
      if (open.pop() === undefined) return false;
      if (open.length > 0 && /^ *:/.test(bare.slice(i + 1))) return false;
    }
    if (c !== ' ') previous = c;
  }
  if (open.length !== 0) return false;
  if (/[[{].*\d,\d/.test(bare)) return false;
  return !/^[ ]*(?:-[ ]+)*[[{].*[\]}][ ]*:(?:[ ]|\r?$)/.test(bare);
}

const QUOTED = /"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g;

/** The text's data when it is written plainly and js-yaml reads it; otherwise undefined. */
export function readPlain(text: string): unknown {
  if (!writtenPlainly(text)) return undefined;
  try {
    return load(text, { schema: CORE_AS_YAML });
  } catch {
    return undefined;
  }
}
