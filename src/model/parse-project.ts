/**
 * Text of a roadmap.yaml -> the project, the YAML document (kept for edits that preserve
 * comments and order), and every problem found, each located at file:line:column.
 * A file without a single problem is read the fast way (read-project.ts) and its document is
 * built only if a caller asks for it; any other file is read with positions, so every problem
 * says where it is. Pure: the caller reads the file.
 */
import { Document, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLError } from 'yaml';
import { getProfile, PROFILES, profileForPeriod } from '../reference/index.js';
import { checkProject } from './check-project.js';
import { locate, typedAt } from './locate.js';
import { readCleanProject, type CleanProject } from './read-project.js';
import { formatPath, sortProblems, type PathSegment, type Problem } from '../problem.js';
import { salvage } from './salvage.js';
import { Project as ProjectSchema } from './schema.js';
import type { Project } from './types.js';
import { describeIssue } from './zod-issues.js';
import { keyText } from './yaml-text/yaml-keys.js';

export interface ParsedProject {
  /** Present when the file has no errors (warnings allowed). */
  project?: Project;
  /** The file's content as plain data (`document.toJS()`), when it could be read as a map. */
  data?: unknown;
  /** Built on first use when the file was read the fast way. */
  readonly document: Document;
  readonly lineCounter: LineCounter;
  problems: Problem[];
}

/**
 * How many nodes aliases (`*nama`) may bring in when the file is read. A real roadmap.yaml needs
 * none; an "alias bomb" (aliases of aliases) would need billions.
 */
export const MAX_ALIAS_COUNT = 100;

/** Problems after which the file cannot be read as YAML at all: nothing can be edited in it. */
export const UNREADABLE: ReadonlySet<string> = new Set(['yaml-syntax', 'yaml-aliases', 'yaml-depth']);

/**
 * `fast: false` reads with positions even a clean file (the tests compare the two ways).
 */
export function parseProject(text: string, file: string, options: { fast?: boolean } = {}): ParsedProject {
  const clean = options.fast === false ? undefined : readCleanProject(text);
  if (clean) return withLazyDocument(text, clean);
  try {
    return parseChecked(text, file);
  } catch (error) {
    // Thousands of nested […] or {…} overflow the YAML parser's recursion: the file's shape is
    // the problem, not a bug here. A real roadmap.yaml nests a handful of levels.
    if (!(error instanceof RangeError) || !/call stack/i.test(error.message)) throw error;
    const problem: Problem = {
      code: 'yaml-depth',
      severity: 'error',
      file,
      line: 1,
      column: 1,
      message: 'Berkas ini bersarang terlalu dalam ([…] atau {…} di dalam […] ribuan kali) sehingga tidak dapat dibaca.',
      hint: 'Periksa kurung siku dan kurung kurawal yang tidak ditutup; roadmap.yaml hanya perlu beberapa tingkat.',
    };
    return { document: new Document(), lineCounter: new LineCounter(), problems: [problem] };
  }
}

/** The YAML document of a text, with the line counter that turns its offsets into positions. */
export function readDocument(text: string): { document: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  return { document, lineCounter };
}

function withLazyDocument(text: string, clean: CleanProject): ParsedProject {
  let built: { document: Document; lineCounter: LineCounter } | undefined;
  const build = () => (built ??= readDocument(text));
  return {
    project: clean.project,
    data: clean.data,
    problems: [],
    get document() {
      return build().document;
    },
    get lineCounter() {
      return build().lineCounter;
    },
  };
}

