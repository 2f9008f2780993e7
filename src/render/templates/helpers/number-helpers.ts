/**
 * Number helpers: `angka`, `rupiah`, `persen`, `nilai`. A blank value (null or '') prints as
 * nothing, except in table cells: `nilai`, and `angka`/`rupiah` with `tabel=true`, print a dash.
 */
import type { HelperDelegate } from 'handlebars';
import { formatAngka, formatNilai, formatPersen, formatRupiah, formatRupiahTabel } from '../format.js';
import { decimalsOption, defineHelper, flag, isBlank, toNumber } from './define-helper.js';

export const numberHelpers: Readonly<Record<string, HelperDelegate>> = {
  /**
   * @example
   * {{angka 1234567.5}} //=> 1.234.567,5
   * {{angka 2.5 desimal=2}} //=> 2,50
   * {{angka null tabel=true}} //=> -
   */
  angka: defineHelper('angka', { min: 1, max: 1 }, ([value], hash) => {
    if (isBlank(value)) return flag(hash, 'tabel') ? '-' : '';
    return formatAngka(toNumber(value), decimalsOption(hash));
  }),

  /**
   * Prose: `Rp` and the whole amount. `tabel=true`: a cell of a column headed "(Rp)", the bare
   * amount, and `-` for zero or no budget.
   *
   * @example
   * {{rupiah 24490000000}} //=> Rp24.490.000.000
   * {{rupiah 4920000000 tabel=true}} //=> 4.920.000.000
   * {{rupiah 0 tabel=true}} //=> -
   */
  rupiah: defineHelper('rupiah', { min: 1, max: 1 }, ([value], hash) => {
    const options = { ...decimalsOption(hash), juta: flag(hash, 'juta') };
    if (flag(hash, 'tabel')) return isBlank(value) ? '-' : formatRupiahTabel(toNumber(value), options);
    return isBlank(value) ? '' : formatRupiah(toNumber(value), options);
  }),

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
