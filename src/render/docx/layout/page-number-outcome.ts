/** How the page numbers we wrote were obtained, for the caller's diagnostics and tests. */
import type { Pagination } from './paginate.js';

export type PageNumberOutcome =
  /** Every page number written was laid out with the fonts' real widths. */
  | { kind: 'exact' }
  /** Some number depends on pages in a font measured by approximation (e.g. Bookman Old Style). */
  | { kind: 'guessed'; reasons: string[]; fromPage: number };

/**
 * Whether any TOC number depends on pages measured with an approximated font: an entry's
 * number depends on the pages since its section's last numbering restart.
 */
export function pageNumberOutcome(p: Pagination, approximated: readonly boolean[], props: readonly { pageNumberStart?: number }[]): PageNumberOutcome {
  const sectionOfPage = (page: number) => p.sections.findIndex((s) => page >= s.first && page < s.first + s.count);
  let fromPage = Number.POSITIVE_INFINITY;
  for (const page of p.anchors) {
    if (page < 0) continue;
    for (let s = sectionOfPage(page); s >= 0; s--) {
      if (approximated[s]) {
        fromPage = Math.min(fromPage, (p.sections[s]?.first ?? 0) + 1);
        break;
      }
      if (props[s]?.pageNumberStart !== undefined) break;
    }
  }
  if (fromPage === Number.POSITIVE_INFINITY) return { kind: 'exact' };
  return { kind: 'guessed', reasons: ['a font not in the width tables'], fromPage };
}
