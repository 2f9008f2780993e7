/** Step 6: quick wins, the visible early results, each owned by one OPD in one year. */
import { diffEdits } from '../../model/edits/diff-edits.js';
import { firstIn, idsOf, list, nextId, opdChoices, profileOf, rec, str } from '../loose-project.js';
import type { Choice } from '../types.js';
import { planningInputs, type Step } from './step.js';

type Row = Record<string, unknown>;
const NO_AREA = '-';

export const quickWinsStep: Step = {
  id: 'quickWins',
  title: 'Quick wins',
  answerKeys: [['quickWins']],
  filled: (project) => list(project.quickWins).length > 0,

  async run(project, ask) {
    const inputs = planningInputs(project, ask);
    if (!inputs) return [];
    const { years, registry } = inputs;
    const existing = list(project.quickWins).map(rec);
    let kept = existing;
    if (existing.length > 0) {
      const tetap = await ask.checkbox({
        key: 'quickWinsAda',
        message: 'Quick wins tersimpan (hapus centang untuk membuang)',
        choices: existing.map((q) => ({ value: str(q.id) ?? '?', name: str(q.nama) ?? '?', short: str(q.id) ?? '?' })),
        default: existing.map((q) => str(q.id) ?? '?'),
      });
      kept = existing.filter((q) => tetap.includes(str(q.id) ?? '?'));
    }
    const profile = profileOf(project);
    const areas: Choice[] = [
      { value: NO_AREA, name: 'Tidak dikaitkan dengan area', short: 'tidak ada' },
      ...list(project.areaPerubahan)
        .map(rec)
        .map((a) => {
          const kode = str(a.kode) ?? '?';
          const nama = str(a.nama) ?? profile.areaPerubahan.find((r) => r.kode === kode)?.nama ?? kode;
          return { value: kode, name: `${kode} · ${nama}`, short: kode, aliases: [nama] };
        }),
    ];
    const taken = idsOf(project);
    const added = await ask.repeat({ key: 'quickWins', first: 'Tambah quick win?', more: 'Tambah quick win lagi?' }, async (q) => {
      const nama = await q.text({ key: 'nama', message: 'Nama quick win' });
      const deskripsi = await q.optionalText({ key: 'deskripsi', message: 'Uraian singkat (boleh kosong)' });
      const output = await q.text({ key: 'output', message: 'Output' });
      const opd = await q.select({ key: 'opd', message: 'OPD pelaksana', choices: opdChoices(registry), default: firstIn(registry, ['BAG-ORG']) ?? registry[0]!.kode });
      const tahun = await q.year({ key: 'tahun', message: 'Tahun', default: years[0]!, min: years[0]!, max: years.at(-1)!, rangeLabel: 'periode' });
      const area = await q.select({ key: 'areaPerubahan', message: 'Area perubahan', choices: areas, default: NO_AREA });
      const id = nextId(taken, 'QW-');
      taken.add(id);
      return { id, nama, deskripsi, output, opd, tahun, areaPerubahan: area === NO_AREA ? undefined : area } as Row;
    });
    const after = [...kept, ...added];
    if (after.length === 0 && existing.length === 0) return [];
    return after.length === 0 ? [{ op: 'delete', path: ['quickWins'] }] : diffEdits(['quickWins'], project.quickWins, after);
  },
};
