/**
 * `roadmap init --answers FILE`: the backend that answers the wizard's questions from a YAML
 * file instead of a terminal. A question's key is its place in the file (docs/wizard.md).
 * Answers go through the same checks as typed ones; every refusal, every missing required
 * answer and every key no question asked for becomes a Problem located at FILE:line:column.
 * A question with no answer in the file takes its default, as Enter would.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { locate } from '../model/locate.js';
import { YAML_MESSAGES } from '../model/parse-project.js';
import { formatPath, type PathSegment, type Problem } from '../problem.js';
import { suggest } from '../model/suggest.js';
import { findPair, keyText } from '../model/yaml-text/yaml-keys.js';
import type { Backend, Choice, Key, Question, SeparatorItem } from './types.js';


export interface AnswersBackend {
  backend: Backend;
  /** Problems so far, plus (with `finish`) the keys no question used. */
  problems(): Problem[];
  finish(): Problem[];
}

export function createAnswersBackend(text: string, file: string): AnswersBackend {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const problems: Problem[] = [];
  for (const error of doc.errors) {
    const pos = error.linePos?.[0] ?? lineCounter.linePos(error.pos[0]);
    problems.push({
      code: 'yaml-syntax',
      severity: 'error',
      file,
      ...(pos ? { line: pos.line, column: pos.col } : {}),
      message: `Kesalahan sintaks YAML: ${YAML_MESSAGES[error.code] ?? 'berkas tidak dapat dibaca.'}`,
      hint: 'Periksa indentasi (spasi, bukan tab) dan tanda ":" setelah setiap kunci.',
    });
  }
  if (problems.length === 0 && doc.contents !== null && !isMap(doc.contents)) {
    problems.push({ code: 'answers-shape', severity: 'error', file, line: 1, column: 1, message: 'Berkas jawaban harus berisi kumpulan kunci: nilai (lihat docs/wizard.md).' });
  }
  const broken = problems.length > 0;

  /** logical key text -> the key actually written in the file (a choice's name instead of its code). */
  const aliases = new Map<string, string>();
  const touched = new Set<string>();
  const consumed = new Set<string>();
  const asked = new Map<string, Set<string>>();

  function physical(key: Key): PathSegment[] {
    const logical: (string | number)[] = [];
    const out: PathSegment[] = [];
    for (const segment of key) {
      logical.push(segment);
      out.push(aliases.get(formatPath(logical)) ?? segment);
    }
    return out;
  }

  /** The node at `key`, marking the way as used; undefined when absent or empty. */
  function nodeAt(key: Key): { node: Node | undefined; path: PathSegment[] } {
    const path = physical(key);
    let node: unknown = broken ? undefined : doc.contents;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i]!;
      const parentText = formatPath(path.slice(0, i));
      if (!asked.has(parentText)) asked.set(parentText, new Set());
      asked.get(parentText)!.add(String(segment));
      if (isMap(node)) node = findPair(node, segment)?.value ?? undefined;
      else if (isSeq(node) && typeof segment === 'number') node = node.items[segment];
      else node = undefined;
      if (node === undefined || node === null) return { node: undefined, path };
      touched.add(formatPath(path.slice(0, i + 1)));
    }
    if (isScalar(node) && node.value === null) return { node: undefined, path };
    return { node: node as Node, path };
  }

  function report(path: PathSegment[], code: string, message: string, hint?: string): void {
    const loc = broken ? undefined : locate(doc, lineCounter, path);
    problems.push({
      code,
      severity: 'error',
      file,
      ...(loc ? { line: loc.line, column: loc.column } : {}),
      path: formatPath(path),
      message,
      ...(hint ? { hint } : {}),
    });
  }

  const scalarText = (node: Node): string | undefined => {
    if (!isScalar(node)) return undefined;
    if (typeof node.value === 'string') return node.value;
    // Plain numbers keep their digits as written (a NIP of 18 digits, "1.50").
    return node.source !== undefined && node.source !== null ? String(node.source) : String(node.value);
  };

  const jsOf = (node: Node): unknown => (isScalar(node) ? node.value : node.toJS(doc));

  function matchChoice<T extends string>(choices: readonly (Choice<T> | SeparatorItem)[], written: unknown): T | undefined {
    const text = String(written).trim().toLowerCase();
    for (const choice of choices) {
      if ('separator' in choice) continue;
      if (choice.value.toLowerCase() === text || choice.name.toLowerCase() === text) return choice.value;
      if (choice.short?.toLowerCase() === text || choice.aliases?.some((a) => a.toLowerCase() === text)) return choice.value;
    }
    return undefined;
  }

  function unknownChoice(path: PathSegment[], written: unknown, choices: readonly (Choice | SeparatorItem)[]): void {
    const values = choices.filter((c): c is Choice => !('separator' in c)).map((c) => c.value);
    const near = suggest(String(written), values);
    const listed = values.length > 12 ? `${values.slice(0, 12).join(', ')}, …` : values.join(', ');
    report(path, 'answer-invalid', `Pilihan "${String(written)}" tidak dikenal.`, near ? `Maksud Anda "${near}"?` : `Pilihan yang ada: ${listed}.`);
  }

  const fallback = (q: Question): unknown => {
    switch (q.kind) {
      case 'input': {
        const parsed = q.parse(q.default ?? '');
        return { value: parsed.ok ? parsed.value : undefined, raw: q.default ?? '' };
      }
      case 'select':
        return q.default ?? q.choices.find((c): c is Choice => !('separator' in c))?.value;
      case 'checkbox':
      case 'lines':
        return [...(q.default ?? [])];
      case 'confirm':
      case 'more':
        return q.default;
      case 'section':
        return 'lewati';
    }
  };

  const backend: Backend = {
    async input(q) {
      const { node, path } = nodeAt(q.key);
      if (!node) {
        const raw = q.default ?? '';
        const parsed = q.parse(raw);
        if (!parsed.ok) {
          report(path, 'answer-missing', `Jawaban untuk "${q.message}" belum ada: ${parsed.error}`, `Tambahkan kunci ${formatPath(path)} ke berkas jawaban.`);
          return fallback(q) as never;
        }
        return { value: parsed.value, raw };
      }
      consumed.add(formatPath(path));
      const raw = scalarText(node);
      const parsed = q.fromAnswer ? q.fromAnswer(isScalar(node) && typeof node.value !== 'string' ? jsOf(node) : (raw ?? jsOf(node))) : raw !== undefined ? q.parse(raw) : undefined;
      if (!parsed) {
        report(path, 'answer-invalid', `"${q.message}": harus berupa teks atau angka, bukan daftar atau kumpulan kunci.`);
        return fallback(q) as never;
      }
      if (!parsed.ok) {
        report(path, 'answer-invalid', parsed.error);
        return fallback(q) as never;
      }
      return { value: parsed.value, raw: raw ?? '' };
    },
    async confirm(q) {
      const { node, path } = nodeAt(q.key);
      if (!node) return q.default;
      consumed.add(formatPath(path));
      const value = jsOf(node);
      if (typeof value === 'boolean') return value;
      const text = String(value).trim().toLowerCase();
      if (['ya', 'y', 'yes'].includes(text)) return true;
      if (['tidak', 't', 'no', 'n'].includes(text)) return false;
      report(path, 'answer-invalid', `Jawab ya atau tidak (true/false), bukan "${String(value)}".`);
      return q.default;
    },
    async select(q) {
      const { node, path } = nodeAt(q.key);
      if (!node) {
        if (q.default === undefined) report(path, 'answer-missing', `Jawaban untuk "${q.message}" belum ada.`, `Tambahkan kunci ${formatPath(path)} ke berkas jawaban.`);
        return fallback(q) as never;
      }
      consumed.add(formatPath(path));
      if (!isScalar(node)) {
        report(path, 'answer-invalid', 'Tulis satu pilihan, bukan daftar.');
        return fallback(q) as never;
      }
      const value = matchChoice(q.choices, node.value);
      if (value === undefined) {
        unknownChoice(path, node.value, q.choices);
        return fallback(q) as never;
      }
      return value;
    },
    async checkbox(q) {
      const { node, path } = nodeAt(q.key);
      let values: (typeof q.choices)[number]['value'][];
      if (!node) {
        values = [...(q.default ?? [])];
      } else {
        const entries: { written: unknown; at: PathSegment[]; mapKey?: string }[] = [];
        if (isMap(node)) {
          // A map: its keys are the choices, its values the details asked next (scoped by key).
          for (const pair of node.items) {
            const written = isScalar(pair.key) ? pair.key.value : String(pair.key);
            entries.push({ written, at: [...path, String(written)], mapKey: String(written) });
          }
        } else if (isSeq(node)) {
          consumed.add(formatPath(path));
          node.items.forEach((item, i) => entries.push({ written: isScalar(item) ? item.value : jsOf(item as Node), at: [...path, i] }));
        } else {
          consumed.add(formatPath(path));
          entries.push({ written: (node as { value?: unknown }).value, at: path });
        }
        values = [];
        for (const entry of entries) {
          const value = matchChoice(q.choices, entry.written);
          if (value === undefined) {
            unknownChoice(entry.at, entry.written, q.choices);
            continue;
          }
          if (values.includes(value)) continue;
          values.push(value);
          if (entry.mapKey !== undefined) {
            touched.add(formatPath(entry.at));
            if (entry.mapKey !== value) aliases.set(formatPath([...q.key, value]), entry.mapKey);
          }
        }
      }
      const verdict = q.validate ? q.validate(values) : true;
      if (verdict !== true) report(path, node ? 'answer-invalid' : 'answer-missing', verdict);
      return values as never;
    },
    async lines(q) {
      const { node, path } = nodeAt(q.key);
      let lines: string[];
      if (!node) {
        lines = [...(q.default ?? [])];
      } else {
        consumed.add(formatPath(path));
        const value = jsOf(node);
        if (Array.isArray(value)) lines = value.filter((v) => v !== null && v !== undefined).map((v) => String(v).trim()).filter(Boolean);
        else if (typeof value === 'string' || typeof value === 'number') lines = String(value).split('\n').map((l) => l.trim()).filter(Boolean);
        else {
          report(path, 'answer-invalid', `"${q.message}" ditulis sebagai daftar (baris diawali "- ").`);
          return fallback(q) as never;
        }
      }
      if (lines.length < (q.min ?? 0)) {
        report(path, node ? 'answer-invalid' : 'answer-missing', `"${q.message}" perlu paling sedikit ${q.min} butir.`, node ? undefined : `Tambahkan kunci ${formatPath(path)} ke berkas jawaban.`);
      }
      return lines;
    },
    async section(q) {
      for (const key of q.answerKeys) if (nodeAt(key).node) return 'isi';
      return 'lewati';
    },
    async more(q) {
      const { node, path } = nodeAt(q.key);
      if (!node) return false;
      if (!isSeq(node)) {
        if (q.index === 0) {
          consumed.add(formatPath(path));
          report(path, 'answer-invalid', `"${formatPath(path)}" ditulis sebagai daftar (butir diawali "- ").`);
        }
        return false;
      }
      return q.index < node.items.length && node.items[q.index] !== null;
    },
    note() {},
  };

  function finish(): Problem[] {
    if (broken) return problems;
    const visit = (node: unknown, path: PathSegment[]) => {
      if (consumed.has(formatPath(path))) return;
      if (isMap(node)) {
        for (const pair of node.items) {
          const key = keyText(pair.key);
          const child = [...path, key];
          const id = formatPath(child);
          if (consumed.has(id)) continue;
          if (touched.has(id)) {
            visit(pair.value, child);
            continue;
          }
          const known = [...(asked.get(formatPath(path)) ?? [])];
          const near = suggest(key, known);
          const loc = locate(doc, lineCounter, child, { key: true });
          problems.push({
            code: 'answer-unknown',
            severity: 'error',
            file,
            ...(loc ? { line: loc.line, column: loc.column } : {}),
            path: formatPath(child),
            message: `Kunci "${key}" tidak dikenal di sini; jawabannya tidak akan dipakai.`,
            ...(near ? { hint: `Maksud Anda "${near}"?` } : known.length ? { hint: `Kunci yang dikenal: ${known.join(', ')}.` } : {}),
          });
        }
      } else if (isSeq(node)) {
        node.items.forEach((item, i) => {
          const child = [...path, i];
          if (touched.has(formatPath(child)) || consumed.has(formatPath(child))) visit(item, child);
          else report(child, 'answer-unknown', 'Butir ini tidak dipakai.');
        });
      }
    };
    visit(doc.contents, []);
    return problems;
  }

  return { backend, problems: () => problems, finish };
}

