/**
 * Step 4: RB targets. The national sasaran and their indicators (for this level of government)
 * come as a checklist; for each chosen indicator: the baseline, the target per year and the
 * responsible OPDs from the registry. Then indicators of their own, under a national sasaran, a
 * sasaran of their own, or a new one.
 */
import { diffEdits } from '../../model/edits/diff-edits.js';
import type { Nilai } from '../../model/types.js';
import type { IndikatorRef, SasaranRef } from '../../reference/index.js';
import { allIn, idsOf, list, nextId, opdChoices, periodYears, perYear, profileOf, rec, registryOf, str, strings, tingkatOf, type LooseProject } from '../loose-project.js';
import type { Ask, Choice } from '../types.js';
import { planningInputs, type Step } from './step.js';

type Row = Record<string, unknown>;

export const sasaranStep: Step = {
  id: 'sasaran',
  title: 'Sasaran dan indikator',
  answerKeys: [['sasaran']],
  filled: (project) => list(project.sasaran).length > 0,

  async run(project, ask) {
    const inputs = planningInputs(project, ask);
    if (!inputs) return [];
    const { years, registry } = inputs;
    const profile = profileOf(project);
    const tingkat = tingkatOf(project);
    const national: { ref: IndikatorRef; parent: SasaranRef }[] = profile.sasaran.flatMap((parent) =>
      parent.indikator.filter((ref) => ref.berlakuUntuk.includes(tingkat)).map((ref) => ({ ref, parent })),
    );
    const sasaranList: Row[] = list(project.sasaran).map((s) => ({ ...rec(s), indikator: list(rec(s).indikator).map(rec) }));
    const existing = sasaranList.flatMap((s) => (s.indikator as Row[]).map((ind) => ({ ind, sasaran: s })));
    const nationalOf = (ind: Row) => national.find((n) => n.ref.kode === str(ind.referensi));
    const own = existing.filter(({ ind }) => !nationalOf(ind));

    // 1. Which indicators
    const choices: Choice[] = [
      ...national.map(({ ref, parent }) => ({
        value: ref.kode,
        name: ref.nama,
        short: ref.kode,
        description: `${parent.kode} ${parent.nama} · satuan ${ref.satuan}${ref.skala ? ` · ${ref.skala}` : ''}`,
      })),
      ...own.map(({ ind, sasaran }) => ({ value: str(ind.id) ?? '?', name: `${str(ind.nama) ?? '?'} (daerah)`, short: str(ind.id) ?? '?', description: str(sasaran.nama) ?? '' })),
    ];
    const defaults = sasaranList.length === 0 ? national.map((n) => n.ref.kode) : [...existing.map(({ ind }) => nationalOf(ind)?.ref.kode ?? str(ind.id) ?? '?')];
    const chosen =
      choices.length === 0
        ? []
        : await ask.checkbox({ key: ['sasaran', 'indikator'], message: 'Indikator sasaran RB (centang yang dipakai)', choices, default: defaults });

    const taken = idsOf(project);
    const answers = new Map<string, Row>();
    for (const value of chosen) {
      const n = national.find((x) => x.ref.kode === value);
      const found = existing.find(({ ind }) => (n ? str(ind.referensi) === value : str(ind.id) === value))?.ind ?? {};
      const nama = str(found.nama) ?? n?.ref.nama ?? value;
      ask.note(`▸ ${nama}\n`);
      const values = await askValues(ask.scope('sasaran', 'indikator', value), project, {
        satuan: str(found.satuan) ?? n?.ref.satuan ?? '',
        baseline: rec(found.baseline).nilai as Nilai | undefined,
        target: Object.keys(perYear(found.target)).length > 0 ? perYear(found.target) : nationalTargets(n?.ref, years),
        penanggungJawab: strings(found.penanggungJawab).length > 0 ? strings(found.penanggungJawab) : allIn(registry, n?.ref.opdTipikal ?? []),
      });
      const id = str(found.id) ?? nextId(taken, 'IND-');
      taken.add(id);
      answers.set(value, {
        id,
        nama,
        satuan: str(found.satuan) ?? n?.ref.satuan ?? '-',
        arah: found.arah ?? n?.ref.arah ?? 'naik',
        ...values,
        baseline: values.baseline === undefined ? undefined : { tahun: rec(found.baseline).tahun ?? years[0]! - 1, nilai: values.baseline },
        ...(n ? { referensi: n.ref.kode } : {}),
      });
    }

    // 2. Put chosen indicators in their sasaran; drop the unticked ones.
    const result: Row[] = sasaranList.map((s) => ({
      ...s,
      indikator: (s.indikator as Row[])
        .filter((ind) => chosen.includes(nationalOf(ind)?.ref.kode ?? str(ind.id) ?? ''))
        .map((ind) => ({ ...ind, ...answers.get(nationalOf(ind)?.ref.kode ?? str(ind.id)!)! })),
    }));
    const placed = new Set(result.flatMap((s) => (s.indikator as Row[]).map((i) => str(i.id))));
    const sasaranFor = (parent: SasaranRef): Row => {
      let s = result.find((x) => str(x.referensi) === parent.kode);
      if (!s) {
        s = { id: nextId(result.map((x) => str(x.id) ?? ''), 'SAS-', 1), nama: parent.nama, referensi: parent.kode, indikator: [] };
        result.push(s);
      }
      return s;
    };
    for (const value of chosen) {
      const row = answers.get(value)!;
      if (placed.has(str(row.id))) continue;
      const n = national.find((x) => x.ref.kode === value)!;
      (sasaranFor(n.parent).indikator as Row[]).push(row);
    }

    // 3. Indicators of their own
    await ask.repeat({ key: ['sasaran', 'tambah'], first: 'Tambah indikator sendiri?', more: 'Tambah indikator sendiri lagi?' }, async (t) => {
      const sasaranChoices: Choice[] = [
        ...profile.sasaran.map((s) => ({ value: s.kode, name: `${s.kode} · ${s.nama}`, short: s.nama, aliases: [s.nama] })),
        ...result.filter((s) => !str(s.referensi)).map((s) => ({ value: str(s.id) ?? '?', name: str(s.nama) ?? '?', short: str(s.nama) ?? '?' })),
        { value: 'baru', name: 'Sasaran baru…', short: 'sasaran baru' },
      ];
      const which = await t.select({ key: 'sasaran', message: 'Di bawah sasaran', choices: sasaranChoices, default: sasaranChoices[0]!.value });
      let target: Row;
      if (which === 'baru') {
        const nama = await t.text({ key: 'sasaranNama', message: 'Nama sasaran baru' });
        target = { id: nextId(result.map((x) => str(x.id) ?? ''), 'SAS-', 1), nama, indikator: [] };
        result.push(target);
      } else {
        const parent = profile.sasaran.find((s) => s.kode === which);
        target = parent ? sasaranFor(parent) : result.find((s) => str(s.id) === which)!;
      }
      const nama = await t.text({ key: 'nama', message: 'Nama indikator' });
      const satuan = await t.text({ key: 'satuan', message: 'Satuan (%, nilai, indeks, predikat …)', default: '%' });
      const arah = await t.select({
        key: 'arah',
        message: 'Arah',
        choices: [
          { value: 'naik', name: 'Naik: makin tinggi makin baik', short: 'naik' },
          { value: 'turun', name: 'Turun: makin rendah makin baik', short: 'turun' },
        ],
        default: 'naik',
      });
      const values = await askValues(t, project, { satuan, target: {}, penanggungJawab: [] });
      const id = nextId(taken, 'IND-');
      taken.add(id);
      (target.indikator as Row[]).push({
        id,
        nama,
        satuan,
        arah,
        ...values,
        baseline: values.baseline === undefined ? undefined : { tahun: years[0]! - 1, nilai: values.baseline },
      });
    });

    const after = result.filter((s) => (s.indikator as Row[]).length > 0);
    return diffEdits(['sasaran'], project.sasaran, after);
  },
};

