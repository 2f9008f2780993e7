/**
 * A scripted backend for step tests: answers by key text ("pemerintah.nama",
 * "areaPerubahan.MP.kegiatan.T1.output"); a repeat's key holds how many items to add. A missing
 * answer takes the question's default, like Enter. Every question asked is recorded, and an
 * answer the question refuses throws with the question's own Indonesian reason.
 */
import { createAsk } from '../../src/wizard/create-ask.js';
import { formatPath } from '../../src/problem.js';
import type { Ask, Backend, Question } from '../../src/wizard/types.js';

export interface Asked {
  key: string;
  kind: Question['kind'];
  message: string;
  default?: unknown;
  choices?: string[];
}

export function fakeAsk(answers: Record<string, unknown>): { ask: Ask; asked: Asked[]; notes: string[]; unused: () => string[] } {
  const asked: Asked[] = [];
  const notes: string[] = [];
  const used = new Set<string>();
  const get = (key: string) => {
    used.add(key);
    return answers[key];
  };
  const record = (q: Question, extra: Partial<Asked> = {}) => asked.push({ key: formatPath(q.key), kind: q.kind, message: q.message, ...extra });

  const backend: Backend = {
    async input(q) {
      const key = formatPath(q.key);
      record(q as Question, { default: q.default });
      const raw = key in answers ? get(key) : (q.default ?? '');
      const parsed = typeof raw === 'string' ? q.parse(raw) : q.fromAnswer ? q.fromAnswer(raw) : q.parse(String(raw));
      if (!parsed.ok) throw new Error(`${key}: ${parsed.error}`);
      return { value: parsed.value, raw: String(raw) };
    },
    async confirm(q) {
      record(q, { default: q.default });
      const key = formatPath(q.key);
      return key in answers ? Boolean(get(key)) : q.default;
    },
    async select(q) {
      const values = q.choices.filter((c) => 'value' in c).map((c) => (c as { value: string }).value);
      record(q as Question, { default: q.default, choices: values });
      const key = formatPath(q.key);
      const value = key in answers ? get(key) : q.default;
      if (typeof value !== 'string' || !values.includes(value)) throw new Error(`${key}: "${String(value)}" is not one of ${values.join(', ')}`);
      return value as never;
    },
    async checkbox(q) {
      const values: string[] = q.choices.map((c) => c.value);
      record(q as Question, { default: q.default, choices: values });
      const key = formatPath(q.key);
      const chosen = (key in answers ? get(key) : (q.default ?? [])) as (typeof q.choices)[number]['value'][];
      for (const v of chosen) if (!values.includes(v)) throw new Error(`${key}: "${v}" is not one of ${values.join(', ')}`);
      const verdict = q.validate ? q.validate(chosen) : true;
      if (verdict !== true) throw new Error(`${key}: ${verdict}`);
      return chosen as never;
    },
    async lines(q) {
      record(q, { default: q.default });
      const key = formatPath(q.key);
      const lines = (key in answers ? get(key) : (q.default ?? [])) as string[];
      if (lines.length < (q.min ?? 0)) throw new Error(`${key}: perlu ${q.min} butir`);
      return [...lines];
    },
    async section(q) {
      record(q);
      return 'isi';
    },
    async more(q) {
      const key = formatPath(q.key);
      if (q.index === 0) record(q);
      return q.index < Number(get(key) ?? 0);
    },
    note: (text) => notes.push(text),
  };
  return { ask: createAsk(backend), asked, notes, unused: () => Object.keys(answers).filter((k) => !used.has(k)) };
}
