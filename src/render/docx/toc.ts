/**
 * The table of contents: a real TOC field (w:sdt with w:docPartGallery "Table of Contents",
 * w:fldChar + `TOC \o "1-N" \h`), which docx fills with one entry per heading and a PAGEREF
 * to a `_Toc` bookmark. The page numbers are written by the estimator (see page-numbers.ts).
 */
import { LeaderType, TableOfContents } from 'docx';
import type { Toc } from '../markup/types.js';

export function renderToc(toc: Toc): TableOfContents {
  const levels = Math.min(Math.max(Math.round(toc.levels), 1), 4);
  // The first argument is the SDT alias, not a visible title: templates write their own
  // "DAFTAR ISI" paragraph (P2).
  return new TableOfContents('Daftar Isi', {
    hyperlink: true,
    headingStyleRange: `1-${levels}`,
    tabLeader: LeaderType.DOT,
  });
}
