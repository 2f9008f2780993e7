/** Parsers for option values shared by several commands; commander reports what they throw. */
import { InvalidArgumentError } from 'commander';

export function year(value: string): number {
  if (!/^\d{4}$/.test(value.trim())) throw new InvalidArgumentError('tulis tahun empat angka, misalnya 2025.');
  return Number(value);
}

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('harus bilangan bulat positif.');
  return n;
}
