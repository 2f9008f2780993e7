/** Parsers for option values shared by several commands; commander reports what they throw. */
import { InvalidArgumentError } from 'commander';
import { quarterOf } from '../model/quarter.js';

/** A year of four digits: `--tahun 2025`. */
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

/** `--draft 3`, `--jobs 4`. */
export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('harus bilangan bulat positif.');
  return n;
}

/** A period `MULAI-SELESAI` (a hyphen or an en dash, spaces allowed): `--roll 2029-2033`. */
export function period(value: string): { mulai: number; selesai: number } {
  const match = /^\s*(\d{4})\s*[-–]\s*(\d{4})\s*$/.exec(value);
  if (!match) throw new InvalidArgumentError('tulis MULAI-SELESAI, misalnya 2029-2033.');
  return { mulai: Number(match[1]), selesai: Number(match[2]) };
}

/** For an option that may be given again (`--set a=1 --set b=2`): every value, in order. */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
