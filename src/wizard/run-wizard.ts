/**
 * Runs the workshop: the steps in order, each opened by "fill / skip / menu", the project saved
 * after every step and the answers of the step under way journaled after every answer; then the
 * summary with a menu to go back to any section; then the caller builds the first DOCX draft.
 * The same steps fed from an answers file are in run-from-answers.ts.
 */
import { readFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import { saveProjectText } from '../actions/project-file.js';
import { UserError } from '../errors.js';
import { backupFile } from './backup-file.js';
import { createAsk } from './create-ask.js';
import { createJournal } from './journal.js';
import { looseProjectOf } from './loose-project.js';
import { applyStepEdits, newProjectText } from './project-text.js';
import { newState, readState, removeState, withMarker, withoutMarker, writeState, type WizardState } from './state.js';
import { stepsFor, type Step, type StepContext } from './steps/index.js';
import { summarize, type Summary } from './summary.js';
import type { Backend, Choice, Paint, SeparatorItem } from './types.js';

export interface WizardOptions {
  /** Absolute path of roadmap.yaml. */
  projectPath: string;
  /** The path as the user sees it. */
  displayPath: string;
  /** How to continue later, e.g. "roadmap init lokakarya --resume". */
  resumeCommand: string;
  /** Who answers: the terminal (inquirer-backend.ts), possibly wrapped by acceptDefaults (--yes). */
  backend: Backend;
  /** --resume: continue without asking what to do with the existing file. */
  resume: boolean;
  now: Date;
  paint: Paint;
}

export type WizardOutcome =
  | { status: 'done'; projectPath: string; summary: Summary; backup?: string }
  | { status: 'saved'; projectPath: string; summary: Summary }
  | { status: 'cancelled' };

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

type StartChoice = 'lanjut' | 'revisi' | 'baru' | 'batal';

/** The interactive workshop. Ctrl-C rejects with Inquirer's ExitPromptError after everything answered is saved. */
export async function runWizard(o: WizardOptions): Promise<WizardOutcome> {
  const { paint } = o;
  const write = (text: string) => o.backend.note(text);
  let text = await readIfExists(o.projectPath);
  let state = await readState(o.projectPath);
  // Saves under the project's lock, and only over what this session last read or wrote: an
  // `update` run meanwhile is not undone (the answers of the step are kept for --resume).
  let onDisk = text;
  const save = async (next: string) => {
    await saveProjectText(o.projectPath, next, {
      command: 'roadmap init',
      displayPath: o.displayPath,
      ...(onDisk !== undefined ? { expected: onDisk } : {}),
      changedHint: `Lanjutkan dengan ${o.resumeCommand}: jawaban yang sudah diberikan dipakai lagi.`,
    });
    onDisk = next;
  };
  let backup: string | undefined;
  let revision = false;
  const continuing = text !== undefined;

  // 1. An existing project: ask before touching it; never overwrite without a backup.
  if (text !== undefined && !o.resume) {
    const choices: Choice<StartChoice>[] = [
      ...(state ? [{ value: 'lanjut' as const, name: 'Lanjutkan pengisian yang tertunda', short: 'lanjutkan' }] : []),
      { value: 'revisi', name: 'Revisi: catat lokakarya ini, lalu pilih bagian yang diubah', short: 'revisi' },
      { value: 'baru', name: 'Mulai baru (berkas lama disimpan sebagai cadangan)', short: 'mulai baru' },
      { value: 'batal', name: 'Batal, jangan ubah apa pun', short: 'batal' },
    ];
    const choice = await o.backend.select<StartChoice>({
      kind: 'select',
      key: ['_mulai'],
      message: `${o.displayPath} sudah ada. Apa yang akan dilakukan?`,
      choices,
      default: state ? 'lanjut' : 'revisi',
    });
    if (choice === 'batal') return { status: 'cancelled' };
    if (choice === 'baru') {
      backup = await backupFile(o.projectPath, o.now);
      write(`${paint.dim(`Berkas lama disimpan sebagai ${backup}`)}\n`);
      text = undefined;
      state = undefined;
    }
    if (choice === 'revisi') {
      revision = true;
      state = undefined;
    }
  }
  if (text !== undefined) {
    const doc = parseDocument(text);
    if (doc.errors.length > 0) {
      throw new UserError('E_WIZARD_YAML', `${o.displayPath} tidak dapat dilanjutkan: sintaks YAML-nya salah (${doc.errors[0]!.message.split('\n')[0]}).`, {
        hint: 'Perbaiki berkas itu (roadmap validate menunjukkan barisnya), atau jalankan roadmap init tanpa --resume dan pilih "Mulai baru".',
      });
    }
  }
  if (text === undefined) {
    text = newProjectText();
    state = newState();
  }
  if (!state) {
    // No progress file: what the file holds counts as done. A revision records its own workshop.
    const project = looseProjectOf(text);
    state = newState();
    state.selesai = stepsFor(project)
      .filter((s) => s.filled(project) && !(revision && s.id === 'lokakarya'))
      .map((s) => s.id);
  }
  text = withMarker(text, o.resumeCommand);
  await save(text);
  const st: WizardState = state;
  await writeState(o.projectPath, st);
  if (continuing && backup === undefined) {
    const total = stepsFor(looseProjectOf(text)).length;
    write(`${paint.dim(`${revision ? 'Revisi' : 'Melanjutkan'} ${o.displayPath}: ${st.selesai.length} dari ${total} bagian sudah terisi.`)}\n`);
  }

  const journal = createJournal(o.backend, {
    entries: st.jawaban,
    persist: async (entries) => {
      st.jawaban = entries;
      await writeState(o.projectPath, st);
    },
    replayed: (message, shown) => write(`${paint.dim(`↺ ${message} ${shown}`)}\n`),
  });
  const ask = createAsk(journal.backend);
  const context: StepContext = { now: o.now, session: st.lokakarya !== undefined ? { lokakarya: st.lokakarya } : {} };

  async function begin(step: Step): Promise<void> {
    if (st.langkah === step.id) return;
    journal.clear();
    st.langkah = step.id;
    st.jawaban = {};
    await writeState(o.projectPath, st);
  }

  async function finishStep(step: Step, outcome: 'selesai' | 'dilewati'): Promise<void> {
    journal.clear();
    st.selesai = st.selesai.filter((id) => id !== step.id);
    st.dilewati = st.dilewati.filter((id) => id !== step.id);
    (outcome === 'selesai' ? st.selesai : st.dilewati).push(step.id);
    delete st.langkah;
    st.jawaban = {};
    if (context.session.lokakarya !== undefined) st.lokakarya = context.session.lokakarya;
    await writeState(o.projectPath, st);
  }

  async function runStep(step: Step): Promise<void> {
    await begin(step);
    const edits = await step.run(looseProjectOf(text!), ask, context);
    text = applyStepEdits(text!, edits);
    await save(text);
    await finishStep(step, 'selesai');
    write(`${paint.dim(`✔ Tersimpan di ${o.displayPath}`)}\n`);
  }

  // 2. The steps in order, then the summary and its menu.
  let openMenu = false;
  for (;;) {
    const project = looseProjectOf(text);
    const steps = stepsFor(project);
    const next = openMenu ? undefined : steps.find((s) => !st.selesai.includes(s.id) && !st.dilewati.includes(s.id));
    if (next) {
      await begin(next);
      const n = steps.indexOf(next) + 1;
      write('\n');
      const choice = await journal.backend.section({
        kind: 'section',
        key: ['_langkah', next.id],
        message: `[${n}${project.profil === undefined ? '' : `/${steps.length}`}] ${next.title}`,
        answerKeys: next.answerKeys,
        // The workshop step always records this session's workshop, even when earlier ones exist.
        filled: next.filled(project) && !(next.id === 'lokakarya' && context.session.lokakarya === undefined),
      });
      if (choice === 'lewati') await finishStep(next, 'dilewati');
      else if (choice === 'menu') {
        journal.clear();
        st.jawaban = {};
        delete st.langkah;
        await writeState(o.projectPath, st);
        openMenu = true;
      } else await runStep(next);
      continue;
    }
    openMenu = false;
    const summary = summarize(text, o.displayPath, project, paint, context.session.lokakarya);
    write(`\n${summary.lines.join('\n')}\n\n`);
    const menu: (Choice | SeparatorItem)[] = [
      {
        value: '_selesai',
        name: summary.errors > 0 ? `Selesai (draf DOCX belum dapat dibuat: ${summary.errors} kesalahan)` : 'Selesai: simpan dan buat draf DOCX',
        short: 'selesai',
      },
      { separator: '── ubah bagian ──' },
      ...steps.map((s, i) => ({
        value: s.id,
        name: `${st.selesai.includes(s.id) ? '✔' : st.dilewati.includes(s.id) ? '–' : '·'} ${i + 1}. ${s.title}`,
        short: s.title,
      })),
      { separator: '────' },
      { value: '_keluar', name: 'Keluar (tersimpan; lanjutkan nanti dengan --resume)', short: 'keluar' },
    ];
    const choice = await o.backend.select({ kind: 'select', key: ['_menu'], message: 'Apa selanjutnya?', choices: menu, default: '_selesai', pageSize: 6 });
    if (choice === '_keluar') return { status: 'saved', projectPath: o.projectPath, summary };
    if (choice === '_selesai') {
      text = withoutMarker(text).replace(/^\n+/, '');
      await save(text);
      await removeState(o.projectPath);
      return { status: 'done', projectPath: o.projectPath, summary, ...(backup ? { backup } : {}) };
    }
    const step = steps.find((s) => s.id === choice)!;
    write('\n');
    await runStep(step);
  }
}
