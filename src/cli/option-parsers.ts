/** Parsers for option values shared by several commands; commander reports what they throw. */
import { InvalidArgumentError } from 'commander';

export function year(value: string): number {
  if (!/^\d{4}$/.test(value.trim())) throw new InvalidArgumentError('tulis tahun empat angka, misalnya 2025.');
  return Number(value);
}

/** A quarter: 1-4, or I-IV. */
export function quarter(value: string): 1 | 2 | 3 | 4 {
  const n = { '1': 1, '2': 2, '3': 3, '4': 4, I: 1, II: 2, III: 3, IV: 4 }[value.trim().toUpperCase()];
  if (n === undefined) throw new InvalidArgumentError('tulis triwulan 1, 2, 3 atau 4.');
  return n as 1 | 2 | 3 | 4;
}

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('harus bilangan bulat positif.');
  return n;
}
