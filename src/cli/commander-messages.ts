/**
 * commander speaks English; our users read Indonesian. Its error messages are translated line by
 * line, and its help's fixed words (Usage, Options, default, choices) are replaced.
 */
import type { Help } from 'commander';

/** Every message commander 14 can give for a command line (lib/command.js, option.js, argument.js). */
const MESSAGES: [RegExp, string][] = [
  [/option '([^']+)' argument '([^']*)' is invalid\.\s*/, "nilai '$2' untuk opsi '$1' tidak dapat dipakai: "],
  [/option '([^']+)' value '([^']*)' from env '([^']+)' is invalid\.\s*/, "nilai '$2' untuk opsi '$1' dari variabel lingkungan '$3' tidak dapat dipakai: "],
  [/command-argument value '([^']*)' is invalid for argument '([^']+)'\.\s*/, "nilai '$1' untuk argumen '$2' tidak dapat dipakai: "],
  [/Allowed choices are (.+)\./, 'pilihan yang ada: $1.'],
  [/unknown option '([^']+)'/, "opsi '$1' tidak dikenal"],
  [/unknown command '([^']+)'/, "perintah '$1' tidak dikenal"],
  [/missing required argument '([^']+)'/, "argumen '$1' wajib diisi"],
  [/option '([^']+)' argument missing/, "opsi '$1' memerlukan nilai"],
  [/required option '([^']+)' not specified/, "opsi '$1' wajib diberikan"],
  [/environment variable '([^']+)'/g, "variabel lingkungan '$1'"],
  [/ cannot be used with /, ' tidak dapat dipakai bersama '],
  [/too many arguments for '([^']+)'\. Expected (\d+) arguments? but got (\d+)\./, "argumen terlalu banyak untuk '$1': seharusnya paling banyak $2, diberikan $3."],
  [/too many arguments\. Expected (\d+) arguments? but got (\d+)\./, 'argumen terlalu banyak: seharusnya paling banyak $1, diberikan $2.'],
  [/Did you mean one of ([^?]+)\?/, 'Maksud Anda salah satu dari $1?'],
  [/Did you mean ([^?]+)\?/, 'Maksud Anda $1?'],
  [/\boption '/g, "opsi '"],
  [/^error:/gm, 'galat:'],
];

/**
 * @example
 * translateCommanderMessage("error: unknown option '--x'") //=> "galat: opsi '--x' tidak dikenal"
 */
export function translateCommanderMessage(text: string): string {
  let out = text;
  for (const [pattern, replacement] of MESSAGES) out = out.replace(pattern, replacement);
  return out;
}

const TITLES: Record<string, string> = {
  'Usage:': 'Pemakaian:',
  'Options:': 'Opsi:',
  'Global Options:': 'Opsi global:',
  'Arguments:': 'Argumen:',
  'Commands:': 'Perintah:',
};

/** "(choices: …, default: …)" after a description, in Indonesian; an empty list default is not shown. */
function extraInfo(description: string): string {
  return description
    .replace(/ ?\(default: \[\]\)$/, '')
    .replace(/(\(|, )choices: /, '$1pilihan: ')
    .replace(/(\(|, )default: /, '$1bawaan: ')
    .replace(/(\(|, )preset: /, '$1nilai tanpa argumen: ')
    .replace(/(\(|, )env: /, '$1variabel lingkungan: ');
}

/** For `program.configureHelp()`: the help's fixed English words in Indonesian. */
export const indonesianHelp: Partial<Help> = {
  styleTitle: (title: string) => TITLES[title] ?? title,
  styleOptionText: (text: string) => (text === '[options]' ? '[opsi]' : text),
  styleSubcommandText: (text: string) => (text === '[command]' ? '[perintah]' : text),
  styleOptionDescription: extraInfo,
  styleArgumentDescription: extraInfo,
};
