/**
 * Escaping for the WordprocessingML we write as strings, in one place: text content and
 * attribute values, with the characters XML 1.0 forbids dropped (user data pasted from a word
 * processor can carry them, and one would make the part unreadable).
 */
import { XML_FORBIDDEN_CHARACTER } from '../../templates/xml-characters.js';

const TEXT_SPECIAL = /[&<>]/;
const ATTR_SPECIAL = /[&<>"]/;
const FORBIDDEN_ALL = new RegExp(XML_FORBIDDEN_CHARACTER.source, 'g');

const stripForbidden = (s: string): string => (XML_FORBIDDEN_CHARACTER.test(s) ? s.replace(FORBIDDEN_ALL, '') : s);

/**
 * Whether `s` needs escaping: a character XML forbids, &, <, >, or (`quote`) the double quote.
 * One pass over the codes, no regular expression: it runs for every run of text, and nearly all
 * need nothing.
 */
function needsEscaping(s: string, quote: boolean): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20) {
      if (c !== 0x09 && c !== 0x0a && c !== 0x0d) return true;
    } else if (c === 0x26 || c === 0x3c || c === 0x3e || c >= 0xfffe || (quote && c === 0x22)) return true;
  }
  return false;
}

/** Text content: &, <, > escaped; characters XML forbids dropped. */
export function escapeText(text: string): string {
  if (!needsEscaping(text, false)) return text;
  const clean = stripForbidden(text);
  if (!TEXT_SPECIAL.test(clean)) return clean;
  return clean.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value in double quotes. */
export function escapeAttr(value: string): string {
  if (!needsEscaping(value, true)) return value;
  const clean = stripForbidden(value);
  if (!ATTR_SPECIAL.test(clean)) return clean;
  return clean.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const DOCX_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
// eslint-disable-next-line no-control-regex
const DOCX_SPECIAL = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;

/**
 * Text and attribute values as the docx library escaped them in the package parts it used to
 * write for us (core properties, style font names, the watermark): quotes escaped in text too,
 * only C0 controls dropped. Those parts are ours now (package/skeleton.ts), written as docx
 * wrote them so that the same tree still gives the same bytes.
 */
export const escapeLikeDocx = (value: string): string => value.replace(DOCX_SPECIAL, (c) => DOCX_ESCAPES[c] ?? '');
