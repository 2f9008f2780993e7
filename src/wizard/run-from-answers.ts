/**
 * The workshop's steps fed from an answers file (`roadmap init --answers`), with no terminal at
 * all: the same questions, answered by the file's keys.
 */
import { stat } from 'node:fs/promises';
import { saveProjectText } from '../actions/project-file.js';
import type { Problem } from '../problem.js';
import { createAnswersBackend } from './answers-file.js';
import { backupFile } from './backup-file.js';
import { createAsk } from './create-ask.js';
import { looseProjectOf } from './loose-project.js';
import { applyStepEdits, newProjectText } from './project-text.js';
import { stepsFor, type StepContext } from './steps/index.js';
import { summarize, type Summary } from './summary.js';
import type { Paint } from './types.js';

export interface AnswersOptions {
  answersText: string;
  /** The answers file as the user named it (for problem locations). */
  answersFile: string;
  projectPath: string;
  displayPath: string;
  now: Date;
  paint: Paint;
  write: (text: string) => void;
}

export type AnswersOutcome =
  | { status: 'done'; projectPath: string; summary: Summary; backup?: string }
  | { status: 'invalid'; problems: Problem[] };

/**
 * The same steps fed from an answers file. Nothing is written unless every answer is accepted;
 * an existing roadmap.yaml is backed up first (the caller has made sure the user agreed: --yes).
 */
export async function runFromAnswers(o: AnswersOptions): Promise<AnswersOutcome> {
  const answers = createAnswersBackend(o.answersText, o.answersFile);
  if (answers.problems().length > 0) return { status: 'invalid', problems: answers.problems() };
  const ask = createAsk(answers.backend);
  const context: StepContext = { now: o.now, session: {} };
  let text = newProjectText();
  const visited = new Set<string>();
  for (;;) {
    const project = looseProjectOf(text);
    const next = stepsFor(project).find((s) => !visited.has(s.id));
    if (!next) break;
    visited.add(next.id);
    const choice = await answers.backend.section({ kind: 'section', key: ['_langkah', next.id], message: next.title, answerKeys: next.answerKeys, filled: false });
    if (choice !== 'isi') continue;
    try {
      text = applyStepEdits(text, await next.run(project, ask, context));
    } catch (error) {
      // A refused answer gave a stand-in value a later question could not use: report what we have.
      if (answers.problems().length > 0) return { status: 'invalid', problems: answers.problems() };
      throw error;
    }
  }
  const problems = answers.finish();
  if (problems.length > 0) return { status: 'invalid', problems };

  const exists = await stat(o.projectPath).then(
    () => true,
    () => false,
  );
  const backup = exists ? await backupFile(o.projectPath, o.now) : undefined;
  await saveProjectText(o.projectPath, text, { command: 'roadmap init --answers', displayPath: o.displayPath });
  const summary = summarize(text, o.displayPath, looseProjectOf(text), o.paint, context.session.lokakarya);
  return { status: 'done', projectPath: o.projectPath, summary, ...(backup ? { backup } : {}) };
}
