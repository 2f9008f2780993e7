/**
 * Text helpers: dates, numerals, letters, case (`kapital`, `judul`, `nama`, `awalKecil`),
 * joining lists, foreign terms in italics (`asing`), and `teks` (prose to markup).
 */
import type { HelperDelegate } from 'handlebars';
import { HandlebarsRuntime as Handlebars } from '../handlebars-runtime.js';
import { formatTanggal, toLetters, toRoman, toTitleCase } from '../format.js';
import { italicizeForeignTerms } from '../italicize-foreign-terms.js';
import { proseToMarkup, type ProseOptions } from '../prose-to-markup.js';
import { toLowerInitial } from '../to-lower-initial.js';
import { toNameCapitals } from '../to-name-capitals.js';
import { defineHelper, flag, isBlank, toNumber } from './define-helper.js';

/**
 * A value as plain text. Markup from `asing` or `teks` cannot be changed further without
 * breaking its tags or escaping them twice, so the order is spelt out: the markup helper last.
 */
function asText(value: unknown): string {
  if (value instanceof Handlebars.SafeString) {
    throw new TypeError('argumennya sudah berupa markup (hasil asing atau teks); panggil asing/teks paling luar, mis. {{asing (awalKecil x)}}.');
  }
  return value === null ? '' : String(value);
}

export const textHelpers: Readonly<Record<string, HelperDelegate>> = {
  /**
   * @example
   * {{tanggal "2025-03-17"}} //=> 17 Maret 2025
   * {{tanggal ""}} //=> ...............
   */
  tanggal: defineHelper('tanggal', { min: 1, max: 1 }, ([value]) => {
    if (value === null || typeof value === 'string' || value instanceof Date) return formatTanggal(value);
    throw new RangeError(`${JSON.stringify(value)} bukan tanggal; tulis TTTT-BB-HH.`);
  }),

  /**
   * @example
   * {{romawi 4}} //=> IV
   * {{romawi 4 kecil=true}} //=> iv
   */
  romawi: defineHelper('romawi', { min: 1, max: 1 }, ([value], hash) => {
    const roman = toRoman(toNumber(value));
    return flag(hash, 'kecil') ? roman.toLowerCase() : roman;
  }),

  /**
   * @example
   * {{huruf 1}} //=> a
   * {{huruf 27}} //=> aa
   * {{huruf 2 besar=true}} //=> B
   */
  huruf: defineHelper('huruf', { min: 1, max: 1 }, ([value], hash) => {
    const letters = toLetters(toNumber(value));
    return flag(hash, 'besar') ? letters.toUpperCase() : letters;
  }),

  /**
   * @example
   * {{kapital "rencana aksi"}} //=> RENCANA AKSI
   */
  kapital: defineHelper('kapital', { min: 1, max: 1 }, ([value]) => asText(value).toLocaleUpperCase('id-ID')),

  /**
   * @example
   * {{judul "rencana aksi dan OPD pengampu"}} //=> Rencana Aksi dan OPD Pengampu
   */
  judul: defineHelper('judul', { min: 1, max: 1 }, ([value]) => toTitleCase(asText(value))),

  /**
   * A person's name for a signature block: the name in capitals, titles and degrees as written;
   * with `gelar=false` without academic titles and degrees, as a regulation is signed.
   *
   * @example
   * {{nama "Dra. Siti Nur'aini, M.Si."}} //=> Dra. SITI NUR'AINI, M.Si.
   * {{nama "Dra. Siti Nur'aini, M.Si." gelar=false}} //=> SITI NUR'AINI
   */
  nama: defineHelper('nama', { min: 1, max: 1 }, ([value], hash) =>
    toNameCapitals(asText(value), { gelar: hash.gelar !== false && hash.gelar !== 'false' }),
  ),

  /**
   * A phrase put mid-sentence: first letter lower case, unless it starts with an acronym, a name
   * or the title of a regulation.
   *
   * @example
   * {{awalKecil "Laporan evaluasi kelembagaan"}} //=> laporan evaluasi kelembagaan
   * {{awalKecil "Peraturan Bupati tentang SOP"}} //=> Peraturan Bupati tentang SOP
   */
  awalKecil: defineHelper('awalKecil', { min: 1, max: 1 }, ([value]) => toLowerInitial(asText(value))),

  /**
   * A short text (a table cell, a name in a sentence) with its foreign terms in italics. Escapes
   * the text itself and returns a SafeString; don't put it inside `<i>`.
   *
   * @example
   * {{asing "Penerapan quick wins"}} //=> Penerapan <i>quick wins</i>
   */
  asing: defineHelper('asing', { min: 1, max: 1 }, ([value]) =>
    new Handlebars.SafeString(italicizeForeignTerms(asText(value), Handlebars.Utils.escapeExpression)),
  ),

  /**
   * Joins a list; an optional last separator reads naturally: "A, B dan C".
   *
   * @example
   * {{join opd ", "}} //=> BAPPEDA, BKPSDM, INSPEKTORAT
   * {{join opd ", " " dan "}} //=> BAPPEDA, BKPSDM dan INSPEKTORAT
   */
  join: defineHelper('join', { min: 1, max: 3 }, ([list, separator = ', ', last]) => {
    if (!Array.isArray(list)) throw new TypeError(`argumen pertama harus daftar (array), tertulis ${typeof list}.`);
    const items = list.filter((item) => !isBlank(item) && item !== undefined).map(String);
    const sep = String(separator);
    if (last === undefined || items.length < 2) return items.join(sep);
    return `${items.slice(0, -1).join(sep)}${String(last)}${items[items.length - 1]}`;
  }),

  /**
   * Prose from the project file as markup: paragraphs, lists, bold and italic, foreign terms in
   * italics (`asing=false` to leave them upright). Escapes the text itself and returns a
   * SafeString, so use it with `{{ }}`, outside any `<p>`.
   *
   * @example
   * {{teks narasi}} //=> <p>…</p> <ul><li>…</li></ul>
   * {{teks narasi class="small" indent="1cm"}}
   */
  teks: defineHelper('teks', { min: 1, max: 1 }, ([value], hash) => {
    const options: ProseOptions = { asing: hash.asing !== false && hash.asing !== 'false' };
    if (hash.class !== undefined) options.class = String(hash.class);
    if (hash.indent !== undefined) options.indent = String(hash.indent);
    return new Handlebars.SafeString(proseToMarkup(asText(value), options));
  }),
};
