/**
 * Turns one typed answer into a value, or into the reason it is refused, in Indonesian. The same
 * functions check a prompt answer and an answers-file value, and they lean on the project schema
 * (src/model/schema.ts) so the wizard and `roadmap validate` agree on what is valid. Pure.
 */
import type * as z from 'zod/mini';
import { parseAngka } from '../model/parse-angka.js';
import { Baseline, Opd } from '../model/schema.js';
import type { Nilai } from '../model/types.js';
import { describeIssue } from '../model/zod-issues.js';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fail = <T = never>(error: string): Parsed<T> => ({ ok: false, error });

/** The schema's own message for a value one field refuses; undefined when the field accepts it. */
export function schemaMessage(schema: z.ZodMiniType, value: unknown): string | undefined {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return undefined;
  const issue = result.error.issues[0]!;
  return describeIssue(issue, schema)[0]?.message ?? issue.message;
}

/** Free text; empty is refused when `required`, else gives undefined. */
export function parseText(raw: string, required: boolean): Parsed<string | undefined> {
  const text = raw.trim();
  if (text === '') return required ? fail('Wajib diisi.') : ok(undefined);
  return ok(text);
}

/**
 * A year, checked against the schema's range (1945-2100) and, when given, a narrower one.
 * @example parseYear('2025', {}) //=> { ok: true, value: 2025 }
 */
export function parseYear(raw: string, range: { min?: number; max?: number; label?: string } = {}): Parsed<number> {
  const text = raw.trim();
  if (text === '') return fail('Wajib diisi (tahun empat angka, misalnya 2025).');
  if (!/^-?\d+$/.test(text)) return fail(`"${text}" bukan tahun; tulis empat angka, misalnya 2025.`);
  const year = Number(text);
  const refused = schemaMessage(Baseline.shape.tahun, year);
  if (refused) return fail(`Tahun di luar jangkauan: ${refused}`);
  const { min, max } = range;
  if (min !== undefined && max !== undefined && (year < min || year > max)) {
    return fail(`Tahun ${year} di luar ${range.label ?? 'periode'} ${min}-${max}.`);
  }
  if (min !== undefined && year < min) return fail(`Tahun ${year} sebelum tahun ${min}.`);
  if (max !== undefined && year > max) return fail(`Tahun ${year} sesudah tahun ${max}.`);
  return ok(year);
}

/**
 * A target, baseline or realisation: a number written the Indonesian way ("3,45", "85%",
 * "1.250") or, failing that, a milestone in words ("SK ditetapkan", "WTP").
 * @example parseNilai('3,45') //=> { ok: true, value: 3.45 }
 */
export function parseNilai(raw: string): Parsed<Nilai | undefined> {
  const text = raw.trim();
  if (text === '' || text === '-') return ok(undefined);
  const number = parseAngka(text);
  return ok(number ?? text);
}

const UNITS: [RegExp, number][] = [
  [/^(ribu|rb)$/i, 1e3],
  [/^(juta|jt)$/i, 1e6],
  [/^(miliar|milyar|m)$/i, 1e9],
  [/^(triliun|t)$/i, 1e12],
];
const RUPIAH_EXAMPLE = 'Contoh: 150.000.000, 150000000, atau 150 juta.';

/**
 * An amount in Rupiah as people write it: "150.000.000", "150000000", "Rp150.000.000,00",
 * "150 juta", "1,5 miliar". Amounts are whole Rupiah and not negative.
 * @example parseRupiah('150 juta') //=> { ok: true, value: 150000000 }
 */
export function parseRupiah(raw: string): Parsed<number | undefined> {
  let text = raw.trim();
  if (text === '' || text === '-') return ok(undefined);
  text = text.replace(/^rp\.?\s*/i, '');
  const match = /^([\d.,]+)\s*([a-z]+)?$/i.exec(text);
  const refuse = fail<number | undefined>(`"${raw.trim()}" bukan jumlah Rupiah yang dikenali. ${RUPIAH_EXAMPLE}`);
  if (!match) return refuse;
  const [, digits, unitWord] = match as unknown as [string, string, string | undefined];
  let amount: number | undefined;
  if (unitWord) {
    const unit = UNITS.find(([pattern]) => pattern.test(unitWord));
    if (!unit) return refuse;
    // "1.5 juta" and "1,5 juta" both mean one and a half million.
    const number = /^\d+\.\d{1,2}$/.test(digits) ? Number(digits) : parseAngka(digits);
    if (number === undefined) return refuse;
    amount = number * unit[1];
  } else {
    // Without a unit a dot groups thousands and only ",00" may follow.
    const plain = digits.replace(/,0{1,2}$/, '');
    if (/^\d+$/.test(plain)) amount = Number(plain);
    else if (/^\d{1,3}(\.\d{3})+$/.test(plain)) amount = Number(plain.replaceAll('.', ''));
    else return refuse;
  }
  if (!Number.isFinite(amount) || amount < 0) return refuse;
  return ok(Math.round(amount));
}

