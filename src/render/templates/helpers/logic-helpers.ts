/**
 * Comparison and logic helpers for `{{#if}}` conditions, plus `add`, `isi` and `default`.
 */
import type { HelperDelegate } from 'handlebars';
import { defineHelper, toNumber } from './define-helper.js';

/**
 * Equality that forgives a number compared with its digits (`eq tahun "2025"`), since YAML and
 * templates disagree about which one a value is.
 */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const loose = (x: unknown) => typeof x === 'number' || typeof x === 'string';
  return loose(a) && loose(b) && typeof a !== typeof b && String(a) === String(b);
}

/** Handlebars' truthiness: an empty list is false, as in `{{#if}}`. */
function truthy(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

/** True when there is something to show: non-blank text, a non-empty list, any number. */
export function hasContent(value: unknown): boolean {
  if (value === null || value === undefined || value === false) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

export const logicHelpers: Readonly<Record<string, HelperDelegate>> = {
  /** @example {{#if (eq jenis "tematik")}}…{{/if}} */
  eq: defineHelper('eq', { min: 2, max: 2 }, ([a, b]) => same(a, b)),
  /** @example {{#if (ne status "selesai")}}…{{/if}} */
  ne: defineHelper('ne', { min: 2, max: 2 }, ([a, b]) => !same(a, b)),
  /** @example {{#if (gt capaian 100)}}melampaui target{{/if}} */
  gt: defineHelper('gt', { min: 2, max: 2 }, ([a, b]) => toNumber(a) > toNumber(b)),
  /** @example {{#if (lt capaian 50)}}perlu perhatian{{/if}} */
  lt: defineHelper('lt', { min: 2, max: 2 }, ([a, b]) => toNumber(a) < toNumber(b)),
  /** @example {{#if (and sasaran indikator)}}…{{/if}} */
  and: defineHelper('and', { min: 1, max: Infinity }, (args) => args.every(truthy)),
  /** @example {{#if (or a b c)}}…{{/if}} */
  or: defineHelper('or', { min: 1, max: Infinity }, (args) => args.some(truthy)),
  /** @example {{#if (not selesai)}}…{{/if}} */
  not: defineHelper('not', { min: 1, max: 1 }, ([value]) => !truthy(value)),
  /**
   * @example
   * {{add @index 1}} //=> 1 for the first item
   */
  add: defineHelper('add', { min: 1, max: Infinity }, (args) => args.reduce<number>((sum, value) => sum + toNumber(value), 0)),
  /**
   * @example
   * {{#if (isi kegiatan)}}<table>…</table>{{/if}}
   */
  isi: defineHelper('isi', { min: 1, max: 1 }, ([value]) => hasContent(value)),
  /**
   * @example
   * {{default keterangan "-"}} //=> "-" when keterangan is null, '' or []
   */
  default: defineHelper('default', { min: 2, max: 2 }, ([value, fallback]) => (hasContent(value) || typeof value === 'number' ? value : fallback)),
};
