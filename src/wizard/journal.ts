/**
 * Two wrappers around a backend.
 *  - The journal records every answer of the step under way (typed text, chosen values) and
 *    hands it to `persist` before the next question, so Ctrl-C, a closed terminal or a crash
 *    loses at most the answer being typed. On `--resume` the same step replays its recorded
 *    answers (each checked again) and asks from the first question without one.
 *  - `acceptDefaults` (--yes) answers every question that has a default without asking.
 */
import type { Backend, Key, Question } from './types.js';
import { formatPath } from '../problem.js';

export type JournalEntries = Record<string, unknown>;

export interface JournalOptions {
  /** Answers recorded by an earlier, interrupted run of the current step. */
  entries: JournalEntries;
  /** Called after each new answer with all entries; awaited before the next question. */
  persist: (entries: JournalEntries) => Promise<void>;
  /** Shows a replayed answer ("↺ Nama daerah: Sukamaju"). */
  replayed?: (message: string, shown: string) => void;
}

export interface Journal {
  backend: Backend;
  /** Forget everything (after the step is saved into roadmap.yaml). */
  clear(): void;
  entries(): JournalEntries;
}

export function createJournal(inner: Backend, options: JournalOptions): Journal {
  let entries: JournalEntries = { ...options.entries };

  async function answer<T>(key: Key | string, replay: (recorded: unknown) => T | undefined, ask: () => Promise<{ record: unknown; value: T }>, message: string, show: (value: T) => string): Promise<T> {
    const id = typeof key === 'string' ? key : formatPath(key);
    if (id in entries) {
      const value = replay(entries[id]);
      if (value !== undefined) {
        options.replayed?.(message, show(value));
        return value;
      }
      // The recorded answer no longer fits (the registry changed, say): ask again.
      delete entries[id];
    }
    const { record, value } = await ask();
    entries = { ...entries, [id]: record };
    await options.persist(entries);
    return value;
  }

  const backend: Backend = {
    input: (q) =>
      answer(
        q.key,
        (recorded) => {
          if (typeof recorded !== 'string') return undefined;
          const parsed = q.parse(recorded);
          return parsed.ok ? { value: parsed.value, raw: recorded } : undefined;
        },
        async () => {
          const result = await inner.input(q);
          return { record: result.raw, value: result };
        },
        q.message,
        (r) => r.raw || '(kosong)',
      ),
    confirm: (q) =>
      answer(q.key, (r) => (typeof r === 'boolean' ? r : undefined), async () => wrap(await inner.confirm(q)), q.message, (v) => (v ? 'Ya' : 'Tidak')),
    select: (q) =>
      answer(
        q.key,
        (r) => (q.choices.some((c) => 'value' in c && c.value === r) ? (r as never) : undefined),
        async () => wrap(await inner.select(q)),
        q.message,
        (v) => String(v),
      ),
    checkbox: (q) =>
      answer(
        q.key,
        (r) => {
          if (!Array.isArray(r) || !r.every((v) => q.choices.some((c) => c.value === v))) return undefined;
          return q.validate && q.validate(r) !== true ? undefined : (r as never);
        },
        async () => wrap(await inner.checkbox(q)),
        q.message,
        (v) => (v.length === 0 ? '(tidak ada)' : v.join(', ')),
      ),
    lines: (q) =>
      answer(
        q.key,
        (r) => (Array.isArray(r) && r.every((x) => typeof x === 'string') ? (r as string[]) : undefined),
        async () => wrap(await inner.lines(q)),
        q.message,
        (v) => `${v.length} butir`,
      ),
    section: (q) =>
      answer(q.key, (r) => (r === 'isi' || r === 'lewati' || r === 'menu' ? r : undefined), async () => wrap(await inner.section(q)), q.message, (v) => v),
    more: (q) => answer(`${formatPath(q.key)}[${q.index}]?`, (r) => (typeof r === 'boolean' ? r : undefined), async () => wrap(await inner.more(q)), q.message, (v) => (v ? 'Ya' : 'Tidak')),
    note: (text) => inner.note(text),
  };
  return {
    backend,
    clear() {
      entries = {};
    },
    entries: () => entries,
  };
}

function wrap<T>(value: T): { record: unknown; value: T } {
  return { record: value, value };
}

/** Whether a question has an answer without asking (for --yes). */
export function defaultOf(q: Question): { has: true; value: unknown } | { has: false } {
  switch (q.kind) {
    case 'input': {
      const raw = q.default ?? '';
      const parsed = q.parse(raw);
      return parsed.ok ? { has: true, value: { value: parsed.value, raw } } : { has: false };
    }
    case 'confirm':
    case 'more':
      return { has: true, value: q.default };
    case 'select':
      return q.default !== undefined ? { has: true, value: q.default } : { has: false };
    case 'checkbox': {
      const value = [...(q.default ?? [])];
      return !q.validate || q.validate(value) === true ? { has: true, value } : { has: false };
    }
    case 'lines': {
      const value = [...(q.default ?? [])];
      return value.length >= (q.min ?? 0) ? { has: true, value } : { has: false };
    }
    case 'section':
      return { has: true, value: 'isi' };
  }
}

/** --yes: questions with a usable default are answered with it; the rest go to `inner`. */
export function acceptDefaults(inner: Backend): Backend {
  const take = <T>(q: Question, ask: () => Promise<T>): Promise<T> => {
    const found = defaultOf(q);
    return found.has ? Promise.resolve(found.value as T) : ask();
  };
  return {
    input: (q) => take(q as Question, () => inner.input(q)),
    confirm: (q) => take(q, () => inner.confirm(q)),
    select: (q) => take(q as Question, () => inner.select(q)),
    checkbox: (q) => take(q as Question, () => inner.checkbox(q)),
    lines: (q) => take(q, () => inner.lines(q)),
    section: (q) => take(q, () => inner.section(q)),
    more: (q) => take(q, () => inner.more(q)),
    note: (text) => inner.note(text),
  };
}
