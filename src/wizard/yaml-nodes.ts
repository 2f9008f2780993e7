/**
 * How the wizard writes new values into roadmap.yaml, in the layout of the Sukamaju example:
 * short records on one line (`{kode: BKPSDM, nama: ..., singkatan: ...}`), per-year values as
 * `{2025: 60, 2026: 70}` with year keys as numbers, OPD code lists in brackets, dates quoted.
 */
import { Document, Pair, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';
import type { Edit } from '../model/edits/apply-edits.js';
import type { PathSegment } from '../problem.js';

const FLOW_MAPS = new Set(['baseline', 'target', 'realisasi', 'anggaran']);
const FLOW_SEQS = new Set(['penanggungJawab', 'pelaksana']);
const YEAR = /^\d{4}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const factory = new Document();

/** The value as a yaml node styled for where it goes (`path` is where the edit puts it). */
export function toYamlNode(value: unknown, path: readonly PathSegment[]): unknown {
  const names = path.filter((p): p is string => typeof p === 'string' && !YEAR.test(p));
  return build(value, names.at(-1), typeof path.at(-1) === 'number');
}

function build(value: unknown, key: string | undefined, isItem: boolean): Node | unknown {
  if (Array.isArray(value)) {
    const seq = new YAMLSeq();
    seq.flow = key !== undefined && FLOW_SEQS.has(key) && !isItem;
    for (const item of value) seq.items.push(build(item, key, true) as Node);
    return seq;
  }
  if (typeof value === 'object' && value !== null) {
    const map = new YAMLMap();
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    const yearMap = entries.length > 0 && entries.every(([k]) => YEAR.test(k));
    map.flow = (key !== undefined && FLOW_MAPS.has(key) && !isItem) || yearMap || (isItem && (key === 'opd' || key === 'anggota'));
    for (const [k, v] of entries) {
      const keyNode = new Scalar(yearMap ? Number(k) : k);
      map.items.push(new Pair(keyNode, build(v, k, false)));
    }
    return map;
  }
  if (typeof value === 'string' && (DATE.test(value) || /^\d{9,}$/.test(value))) {
    const scalar = new Scalar(value);
    scalar.type = Scalar.QUOTE_DOUBLE;
    return scalar;
  }
  return factory.createNode(value);
}

/** Edits with their values turned into styled nodes. */
export function styleEdits(edits: readonly Edit[]): Edit[] {
  return edits.map((edit) => (edit.op === 'delete' ? edit : { ...edit, value: toYamlNode(edit.value, edit.path) }));
}