function parseChecked(text: string, file: string): ParsedProject {
  const { document, lineCounter } = readDocument(text);
  const problems: Problem[] = [];
  const position = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const done = () => ({ document, lineCounter, problems: sortProblems(problems) });

  // 1. Decimal commas in {…} or […]: `{2025: 72,5}` is two entries to YAML. Said once per place;
  // the errors they cause (a duplicate key, "5" not a year) are left unsaid.
  const commas = decimalCommas(document, text);
  for (const found of commas) {
    problems.push({
      code: 'decimal-comma',
      severity: 'error',
      file,
      ...position(found.offset),
      ...(found.path.length > 0 ? { path: formatPath(found.path) } : {}),
      message: `Angka desimal ditulis dengan koma (${found.written.join(', ')}); di dalam {…} dan […] koma memisahkan nilai, jadi ${found.written[0]} terbaca sebagai dua nilai.`,
      hint: `Desimal memakai titik: ${found.written.map((w) => w.replace(',', '.')).join(', ')}.`,
    });
  }
  const inComma = (offset: number) => commas.some((c) => offset >= c.range[0] && offset < c.range[1]);

  // 2. YAML syntax: nothing else is meaningful until the file parses.
  for (const error of document.errors) {
    if (error.pos[0] !== undefined && inComma(error.pos[0])) continue;
    const pos = error.linePos?.[0];
    problems.push({
      code: 'yaml-syntax',
      severity: 'error',
      file,
      ...(pos ? { line: pos.line, column: pos.col } : {}),
      ...describeYamlError(error, text),
    });
  }
  if (problems.some((p) => p.code === 'yaml-syntax')) return done();

  // 3. A file that is no project at all says so once, instead of listing every missing key.
  const notProject = notAProject(document);
  if (notProject) {
    problems.push({ code: notProject.code, severity: 'error', file, line: 1, column: 1, message: notProject.message, hint: notProject.hint });
    return done();
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError) || !/alias/i.test(error.message)) throw error;
    problems.push({
      code: 'yaml-aliases',
      severity: 'error',
      file,
      line: 1,
      column: 1,
      message: `Berkas memakai terlalu banyak alias YAML (*nama): bila diuraikan, isinya melebihi batas ${MAX_ALIAS_COUNT} salinan, jadi tidak dibaca.`,
      hint: 'Tulis nilainya langsung, tanpa &jangkar dan *alias.',
    });
    return done();
  }

  const at = (path: readonly PathSegment[], key = false) => locate(document, lineCounter, path, { key });
  const typed = (path: readonly PathSegment[]) => typedAt(document, text, path);
  const commaPaths = commas.map((c) => formatPath(c.path));
  const underComma = (path: readonly PathSegment[]) => {
    const p = formatPath(path);
    return commaPaths.some((c) => p.startsWith(`${c}.`) || p.startsWith(`${c}[`));
  };

  // 4. Shape and types against the schema.
  const result = ProjectSchema.safeParse(data, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) {
      for (const described of describeIssue(issue, ProjectSchema, typed)) {
        if (underComma(described.path)) continue;
        const loc = at(described.path, described.atKey);
        const hint = described.path.length === 1 && described.path[0] === 'profil' && described.code === 'invalid-choice' ? profileHint(data) : described.hint;
        problems.push({
          code: described.code,
          severity: 'error',
          file,
          ...(loc ? { line: loc.line, column: loc.column } : {}),
          path: formatPath(described.path),
          message: described.message,
          ...(hint ? { hint } : {}),
        });
      }
    }
  }

  // 5. Rules across fields (OPD codes, years, ids, areas): on the whole project, or on what of it
  // parsed, so that one schema error does not hide the file's other mistakes.
  const checked = result.success ? result.data : salvage(ProjectSchema, data);
  for (const found of checked ? checkProject(checked) : []) {
    const loc = at(found.path, found.atKey);
    problems.push({
      code: found.code,
      severity: found.severity,
      file,
      ...(loc ? { line: loc.line, column: loc.column } : {}),
      path: formatPath(found.path),
      message: found.message,
      ...(found.hint ? { hint: found.hint } : {}),
    });
  }
  const sorted = sortProblems(problems);
  const ok = result.success && !sorted.some((p) => p.severity === 'error');
  return { ...(ok ? { project: result.data } : {}), data, document, lineCounter, problems: sorted };
}

