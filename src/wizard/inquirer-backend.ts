/**
 * The only file that imports @inquirer/prompts: the terminal backend of the wizard, with every
 * word on screen in Indonesian. Inquirer 8.7.5 ships no locale mechanism without
 * @inquirer/i18n, so the Indonesian "locale" is the theme below (confirm keywords, key help,
 * error and default styles), passed to every prompt; the prompts' English fallbacks ("You must
 * provide a value", "Value must be between") are never reached because our own checks answer
 * first, and the number prompt is not used at all (numbers go through parse-answer.ts).
 */
import { checkbox, confirm, editor, input, select, Separator } from '@inquirer/prompts';
import { stripVTControlCharacters, styleText } from 'node:util';
import type {
  Backend,
  CheckboxQuestion,
  Choice,
  ConfirmQuestion,
  InputQuestion,
  LinesQuestion,
  MoreQuestion,
  SectionChoice,
  SectionQuestion,
  SelectQuestion,
  SeparatorItem,
} from './types.js';

/** Streams for the prompts; the defaults are the process's. */
export interface PromptContext {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream & { columns?: number; rows?: number };
}

const KEY_WORDS: Record<string, string> = { space: 'spasi', '⏎': 'enter' };
const ACTION_WORDS: Record<string, string> = {
  navigate: 'pindah',
  select: 'pilih',
  all: 'semua',
  invert: 'balik',
  submit: 'lanjut',
};

/**
 * The key help under a list: "↑↓ pindah · spasi pilih · a semua · i balik · enter lanjut".
 * Inquirer passes English [key, action] pairs; unknown words pass through unchanged.
 */
export function indonesianKeysHelp(keys: readonly (readonly [string, string])[]): string {
  return keys.map(([key, action]) => `${styleText('bold', KEY_WORDS[key] ?? key)} ${styleText('dim', ACTION_WORDS[action] ?? action)}`).join(styleText('dim', ' · '));
}

/** Long defaults (a paragraph) are shown cut short; Enter still takes the whole text. */
function showDefault(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return styleText('dim', `(${oneLine.length > 48 ? `${oneLine.slice(0, 47)}…` : oneLine})`);
}

/**
 * The themes shared by every prompt: the Indonesian chrome. Error messages are broken at
 * spaces to the terminal's width (Inquirer breaks them inside words).
 */
export function themes(context: PromptContext = {}) {
  const base = {
    style: {
      error: (text: string) => styleText('red', wrap(`✖ ${text}`, width(context) - 1)),
      defaultAnswer: showDefault,
      keysHelpTip: (keys: [string, string][]) => indonesianKeysHelp(keys),
    },
    i18n: { disabledError: 'Pilihan ini tidak dapat dipilih.' },
  };
  return {
    base,
    confirm: { ...base, keywords: { yes: 'Ya', no: 'Tidak', error: () => 'Jawab "ya" atau "tidak" (y/t).' } },
    select: { ...base, style: { ...base.style, keysHelpTip: () => styleText('dim', 'Gunakan tombol panah ↑↓, lalu enter untuk memilih') } },
    editor: {
      ...base,
      style: {
        ...base.style,
        loadingMessage: () => 'Memeriksa…',
        waitingMessage: (enterKey: string) => `Tekan ${enterKey} untuk membuka editor teks.`,
      },
    },
  };
}

/** Room for the list on the screen: the terminal's rows less the lines around the list. */
function pageSize(context: PromptContext): number {
  const rows = context.output?.rows ?? 24;
  return Math.max(5, Math.min(12, rows - 9));
}

function width(context: PromptContext): number {
  return context.output?.columns ?? 80;
}

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function toInquirerChoices<T extends string>(choices: readonly (Choice<T> | SeparatorItem)[], max: number) {
  return choices.map((c) =>
    'separator' in c
      ? new Separator(styleText('dim', cut(c.separator, max)))
      : {
          value: c.value,
          name: cut(c.name, max),
          short: c.short ?? c.name,
          ...(c.description || c.name.length > max ? { description: wrap(c.description ?? c.name, max + 2) } : {}),
        },
  );
}

/** "Bappeda, Inspektorat" or, for many, "14 dipilih: Bagian Organisasi, Bappeda, …" kept short. */
export function selectionSummary(shorts: readonly string[], room = 40): string {
  if (shorts.length === 0) return styleText('dim', '(tidak ada)');
  const all = shorts.join(', ');
  if (all.length <= room) return all;
  let shown = '';
  for (const s of shorts) {
    const next = shown ? `${shown}, ${s}` : s;
    if (next.length > room - 14) break;
    shown = next;
  }
  return `${shorts.length} dipilih: ${shown ? `${shown}, ` : ''}…`;
}

const visible = (text: string) => stripVTControlCharacters(text).length;

/** Text broken at spaces to fit the terminal (Inquirer would break words in two). */
export function wrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current && visible(current) + 1 + visible(word) > width) {
          out.push(current);
          current = word;
        } else {
          current = current ? `${current} ${word}` : word;
        }
      }
      out.push(current);
      return out.join('\n');
    })
    .join('\n');
}

export function askText(message: string, options: { default?: string; validate?: (raw: string) => true | string; final?: (raw: string) => string }, context: PromptContext = {}): Promise<string> {
  return input(
    {
      message,
      ...(options.default !== undefined && options.default !== '' ? { default: options.default } : {}),
      validate: options.validate ?? (() => true),
      ...(options.final
        ? { transformer: (value: string, { isFinal }: { isFinal: boolean }) => (isFinal ? styleText('cyan', options.final!(value)) : value) }
        : {}),
      theme: themes(context).base,
    },
    context,
  );
}

