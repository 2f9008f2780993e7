/** Step 2: the visi (one sentence) and the misi (one per line). */
import { diffEdits } from '../../model/edits/diff-edits.js';
import { str, strings } from '../loose-project.js';
import type { Step } from './step.js';

export const visiMisiStep: Step = {
  id: 'visi',
  title: 'Visi dan misi',
  answerKeys: [['visi'], ['misi']],
  filled: (project) => str(project.visi) !== undefined && strings(project.misi).length > 0,

  async run(project, ask) {
    const visi = await ask.text({ key: 'visi', message: 'Visi', ...(str(project.visi) ? { default: str(project.visi) } : {}) });
    const misi = await ask.lines({ key: 'misi', message: 'Misi', itemLabel: 'Misi', default: strings(project.misi), min: 1 });
    return [...diffEdits(['visi'], project.visi, visi), ...diffEdits(['misi'], project.misi, misi)];
  },
};
