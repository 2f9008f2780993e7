/**
 * `text` as a string of its own. V8 keeps a slice of 13 characters or more as a view of its
 * parent: the XML parser's texts and attribute values are slices of the whole markup, and the
 * project's texts slices of its YAML text. One of them kept in the tree kept all of the markup
 * alive (19 MB at size L) for the whole of the DOCX writer's work. Prepending a character makes
 * V8 copy the characters into a new string; the slice after it views that copy only.
 */
export function ownCopy(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}
