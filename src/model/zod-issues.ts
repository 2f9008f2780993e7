/**
 * Turns zod's issues into Problems with Indonesian messages. Kept apart from parse-project.ts so
 * the wizard can use the same wording when it checks one answer against one field.
 */
import type * as z from 'zod/mini';
import type { PathSegment } from '../problem.js';
import { suggest } from './suggest.js';

type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  int: 'bilangan bulat',
  boolean: 'ya/tidak (true/false)',
  object: 'kumpulan kunci: nilai',
  array: 'daftar (baris diawali "- ")',
  record: 'kumpulan kunci: nilai',
  literal: 'nilai tertentu',
  enum: 'salah satu pilihan',
};

/**
 * Describes what the user wrote, for "ditulis ..." in messages. `typed` is the text as written in
 * the file, when known: a long number such as a NIP is shown as typed, not as JavaScript rounds it.
 */
function describeAs(input: unknown, typed?: string): string {
  if (input === undefined) return 'tidak diisi';
  if (input === null) return 'kosong';
  if (Array.isArray(input)) return 'daftar';
  if (typeof input === 'object') return 'kumpulan kunci: nilai';
  if (typeof input === 'string') return `teks "${shorten(input)}"`;
  return `${typeof input === 'number' ? 'angka' : typeof input} ${typed ?? String(input)}`;
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** `text` in quotes as YAML reads it back: double quotes unless it holds one. */
function quoted(text: string): string {
  return text.includes('"') ? `'${text.replace(/'/g, "''")}'` : `"${text}"`;
}

/** A text cut at ": " reads as a map of one key: `- Misi satu: memperkuat …`. */
function textCutAtColon(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const entries = Object.entries(input);
  if (entries.length !== 1) return undefined;
  const [key, value] = entries[0]!;
  if (value !== null && typeof value === 'object') return undefined;
  return value === null ? `${key}:` : `${key}: ${String(value)}`;
}

export interface IssueMessage {
  code: string;
  message: string;
  hint?: string;
  /** Point at the key (unknown keys) rather than the value. */
  atKey?: boolean;
  /** Path to locate, when it differs from the issue's path (unknown keys add the key). */
  path: PathSegment[];
}

/**
 * One message per issue; an unknown-keys issue becomes one message per key. `typed` gives the
 * text written at a path, when the caller has the file (parse-project.ts).
 */
export function describeIssue(issue: Issue, root: z.ZodMiniType, typed?: (path: readonly PathSegment[]) => string | undefined): IssueMessage[] {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)) as PathSegment[];
  const describeInput = (input: unknown) => describeAs(input, typeof input === 'number' ? typed?.(path) : undefined);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (issue.input === undefined) {
        return [{ code: 'required', message: `Wajib diisi (${expected}).`, path }];
      }
      if (issue.expected === 'string') {
        // YAML read the text as something else: a number (a NIP), true/false, or a key: value.
        const cut = textCutAtColon(issue.input);
        if (cut !== undefined) {
          return [
            {
              code: 'wrong-type',
              message: `Harus teks, tetapi "${shorten(cut)}" terbaca sebagai pasangan kunci: nilai karena memuat titik dua diikuti spasi.`,
              hint: `Apit seluruh teks dengan tanda kutip: ${quoted(shorten(cut))}.`,
              path,
            },
          ];
        }
        if (typeof issue.input === 'number' || typeof issue.input === 'boolean') {
          const written = (typeof issue.input === 'number' ? typed?.(path) : undefined) ?? String(issue.input);
          return [
            {
              code: 'wrong-type',
              message: `Harus teks, tetapi tertulis ${describeInput(issue.input)}.`,
              hint: `Apit dengan tanda kutip agar dibaca sebagai teks apa adanya: ${quoted(written)}.`,
              path,
            },
          ];
        }
      }
      return [{ code: 'wrong-type', message: `Harus ${expected}, tetapi ${describeInput(issue.input)}.`, path }];
    }
    case 'too_small': {
      if (issue.origin === 'array') {
        return [{ code: 'too-few', message: `Daftar ini paling sedikit berisi ${issue.minimum} butir.`, path }];
      }
      if (issue.origin === 'string') return [{ code: 'required', message: 'Tidak boleh kosong.', path }];
      return [{ code: 'too-small', message: `Nilai paling kecil ${issue.minimum}, tertulis ${describeInput(issue.input)}.`, path }];
    }
    case 'too_big':
      return [{ code: 'too-big', message: `Nilai paling besar ${issue.maximum}, tertulis ${describeInput(issue.input)}.`, path }];
    case 'invalid_value': {
      const options = issue.values.map((v) => String(v));
      const near = typeof issue.input === 'string' ? suggest(issue.input, options) : undefined;
      return [
        {
          code: 'invalid-choice',
          message: `Pilihan tidak dikenal: ${describeInput(issue.input)}. Pilihan yang ada: ${options.join(', ')}.`,
          ...(near ? { hint: `Maksud Anda "${near}"?` } : {}),
          path,
        },
      ];
    }
    case 'unrecognized_keys': {
      const known = knownKeys(root, path);
      return issue.keys.map((key) => {
        const near = suggest(key, known);
        return {
          code: 'unknown-key',
          message: `Kunci "${key}" tidak dikenal di sini.`,
          hint: near ? `Maksud Anda "${near}"?` : known.length ? `Kunci yang dikenal: ${known.join(', ')}.` : undefined,
          atKey: true,
          path: [...path, key],
        } as IssueMessage;
      });
    }
    case 'invalid_union':
      return [{ code: 'wrong-type', message: `Harus angka atau teks, tertulis ${describeInput(issue.input)}.`, path }];
    case 'invalid_key':
      return [{ code: 'invalid-key', message: 'Kunci harus tahun empat angka, misalnya 2025.', atKey: true, path }];
    case 'invalid_format':
    case 'custom':
    default:
      return [{ code: 'invalid', message: issue.message, path }];
  }
}

/** The keys an object schema accepts at `path` (for "did you mean"). */
export function knownKeys(root: z.ZodMiniType, path: readonly PathSegment[]): string[] {
  const schema = schemaAt(root, path);
  const def = schema ? unwrap(schema)._zod.def : undefined;
  if (def && def.type === 'object') return Object.keys((def as z.core.$ZodObjectDef).shape);
  return [];
}

/** The sub-schema at a data path, looking through optional/default wrappers. */
export function schemaAt(root: z.ZodMiniType, path: readonly PathSegment[]): z.core.$ZodType | undefined {
  let schema: z.core.$ZodType | undefined = root;
  for (const segment of path) {
    if (!schema) return undefined;
    const def: z.core.$ZodTypeDef = unwrap(schema)._zod.def;
    if (def.type === 'object') schema = (def as z.core.$ZodObjectDef).shape[String(segment)];
    else if (def.type === 'array') schema = (def as z.core.$ZodArrayDef).element;
    else if (def.type === 'record') schema = (def as z.core.$ZodRecordDef).valueType;
    else return undefined;
  }
  return schema;
}

function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType };
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') && def.innerType) {
      current = def.innerType;
    } else if (def.type === 'pipe' && def.in) {
      current = def.in;
    } else {
      return current;
    }
  }
}
