/**
 * The field paths of `roadmap update --set PATH=VALUE` (documented in docs/updates.md):
 *
 *   pemerintah.kepalaDaerah.nama          keys joined by dots
 *   sasaran[0].indikator[2].target.2026   [n] picks a list item (from 0; [-1] is the last)
 *   indikator:IND-03.target.2026          KIND:ID starts at the item with that id
 *   kegiatan:MP-01.pelaksana[+]           [+] at the end appends to the list
 *
 * Parsing is pure syntax; resolving looks the ids up in the project data.
 */
import { UsageError, UserError } from '../../errors.js';
import type { PathSegment } from '../../problem.js';
import { suggest } from '../suggest.js';

/** The KIND in KIND:ID and where items of that kind live. */
export const SELECTORS = {
  indikator: 'indikator (sasaran[].indikator[].id)',
  kegiatan: 'kegiatan (areaPerubahan[].kegiatan[].id)',
  opd: 'OPD (opd[].kode)',
  sasaran: 'sasaran (sasaran[].id)',
  area: 'area perubahan (areaPerubahan[].kode)',
  quickwin: 'quick win (quickWins[].id)',
  tema: 'tema RB Tematik (tematik[].tema)',
  zi: 'unit Zona Integritas (zonaIntegritas.unit[].id)',
  id: 'indikator, kegiatan, sasaran, quick win atau unit Zona Integritas dengan id itu',
} as const;
export type SelectorKind = keyof typeof SELECTORS;

export type Token = { key: string; quoted: boolean } | { index: number } | { append: true };

export interface ParsedPath {
  /** The expression as written, for messages. */
  source: string;
  selector?: { kind: SelectorKind; id: string; quoted: boolean };
  tokens: Token[];
}

/**
 * @example
 * parseSetPath('sasaran[0].target.2026').tokens
 * //=> [{ key: 'sasaran', quoted: false }, { index: 0 }, { key: 'target', quoted: false }, { key: '2026', quoted: false }]
 * @throws UsageError when the expression is not a path.
 */
export function parseSetPath(source: string): ParsedPath {
  const fail = (why: string) =>
    new UsageError('E_SET_PATH', `Jalur "${source}" tidak dapat dibaca: ${why}.`, {
      hint: 'Contoh: sasaran[0].indikator[1].target.2026, indikator:IND-03.target.2026, pemerintah.kepalaDaerah.nama',
    });
  let rest = source.trim();
  if (rest === '') throw fail('kosong');
  const parsed: ParsedPath = { source, tokens: [] };

  const head = /^([A-Za-z]+):/.exec(rest);
  if (head) {
    const kind = head[1]!.toLowerCase().replace(/^qw$/, 'quickwin');
    if (!(kind in SELECTORS)) throw fail(`jenis "${head[1]}" tidak dikenal (pilih: ${Object.keys(SELECTORS).join(', ')})`);
    rest = rest.slice(head[0].length);
    const id = readKey(rest);
    if (!id || id.text === '') throw fail('id sesudah ":" kosong');
    parsed.selector = { kind: kind as SelectorKind, id: id.text, quoted: id.quoted };
    rest = rest.slice(id.length);
  } else {
    const key = readKey(rest);
    if (!key || key.text === '') throw fail('harus diawali nama kunci');
    parsed.tokens.push({ key: key.text, quoted: key.quoted });
    rest = rest.slice(key.length);
  }

  while (rest !== '') {
    if (rest.startsWith('.')) {
      const key = readKey(rest.slice(1));
      if (!key || key.text === '') throw fail('ada nama kunci kosong sesudah "."');
      parsed.tokens.push({ key: key.text, quoted: key.quoted });
      rest = rest.slice(1 + key.length);
      continue;
    }
    const bracket = /^\[\s*(\+|-?\d+)\s*\]/.exec(rest);
    if (!bracket) throw fail(`tidak dimengerti mulai "${rest}"`);
    parsed.tokens.push(bracket[1] === '+' ? { append: true } : { index: Number(bracket[1]) });
    rest = rest.slice(bracket[0].length);
  }
  if (parsed.tokens.slice(0, -1).some((t) => 'append' in t)) throw fail('[+] hanya boleh di akhir jalur');
  return parsed;
}

