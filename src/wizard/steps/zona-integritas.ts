/**
 * After the quick wins: Zona Integritas, the units the regency builds towards WBK and WBBM. A unit is an OPD of
 * the registry, or a unit below one (a puskesmas, a kecamatan, a UPT) typed in with its parent
 * OPD; each gets its target predicate and the year it is aimed for. The stages reached are
 * recorded later, year by year (`roadmap update --set 'zi:ZI-01.tahapan.2025.tahap=…'`).
 */
import { diffEdits } from '../../model/edits/diff-edits.js';
import { idsOf, list, nextId, opdChoices, rec, str } from '../loose-project.js';
import { planningInputs, type Step } from './step.js';

type Row = Record<string, unknown>;
const units = (project: Row) => list(rec(project.zonaIntegritas).unit).map(rec);

export const zonaIntegritasStep: Step = {
  id: 'zonaIntegritas',
  title: 'Zona Integritas',
  answerKeys: [['zonaIntegritas']],
  filled: (project) => units(project).length > 0,

  async run(project, ask) {
    const inputs = planningInputs(project, ask);
    if (!inputs) return [];
    const { years, registry } = inputs;
    const existing = units(project);
    let kept = existing;
    if (existing.length > 0) {
      const tetap = await ask.checkbox({
        key: 'zonaIntegritasAda',
        message: 'Unit Zona Integritas tersimpan (hapus centang untuk membuang)',
        choices: existing.map((u) => ({ value: str(u.id) ?? '?', name: `${str(u.id) ?? '?'} ${str(u.unit) ?? str(u.opd) ?? ''}`, short: str(u.id) ?? '?' })),
        default: existing.map((u) => str(u.id) ?? '?'),
      });
      kept = existing.filter((u) => tetap.includes(str(u.id) ?? '?'));
    }
    const taken = idsOf(project);
    const scoped = ask.scope('zonaIntegritas');
    const added = await scoped.repeat({ key: 'unit', first: 'Tambah unit percontohan Zona Integritas?', more: 'Tambah unit lagi?' }, async (q) => {
      const opd = await q.select({ key: 'opd', message: 'Perangkat daerah (ketik untuk mencari)', choices: opdChoices(registry), default: registry[0]!.kode });
      const unit = await q.optionalText({ key: 'unit', message: 'Unit di bawahnya (puskesmas, kecamatan, UPT); kosongkan bila unitnya perangkat daerah itu sendiri' });
      const targetPredikat = await q.select({
        key: 'targetPredikat',
        message: 'Target predikat',
        choices: [
          { value: 'WBK', name: 'WBK (Wilayah Bebas dari Korupsi)', short: 'WBK' },
          { value: 'WBBM', name: 'WBBM (Wilayah Birokrasi Bersih dan Melayani)', short: 'WBBM' },
        ],
        default: 'WBK',
      });
      const targetTahun = await q.year({ key: 'targetTahun', message: 'Tahun target predikat', default: years[Math.min(1, years.length - 1)]!, min: years[0]!, max: years.at(-1)!, rangeLabel: 'periode' });
      const id = nextId(taken, 'ZI-');
      taken.add(id);
      return { id, opd, ...(unit ? { unit } : {}), targetPredikat, targetTahun } as Row;
    });
    const after = [...kept, ...added];
    if (after.length === 0 && existing.length === 0) return [];
    return diffEdits(['zonaIntegritas', 'unit'], rec(project.zonaIntegritas).unit, after);
  },
};