/**
 * Rupiah in few words, without "Rp": whole millions as "150 juta", whole billions as "1,5 miliar",
 * else with dots. Reads back with parseRupiah, so a prompt can offer it as the default. (The
 * document and the terminal messages write whole rupiah, "Rp150.000.000": formatRupiah in
 * render/templates/format.ts, formatRupiahPesan in model/format-message.ts.)
 * @example formatRupiahRingkas(150000000) //=> '150 juta'
 * @example formatRupiahRingkas(1250000) //=> '1,25 juta'
 */
export function formatRupiahRingkas(amount: number): string {
  const id = (n: number) => n.toLocaleString('id-ID', { maximumFractionDigits: 3 });
  if (amount >= 1e9 && Number.isInteger((amount / 1e9) * 1000)) return `${id(amount / 1e9)} miliar`;
  if (amount >= 1e6 && Number.isInteger((amount / 1e6) * 1000)) return `${id(amount / 1e6)} juta`;
  return amount.toLocaleString('id-ID', { maximumFractionDigits: 0 });
}

/**
 * A value as the user would type it, for a prompt default: a decimal comma and no thousands dots
 * ("1250,5"), up to six decimals, so parseNilai reads back exactly what was stored.
 */
export function formatNilaiIsian(value: Nilai): string {
  return typeof value === 'number' ? value.toLocaleString('id-ID', { maximumFractionDigits: 6, useGrouping: false }) : value;
}

export type YearValueKind = 'nilai' | 'rupiah';

/**
 * Values for each year of the period, typed on one line: "60 70 80 90 100", or with ";" when a
 * value has spaces ("Draf; Ditetapkan; -; Evaluasi; Evaluasi"). One value alone stands for every
 * year; "-" leaves a year empty; an empty line gives no values. Rupiah may carry units:
 * "150 juta 200 juta". Words that are not one per year are one milestone for every year ("1 dokumen").
 * @example parseYearValues('60 70', [2025, 2026], 'nilai') //=> { ok: true, value: { 2025: 60, 2026: 70 } }
 */
export function parseYearValues(raw: string, years: readonly number[], kind: YearValueKind): Parsed<Record<string, Nilai>> {
  const text = raw.trim();
  if (text === '') return ok({});
  let tokens = splitValues(text, kind);
  // Words without ";" and not one per year: a milestone for every year ("1 dokumen", "SK ditetapkan").
  if (kind === 'nilai' && !text.includes(';') && tokens.length !== years.length && tokens.some((t) => parseAngka(t) === undefined && t !== '-')) {
    tokens = [text];
  }
  const span = `${years[0]}-${years.at(-1)}`;
  if (tokens.length !== 1 && tokens.length !== years.length) {
    const sep = kind === 'nilai' ? ' Pisahkan dengan spasi, atau dengan ";" bila ada teks berspasi.' : ' Pisahkan dengan spasi atau ";".';
    return fail(`Perlu ${years.length} nilai (${span}) atau satu nilai untuk semua tahun; tertulis ${tokens.length}.${sep}`);
  }
  const values: Record<string, Nilai> = {};
  for (const [i, year] of years.entries()) {
    const token = tokens.length === 1 ? tokens[0]! : tokens[i]!;
    const parsed = kind === 'rupiah' ? parseRupiah(token) : parseNilai(token);
    if (!parsed.ok) return fail(tokens.length === 1 ? parsed.error : `Tahun ${year}: ${parsed.error}`);
    if (parsed.value !== undefined) values[String(year)] = parsed.value;
  }
  return ok(values);
}

/** Year values from an answers file: a map {2025: 60}, a list [60, 70, ...], or a line of text. */
export function yearValuesFromAnswer(raw: unknown, years: readonly number[], kind: YearValueKind): Parsed<Record<string, Nilai>> {
  if (raw === null || raw === undefined) return ok({});
  if (Array.isArray(raw)) {
    if (raw.length !== years.length) {
      return fail(`Daftar ini perlu ${years.length} nilai (${years[0]}-${years.at(-1)}); tertulis ${raw.length}.`);
    }
    return fromEntries(years.map((year, i) => [String(year), raw[i]] as const), kind);
  }
  if (typeof raw === 'object') {
    const entries = Object.entries(raw as Record<string, unknown>);
    for (const [key] of entries) {
      if (!/^\d{4}$/.test(key)) return fail(`Kunci "${key}" bukan tahun empat angka.`);
      if (!years.includes(Number(key))) return fail(`Tahun ${key} di luar periode ${years[0]}-${years.at(-1)}.`);
    }
    return fromEntries(entries, kind);
  }
  if (typeof raw === 'number' && kind === 'rupiah') return fromEntries(years.map((y) => [String(y), raw] as const), kind);
  return parseYearValues(String(raw), years, kind);
}