/** A key up to the next "." or "[", or a quoted "key.with.dots". */
function readKey(text: string): { text: string; quoted: boolean; length: number } | undefined {
  if (text.startsWith('"')) {
    const end = text.indexOf('"', 1);
    if (end === -1) return undefined;
    return { text: text.slice(1, end), quoted: true, length: end + 1 };
  }
  const match = /^[^.[\]"]*/.exec(text)!;
  return { text: match[0].trim(), quoted: false, length: match[0].length };
}

export interface ResolvedPath {
  /** Field path in the project, ready for an Edit. */
  path: PathSegment[];
  /** The path ends in [+]: append to the list at `path`. */
  append: boolean;
}

/**
 * Turns a parsed path into field segments, looking ids up in `data` (the project as plain data).
 * An unquoted id may contain dots: the longest id that exists wins (`indikator:IK.1.target`).
 * @throws UserError when the id is not in the project.
 */
export function resolveSetPath(data: unknown, parsed: ParsedPath): ResolvedPath {
  let tokens = [...parsed.tokens];
  const path: PathSegment[] = [];
  if (parsed.selector) {
    const { kind } = parsed.selector;
    const items = itemsOf(data, kind);
    let id = parsed.selector.id;
    let found = items.get(id);
    if (!parsed.selector.quoted) {
      // Try longer ids made with the following keys: IK + 1 -> "IK.1".
      let candidate = id;
      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i]!;
        if (!('key' in token) || token.quoted) break;
        candidate = `${candidate}.${token.key}`;
        const longer = items.get(candidate);
        if (longer) {
          found = longer;
          id = candidate;
          tokens = parsed.tokens.slice(i + 1);
        }
      }
    }
    if (!found) {
      const near = suggest(id, [...items.keys()]);
      throw new UserError('E_SET_UNKNOWN_ID', `${parsed.source}: tidak ada ${SELECTORS[kind].split(' (')[0]} dengan id "${id}".`, {
        hint: near ? `Maksud Anda "${near}"?` : `Id yang ada: ${[...items.keys()].slice(0, 12).join(', ')}${items.size > 12 ? ', …' : ''}.`,
      });
    }
    path.push(...found);
  }
  let append = false;
  for (const token of tokens) {
    if ('append' in token) append = true;
    else if ('index' in token) path.push(token.index);
    else path.push(token.key);
  }
  return { path, append };
}

/** Every item of a kind, id -> field path. */
function itemsOf(data: unknown, kind: SelectorKind): Map<string, PathSegment[]> {
  const out = new Map<string, PathSegment[]>();
  const root = (data ?? {}) as Record<string, unknown>;
  const list = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? value : []);
  const add = (id: unknown, path: PathSegment[]) => {
    if ((typeof id === 'string' || typeof id === 'number') && !out.has(String(id))) out.set(String(id), path);
  };
  const want = (k: SelectorKind) => kind === k || (kind === 'id' && ['indikator', 'kegiatan', 'sasaran', 'quickwin', 'zi'].includes(k));
  list(root.sasaran).forEach((s, si) => {
    if (want('sasaran')) add(s?.id, ['sasaran', si]);
    if (want('indikator')) list(s?.indikator).forEach((ind, ii) => add(ind?.id, ['sasaran', si, 'indikator', ii]));
  });
  list(root.areaPerubahan).forEach((a, ai) => {
    if (kind === 'area') add(a?.kode, ['areaPerubahan', ai]);
    if (want('kegiatan')) list(a?.kegiatan).forEach((k, ki) => add(k?.id, ['areaPerubahan', ai, 'kegiatan', ki]));
  });
  if (kind === 'opd') list(root.opd).forEach((o, i) => add(o?.kode, ['opd', i]));
  if (want('quickwin')) list(root.quickWins).forEach((q, i) => add(q?.id, ['quickWins', i]));
  if (kind === 'tema') list(root.tematik).forEach((t, i) => add(t?.tema, ['tematik', i]));
  if (want('zi')) list((root.zonaIntegritas as Record<string, unknown> | undefined)?.unit).forEach((u, i) => add(u?.id, ['zonaIntegritas', 'unit', i]));
  return out;
}

/** `a.b=c` -> { path: 'a.b', value: 'c' }: the first "=" splits. */
export function splitAssignment(argument: string): { path: string; value: string } {
  const at = argument.indexOf('=');
  if (at <= 0) {
    throw new UsageError('E_SET_SYNTAX', `--set "${argument}": tulis JALUR=NILAI.`, {
      hint: 'Contoh: --set indikator:IND-03.target.2026=75',
    });
  }
  return { path: argument.slice(0, at).trim(), value: argument.slice(at + 1) };
}
