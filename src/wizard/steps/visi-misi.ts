/** Step 2: the visi (one sentence) and the misi (one per line). */
import { diffEdits } from '../../model/edits/diff-edits.js';
import { str, strings } from '../draft.js';
import type { Step } from './step.js';

export const visiMisiStep: Step = {
  id: 'visi',
  title: 'Visi dan misi',
  answerKeys: [['visi'], ['misi']],
  filled: (draft) => str(draft.visi) !== undefined && strings(draft.misi).length > 0,

  async run(draft, ask) {
    const visi = await ask.text({ key: 'visi', message: 'Visi', ...(str(draft.visi) ? { default: str(draft.visi) } : {}) });
    const misi = await ask.lines({ key: 'misi', message: 'Misi', itemLabel: 'Misi', default: strings(draft.misi), min: 1 });
    return [...diffEdits(['visi'], draft.visi, visi), ...diffEdits(['misi'], draft.misi, misi)];
  },
};
