/**
 * The wizard's vocabulary: a question (what to ask, its key, default and check), a backend (who
 * answers: the terminal, an answers file, the journal of an interrupted run) and the step.
 * Every question has a key, its place in the answers file (docs/wizard.md), so the terminal and
 * the file answer exactly the same questions.
 */
import type { Nilai } from '../model/types.js';
import type { Parsed, YearValueKind } from './parse-answer.js';

/**
 * Where a question sits in the answers file: ['areaPerubahan', 'MP', 'kegiatan', 'T1', 'output'].
 * Written as text with formatPath (src/problem.ts): `areaPerubahan.MP.kegiatan.T1.output`.
 */
export type Key = readonly (string | number)[];

export interface Choice<T extends string = string> {
  value: T;
  /** What the list shows. */
  name: string;
  /** What the answered line shows. */
  short?: string;
  /** Shown under the list when the item is highlighted. */
  description?: string;
  /** Other words an answers file may use for this choice (an OPD's singkatan, an activity's name). */
  aliases?: readonly string[];
}

export interface SeparatorItem {
  separator: string;
}

interface Base {
  key: Key;
  message: string;
}

/** Typed text turned into a value by `parse`; the journal keeps the typed text. */
export interface InputQuestion<T> extends Base {
  kind: 'input';
  parse: (raw: string) => Parsed<T>;
  /** An answers-file value (number, list, map); default: String(value) then `parse`. */
  fromAnswer?: (raw: unknown) => Parsed<T>;
  /** The default as the user would type it; Enter accepts it. */
  default?: string;
  /** A short live reading of what is being typed (e.g. "2025=60 2026=70"). */
  preview?: (raw: string) => string | undefined;
}

export interface ConfirmQuestion extends Base {
  kind: 'confirm';
  default: boolean;
}

export interface SelectQuestion<T extends string = string> extends Base {
  kind: 'select';
  choices: readonly (Choice<T> | SeparatorItem)[];
  default?: T;
  /** Rows of the list on screen (the summary menu leaves room for the summary). */
  pageSize?: number;
}

export interface CheckboxQuestion<T extends string = string> extends Base {
  kind: 'checkbox';
  choices: readonly Choice<T>[];
  default?: readonly T[];
  /** Extra check of the whole selection (e.g. "at least one"). */
  validate?: (values: readonly T[]) => true | string;
}

/** Several lines (misi, permasalahan): one per prompt, an empty line ends. */
export interface LinesQuestion extends Base {
  kind: 'lines';
  /** "Misi" -> prompts "Misi 1", "Misi 2", ... */
  itemLabel: string;
  default?: readonly string[];
  min?: number;
}

export type SectionChoice = 'isi' | 'lewati' | 'menu';

/** The question that opens each step: fill it, skip it for now, or open the section menu. */
export interface SectionQuestion extends Base {
  kind: 'section';
  /** Top-level keys of the answers file this step reads; absent keys mean "skip". */
  answerKeys: readonly Key[];
  /** Whether the step is already filled (changes "Isi" into "Ubah"). */
  filled: boolean;
}

/** "Add another?" of a repeat; `index` is the item that would be added. */
export interface MoreQuestion extends Base {
  kind: 'more';
  index: number;
  default: boolean;
}

export type Question =
  | InputQuestion<unknown>
  | ConfirmQuestion
  | SelectQuestion
  | CheckboxQuestion
  | LinesQuestion
  | SectionQuestion
  | MoreQuestion;

/** Who answers. Each method gets the question with its full key. */
export interface Backend {
  input<T>(q: InputQuestion<T>): Promise<{ value: T; raw: string }>;
  confirm(q: ConfirmQuestion): Promise<boolean>;
  select<T extends string>(q: SelectQuestion<T>): Promise<T>;
  checkbox<T extends string>(q: CheckboxQuestion<T>): Promise<T[]>;
  lines(q: LinesQuestion): Promise<string[]>;
  section(q: SectionQuestion): Promise<SectionChoice>;
  more(q: MoreQuestion): Promise<boolean>;
  /** A line of text between questions (headings, "tersimpan"). */
  note(text: string): void;
}

type WithoutKind<Q> = Omit<Q, 'kind' | 'key'> & { key: string | Key };

/** What steps use: questions by kind, with keys relative to the current scope. */
export interface Ask {
  /** Required text. */
  text(q: WithoutKind<Omit<InputQuestion<string>, 'parse'>> & { check?: (text: string) => true | string }): Promise<string>;
  /** Optional text: Enter gives undefined. */
  optionalText(q: WithoutKind<Omit<InputQuestion<string>, 'parse'>>): Promise<string | undefined>;
  year(q: WithoutKind<Omit<InputQuestion<number>, 'parse' | 'default'>> & { default?: number; min?: number; max?: number; rangeLabel?: string }): Promise<number>;
  nilai(q: WithoutKind<Omit<InputQuestion<Nilai | undefined>, 'parse' | 'default'>> & { default?: Nilai }): Promise<Nilai | undefined>;
  /** Values per year of `years` on one line (targets, milestones, budgets). */
  yearValues(
    q: WithoutKind<Omit<InputQuestion<Record<string, Nilai>>, 'parse' | 'default'>> & {
      years: readonly number[];
      valueKind: YearValueKind;
      default?: Record<string, Nilai>;
    },
  ): Promise<Record<string, Nilai>>;
  date(q: WithoutKind<Omit<InputQuestion<string>, 'parse'>>): Promise<string>;
  input<T>(q: WithoutKind<InputQuestion<T>>): Promise<T>;
  confirm(q: WithoutKind<ConfirmQuestion>): Promise<boolean>;
  select<T extends string>(q: WithoutKind<SelectQuestion<T>>): Promise<T>;
  checkbox<T extends string>(q: WithoutKind<CheckboxQuestion<T>> & { min?: number; minMessage?: string }): Promise<T[]>;
  lines(q: WithoutKind<LinesQuestion>): Promise<string[]>;
  /**
   * Asks `item` for index 0, 1, ... while the user wants another (or, from a file, for each item
   * of the list at `key`). `first` is the question before the first item.
   */
  repeat<T>(q: { key: string | Key; first: string; more: string; max?: number }, item: (ask: Ask, index: number) => Promise<T>): Promise<T[]>;
  /** The same Ask with keys under `key`. */
  scope(...key: (string | number)[]): Ask;
  note(text: string): void;
  /** The scope this Ask adds in front of keys. */
  readonly prefix: Key;
}

/** Colours for notes; a ChalkInstance fits. Identity functions give plain text. */
export interface Paint {
  bold(text: string): string;
  dim(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  red(text: string): string;
  cyan(text: string): string;
}

export const PLAIN: Paint = { bold: (t) => t, dim: (t) => t, green: (t) => t, yellow: (t) => t, red: (t) => t, cyan: (t) => t };
