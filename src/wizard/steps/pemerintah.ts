/**
 * Step 1: the government (kind, name, province, head, sekda), the period and the national
 * framework it follows; the framework matching the period is offered first. Also lays down the
 * areas of change of the framework, so the project has all of them even if some are skipped.
 */
import type { Edit } from '../../model/edits/apply-edits.js';
import { diffEdits } from '../../model/edits/diff-edits.js';
import { Periode } from '../../model/schema.js';
import { getProfile, PROFILES, profileForPeriod, type ProfileId } from '../../reference/index.js';
import { list, num, profileIdOf, rec, str } from '../loose-project.js';
import { fail, ok, parseYear, schemaMessage } from '../parse-answer.js';
import type { Step } from './step.js';

const JENIS = [
  { value: 'kabupaten', name: 'Kabupaten', kepala: 'Bupati' },
  { value: 'kota', name: 'Kota', kepala: 'Wali Kota' },
  { value: 'provinsi', name: 'Provinsi', kepala: 'Gubernur' },
] as const;

export const pemerintahStep: Step = {
  id: 'pemerintah',
  title: 'Pemerintah daerah dan periode',
  answerKeys: [['pemerintah'], ['periode'], ['profil']],
  filled: (project) => str(rec(project.pemerintah).nama) !== undefined && num(rec(project.periode).mulai) !== undefined && profileIdOf(project) !== undefined,

  async run(project, ask, context) {
    const before = rec(project.pemerintah);
    const g = ask.scope('pemerintah');

    // 1. Who
    const jenis = await g.select({
      key: 'jenis',
      message: 'Jenis pemerintah daerah',
      choices: JENIS.map((j) => ({ value: j.value, name: j.name })),
      default: (JENIS.find((j) => j.value === before.jenis)?.value ?? 'kabupaten') as string,
    });
    const label = JENIS.find((j) => j.value === jenis)!;
    const nama = await g.text({
      key: 'nama',
      message: `Nama ${jenis} (tanpa kata "${label.name}")`,
      ...(str(before.nama) ? { default: str(before.nama) } : {}),
      check: (text) => (/^(kabupaten|kota|provinsi|kab\.)\s/i.test(text) ? `Tulis tanpa kata "${label.name}", misalnya "Sukamaju".` : true),
    });
    const provinsi =
      jenis === 'provinsi' ? undefined : await g.optionalText({ key: 'provinsi', message: 'Provinsi', ...(str(before.provinsi) ? { default: str(before.provinsi) } : {}) });
    const ibuKota = await g.text({ key: 'ibuKota', message: 'Tempat penetapan (ibu kota)', default: str(before.ibuKota) ?? nama });
    const kepala = rec(before.kepalaDaerah);
    const sekda = rec(before.sekda);
    const kepalaNama = await g.text({ key: ['kepalaDaerah', 'nama'], message: `Nama ${label.kepala}`, ...(str(kepala.nama) ? { default: str(kepala.nama) } : {}) });
    const sekdaNama = await g.text({ key: ['sekda', 'nama'], message: 'Nama Sekretaris Daerah', ...(str(sekda.nama) ? { default: str(sekda.nama) } : {}) });
    const pangkat = await g.optionalText({
      key: ['sekda', 'pangkat'],
      message: 'Pangkat/golongan Sekda (boleh kosong)',
      ...(str(sekda.pangkat) ? { default: str(sekda.pangkat) } : {}),
    });
    const nip = await g.input<string | undefined>({
      key: ['sekda', 'nip'],
      message: 'NIP Sekda (boleh kosong)',
      ...(str(sekda.nip) ? { default: str(sekda.nip) } : {}),
      parse: (raw) => {
        const digits = raw.replace(/\s+/g, '');
        if (digits === '') return ok(undefined);
        return /^\d{18}$/.test(digits) ? ok(digits) : fail(`NIP terdiri atas 18 angka; tertulis ${digits.length}.`);
      },
    });

    // 2. When
    const periode = rec(project.periode);
    const mulai = await ask.year({ key: ['periode', 'mulai'], message: 'Tahun mulai periode road map', default: num(periode.mulai) ?? context.now.getFullYear() });
    const selesai = await ask.input<number>({
      key: ['periode', 'selesai'],
      message: 'Tahun selesai periode',
      default: String(num(periode.selesai) !== undefined && num(periode.selesai)! >= mulai ? num(periode.selesai) : mulai + 4),
      parse: (raw) => {
        const year = parseYear(raw);
        if (!year.ok) return year;
        const refused = schemaMessage(Periode, { mulai, selesai: year.value });
        return refused ? fail(refused) : ok(year.value);
      },
    });

    // 3. Which national framework
    const match = profileForPeriod(mulai);
    const profil = await ask.select<ProfileId>({
      key: 'profil',
      message: 'Kerangka nasional yang diacu',
      choices: (Object.keys(PROFILES) as ProfileId[]).map((id) => ({
        value: id,
        name: `${id === match ? '★ ' : ''}${id} · ${PROFILES[id].label}`,
        short: id,
        description: id === match ? `Sesuai periode ${mulai}-${selesai}. ${firstSentence(PROFILES[id].catatan)}` : firstSentence(PROFILES[id].catatan),
      })),
      default: profileIdOf(project) ?? match,
    });

    const edits: Edit[] = [
      ...diffEdits(['profil'], project.profil, profil),
      ...diffEdits(['pemerintah'], project.pemerintah, {
        jenis,
        nama,
        provinsi,
        ibuKota,
        kepalaDaerah: { nama: kepalaNama },
        sekda: { nama: sekdaNama, pangkat, nip },
      }),
      ...diffEdits(['periode'], project.periode, { mulai, selesai }),
    ];
    // 4. Every area of the framework gets its entry now, in the framework's order.
    const present = new Set(list(project.areaPerubahan).map((a) => str(rec(a).kode)));
    for (const area of getProfile(profil).areaPerubahan) {
      if (!present.has(area.kode)) edits.push({ op: 'append', path: ['areaPerubahan'], value: { kode: area.kode } });
    }
    return edits;
  },
};

function firstSentence(text: string): string {
  const end = text.indexOf('. ');
  return end === -1 ? text : text.slice(0, end + 1);
}
