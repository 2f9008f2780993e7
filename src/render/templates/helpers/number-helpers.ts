/**
 * Number helpers: `angka`, `rupiah`, `persen`, `nilai`. A blank value (null or '') prints as
 * nothing, except in `nilai`, which prints a dash as a table cell should.
 */
import type { HelperDelegate } from 'handlebars';
import { formatAngka, formatNilai, formatPersen, formatRupiah } from '../format.js';
import { decimalsOption, defineHelper, flag, isBlank, toNumber } from './define-helper.js';

export const numberHelpers: Readonly<Record<string, HelperDelegate>> = {
  /**
   * @example
   * {{angka 1234567.5}} //=> 1.234.567,5
   * {{angka 2.5 desimal=2}} //=> 2,50
   */
  angka: defineHelper('angka', { min: 1, max: 1 }, ([value], hash) =>
    isBlank(value) ? '' : formatAngka(toNumber(value), decimalsOption(hash)),
  ),

  /**
   * @example
   * {{rupiah 1500000}} //=> Rp1.500.000
   * {{rupiah 1500000 juta=true}} //=> Rp1,5 juta
   */
  rupiah: defineHelper('rupiah', { min: 1, max: 1 }, ([value], hash) =>
    isBlank(value) ? '' : formatRupiah(toNumber(value), { ...decimalsOption(hash), juta: flag(hash, 'juta') }),
  ),

  /**
   * @example
   * {{persen 83.333}} //=> 83,33%
   * {{persen 83.333 desimal=1}} //=> 83,3%
   */
  persen: defineHelper('persen', { min: 1, max: 1 }, ([value], hash) =>
    isBlank(value) ? '' : formatPersen(toNumber(value), decimalsOption(hash)),
  ),

  /**
   * @example
   * {{nilai 1250}} //=> 1.250
   * {{nilai "Predikat BB"}} //=> Predikat BB
   * {{nilai null}} //=> -
   */
  nilai: defineHelper('nilai', { min: 1, max: 1 }, ([value], hash) => {
    if (typeof value === 'number' || typeof value === 'string' || value === null) {
      return formatNilai(value, decimalsOption(hash));
    }
    return String(value);
  }),
};
