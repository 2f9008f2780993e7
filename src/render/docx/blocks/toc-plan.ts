/**
 * The table of contents, planned before anything is written: one entry per heading the TOC
 * shows (a `_Toc` bookmark each, numbered in tree order), and the page label each entry gets
 * once the pages are laid out. The entries are measured with a guessed number first (toc.ts)
 * and again here once the numbers are known, in case one now wraps.
 */
import type { DocumentTree, Heading } from '../../markup/types.js';
import type { ParaBox } from '../layout/boxes.js';
import { inlineText, walk } from './tree-scan.js';

export interface TocEntry {
  heading: Heading;
  level: number;
  text: string;
  anchor: number;
}

/** An entry measured into a box the paginator holds, and how to measure it for another label. */
interface LaidEntry {
  anchor: number;
  label: string;
  box: ParaBox;
  measure: (label: string) => void;
}

/** The heading levels a TOC shows: 1 to 4. */
export const clampLevels = (levels: number): number => Math.min(Math.max(Math.round(levels), 1), 4);

/** The label an entry is measured with before its page is known: two digits. */
export const GUESSED_LABEL = '00';

export class TocPlan {
  readonly entries: TocEntry[] = [];
  private readonly byHeading = new Map<Heading, number>();
  private readonly laid: LaidEntry[] = [];
  /** Page labels per anchor, once known. */
  labels: string[] = [];

  constructor(tree: DocumentTree) {
    let levels = 0;
    for (const s of tree.sections) walk(s.children, (b) => b.type === 'toc' && (levels = Math.max(levels, clampLevels(b.levels))));
    if (levels === 0) return;
    for (const s of tree.sections)
      walk(s.children, (b) => {
        if (b.type !== 'heading' || !b.toc || b.level > levels) return;
        const anchor = this.entries.length;
        const text = inlineText(b.children).replace(/[\n\t]+/g, ' ').replace(/\s+/g, ' ').trim();
        this.entries.push({ heading: b, level: b.level, text, anchor });
        this.byHeading.set(b, anchor);
      });
  }

  get anchorCount(): number {
    return this.entries.length;
  }

  anchorOf(h: Heading): number | undefined {
    return this.byHeading.get(h);
  }

  bookmarkName(anchor: number): string {
    return `_Toc${anchor + 1}`;
  }

  /** Keeps an entry measured with GUESSED_LABEL, to measure it again when its label is known. */
  lay(anchor: number, box: ParaBox, measure: (label: string) => void): void {
    this.laid.push({ anchor, label: GUESSED_LABEL, box, measure });
  }

  /**
   * Sets the page labels and measures the entries again with them. Returns whether any entry
   * now takes a different number of lines (then the pages must be laid out again).
   */
  update(labels: string[]): boolean {
    this.labels = labels;
    let changed = false;
    for (const laid of this.laid) {
      const label = labels[laid.anchor] ?? '';
      if (label === laid.label) continue;
      const before = laid.box.pitch.length;
      laid.label = label;
      laid.measure(label);
      if (laid.box.pitch.length !== before) changed = true;
    }
    return changed;
  }
}
