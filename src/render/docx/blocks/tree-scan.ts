/** Facts read off the tree: what the styles need before anything is written, and plain text. */
import type { Block, DocumentTree, Inline } from '../../markup/types.js';

/** Visits every block, those in lists and table cells too. Indexed loops: it sees every cell of every table. */
export function walk(blocks: readonly Block[], visit: (b: Block) => void): void {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    visit(b);
    if (b.type === 'list') for (let j = 0; j < b.items.length; j++) walk(b.items[j]!.children, visit);
    if (b.type === 'table') {
      for (let r = 0; r < b.rows.length; r++) {
        const cells = b.rows[r]!.cells;
        for (let c = 0; c < cells.length; c++) walk(cells[c]!.children, visit);
      }
    }
  }
}

/** The font of the section holding the first TOC, for the TOC entry styles. */
export function tocFontOf(tree: DocumentTree): string | undefined {
  for (const s of tree.sections) {
    let found = false;
    walk(s.children, (b) => {
      if (b.type === 'toc') found = true;
    });
    if (found) return s.props.font;
  }
  return undefined;
}

/** Point sizes of the document's tables, for their text styles. */
export function tableSizesOf(tree: DocumentTree): number[] {
  const sizes = new Set<number>();
  const visit = (b: Block) => {
    if (b.type === 'table') sizes.add(b.fontSize ?? tree.settings.tableFontSize);
  };
  for (const s of tree.sections) {
    walk(s.children, visit);
    for (const hf of [s.props.header, s.props.footer]) if (hf) walk([...hf.default, ...(hf.first ?? [])], visit);
  }
  return [...sizes];
}

/** The text of inlines, for warnings, checks and TOC entries. */
export const inlineText = (inlines: readonly Inline[]): string =>
  inlines.map((i) => (i.type === 'text' ? i.text : i.type === 'break' ? '\n' : i.type === 'tab' ? '\t' : '#')).join('');
