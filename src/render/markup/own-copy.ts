/**
 * `text` as a string of its own. The XML parser's texts and attribute values are slices of the
 * whole markup (V8 keeps a slice of 13 characters or more as a view of its parent), so one of
 * them kept in the tree kept all of the markup alive: 19 MB at size L, for the whole of the DOCX
 * writer's work. Prepending a character makes V8 copy the characters into a new string; the
 * slice after it views that copy only.
 */
export function ownCopy(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}