export const YAML_MESSAGES: Record<string, string> = {
  DUPLICATE_KEY: 'Kunci yang sama ditulis dua kali dalam satu bagian.',
  BAD_INDENT: 'Indentasi tidak tepat.',
  TAB_AS_INDENT: 'Indentasi memakai tab; gunakan spasi.',
  MISSING_CHAR: 'Ada tanda yang hilang (misalnya penutup kutip atau kurung).',
  BLOCK_AS_IMPLICIT_KEY: 'Kunci tidak boleh berupa blok; mungkin ada ":" yang hilang atau indentasi salah.',
  MULTILINE_IMPLICIT_KEY: 'Kunci tidak boleh lebih dari satu baris; mungkin ada ":" yang hilang.',
  UNEXPECTED_TOKEN: 'Tanda tidak terduga.',
  BAD_SCALAR_START: 'Nilai diawali tanda yang tidak boleh; apit dengan tanda kutip.',
};

export function translateYamlError(code: string, original: string): string {
  const firstLine = original.split('\n')[0] ?? original;
  return `Kesalahan sintaks YAML: ${YAML_MESSAGES[code] ?? firstLine}`;
}

const INDENT_HINT = 'Periksa indentasi (spasi, bukan tab) dan tanda ":" setelah setiap kunci.';

/** The message and hint for one YAML error; a text with ": " in it gets the way to quote it. */
function describeYamlError(error: YAMLError, text: string): { message: string; hint: string } {
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' && /nested mappings/i.test(error.message) && error.linePos) {
    const line = text.split(/\r?\n/)[error.linePos[0].line - 1] ?? '';
    const parts = /^(\s*(?:- )?[^\s:#][^:#]*:\s+)(.+?)\s*$/.exec(line);
    return {
      message: 'Kesalahan sintaks YAML: teks memuat titik dua diikuti spasi (": "), sehingga bagian sesudahnya terbaca sebagai kunci baru.',
      hint: parts ? `Apit seluruh teks dengan tanda kutip: ${parts[1]!.trim()} ${quoted(parts[2]!)}` : 'Apit seluruh teks dengan tanda kutip ("…").',
    };
  }
  return { message: translateYamlError(error.code, error.message), hint: INDENT_HINT };
}

/** The text in quotes, shortened for a hint: `"Terwujudnya: birokrasi yang …"`. */
function quoted(value: string): string {
  const short = value.length > 50 ? `${value.slice(0, 50).trimEnd()} …` : value;
  return short.includes('"') ? `'${short.replace(/'/g, "''")}'` : `"${short}"`;
}

/** An empty file, a list or a text, or a map without one key of roadmap.yaml. */
function notAProject(document: Document): { code: string; message: string; hint: string } | undefined {
  const contents = document.contents;
  const example = 'Buat proyek dengan `roadmap init`, atau salin examples/kabupaten-sukamaju/roadmap.yaml lalu sesuaikan.';
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) {
    return { code: 'empty-file', message: 'Berkas ini kosong: belum ada isi proyek roadmap.', hint: example };
  }
  const known = Object.keys(ProjectSchema.shape);
  const expected = `roadmap.yaml berupa kumpulan kunci: nilai (${known.slice(1, 4).map((k) => `${k}:`).join(', ')} …)`;
  if (!isMap(contents)) {
    const what = isSeq(contents) ? 'sebuah daftar' : 'sebuah teks';
    return { code: 'not-a-project', message: `Berkas ini bukan berkas proyek roadmap: isinya ${what}, sedangkan ${expected}.`, hint: example };
  }
  const keys = contents.items.filter(isPair).map((pair) => keyText(pair.key));
  if (keys.some((key) => known.includes(key))) return undefined;
  // Everything one level too deep, under a heading such as `roadmap:`.
  const nested = contents.items.find((pair) => isMap(pair.value) && pair.value.items.some((inner) => known.includes(keyText(inner.key))));
  const shown = keys.slice(0, 5).join(', ') + (keys.length > 5 ? ', …' : '');
  return {
    code: 'not-a-project',
    message: `Berkas ini bukan berkas proyek roadmap: tidak ada satu pun kunci roadmap.yaml di tingkat teratas (tertulis: ${shown}).`,
    hint: nested
      ? `Isi proyek tampaknya berada di bawah \`${keyText(nested.key)}:\`; kunci-kuncinya (profil, pemerintah, …) harus di tingkat teratas, tanpa indentasi.`
      : `Periksa apakah berkas yang dimaksud benar: ${expected}. ${example}`,
  };
}

