/**
 * Turns the XML parser's well-formedness errors (English, positioned in the generated markup)
 * into Indonesian messages located in the template. Tag-structure errors are fatal: after a
 * mismatched close tag the parser unwinds every open element, and all that follows is noise.
 */
import type { SourceRef } from './types.js';

export interface OpenElement {
  name: string;
  at: SourceRef;
}

export interface XmlErrorContext {
  markup: string;
  /** Offset in `markup` just after the character the parser stopped at. */
  position: number;
  here: SourceRef;
  /** Elements still open, outermost first. */
  open: readonly OpenElement[];
  /** The element the parser closed last (before a mismatch is reported, it force-closes one). */
  lastClosed: OpenElement | undefined;
}

export interface XmlProblem {
  message: string;
  at: SourceRef;
  /** Stop parsing: what follows would only repeat this mistake. */
  fatal: boolean;
}

const POSITION_PREFIX = /^\d+:\d+: /;

/** The Indonesian message, location and severity for one error of the XML parser. */
export function translateXmlError(error: Error, context: XmlErrorContext): XmlProblem {
  const raw = error.message.replace(POSITION_PREFIX, '');
  const { here } = context;
  const soft = (message: string): XmlProblem => ({ message, at: here, fatal: false });

  if (raw === 'unexpected close tag.') return mismatchedClose(context);
  if (raw.startsWith('unmatched closing tag: ')) {
    const name = raw.slice('unmatched closing tag: '.length).replace(/\.$/, '');
    return { message: `Tag penutup </${name}> tidak punya tag pembuka <${name}>.`, at: here, fatal: true };
  }
  if (raw.startsWith('unclosed tag: ')) {
    const innermost = context.open[context.open.length - 1];
    const name = innermost?.name ?? raw.slice('unclosed tag: '.length);
    const at = innermost?.at ?? here;
    return { message: `Tag <${name}> dibuka di baris ${at.line} tetapi tidak ditutup.`, at, fatal: true };
  }
  if (raw === 'unexpected end.') {
    return { message: 'Markup terpotong: ada tag yang belum selesai ditulis.', at: here, fatal: true };
  }
  if (raw === 'undefined entity.') {
    const start = context.markup.lastIndexOf('&', context.position);
    const end = context.markup.indexOf(';', start);
    const entity = start >= 0 && end > start ? context.markup.slice(start, end + 1) : '&…;';
    return soft(`Entitas ${entity} tidak dikenal. Tulis karakternya langsung, atau &amp; untuk tanda &.`);
  }
  if (raw === 'disallowed character.') {
    const char = context.markup[context.position - 1] ?? '';
    if (char === '<') return soft('Tanda < di dalam nilai atribut harus ditulis &lt;.');
    const code = char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0') ?? '?';
    return soft(`Karakter tidak sah di markup (U+${code}).`);
  }
  if (raw.startsWith('duplicate attribute: ')) {
    const name = raw.slice('duplicate attribute: '.length).replace(/\.$/, '');
    return soft(`Atribut ${name} ditulis dua kali.`);
  }
  const simple = SIMPLE_MESSAGES[raw];
  return soft(simple ?? `Markup tidak valid: ${raw}`);
}

const SIMPLE_MESSAGES: Readonly<Record<string, string>> = {
  'unquoted attribute value.': 'Nilai atribut harus diapit tanda kutip, mis. colspan="2".',
  'attribute without value.': 'Atribut harus punya nilai, mis. keep-next="true".',
  'no whitespace between attributes.': 'Antar atribut harus dipisah spasi.',
  'text data outside of root node.': 'Ada teks di luar <document>.',
  'document must contain a root element.': 'Markup kosong: tidak ada <document>.',
  'documents may contain only one root.': 'Hanya boleh ada satu <document>.',
  'forward-slash in opening tag not followed by >.': 'Tanda / di dalam tag harus langsung diikuti >, mis. <br/>.',
  'disallowed character in tag name': 'Nama tag memuat karakter tidak sah.',
  'disallowed character in attribute name.': 'Nama atribut memuat karakter tidak sah.',
  'disallowed character in closing tag.': 'Tag penutup memuat karakter tidak sah.',
  'malformed character entity.': 'Rujukan karakter &#…; tidak sah.',
  'the string "]]>" is disallowed in char data.': 'Teks tidak boleh memuat ]]>.',
};

/**
 * The parser met `</x>` while another element was innermost. It has already force-closed that
 * element (`lastClosed`); the `</x>` itself is read back from the markup.
 */
function mismatchedClose(context: XmlErrorContext): XmlProblem {
  const { markup, position, here, lastClosed } = context;
  const start = markup.lastIndexOf('</', position - 1);
  const name = /^<\/\s*([^\s>]*)/.exec(markup.slice(start, start + 200))?.[1] ?? '?';
  const stillOpen = context.open.some((element) => element.name === name);
  if (lastClosed === undefined || !stillOpen) {
    return { message: `Tag penutup </${name}> tidak punya tag pembuka <${name}>.`, at: here, fatal: true };
  }
  const where = here.file === lastClosed.at.file ? `baris ${here.line}` : `${here.file}:${here.line}`;
  return {
    message: `Tag <${lastClosed.name}> dibuka di baris ${lastClosed.at.line} tetapi tidak ditutup (bertemu </${name}> di ${where}).`,
    at: lastClosed.at,
    fatal: true,
  };
}
