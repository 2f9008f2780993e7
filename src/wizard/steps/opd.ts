/**
 * Step 3: the OPD registry. A checklist of the OPDs regencies usually have (the ones the national
 * reference names as typical owners come pre-ticked), then renames (each regency's SOTK Perda
 * names them its own way), then OPDs of their own. Codes stay stable; they are how the rest of
 * the road map points at an OPD, so an OPD still named somewhere cannot be unticked.
 */
import { diffEdits } from '../../model/edits/diff-edits.js';
import type { Profile } from '../../reference/index.js';
import { catalogueFor, list, profileOf, registryOf, responsibilities, type RegistryOpd } from '../loose-project.js';
import { parseKodeOpd } from '../parse-answer.js';
import type { Choice } from '../types.js';
import type { Step } from './step.js';

export const opdStep: Step = {
  id: 'opd',
  title: 'Daftar OPD',
  answerKeys: [['opd']],
  filled: (project) => registryOf(project).length > 0,

  async run(project, ask) {
    const o = ask.scope('opd');
    const registry = registryOf(project);
    const catalogue = catalogueFor(project);
    const own = registry.filter((r) => !catalogue.some((c) => c.kode === r.kode));
    const choices: Choice[] = [
      ...catalogue.map((c) => {
        const current = registry.find((r) => r.kode === c.kode);
        const nama = current?.nama ?? c.nama;
        return { value: c.kode, name: nama, short: current?.singkatan ?? c.singkatan, aliases: [c.singkatan, c.nama] };
      }),
      ...own.map((r) => ({ value: r.kode, name: `${r.nama} (tambahan)`, short: r.singkatan, aliases: [r.nama] })),
    ];
    const used = responsibilities(project);
    for (const l of list(project.lokakarya)) for (const kode of list((l as { hadir?: unknown }).hadir)) if (typeof kode === 'string' && !used.has(kode)) used.set(kode, ['daftar hadir lokakarya']);

    // 1. Which OPDs exist here
    const pilih = await o.checkbox({
      key: 'pilih',
      message: 'OPD di daerah ini (centang yang ada)',
      choices,
      default: registry.length > 0 ? registry.map((r) => r.kode) : typicalOpd(profileOf(project), catalogue.map((c) => c.kode)),
      min: 1,
      minMessage: 'Pilih paling sedikit satu OPD (misalnya Bagian Organisasi).',
      validate: (values) => {
        const dropped = registry.filter((r) => !values.includes(r.kode) && used.has(r.kode));
        if (dropped.length === 0) return true;
        const first = dropped[0]!;
        return `${first.singkatan} masih dipakai (${used.get(first.kode)!.slice(0, 3).join(', ')}); ubah bagian itu dulu.`;
      },
    });

    let selected: RegistryOpd[] = choices
      .filter((c) => pilih.includes(c.value))
      .map((c) => registry.find((r) => r.kode === c.value) ?? toOpd(catalogue.find((k) => k.kode === c.value)!));
    // Keep the registry's own order; newly ticked ones follow in catalogue order.
    selected = [...registry.filter((r) => pilih.includes(r.kode)), ...selected.filter((s) => !registry.some((r) => r.kode === s.kode))];

    // 2. Names as in the regency's SOTK
    const ubah = await o.checkbox({
      key: 'ubah',
      message: 'OPD yang namanya perlu disesuaikan (enter bila tidak ada)',
      choices: selected.map((s) => ({ value: s.kode, name: s.nama, short: s.singkatan, aliases: [s.singkatan] })),
      default: [],
    });
    for (const kode of ubah) {
      const current = selected.find((s) => s.kode === kode)!;
      const u = o.scope('ubah', kode);
      const nama = await u.text({ key: 'nama', message: `Nama lengkap (${kode})`, default: current.nama });
      const singkatan = await u.text({ key: 'singkatan', message: 'Singkatan', default: current.singkatan });
      selected = selected.map((s) => (s.kode === kode ? { kode, nama, singkatan } : s));
    }

    // 3. OPDs not in the list
    await o.repeat({ key: 'tambah', first: 'Tambah OPD di luar daftar?', more: 'Tambah OPD lain lagi?' }, async (t) => {
      const taken = selected.map((s) => s.kode);
      const nama = await t.text({ key: 'nama', message: 'Nama lengkap OPD' });
      const kode = await t.input({ key: 'kode', message: 'Kode (huruf besar, misalnya DISPERKIM)', default: suggestKode(nama), parse: (raw) => parseKodeOpd(raw, taken) });
      const singkatan = await t.text({ key: 'singkatan', message: 'Singkatan', default: kode });
      const opd = { kode, nama, singkatan };
      selected.push(opd);
      return opd;
    });
    return diffEdits(['opd'], project.opd, selected);
  },
};

function toOpd(ref: { kode: string; nama: string; singkatan: string }): RegistryOpd {
  return { kode: ref.kode, nama: ref.nama, singkatan: ref.singkatan };
}

/**
 * Pre-ticked OPDs: those the framework names as typical owners, Bagian Organisasi (it runs RB)
 * and the OPDs serving the public directly, whose absence the Sekda notices first (Muara Enim).
 */
const CORE_OPD = ['BAG-ORG', 'BAG-HUKUM', 'BAPPEDA', 'INSPEKTORAT', 'BKPSDM', 'BPKAD', 'DISKOMINFO', 'DPMPTSP', 'DISDUKCAPIL', 'DINDIK', 'DINKES'];

export function typicalOpd(profile: Profile, available: readonly string[]): string[] {
  const named = new Set<string>(CORE_OPD);
  for (const area of profile.areaPerubahan) for (const k of area.kegiatanTipikal) for (const kode of k.opd) named.add(kode);
  for (const s of profile.sasaran) for (const i of s.indikator) for (const kode of i.opdTipikal) named.add(kode);
  for (const ku of profile.kegiatanUtama) for (const kode of ku.opdTipikal) named.add(kode);
  return available.filter((kode) => named.has(kode));
}

/** "Dinas Perumahan dan Kawasan Permukiman" -> "DPKP": initials of the words that carry meaning. */
export function suggestKode(nama: string): string {
  const skip = new Set(['dan', 'serta', 'atau', 'dari', 'ke', 'di', 'yang', 'untuk']);
  const initials = nama
    .split(/[\s,]+/)
    .filter((w) => w && !skip.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join('')
    .replace(/[^A-Z0-9]/g, '');
  return initials.slice(0, 10) || 'OPD';
}
