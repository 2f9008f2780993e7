/**
 * The common shape of our helpers: split Handlebars' trailing options from the arguments, check
 * the argument count, refuse `undefined`, and turn a RangeError from a formatter into a located
 * HelperError.
 */
import type { HelperDelegate } from 'handlebars';
import { HelperError, type HelperCallOptions } from './helper-error.js';

export type HelperBody = (args: unknown[], hash: Record<string, unknown>, options: HelperCallOptions) => unknown;

export interface HelperArity {
  min: number;
  /** Infinity for variadic helpers (`and`, `or`, `add`). */
  max: number;
}

/**
 * Wraps `body` as a Handlebars helper named `name`. Strict mode only checks the mustache's own
 * path, not helper arguments: `{{angka anggran}}` would quietly print nothing. The view gives
 * every field an explicit value (null, '' or []), so `undefined` here means a misspelt name.
 */
export function defineHelper(name: string, arity: HelperArity, body: HelperBody): HelperDelegate {
  return function helper(this: unknown, ...all: unknown[]): unknown {
    const options = all.pop() as HelperCallOptions;
    const args = all;
    if (args.length === 0) return shadowedField(this, name, options);
    if (args.length < arity.min || args.length > arity.max) {
      const expected = arity.min === arity.max ? `${arity.min}` : arity.max === Infinity ? `minimal ${arity.min}` : `${arity.min}–${arity.max}`;
      throw new HelperError(`Helper ${name} butuh ${expected} argumen, tertulis ${args.length}.`, options);
    }
    const missing = args.indexOf(undefined);
    if (missing >= 0) throw new HelperError(`Helper ${name}: argumen ke-${missing + 1} tidak ada di data templat.`, options, missing);
    for (const [key, value] of Object.entries(options.hash)) {
      if (value === undefined) throw new HelperError(`Helper ${name}: ${key}= tidak ada di data templat.`, options, key);
    }
    try {
      return body(args, options.hash, options);
    } catch (error) {
      if (error instanceof RangeError || error instanceof TypeError) {
        throw new HelperError(`Helper ${name}: ${error.message}`, options);
      }
      throw error;
    }
  };
}

/**
 * `{{judul}}` with no arguments: Handlebars prefers a helper over a field of the same name, but
 * a view may well have fields called `judul`, `nilai` or `tanggal`. Print the field when the
 * context has it; otherwise the author either misspelt a field or forgot the helper's argument.
 */
function shadowedField(context: unknown, name: string, options: HelperCallOptions): unknown {
  if (context !== null && typeof context === 'object' && Object.hasOwn(context, name)) {
    const value = (context as Record<string, unknown>)[name];
    if (value !== undefined) return value;
  }
  throw new HelperError(
    `Variabel "${name}" tidak ada di data templat. (${name} juga nama helper; sebagai helper tulis argumennya: {{${name} …}}.)`,
    options,
  );
}

/** A number, or a string of digits (YAML may hand either); anything else is the author's mistake. */
export function toNumber(value: unknown, what = 'nilai'): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  throw new RangeError(`${what} ${JSON.stringify(value)} bukan angka.`);
}

/** `desimal=N` from a hash, checked by the formatter. */
export function decimalsOption(hash: Record<string, unknown>): { desimal?: number } {
  return hash.desimal === undefined ? {} : { desimal: toNumber(hash.desimal, 'desimal') };
}

/** A hash flag such as `juta=true`; the string "true" is forgiven. */
export function flag(hash: Record<string, unknown>, key: string): boolean {
  return hash[key] === true || hash[key] === 'true';
}

/** Null and the empty (or blank) string: the view's explicit "no value". */
export function isBlank(value: unknown): value is null | '' {
  return value === null || (typeof value === 'string' && value.trim() === '');
}
