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

/** Text content: &, <, > escaped; characters XML forbids dropped. */
export function escapeText(text: string): string {
  const clean = stripForbidden(text);
  if (!TEXT_SPECIAL.test(clean)) return clean;
  return clean.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value in double quotes. */
export function escapeAttr(value: string): string {
  const clean = stripForbidden(value);
  if (!ATTR_SPECIAL.test(clean)) return clean;
  return clean.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
