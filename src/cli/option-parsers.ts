/** Parsers for option values shared by several commands; commander reports what they throw. */
import { InvalidArgumentError } from 'commander';
import { quarterOf } from '../model/edits/realisasi-rows.js';

export function year(value: string): number {
  if (!/^\d{4}$/.test(value.trim())) throw new InvalidArgumentError('tulis tahun empat angka, misalnya 2025.');
  return Number(value);
}

/** A quarter, read as the realisation files read it: 1-4, I-IV, "TW II". */
export function quarter(value: string): 1 | 2 | 3 | 4 {
  const n = quarterOf(value);
  if (n === null) throw new InvalidArgumentError('tulis triwulan 1, 2, 3 atau 4.');
  return n;
}

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('harus bilangan bulat positif.');
  return n;
}
