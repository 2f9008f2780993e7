/**
 * Mutations of a roadmap.yaml: the mistakes and damage a file meets in the hands of users and
 * their tools. Each takes the text (or, last, the bytes) and a Random, and says what it did, so
 * a failing case reads as "deleted lines 114-116; swapped a value to a list at line 40".
 */
import type { Random } from './prng.js';

export interface Mutated {
  bytes: Buffer;
  /** One entry per mutation applied, in order. */
  steps: string[];
}

type TextMutation = (lines: string[], random: Random) => string;
type ByteMutation = (bytes: Buffer, random: Random) => { bytes: Buffer; step: string };

/** `key: value` on one line, also as a list item (`- id: X`). */
const KEY_VALUE = /^(\s*(?:- )?)([A-Za-z_][\w-]*|\d{4}):(\s+)(\S.*)$/;

/** Values of every other type, and values that are hard on parsers and formatters. */
const OTHER_VALUES = [
  '0',
  '-1',
  '3.25',
  '72,5',
  '1e400',
  '.nan',
  '.inf',
  '0x1F',
  '0o17',
  '2024-13-45',
  '2025-02-30T25:61:00Z',
  'true',
  'no',
  'null',
  '~',
  '""',
  "''",
  '[]',
  '{}',
  '[1, "a", null]',
  '{a: 1, b: [2]}',
  'teks biasa',
  'teks: dengan titik dua',
  'teks # dengan komentar',
  '"\\u0000\\u0085\\u2028"',
  '"\u0093kutip lengkung\u0094"',
  '!!binary aGFsbw==',
  '!!js/function "function () {}"',
  '!custom x',
  '&jangkar nilai',
  '*tidak_ada',
  '|\n  blok\n  teks',
  '>-',
  '- butir',
  '"197103141996032004"',
  '197103141996032004',
  'IND-99',
  'BAG-ORG',
  'TIDAK-ADA',
  '99999',
  '2023',
  '2029',
  'Ω≈ç√∫ 日本語 🙂',
  '"<script>alert(1)</script> & <w:t>"',
  '{{constructor}}',
  '__proto__',
];

/** Text that stays a valid string for the schema but is hard on views, templates and DOCX. */
const ODD_STRINGS = [
  '',
  ' ',
  '  spasi di tepi  ',
  'x',
  'a'.repeat(5_000),
  'kata '.repeat(400),
  '<p>markup</p> & <section orientation="landscape">',
  '{{> bocor}} {{constructor}}',
  '**tebal** dan *miring* dan _garis_',
  '- bukan daftar\n- kedua',
  '1. angka\n2. dua\n\n  a. bersarang',
  'H. Ahmad Fauzi, S.H., M.Si.',
  'A. Latar Belakang',
  'Ω≈ç 日本語 🙂 👨‍👩‍👧 é',
  'baris\u2028pemisah\u2029paragraf',
  '\u200b\u200e\u202e terbalik',
  '\ttab\tdi\ttengah',
  'baris satu\nbaris dua\n\nparagraf dua',
  'KAPITAL SEMUA DAN OPD',
  'Rp1.000.000,00 (100%)',
  "'kutip' dan \"dobel\" dan \\ garis miring",
  'C:\\Users\\x\\roadmap.yaml',
  'https://contoh.go.id/a?b=c&d=e',
  '&amp; &lt; ]]> <?xml?> <!-- komentar -->',
  'output outcome stakeholder quick wins',
];

/** Numbers that stay numbers: zero, negative, tiny, huge, long fractions. */
const ODD_NUMBERS = ['0', '-1', '-0', '0.5', '100', '101', '99.999', '3.14159265358979', '0.000001', '-1e-7', '1e15', '1e21', '123456789012345680000', '1e308'];