/** Baseline, targets and responsible OPDs of one indicator. */
async function askValues(
  ask: Ask,
  project: LooseProject,
  defaults: { satuan: string; baseline?: Nilai | undefined; target: Record<string, Nilai>; penanggungJawab: string[] },
): Promise<{ baseline: Nilai | undefined; target: Record<string, Nilai> | undefined; penanggungJawab: string[] }> {
  const years = periodYears(project);
  const unit = defaults.satuan ? ` (${defaults.satuan})` : '';
  const baseline = await ask.nilai({
    key: 'baseline',
    message: `Baseline ${years[0]! - 1}${unit}, boleh kosong`,
    ...(defaults.baseline !== undefined ? { default: defaults.baseline } : {}),
  });
  const target = await ask.yearValues({
    key: 'target',
    message: `Target ${years[0]}-${years.at(-1)}${unit}`,
    years,
    valueKind: 'nilai',
    default: defaults.target,
  });
  const penanggungJawab = await ask.checkbox({
    key: 'penanggungJawab',
    message: 'OPD penanggung jawab',
    choices: opdChoices(registryOf(project)),
    default: defaults.penanggungJawab,
    min: 1,
    minMessage: 'Pilih paling sedikit satu OPD penanggung jawab.',
  });
  return { baseline, target: Object.keys(target).length > 0 ? target : undefined, penanggungJawab };
}

/** National targets that fall in the period (only where a source gives them). */
function nationalTargets(ref: IndikatorRef | undefined, years: readonly number[]): Record<string, Nilai> {
  const out: Record<string, Nilai> = {};
  for (const year of years) {
    const value = ref?.targetNasional?.[String(year)];
    if (value !== undefined) out[String(year)] = value;
  }
  return out;
}

