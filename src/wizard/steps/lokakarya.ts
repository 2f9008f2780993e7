/**
 * Step 8: the workshop itself. Date, place, who led it, and the roll: a checklist of the
 * registry, ticked as the Sekda calls each OPD (the Muara Enim seed). Each session writes its
 * own record, so a later revision workshop adds one and never overwrites the first.
 */
import type { Edit } from '../../model/edits/apply-edits.js';
import { diffEdits } from '../../model/edits/diff-edits.js';
import { list, opdChoices, periodYears, rec, registryOf, responsibilities, str, strings } from '../loose-project.js';
import { isoDate } from '../parse-answer.js';
import type { Step } from './step.js';

export const lokakaryaStep: Step = {
  id: 'lokakarya',
  title: 'Lokakarya dan daftar hadir',
  answerKeys: [['lokakarya']],
  filled: (project) => list(project.lokakarya).length > 0,

  async run(project, ask, context) {
    const registry = registryOf(project);
    const records = list(project.lokakarya);
    const index = context.session.lokakarya !== undefined && context.session.lokakarya < records.length ? context.session.lokakarya : records.length;
    const before = rec(records[index]);
    const l = ask.scope('lokakarya');
    const years = periodYears(project);

    const tanggal = await l.date({ key: 'tanggal', message: 'Tanggal lokakarya', default: str(before.tanggal) ?? isoDate(context.now) });
    const tempat = await l.text({ key: 'tempat', message: 'Tempat', ...(str(before.tempat) ? { default: str(before.tempat) } : {}) });
    const acara = await l.text({
      key: 'acara',
      message: 'Nama acara',
      default: str(before.acara) ?? `Lokakarya Penyusunan Road Map Reformasi Birokrasi${years.length ? ` Tahun ${years[0]}-${years.at(-1)}` : ''}`,
    });
    const pimpinan = await l.optionalText({ key: 'pimpinan', message: 'Dipimpin oleh', default: str(before.pimpinan) ?? 'Sekretaris Daerah' });
    const hadir =
      registry.length === 0
        ? []
        : await l.checkbox({
            key: 'hadir',
            message: 'Daftar hadir: centang OPD yang hadir',
            choices: opdChoices(registry),
            default: strings(before.hadir),
          });
    const absent = registry.filter((o) => !hadir.includes(o.kode));
    if (registry.length > 0) {
      const held = responsibilities(project);
      const absentHolding = absent.filter((o) => held.has(o.kode));
      ask.note(`Hadir ${hadir.length} dari ${registry.length} OPD.${absentHolding.length ? ` Tidak hadir padahal memegang tanggung jawab: ${absentHolding.map((o) => o.singkatan).join(', ')}.` : ''}\n`);
    }
    const catatan = await l.optionalText({ key: 'catatan', message: 'Catatan (boleh kosong)', ...(str(before.catatan) ? { default: str(before.catatan) } : {}) });

    context.session.lokakarya = index;
    const after = { tanggal, tempat, acara, pimpinan, hadir, catatan };
    const edits: Edit[] =
      index < records.length
        ? diffEdits(['lokakarya', index], records[index], after)
        : [{ op: 'append', path: ['lokakarya'], value: Object.fromEntries(Object.entries(after).filter(([, v]) => v !== undefined)) }];
    return edits;
  },
};