const TEXT_MUTATIONS: Record<string, TextMutation> = {
  oddString(lines, r) {
    const i = findLine(lines, r, (l) => {
      const value = KEY_VALUE.exec(l)?.[4];
      return value !== undefined && !/^[-\d.]+$|^[[{|>&*!]|^(true|false|null|~)$/.test(value);
    });
    if (i < 0) return 'oddString: none';
    const value = r.pick(ODD_STRINGS);
    // A JSON string is a YAML double-quoted scalar: escapes and all.
    lines[i] = lines[i]!.replace(KEY_VALUE, (_, indent: string, key: string, space: string) => `${indent}${key}:${space}${JSON.stringify(value)}`);
    return `line ${i + 1}: string replaced by ${JSON.stringify(value.slice(0, 60))}`;
  },
  oddNumber(lines, r) {
    const i = findLine(lines, r, (l) => /:\s*-?\d+(\.\d+)?\s*(,|}|$)/.test(l) && !/^\s*(mulai|selesai|tahun):/.test(l));
    if (i < 0) return 'oddNumber: none';
    const value = r.pick(ODD_NUMBERS);
    const numbers = [...lines[i]!.matchAll(/(:\s*)(-?\d+(?:\.\d+)?)(?=\s*(?:,|}|$))/g)];
    const target = r.pick(numbers);
    const at = target.index! + target[1]!.length;
    lines[i] = lines[i]!.slice(0, at) + value + lines[i]!.slice(at + target[2]!.length);
    return `line ${i + 1}: number ${target[2]} replaced by ${value}`;
  },
  proseLine(lines, r) {
    // A line inside a `|` block: same indentation, odd content.
    const i = findLine(lines, r, (l, k) => k > 0 && /^\s+\S/.test(l) && blockScalarAbove(lines, k));
    if (i < 0) return 'proseLine: none';
    const indent = /^\s*/.exec(lines[i]!)![0];
    const prose = r.pick(['- butir', '  - bersarang', '1) satu', 'a. huruf', 'A. Kapital', 'H. Ahmad memimpin rapat', '**tebal', '*', '<b>tag</b> & amp', '    sangat menjorok', '', 'output dan outcome', '1. '.repeat(30), '- '.repeat(40)]);
    lines.splice(i, 0, prose === '' ? '' : indent + prose);
    return `line ${i + 1}: prose line ${JSON.stringify(prose.slice(0, 40))} in a text block`;
  },
  deleteLines(lines, r) {
    const count = r.int(1, 4);
    const at = r.int(0, Math.max(0, lines.length - count));
    lines.splice(at, count);
    return `deleted lines ${at + 1}-${at + count}`;
  },
  swapType(lines, r) {
    const i = findLine(lines, r, (l) => KEY_VALUE.test(l));
    if (i < 0) return 'swapType: no key: value line';
    const value = r.pick(OTHER_VALUES);
    lines[i] = lines[i]!.replace(KEY_VALUE, (_, indent: string, key: string, space: string) => `${indent}${key}:${space}${value}`);
    return `line ${i + 1}: value replaced by ${JSON.stringify(value)}`;
  },
  swapFlowValue(lines, r) {
    // target: {2024: 65, 2025: 68} → one of the values (or years) replaced
    const i = findLine(lines, r, (l) => /\{\s*\d{4}\s*:/.test(l));
    if (i < 0) return 'swapFlowValue: no flow map';
    const value = r.pick(['"teks"', 'null', '[1, 2]', '72,5', '-5', '1e309', '', '{}', '2024: 1']);
    const replaceYear = r.chance(0.3);
    lines[i] = replaceYear
      ? lines[i]!.replace(/\d{4}(?=\s*:)/, r.pick(['1999', '2099', 'dua ribu', '20245', '"2025"', '2024.5']))
      : lines[i]!.replace(/(:\s*)([^,}]+)/, `$1${value}`);
    return `line ${i + 1}: flow map ${replaceYear ? 'year' : `value → ${JSON.stringify(value)}`}`;
  },
  duplicateKey(lines, r) {
    const i = findLine(lines, r, (l) => KEY_VALUE.test(l) && !/^\s*- /.test(l));
    if (i < 0) return 'duplicateKey: none';
    const changed = r.chance(0.5) ? lines[i]! : lines[i]!.replace(KEY_VALUE, (_, indent: string, key: string, space: string) => `${indent}${key}:${space}${r.pick(OTHER_VALUES)}`);
    lines.splice(i + 1, 0, changed);
    return `line ${i + 1}: key duplicated on the next line`;
  },
  duplicateBlock(lines, r) {
    // A list item with its body: `- id: X` and the more indented lines after it.
    const i = findLine(lines, r, (l) => /^\s*- (id|kode|tema): /.test(l));
    if (i < 0) return 'duplicateBlock: none';
    const indent = lines[i]!.search(/\S/);
    let end = i + 1;
    while (end < lines.length && (lines[end]!.trim() === '' || lines[end]!.search(/\S/) > indent)) end++;
    lines.splice(end, 0, ...lines.slice(i, end));
    return `lines ${i + 1}-${end}: list item duplicated (same id)`;
  },
  indent(lines, r) {
    const i = findLine(lines, r, (l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
    if (i < 0) return 'indent: none';
    const how = r.pick(['+1', '+2', '-1', '-2', 'tab', '+4']);
    const line = lines[i]!;
    if (how === 'tab') lines[i] = line.replace(/^ {0,2}/, '\t');
    else if (how.startsWith('+')) lines[i] = ' '.repeat(Number(how.slice(1))) + line;
    else lines[i] = line.replace(new RegExp(`^ {1,${how.slice(1)}}`), '');
    return `line ${i + 1}: indentation ${how}`;
  },
  swapLines(lines, r) {
    const i = r.int(0, lines.length - 2);
    [lines[i], lines[i + 1]] = [lines[i + 1]!, lines[i]!];
    return `lines ${i + 1} and ${i + 2} swapped`;
  },
  yamlSpecial(lines, r) {
    const i = r.int(0, lines.length - 1);
    const special = r.pick([
      '---',
      '...',
      '%YAML 1.1',
      '%TAG ! tag:x,2000:',
      '__proto__: {polluted: true}',
      'constructor: {prototype: {polluted: true}}',
      '<<: *tidak_ada',
      'x: &a [1]\ny: *a',
      '? [kunci, kompleks]\n: nilai',
      '{',
      ']',
      '"tidak ditutup',
      '- lepas',
      'kunci tanpa nilai',
      ': nilai tanpa kunci',
      'a: b: c',
      'x: !!set {a, b}',
      'x: !!omap [a: 1]',
      'x: !!timestamp 2024-01-01',
    ]);
    lines.splice(i, 0, special);
    return `line ${i + 1}: inserted ${JSON.stringify(special)}`;
  },
  aliasBomb(lines, r) {
    const levels = r.int(3, 9);
    const bomb = ['bom0: &b0 ["xxxxxxxxxx", "xxxxxxxxxx"]'];
    for (let k = 1; k <= levels; k++) bomb.push(`bom${k}: &b${k} [*b${k - 1}, *b${k - 1}, *b${k - 1}, *b${k - 1}]`);
    lines.splice(r.pick([0, lines.length]), 0, ...bomb);
    return `alias bomb of ${levels} levels (4^${levels} items)`;
  },
  bigValue(lines, r) {
    const i = findLine(lines, r, (l) => KEY_VALUE.test(l));
    if (i < 0) return 'bigValue: none';
    const size = r.pick([1_000, 20_000, 200_000]);
    const unit = r.pick(['a', 'kata ', 'Ω', '🙂', '<&>', '\\n']);
    const value = JSON.stringify(unit.repeat(Math.ceil(size / unit.length)));
    lines[i] = lines[i]!.replace(KEY_VALUE, (_, indent: string, key: string, space: string) => `${indent}${key}:${space}${value}`);
    return `line ${i + 1}: value of ${size} characters (${JSON.stringify(unit)})`;
  },
  deepNesting(lines, r) {
    const depth = r.pick([50, 500, 5_000]);
    const i = findLine(lines, r, (l) => KEY_VALUE.test(l));
    if (i < 0) return 'deepNesting: none';
    lines[i] = lines[i]!.replace(KEY_VALUE, (_, indent: string, key: string, space: string) => `${indent}${key}:${space}${'['.repeat(depth)}${']'.repeat(depth)}`);
    return `line ${i + 1}: ${depth} nested flow lists`;
  },
  emptyFile(lines, r) {
    const kind = r.pick(['', '\n', '# hanya komentar\n', '   ', '~', '[]', '"teks"', '- a\n- b']);
    lines.splice(0, lines.length, kind);
    return `whole file replaced by ${JSON.stringify(kind)}`;
  },
  deleteSection(lines, r) {
    const tops = lines.flatMap((l, i) => (/^[a-zA-Z]+:/.test(l) ? [i] : []));
    if (tops.length === 0) return 'deleteSection: none';
    const k = r.int(0, tops.length - 1);
    const start = tops[k]!;
    const end = tops[k + 1] ?? lines.length;
    const name = lines[start]!.split(':')[0];
    lines.splice(start, end - start);
    return `top-level section ${name} deleted`;
  },
};

const BYTE_MUTATIONS: Record<string, ByteMutation> = {
  randomBytes(bytes, r) {
    const count = r.int(1, 8);
    const at = r.int(0, bytes.length);
    const noise = Buffer.from(Array.from({ length: count }, () => r.pick([0x00, 0x09, 0x0a, 0x0d, 0x1b, 0x22, 0x3a, 0x7f, 0x80, 0x85, 0x93, 0xa0, 0xc3, 0xe2, 0xef, 0xfe, 0xff, r.int(0, 255)])));
    return { bytes: Buffer.concat([bytes.subarray(0, at), noise, bytes.subarray(at)]), step: `${count} random bytes at offset ${at}: ${noise.toString('hex')}` };
  },
  overwriteBytes(bytes, r) {
    const at = r.int(0, Math.max(0, bytes.length - 1));
    const copy = Buffer.from(bytes);
    const count = Math.min(r.int(1, 6), copy.length - at);
    for (let k = 0; k < count; k++) copy[at + k] = r.int(0, 255);
    return { bytes: copy, step: `${count} bytes overwritten at offset ${at}` };
  },
  truncate(bytes, r) {
    const at = r.chance(0.2) ? r.int(0, 200) : r.int(0, bytes.length);
    return { bytes: bytes.subarray(0, at), step: `truncated at byte ${at} of ${bytes.length}` };
  },
  encoding(bytes, r) {
    const how = r.pick(['bom', 'crlf', 'utf16le', 'latin1', 'cr']);
    const text = bytes.toString('utf8');
    switch (how) {
      case 'bom':
        return { bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]), step: 'UTF-8 BOM added' };
      case 'crlf':
        return { bytes: Buffer.from(text.replace(/\n/g, '\r\n')), step: 'line ends CRLF' };
      case 'cr':
        return { bytes: Buffer.from(text.replace(/\n/g, '\r')), step: 'line ends CR only' };
      case 'utf16le':
        return { bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), step: 'saved as UTF-16LE with BOM' };
      default:
        return { bytes: Buffer.from(text, 'latin1'), step: 'saved as Latin-1' };
    }
  },
};

