/**
 * roadmap.yaml as text while the workshop writes it: the text of a new project, and a step's
 * edits applied to it the way `roadmap update` applies its own (comments and layout kept), with
 * the top-level keys in the schema's order.
 */
import { isMap, parseDocument } from 'yaml';
import { applyEdits, type Edit } from '../model/edits/apply-edits.js';
import { Project } from '../model/schema.js';
import { stringifyLike } from '../model/yaml-text/yaml-style.js';
import { keyText } from '../model/yaml-text/yaml-keys.js';
import { styleEdits } from './yaml-nodes.js';

const HEADER =
  '# Road Map Reformasi Birokrasi: berkas proyek `roadmap`.\n' +
  '# Disusun dengan `roadmap init`; boleh disunting langsung. Dokumen dibuat dengan `roadmap build`.\n' +
  '# Nilai per tahun ditulis {tahun: nilai}, misalnya target: {2025: 60, 2026: 65}.\n';

/** A new roadmap.yaml: the header comments and the format version, nothing else yet. */
export function newProjectText(): string {
  return `${HEADER}\nversiFormat: 1\n`;
}

/** Applies a step's edits to the text (only changed lines rewritten) and keeps the top-level keys in schema order. */
export function applyStepEdits(text: string, edits: readonly Edit[]): string {
  if (edits.length === 0) return text;
  return inSchemaOrder(applyEdits(text, styleEdits(edits)).text);
}

const TOP_ORDER = Object.keys(Project.shape);

/** Top-level keys in the order of the schema (versiFormat, profil, pemerintah, ...); unknown keys last. */
export function inSchemaOrder(text: string): string {
  const doc = parseDocument(text);
  if (!isMap(doc.contents)) return text;
  const rank = (key: unknown) => {
    const i = TOP_ORDER.indexOf(keyText(key));
    return i === -1 ? TOP_ORDER.length : i;
  };
  const items = doc.contents.items;
  const sorted = [...items].sort((a, b) => rank(a.key) - rank(b.key));
  if (sorted.every((item, i) => item === items[i])) return text;
  doc.contents.items = sorted;
  return stringifyLike(doc, text);
}
