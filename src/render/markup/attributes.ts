/**
 * Reading an element's attributes into typed values. Each read registers the attribute as known,
 * so the set of attributes an element accepts is exactly the set its handler reads: `finish()`
 * then reports the rest as unknown, with a suggestion. Read each attribute once: the check
 * counts reads of written attributes.
 */
import { closestName } from './closest-name.js';
import { ownCopy } from './own-copy.js';
import type { Length } from './types.js';
import { TWIPS_PER_CM } from '../docx/units.js';

export type ReportAttributeProblem = (message: string) => void;

/** Twips per unit: 1 cm = 567 twips (as Word rounds it), 1 pt = 20 twips. */
const TWIPS_PER_UNIT: Readonly<Record<string, number>> = { cm: TWIPS_PER_CM, mm: TWIPS_PER_CM / 10, in: 1440, pt: 20 };
const LENGTH = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(cm|mm|in|pt|%)$/;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const INTEGER = /^[+-]?\d+$/;
const HEX_COLOUR = /^#?([0-9a-fA-F]{6})$/;

export interface LengthOptions {
  /** Accept `50%` (a share of the text width). */
  percent?: boolean;
  /** Accept negative values (an outdent). */
  negative?: boolean;
}

/**
 * One reader serves a whole parse: `reset` points it at the next element. Markup has 100k+
 * elements; a fresh reader (and its arrays) per element showed up as garbage-collector time.
 */
export class AttributeReader {
  private readonly known: string[] = [];
  /** How many of the attributes written were read: when all were, none is unknown. */
  private readWritten = 0;
  private written = 0;
  private element = '';
  private attributes: Readonly<Record<string, string>> = {};

  constructor(readonly report: ReportAttributeProblem) {}

  reset(element: string, attributes: Readonly<Record<string, string>>, written: number): this {
    this.element = element;
    this.attributes = attributes;
    this.written = written;
    this.known.length = 0;
    this.readWritten = 0;
    return this;
  }

  /** The trimmed value, registering the name as one this element accepts. */
  private raw(name: string): string | undefined {
    this.known.push(name);
    const value = this.attributes[name];
    if (value === undefined) return undefined;
    this.readWritten++;
    return value.trim();
  }

  text(name: string): string | undefined {
    const value = this.raw(name);
    if (value === '') this.report(`Atribut ${name} pada <${this.element}> tidak boleh kosong.`);
    // Kept in the tree: not as a view of the whole markup.
    return value === '' || value === undefined ? undefined : ownCopy(value);
  }

  bool(name: string): boolean | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    if (value === 'true') return true;
    if (value === 'false') return false;
    this.report(`Atribut ${name} harus "true" atau "false", tertulis "${value}".`);
    return undefined;
  }

  int(name: string, min: number, max = Infinity): number | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    const n = INTEGER.test(value) ? Number(value) : NaN;
    if (n >= min && n <= max) return n;
    const range = max === Infinity ? `>= ${min}` : `${min} sampai ${max}`;
    this.report(`Atribut ${name} harus bilangan bulat ${range}, tertulis "${value}".`);
    return undefined;
  }

  /** A decimal number written with a dot; `min` is exclusive when `positive` is set. */
  number(name: string, { positive = true } = {}): number | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    const n = NUMBER.test(value) ? Number(value) : NaN;
    if (positive ? n > 0 : n >= 0) return n;
    const what = positive ? 'angka > 0' : 'angka >= 0';
    this.report(`Atribut ${name} harus ${what} (desimal dengan titik, mis. 1.5), tertulis "${value}".`);
    return undefined;
  }

  oneOf<T extends string>(name: string, values: readonly T[]): T | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    // The word as the code writes it, not the markup's copy: the tree keeps no view of the markup.
    const known = values.find((v) => v === value);
    if (known !== undefined) return known;
    const guess = closestName(value, values);
    const hint = guess === undefined ? '' : ` Maksud Anda "${guess}"?`;
    this.report(`Atribut ${name} harus salah satu dari: ${values.join(', ')}; tertulis "${value}".${hint}`);
    return undefined;
  }

  length(name: string, options: LengthOptions = {}): Length | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    const match = LENGTH.exec(value);
    const amount = match === null ? NaN : Number(match[1]);
    const unit = match?.[2];
    const signOk = options.negative === true || amount >= 0;
    if (unit === '%' && options.percent === true && signOk) return { percent: amount };
    const factor = unit === undefined ? undefined : TWIPS_PER_UNIT[unit];
    if (factor !== undefined && signOk) return { twips: Math.round(amount * factor) };
    const units = options.percent === true ? 'cm, mm, in, pt atau %' : 'cm, mm, in atau pt';
    this.report(`Atribut ${name} harus panjang dengan satuan ${units}, mis. "2cm"; tertulis "${value}".`);
    return undefined;
  }

  /** An absolute length in twips (margins). */
  twips(name: string): number | undefined {
    const length = this.length(name);
    return length !== undefined && 'twips' in length ? length.twips : undefined;
  }

  /** A colour as six hex digits, upper-cased; a leading `#` is forgiven. */
  colour(name: string): string | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    const match = HEX_COLOUR.exec(value);
    if (match?.[1] !== undefined) return match[1].toUpperCase();
    this.report(`Atribut ${name} harus warna heksadesimal 6 digit, mis. "D9D9D9"; tertulis "${value}".`);
    return undefined;
  }

  /** `"1,4,2"` → `[1, 4, 2]`; every entry a number > 0. */
  numberList(name: string): number[] | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    const parts = value.split(',').map((part) => part.trim());
    const numbers = parts.map((part) => (NUMBER.test(part) ? Number(part) : NaN));
    if (numbers.length > 0 && numbers.every((n) => n > 0)) return numbers;
    this.report(`Atribut ${name} harus daftar angka > 0 dipisah koma, mis. "1,4,2"; tertulis "${value}".`);
    return undefined;
  }

  /** Reports a missing required attribute; returns the value unchanged for chaining. */
  required<T>(name: string, value: T | undefined): T | undefined {
    if (value === undefined && this.attributes[name] === undefined) {
      this.report(`Atribut ${name} wajib ditulis pada <${this.element}>.`);
    }
    return value;
  }

  /** Reports every attribute no read asked for. Call after all reads. */
  finish(): void {
    if (this.written === this.readWritten) return;
    for (const name in this.attributes) {
      if (this.known.includes(name)) continue;
      if (this.known.length === 0) {
        this.report(`<${this.element}> tidak punya atribut; hapus ${name}="…".`);
        continue;
      }
      const guess = closestName(name, this.known);
      const hint =
        guess === undefined ? ` Atribut yang boleh: ${this.known.join(', ')}.` : ` Maksud Anda ${guess}?`;
      this.report(`Atribut ${name} tidak dikenal pada <${this.element}>.${hint}`);
    }
  }
}