export function askConfirm(message: string, defaultValue: boolean, context: PromptContext = {}): Promise<boolean> {
  return confirm({ message, default: defaultValue, theme: themes(context).confirm }, context);
}

export function askSelect<T extends string>(
  message: string,
  choices: readonly (Choice<T> | SeparatorItem)[],
  defaultValue: T | undefined,
  context: PromptContext = {},
  rows?: number,
): Promise<T> {
  return select<T>(
    {
      message,
      choices: toInquirerChoices(choices, width(context) - 4) as never,
      ...(defaultValue !== undefined ? { default: defaultValue } : {}),
      pageSize: rows ?? pageSize(context),
      theme: themes(context).select,
    },
    context,
  );
}

export function askCheckbox<T extends string>(
  message: string,
  choices: readonly Choice<T>[],
  options: { default?: readonly T[]; validate?: (values: readonly T[]) => true | string },
  context: PromptContext = {},
): Promise<T[]> {
  const checked = new Set(options.default ?? []);
  const max = width(context) - 5;
  return checkbox<T>(
    {
      message,
      choices: choices.map((c) => ({
        value: c.value,
        name: cut(c.name, max),
        short: c.short ?? c.name,
        checked: checked.has(c.value),
        ...(c.description || c.name.length > max ? { description: wrap(c.description ?? c.name, max + 3) } : {}),
      })),
      pageSize: pageSize(context),
      validate: (selected) => options.validate?.(selected.map((s) => s.value)) ?? true,
      theme: {
        ...themes(context).base,
        style: {
          ...themes(context).base.style,
          renderSelectedChoices: (selected: readonly { short: string }[]) => selectionSummary(selected.map((s) => s.short), Math.max(12, width(context) - message.length - 5)),
        },
      },
    },
    context,
  );
}

/** A longer text in the user's editor ($VISUAL/$EDITOR), for whoever prefers it to one line. */
export function askEditor(message: string, defaultValue: string, context: PromptContext = {}): Promise<string> {
  return editor({ message, default: defaultValue, theme: themes(context).editor }, context);
}

/** The terminal backend: every question becomes one or a few Inquirer prompts. */
export function createPromptBackend(context: PromptContext = {}, write: (text: string) => void = (t) => context.output?.write(t)): Backend {
  const note = (text: string) => write(wrap(text, width(context) - 1));
  return {
    async input<T>(q: InputQuestion<T>) {
      const raw = await askText(
        q.message,
        {
          ...(q.default !== undefined ? { default: q.default } : {}),
          validate: (text) => {
            const parsed = q.parse(text);
            return parsed.ok ? true : parsed.error;
          },
          ...(q.preview ? { final: (text: string) => q.preview!(text) ?? text } : {}),
        },
        context,
      );
      const parsed = q.parse(raw);
      if (!parsed.ok) throw new Error(`validated answer failed to parse: ${parsed.error}`);
      return { value: parsed.value, raw };
    },
    confirm: (q: ConfirmQuestion) => askConfirm(q.message, q.default, context),
    select: <T extends string>(q: SelectQuestion<T>) => askSelect(q.message, q.choices, q.default, context, q.pageSize),
    checkbox: <T extends string>(q: CheckboxQuestion<T>) =>
      askCheckbox(q.message, q.choices, { ...(q.default ? { default: q.default } : {}), ...(q.validate ? { validate: q.validate } : {}) }, context),
    async lines(q: LinesQuestion) {
      const existing = q.default ?? [];
      let lines: string[] = [];
      if (existing.length > 0) {
        const how = await askSelect(
          `${q.message} (${existing.length} butir tersimpan)`,
          [
            { value: 'tetap', name: 'Pakai yang ada', short: 'tetap' },
            { value: 'tambah', name: 'Tambah butir', short: 'tambah' },
            { value: 'ulang', name: 'Tulis ulang', short: 'tulis ulang' },
            { value: 'editor', name: 'Sunting di editor teks', short: 'editor' },
          ],
          'tetap',
          context,
        );
        if (how === 'tetap') return [...existing];
        if (how === 'editor') {
          // One item per paragraph, so an editor that wraps long lines changes nothing.
          const text = await askEditor(`${q.message}: satu butir per paragraf`, existing.join('\n\n'), context);
          const items = text
            .split(/\n\s*\n/)
            .map((p) => p.replace(/\s+/g, ' ').trim())
            .filter(Boolean);
          if (items.length >= (q.min ?? 0)) return items;
          note(`Perlu paling sedikit ${q.min} butir; isi lama tetap dipakai.\n`);
          return [...existing];
        }
        if (how === 'tambah') lines = [...existing];
      } else {
        note(`${q.message} ${styleText('dim', '(satu butir per baris; baris kosong untuk selesai)')}\n`);
      }
      for (;;) {
        const index = lines.length;
        const min = q.min ?? 0;
        const line = await askText(
          `${q.itemLabel} ${index + 1}:`,
          { validate: (text) => (text.trim() === '' && index < min ? `Isi paling sedikit ${min} butir.` : true) },
          context,
        );
        if (line.trim() === '') return lines;
        lines.push(line.trim());
      }
    },
    async section(q: SectionQuestion) {
      return askSelect<SectionChoice>(
        q.message,
        [
          { value: 'isi', name: q.filled ? 'Ubah bagian ini' : 'Isi sekarang', short: q.filled ? 'ubah' : 'isi' },
          { value: 'lewati', name: 'Lewati dulu', short: 'dilewati' },
          { value: 'menu', name: 'Menu bagian (lompat ke bagian lain / selesai)', short: 'menu' },
        ],
        'isi',
        context,
      );
    },
    more: (q: MoreQuestion) => askConfirm(q.message, q.default, context),
    note,
  };
}
