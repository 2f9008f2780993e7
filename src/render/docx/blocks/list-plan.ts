/**
 * The numbering of every list, decided before anything is written: one numbering definition
 * (w:abstractNum) per format, marker and start, and one w:num per List node, restarted at the
 * level it is used (so every list starts again at its first number). Ids follow the order of the
 * lists in the tree, so the same tree always gives the same numbering.xml (wml/numbering-xml.ts).
 */
import type { Block, DocumentTree, List } from '../../markup/types.js';
import { MAX_LEVEL, type AbstractList, type ListInstance, type Numbering } from '../wml/numbering-xml.js';

export interface ListPlan extends Numbering {
  abstracts: AbstractList[];
  instances: ListInstance[];
  byList: Map<List, ListInstance>;
}

/** Walks the tree in document order and gives each List its w:num. */
export function planLists(tree: DocumentTree): ListPlan {
  const abstracts = new Map<string, AbstractList>();
  const plan: ListPlan = { abstracts: [], instances: [], byList: new Map() };
  const visitList = (list: List, depth: number): void => {
    const marker = list.marker ?? '%1.';
    const start = list.start ?? 1;
    const key = `${list.format}|${marker}|${start}`;
    let abstract = abstracts.get(key);
    if (!abstract) {
      abstract = { id: abstracts.size + 1, format: list.format, marker, start };
      abstracts.set(key, abstract);
      plan.abstracts.push(abstract);
    }
    const instance: ListInstance = { numId: plan.instances.length + 1, abstractId: abstract.id, level: Math.min(depth, MAX_LEVEL), start };
    plan.instances.push(instance);
    plan.byList.set(list, instance);
    for (const item of list.items) for (const child of item.children) if (child.type === 'list') visitList(child, depth + 1);
  };
  const visitBlocks = (blocks: readonly Block[]): void => {
    for (const block of blocks) {
      if (block.type === 'list') visitList(block, 0);
      else if (block.type === 'table') for (const row of block.rows) for (const cell of row.cells) visitBlocks(cell.children);
    }
  };
  for (const section of tree.sections) {
    visitBlocks(section.children);
    for (const hf of [section.props.header, section.props.footer])
      if (hf) {
        visitBlocks(hf.default);
        if (hf.first) visitBlocks(hf.first);
      }
  }
  return plan;
}