const TEXT_WEIGHTS = {
  oddString: 14,
  oddNumber: 8,
  proseLine: 6,
  deleteLines: 12,
  swapType: 16,
  swapFlowValue: 8,
  duplicateKey: 7,
  duplicateBlock: 5,
  indent: 10,
  swapLines: 5,
  yamlSpecial: 6,
  aliasBomb: 1,
  bigValue: 3,
  deepNesting: 1,
  emptyFile: 1,
  deleteSection: 4,
} as const satisfies Record<keyof typeof TEXT_MUTATIONS, number>;

const BYTE_WEIGHTS = { randomBytes: 8, overwriteBytes: 4, truncate: 7, encoding: 3 } as const satisfies Record<keyof typeof BYTE_MUTATIONS, number>;

/** 1-3 mutations of `original`: text edits first, then at most one edit of the raw bytes. */
export function mutate(original: string, random: Random): Mutated {
  const count = random.weighted({ 1: 6, 2: 3, 3: 1 });
  const lines = original.split('\n');
  const steps: string[] = [];
  let byteMutation: keyof typeof BYTE_WEIGHTS | undefined;
  for (let k = 0; k < Number(count); k++) {
    if (byteMutation === undefined && random.chance(0.3)) {
      byteMutation = random.weighted(BYTE_WEIGHTS);
      continue;
    }
    const name = random.weighted(TEXT_WEIGHTS);
    steps.push(`${name}: ${TEXT_MUTATIONS[name]!(lines, random)}`);
  }
  let bytes: Buffer = Buffer.from(lines.join('\n'), 'utf8');
  if (byteMutation !== undefined) {
    const result = BYTE_MUTATIONS[byteMutation]!(bytes, random);
    bytes = result.bytes;
    steps.push(`${byteMutation}: ${result.step}`);
  }
  return { bytes, steps };
}

/** A random line satisfying `test`, tried a few times, else the first one that does; -1 if none. */
function findLine(lines: readonly string[], random: Random, test: (line: string, index: number) => boolean): number {
  for (let tries = 0; tries < 40; tries++) {
    const i = random.int(0, lines.length - 1);
    if (test(lines[i]!, i)) return i;
  }
  return lines.findIndex((line, i) => test(line, i));
}

/** Line `k` is inside a `key: |` block: the nearest less indented line above ends in `|` or `|-`. */
function blockScalarAbove(lines: readonly string[], k: number): boolean {
  const indent = lines[k]!.search(/\S/);
  for (let j = k - 1; j >= 0; j--) {
    const line = lines[j]!;
    if (line.trim() === '') continue;
    const own = line.search(/\S/);
    if (own < indent) return /:\s*[|>][-+]?\s*$/.test(line);
  }
  return false;
}
