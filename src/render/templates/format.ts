/**
 * Indonesian formatting of numbers, money, percentages, dates and list labels in the document.
 * Pure functions for the template helpers and the chart writer. Written by hand rather than with
 * Intl so the output never depends on the ICU data a Node build happens to carry. Terminal
 * messages format values their own way (model/format-message.ts says how and why); the wizard
 * writes Rupiah as "150 juta" (formatRupiahRingkas in wizard/parse-answer.ts).
 */
import { groupThousands } from '../../model/format-message.js';
import { columnLetters } from '../../spreadsheet.js';

export interface DecimalOptions {
  /** Exactly this many decimals. Unset: up to two, trailing zeros dropped. */
  desimal?: number;
}

export interface RupiahOptions extends DecimalOptions {
  /**
   * Express in millions: `Rp1,5 juta` in prose, `1,5` in a table whose header says "(Rp juta)".
   * Not the house style (whole rupiah everywhere); kept for a table that is wholly in millions.
   */
  juta?: boolean;
}

const MONTHS = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
  'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
] as const;

/** What a blank date prints as: room to fill it in by hand. */
export const BLANK_DATE = '...............';

/**
 * A number with `.` between thousands and `,` before decimals.
 *
 * @example
 * formatAngka(1234567.5) //=> '1.234.567,5'
 * formatAngka(2.5, { desimal: 2 }) //=> '2,50'
 * formatAngka(1 / 3) //=> '0,33'
 */
export function formatAngka(value: number, options: DecimalOptions = {}): string {
  return formatDecimal(value, options.desimal, 2);
}

/**
 * Rupiah for prose: `Rp` without a space, as the EYD style guide writes it; whole rupiah by
 * default. Zero is `Rp0`, in millions too (never "Rp0 juta"), and an amount too small to show
 * in millions is written in whole rupiah.
 *
 * @example
 * formatRupiah(1500000) //=> 'Rp1.500.000'
 * formatRupiah(1500000, { juta: true }) //=> 'Rp1,5 juta'
 * formatRupiah(0, { juta: true }) //=> 'Rp0'
 * formatRupiah(-2500) //=> '-Rp2.500'
 */
export function formatRupiah(value: number, options: RupiahOptions = {}): string {
  const inMillions = options.juta === true && roundDecimal(value / 1_000_000, options.desimal ?? 2) !== 0;
  const amount = inMillions ? value / 1_000_000 : value;
  const digits = formatDecimal(Math.abs(amount), options.desimal ?? (inMillions ? undefined : 0), 2);
  const sign = amount < 0 && /[1-9]/.test(digits) ? '-' : ''; // never "-Rp0"
  return `${sign}Rp${digits}${inMillions ? ' juta' : ''}`;
}

/**
 * Rupiah for a table column whose header carries the unit, "Anggaran (Rp)": the bare amount,
 * as Indonesian budget tables print it, and `-` for no budget (zero), so no cell is blank.
 * With `juta`, the header must say "(Rp juta)".
 *
 * @example
 * formatRupiahTabel(4920000000) //=> '4.920.000.000'
 * formatRupiahTabel(0) //=> '-'
 * formatRupiahTabel(4920000000, { juta: true }) //=> '4.920'
 */
export function formatRupiahTabel(value: number, options: RupiahOptions = {}): string {
  if (value === 0) return '-';
  if (options.juta !== true) return formatDecimal(value, options.desimal ?? 0, 2);
  const millions = value / 1_000_000;
  // 400 rupiah in a "(Rp juta)" column is 0,0004, not a misleading 0.
  return roundsToZero(millions, options.desimal) ? formatDecimal(millions, undefined, 6) : formatDecimal(millions, options.desimal, 2);
}

/**
 * A percentage given in percent (83.333 means 83.333%), not as a ratio.
 *
 * @example
 * formatPersen(83.333) //=> '83,33%'
 * formatPersen(100) //=> '100%'
 * formatPersen(12.5, { desimal: 0 }) //=> '13%'
 */
export function formatPersen(value: number, options: DecimalOptions = {}): string {
  return `${formatDecimal(value, options.desimal, 2)}%`;
}

/**
 * An ISO date (`YYYY-MM-DD`, optionally with a time, or `YYYY-MM`) or a Date, in words.
 * A blank date becomes dots to fill in by hand.
 *
 * @example
 * formatTanggal('2025-03-17') //=> '17 Maret 2025'
 * formatTanggal('2025-08') //=> 'Agustus 2025'
 * formatTanggal('') //=> '...............'
 */
export function formatTanggal(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return BLANK_DATE;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError('tanggal tidak sah.');
    return `${value.getUTCDate()} ${MONTHS[value.getUTCMonth()]} ${value.getUTCFullYear()}`;
  }
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ].*)?$/.exec(value.trim());
  const year = Number(match?.[1]);
  const month = MONTHS[Number(match?.[2]) - 1];
  if (match === null || month === undefined) {
    throw new RangeError(`"${value}" bukan tanggal; tulis TTTT-BB-HH, mis. 2025-03-17.`);
  }
  if (match[3] === undefined) return `${month} ${year}`;
  const day = Number(match[3]);
  const daysInMonth = new Date(Date.UTC(year, Number(match[2]), 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) throw new RangeError(`"${value}" bukan tanggal yang ada.`);
  return `${day} ${month} ${year}`;
}