function fromEntries(entries: readonly (readonly [string, unknown])[], kind: YearValueKind): Parsed<Record<string, Nilai>> {
  const values: Record<string, Nilai> = {};
  for (const [year, value] of entries) {
    if (value === null || value === undefined) continue;
    if (typeof value === 'number') {
      if (kind === 'rupiah' && (value < 0 || !Number.isFinite(value))) return fail(`Tahun ${year}: anggaran tidak boleh negatif.`);
      values[year] = value;
      continue;
    }
    const parsed = kind === 'rupiah' ? parseRupiah(String(value)) : parseNilai(String(value));
    if (!parsed.ok) return fail(`Tahun ${year}: ${parsed.error}`);
    if (parsed.value !== undefined) values[year] = parsed.value;
  }
  return ok(values);
}

/** Splits a line of values; rupiah units ("150 juta") and a leading "Rp" stay with their number. */
export function splitValues(text: string, kind: YearValueKind): string[] {
  if (text.includes(';')) return text.split(';').map((t) => t.trim());
  const words = text.split(/\s+/);
  if (kind === 'nilai') return words;
  const tokens: string[] = [];
  let prefix = '';
  for (const word of words) {
    if (/^rp\.?$/i.test(word)) {
      prefix = 'Rp';
      continue;
    }
    if (tokens.length > 0 && prefix === '' && UNITS.some(([pattern]) => pattern.test(word))) {
      tokens[tokens.length - 1] += ` ${word}`;
      continue;
    }
    tokens.push(prefix + word);
    prefix = '';
  }
  return tokens;
}

/** Year values shown as a default: the same line parseYearValues reads. */
export function formatYearValues(values: Record<string, Nilai>, years: readonly number[], kind: YearValueKind): string {
  const shown = years.map((y) => {
    const v = values[String(y)];
    if (v === undefined) return '-';
    return kind === 'rupiah' && typeof v === 'number' ? formatRupiahRingkas(v) : formatNilaiIsian(v);
  });
  if (shown.every((s) => s === '-')) return '';
  const needsSemicolon = shown.some((s) => /\s/.test(s)) && kind === 'nilai';
  return shown.join(needsSemicolon ? '; ' : '  ');
}

const BULAN = ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'];

/**
 * A date written TTTT-BB-HH, HH-BB-TTTT, HH/BB/TTTT or "17 Maret 2025"; gives TTTT-BB-HH.
 * @example parseTanggal('17/03/2025') //=> { ok: true, value: '2025-03-17' }
 */
export function parseTanggal(raw: string): Parsed<string> {
  const text = raw.trim().toLowerCase();
  if (text === '') return fail('Wajib diisi (misalnya 2025-03-17 atau 17-03-2025).');
  let y: number, m: number, d: number;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text))) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text))) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})\s+([a-z]+)\s+(\d{4})$/.exec(text))) {
    const month = BULAN.findIndex((b) => b.startsWith(match![2]!.slice(0, 3)));
    if (month === -1) return fail(`Nama bulan "${match[2]}" tidak dikenal.`);
    [d, m, y] = [Number(match[1]), month + 1, Number(match[3])];
  } else {
    return fail(`"${raw.trim()}" bukan tanggal; tulis misalnya 2025-03-17, 17-03-2025 atau 17 Maret 2025.`);
  }
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return fail(`Tanggal ${raw.trim()} tidak ada di kalender.`);
  }
  const year = parseYear(String(y));
  if (!year.ok) return fail(year.error);
  return ok(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
}

/** Today as TTTT-BB-HH in local time. */
export function isoDate(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/**
 * An OPD code: upper-cased for the user, then checked by the schema's own rule, and refused
 * when already in use.
 */
export function parseKodeOpd(raw: string, taken: readonly string[]): Parsed<string> {
  const kode = raw.trim().toUpperCase().replace(/\s+/g, '-');
  if (kode === '') return fail('Wajib diisi (misalnya DISPERKIM).');
  const refused = schemaMessage(Opd.shape.kode, kode);
  if (refused) return fail(refused);
  if (taken.includes(kode)) return fail(`Kode ${kode} sudah ada di daftar OPD.`);
  return ok(kode);
}
