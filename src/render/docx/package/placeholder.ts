/**
 * Placeholders: a paragraph the docx library writes wherever our own XML goes (a section's body,
 * a header, a footer), holding a marker text nothing else contains, so pack.ts can find it in
 * docx's output and write our XML in its place.
 */
import { Paragraph as DocxParagraph, TextRun } from 'docx';

export const markerOf = (n: number): string => `@@roadmap-part-${n}@@`;

/** Every marker markerOf makes. */
export const MARKER = /@@roadmap-part-\d+@@/g;

/** A paragraph docx writes in place of content we write ourselves (pack.ts splices it out). */
export function placeholder(marker: string): DocxParagraph {
  return new DocxParagraph({ children: [new TextRun(marker)] });
}
