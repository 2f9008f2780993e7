/**
 * Page numbers written at generation (P2): the TOC's PAGEREF results, NUMPAGES and SECTIONPAGES
 * come from docx/layout's estimator, which lays the pages out as Word does. It stops at fonts
 * outside its width tables (e.g. Bookman Old Style) unless their files are supplied; then we
 * lay out again with `guess: true` (the font measured as the most similar known one) and say so.
 */
import type { PageNumberEstimator } from 'docx';
import { estimatePageNumbers, estimatePageNumbersWith, type FontFile } from 'docx/layout';

export type PageNumberOutcome =
  /** Laid out to the end as Word would, as far as the estimator knows: numbers written clean. */
  | { kind: 'exact' }
  /** Laid out to the end with guesses: numbers written, but Word should refresh them. */
  | { kind: 'guessed'; reasons: string[]; fromPage: number }
  /** Not laid out to the end: numbers after the stop are blank; Word must update fields. */
  | { kind: 'stopped' };

export interface Estimation {
  estimator: PageNumberEstimator;
  /** Set once the estimator ran (during packing). */
  outcome?: PageNumberOutcome;
  /** Milliseconds spent in the estimator. */
  ms: number;
}

export function createEstimation(fonts: readonly FontFile[] | undefined): Estimation {
  const strict = fonts && fonts.length > 0 ? estimatePageNumbersWith({ fonts }) : estimatePageNumbers;
  const guessing = estimatePageNumbersWith({ ...(fonts ? { fonts } : {}), guess: true });
  const state: Estimation = {
    ms: 0,
    estimator: Object.assign(
      ((body, context) => {
        const t0 = performance.now();
        try {
          // A layout that reached the end knows the page count; one that stopped does not.
          const first = strict(body, context);
          if (first.pageCount !== undefined) {
            state.outcome = { kind: 'exact' };
            return first;
          }
          const second = guessing(body, context);
          if (second.pageCount === undefined) {
            state.outcome = { kind: 'stopped' };
            return second;
          }
          const guesses = second.guesses ?? [];
          state.outcome = {
            kind: 'guessed',
            reasons: [...new Set(guesses.map((g) => g.reason))],
            fromPage: guesses[0]?.page ?? 1,
          };
          return second;
        } finally {
          state.ms += performance.now() - t0;
        }
      }) as PageNumberEstimator,
      // Heading list numbers in TOC entries: the same for both estimators.
      strict.listNumbers ? { listNumbers: strict.listNumbers } : {},
    ),
  };
  return state;
}
