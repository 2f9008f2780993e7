/**
 * The Ask that steps use, built once over any backend: it turns "a year", "targets per year",
 * "a Rupiah amount" into input questions with the shared parsers, adds the current scope to
 * every key, and runs repeats.
 */
import type { Nilai } from '../model/types.js';
import {
  fail,
  formatNilaiIsian,
  formatRupiahRingkas,
  formatYearValues,
  ok,
  parseNilai,
  parseTanggal,
  parseText,
  parseYear,
  parseYearValues,
  yearValuesFromAnswer,
  type Parsed,
  type YearValueKind,
} from './parse-answer.js';
import type { Ask, Backend, Key } from './types.js';

/**
 * Year values as the answered line shows them: "Rp 10 juta setiap tahun", "2025: 65 · 2026: 68".
 * @example describeYearValues({ 2025: 1, 2026: 1 }, [2025, 2026], 'nilai') //=> '1 setiap tahun'
 */
export function describeYearValues(values: Record<string, Nilai>, years: readonly number[], kind: YearValueKind): string {
  const show = (v: Nilai) => (kind === 'rupiah' && typeof v === 'number' ? `Rp ${formatRupiahRingkas(v)}` : formatNilaiIsian(v));
  const given = years.filter((y) => values[String(y)] !== undefined);
  if (given.length === 0) return '(kosong)';
  const first = values[String(given[0])]!;
  if (given.length === years.length && years.length > 1 && given.every((y) => values[String(y)] === first)) return `${show(first)} setiap tahun`;
  return given.map((y) => `${y}: ${show(values[String(y)]!)}`).join(' · ');
}

export function createAsk(backend: Backend, prefix: Key = []): Ask {
  const full = (key: string | Key): Key => [...prefix, ...(typeof key === 'string' ? key.split('.') : key)];

  const ask: Ask = {
    prefix,
    async input(q) {
      const { value } = await backend.input({ ...q, kind: 'input', key: full(q.key) });
      return value;
    },
    async text(q) {
      const check = q.check;
      const parse = (raw: string): Parsed<string> => {
        const parsed = parseText(raw, true);
        if (!parsed.ok) return fail(parsed.error);
        const result = check ? check(parsed.value!) : true;
        return result === true ? ok(parsed.value!) : fail(result);
      };
      return ask.input({ ...q, parse });
    },
    async optionalText(q) {
      return ask.input({ ...q, parse: (raw) => parseText(raw, false) });
    },
    async year(q) {
      const { min, max, rangeLabel, ...rest } = q;
      const range = { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}), ...(rangeLabel ? { label: rangeLabel } : {}) };
      return ask.input({ ...rest, default: q.default === undefined ? undefined : String(q.default), parse: (raw: string) => parseYear(raw, range) } as never);
    },
    async nilai(q) {
      return ask.input<Nilai | undefined>({
        ...q,
        default: q.default === undefined ? undefined : formatNilaiIsian(q.default),
        parse: parseNilai,
        fromAnswer: (raw: unknown) => (typeof raw === 'number' ? ok(raw) : parseNilai(raw === null || raw === undefined ? '' : String(raw))),
      } as never);
    },
    async yearValues(q) {
      const { years, valueKind, ...rest } = q;
      const shown = q.default ? formatYearValues(q.default, years, valueKind) : '';
      return ask.input<Record<string, Nilai>>({
        ...rest,
        default: shown === '' ? undefined : shown,
        parse: (raw: string) => parseYearValues(raw, years, valueKind),
        fromAnswer: (raw: unknown) => yearValuesFromAnswer(raw, years, valueKind),
        preview: (raw: string) => {
          const parsed = parseYearValues(raw, years, valueKind);
          return parsed.ok && raw.trim() !== '' ? describeYearValues(parsed.value, years, valueKind) : undefined;
        },
      } as never);
    },
    async date(q) {
      return ask.input({ ...q, parse: parseTanggal });
    },
    confirm: (q) => backend.confirm({ ...q, kind: 'confirm', key: full(q.key) }),
    select: (q) => backend.select({ ...q, kind: 'select', key: full(q.key) }),
    checkbox(q) {
      const { min, minMessage, validate, ...rest } = q;
      return backend.checkbox({
        ...rest,
        kind: 'checkbox',
        key: full(q.key),
        validate: (values) => {
          if (min !== undefined && values.length < min) return minMessage ?? `Pilih paling sedikit ${min}.`;
          return validate ? validate(values) : true;
        },
      });
    },
    lines: (q) => backend.lines({ ...q, kind: 'lines', key: full(q.key) }),
    async repeat(q, item) {
      const key = full(q.key);
      const items: unknown[] = [];
      for (let index = 0; index < (q.max ?? 200); index++) {
        const again = await backend.more({ kind: 'more', key, index, message: index === 0 ? q.first : q.more, default: false });
        if (!again) break;
        items.push(await item(createAsk(backend, [...key, index]), index));
      }
      return items as never;
    },
    scope: (...key) => createAsk(backend, [...prefix, ...key]),
    note: (text) => backend.note(text),
  };
  return ask;
}
