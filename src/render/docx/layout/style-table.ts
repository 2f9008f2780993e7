/**
 * The effective properties of each paragraph style (w:docDefaults, then Normal, then the style),
 * read from the options wml/styles-xml.ts writes word/styles.xml from, so the paginator
 * measures text in exactly the fonts, sizes and spacing Word and LibreOffice will apply.
 */
import type { StylesOptions } from '../wml/styles.js';
import type { Align } from '../../markup/types.js';

export interface EffectiveStyle {
  font: string;
  /** Points. */
  size: number;
  bold: boolean;
  italic: boolean;
  align: Align;
  /** w:spacing: line in 240ths (auto) or twips (exact), before/after in twips. */
  line: number;
  lineRule: 'auto' | 'exact' | 'atLeast';
  before: number;
  after: number;
  indentLeft: number;
  keepNext: boolean;
  keepLines: boolean;
}

export type StyleTable = Map<string, EffectiveStyle>;

type Loose = Record<string, unknown>;
const obj = (v: unknown): Loose | undefined => (typeof v === 'object' && v !== null ? (v as Loose) : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

const ALIGN: Record<string, Align> = { left: 'left', start: 'left', center: 'center', right: 'right', end: 'right', both: 'justify', justified: 'justify' };

function apply(base: EffectiveStyle, run: unknown, paragraph: unknown): EffectiveStyle {
  const r = obj(run) ?? {};
  const p = obj(paragraph) ?? {};
  const s = obj(p.spacing) ?? {};
  const ind = obj(p.indent) ?? {};
  const rule = s.lineRule;
  return {
    font: typeof r.font === 'string' ? r.font : base.font,
    size: num(r.size) !== undefined ? num(r.size)! / 2 : base.size,
    bold: typeof r.bold === 'boolean' ? r.bold : base.bold,
    italic: typeof r.italics === 'boolean' ? r.italics : base.italic,
    align: typeof p.alignment === 'string' ? (ALIGN[p.alignment] ?? base.align) : base.align,
    line: num(s.line) ?? base.line,
    lineRule: rule === 'exact' || rule === 'atLeast' || rule === 'auto' ? rule : num(s.line) !== undefined ? 'auto' : base.lineRule,
    before: num(s.before) ?? base.before,
    after: num(s.after) ?? base.after,
    indentLeft: num(ind.left) ?? base.indentLeft,
    keepNext: typeof p.keepNext === 'boolean' ? p.keepNext : base.keepNext,
    keepLines: typeof p.keepLines === 'boolean' ? p.keepLines : base.keepLines,
  };
}

export function styleTable(styles: StylesOptions): StyleTable {
  const initial: EffectiveStyle = {
    font: 'Times New Roman',
    size: 10,
    bold: false,
    italic: false,
    align: 'left',
    line: 240,
    lineRule: 'auto',
    before: 0,
    after: 0,
    indentLeft: 0,
    keepNext: false,
    keepLines: false,
  };
  const doc = obj(obj(styles.default)?.document);
  const defaults = apply(initial, doc?.run, doc?.paragraph);
  const table: StyleTable = new Map();
  const byId = new Map((styles.paragraphStyles ?? []).map((s) => [s.id, s]));
  const resolve = (id: string, depth: number): EffectiveStyle => {
    const known = table.get(id);
    if (known) return known;
    const style = byId.get(id);
    if (!style || depth > 10) return defaults;
    const base = style.basedOn ? resolve(style.basedOn, depth + 1) : defaults;
    const effective = apply(base, style.run, style.paragraph);
    table.set(id, effective);
    return effective;
  };
  for (const id of byId.keys()) resolve(id, 0);
  if (!table.has('Normal')) table.set('Normal', defaults);
  return table;
}