/** For an unknown `profil`: the framework that fits the plan's period, when the period is readable. */
function profileHint(data: unknown): string {
  const periode = (data as { periode?: { mulai?: unknown; selesai?: unknown } } | null)?.periode;
  if (typeof periode?.mulai === 'number') {
    const id = profileForPeriod(periode.mulai);
    const span = typeof periode.selesai === 'number' ? `${periode.mulai}-${periode.selesai}` : `yang mulai ${periode.mulai}`;
    return `Untuk periode ${span} gunakan "${id}": ${getProfile(id).label}.`;
  }
  const list = Object.values(PROFILES)
    .map((p) => `${p.id}: ${p.label}`)
    .join('; ');
  return `Profil mengikuti tahun mulai periode (rb2020 bila mulai sampai 2022, rb2023 bila mulai 2023-2024, rb2025 bila mulai 2025 atau sesudahnya). ${list}.`;
}

interface DecimalComma {
  /** The {…} or […] holding it. */
  path: PathSegment[];
  range: [number, number];
  /** Where the first one starts. */
  offset: number;
  /** As written: "72,5". */
  written: string[];
}

/**
 * Numbers written with a decimal comma inside a flow collection: two numbers with nothing but a
 * comma between them (`72,5`), which YAML reads as two items (a list) or as a value and a key
 * (a map). "72, 5" with a space is left alone: that is a list of two numbers.
 */
function decimalCommas(document: Document, text: string): DecimalComma[] {
  const found: DecimalComma[] = [];
  const number = (node: unknown): node is Node & { range: [number, number, number] } =>
    isScalar(node) && typeof node.value === 'number' && node.range !== undefined && node.range !== null;
  const walk = (node: unknown, path: PathSegment[]) => {
    if (isMap(node)) {
      const pairs = node.items.filter(isPair);
      if (node.flow && node.range) {
        const written: string[] = [];
        let offset = -1;
        pairs.forEach((pair, i) => {
          const next = pairs[i + 1];
          // `2025: 72,5` is the pair 2025: 72 and a key 5 without a value.
          if (next && number(pair.value) && number(next.key) && (next.value === null || next.value === undefined)) {
            if (text.slice(pair.value.range[1], next.key.range[0]) === ',') {
              written.push(text.slice(pair.value.range[0], next.key.range[1]));
              if (offset < 0) offset = pair.value.range[0];
            }
          }
        });
        if (written.length > 0) found.push({ path, range: [node.range[0], node.range[1]], offset, written });
      }
      for (const pair of pairs) walk(pair.value, [...path, keyText(pair.key)]);
    } else if (isSeq(node)) {
      if (node.flow && node.range) {
        const written: string[] = [];
        let offset = -1;
        node.items.forEach((item, i) => {
          const next = node.items[i + 1];
          if (number(item) && number(next) && text.slice(item.range[1], next.range[0]) === ',') {
            written.push(text.slice(item.range[0], next.range[1]));
            if (offset < 0) offset = item.range[0];
          }
        });
        if (written.length > 0) found.push({ path, range: [node.range[0], node.range[1]], offset, written });
      }
      node.items.forEach((item, i) => walk(item, [...path, i]));
    }
  };
  walk(document.contents, []);
  return found;
}