const ROMAN: readonly [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/**
 * Roman numerals, for chapter numbers (BAB IV) and front-matter pages.
 *
 * @example
 * toRoman(4) //=> 'IV'
 * toRoman(1994) //=> 'MCMXCIV'
 */
export function toRoman(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 3999) {
    throw new RangeError(`angka Romawi hanya untuk bilangan bulat 1 sampai 3999, tertulis ${value}.`);
  }
  let rest = value;
  let out = '';
  for (const [amount, numeral] of ROMAN) {
    while (rest >= amount) {
      out += numeral;
      rest -= amount;
    }
  }
  return out;
}

/**
 * List labels a, b, …, z, aa, ab, … (bijective base 26, as word processors number lists).
 *
 * @example
 * toLetters(1) //=> 'a'
 * toLetters(27) //=> 'aa'
 */
export function toLetters(value: number): string {
  if (!Number.isInteger(value) || value < 1) {
    throw new RangeError(`huruf urut hanya untuk bilangan bulat >= 1, tertulis ${value}.`);
  }
  return columnLetters(value).toLowerCase();
}

/** Words kept lower case inside an Indonesian title (PUEBI: kata tugas). */
const SMALL_WORDS = new Set([
  'di', 'ke', 'dari', 'dan', 'atau', 'yang', 'untuk', 'pada', 'dengan', 'dalam', 'oleh',
  'bagi', 'serta', 'tentang', 'terhadap', 'sebagai', 'antara', 'per', 'melalui', 'kepada',
]);

/**
 * Title Case for Indonesian headings: each word capitalised except conjunctions and prepositions
 * after the first word. Acronyms (all capitals, in text that is not itself all capitals) stay.
 *
 * @example
 * toTitleCase('rencana aksi reformasi birokrasi dan OPD pengampu') //=> 'Rencana Aksi Reformasi Birokrasi dan OPD Pengampu'
 * toTitleCase('ROAD MAP REFORMASI BIROKRASI') //=> 'Road Map Reformasi Birokrasi'
 */
export function toTitleCase(text: string): string {
  const allCaps = text === text.toLocaleUpperCase('id-ID');
  let first = true;
  return text.replace(/[\p{L}\p{N}'’-]+/gu, (word) => {
    const isFirst = first;
    first = false;
    const isAcronym = !allCaps && word.length > 1 && word === word.toLocaleUpperCase('id-ID');
    if (isAcronym) return word;
    const lower = word.toLocaleLowerCase('id-ID');
    if (!isFirst && SMALL_WORDS.has(lower)) return lower;
    return lower.charAt(0).toLocaleUpperCase('id-ID') + lower.slice(1);
  });
}

/**
 * A target or realisation cell: numbers formatted, text as written, blank as a dash.
 *
 * @example
 * formatNilai(1250.5) //=> '1.250,5'
 * formatNilai('Predikat BB') //=> 'Predikat BB'
 * formatNilai(null) //=> '-'
 */
export function formatNilai(value: number | string | null | undefined, options: DecimalOptions = {}): string {
  if (value === null || value === undefined) return '-';
  if (typeof value === 'number') return formatAngka(value, options);
  return value.trim() === '' ? '-' : value;
}

/** True when `value` is not zero but prints as 0 at `fixed` decimals (two when unset). */
function roundsToZero(value: number, fixed: number | undefined): boolean {
  return value !== 0 && roundDecimal(value, fixed ?? 2) === 0;
}

/** Rounds half away from zero at `digits` decimals, in decimal (so 1.005 → 1.01, not 1.00). */
function roundDecimal(value: number, digits: number): number {
  if (Math.abs(value) >= 1e15) return value; // beyond double precision: nothing to round
  // An integer whose shifted value is still exact rounds to itself; most amounts are whole rupiah.
  if (Number.isInteger(value) && Math.abs(value) * 10 ** digits <= Number.MAX_SAFE_INTEGER) return value;
  // Shift the decimal exponent in text, also for values JavaScript writes as "2e-7".
  const [mantissa, exponent = '0'] = String(Math.abs(value)).split('e');
  const shifted = Math.round(Number(`${mantissa}e${Number(exponent) + digits}`));
  return Math.sign(value) * Number(`${shifted}e-${digits}`);
}

function formatDecimal(value: number, fixed: number | undefined, maxDecimals: number): string {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21) throw new RangeError(`${value} bukan angka yang bisa ditulis.`);
  if (fixed !== undefined && (!Number.isInteger(fixed) || fixed < 0 || fixed > 10)) {
    throw new RangeError(`desimal harus bilangan bulat 0 sampai 10, tertulis ${fixed}.`);
  }
  const digits = fixed ?? maxDecimals;
  const rounded = roundDecimal(value, digits);
  const sign = rounded < 0 ? '-' : '';
  if (Number.isSafeInteger(rounded) && (fixed === undefined || fixed === 0)) {
    // What toFixed would give, without decimals to drop: the integer's digits, exact below 2^53.
    return `${sign}${groupThousands(String(Math.abs(rounded)))}`;
  }
  const [whole = '0', decimals = ''] = Math.abs(rounded).toFixed(digits).split('.');
  const shown = fixed === undefined ? decimals.replace(/0+$/, '') : decimals;
  return `${sign}${groupThousands(whole)}${shown === '' ? '' : `,${shown}`}`;
}

