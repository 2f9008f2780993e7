/** Step 7: the drafting team, with the university partner that guides the workshop. */
import { diffEdits } from '../../model/edits/diff-edits.js';
import { daerahOf, jenisOf, list, rec, str } from '../loose-project.js';
import type { Step } from './step.js';

type Row = Record<string, unknown>;
const PERAN = ['Pengarah', 'Ketua', 'Sekretaris', 'Anggota', 'Tenaga Ahli'] as const;

export const timPenyusunStep: Step = {
  id: 'tim',
  title: 'Tim penyusun',
  answerKeys: [['timPenyusun']],
  filled: (project) => {
    const tim = rec(project.timPenyusun);
    return str(rec(tim.mitra).nama) !== undefined || list(tim.anggota).length > 0;
  },

  async run(project, ask) {
    const before = rec(project.timPenyusun);
    const t = ask.scope('timPenyusun');
    const mitraBefore = rec(before.mitra);

    // 1. The university partner
    const mitraNama = await t.optionalText({
      key: ['mitra', 'nama'],
      message: 'Perguruan tinggi mitra (boleh kosong)',
      ...(str(mitraBefore.nama) ? { default: str(mitraBefore.nama) } : {}),
    });
    let mitra: Row | undefined;
    if (mitraNama) {
      const unit = await t.optionalText({ key: ['mitra', 'unit'], message: 'Fakultas/unit (boleh kosong)', ...(str(mitraBefore.unit) ? { default: str(mitraBefore.unit) } : {}) });
      const ketua = await t.optionalText({ key: ['mitra', 'ketua'], message: 'Ketua tim pendamping (boleh kosong)', ...(str(mitraBefore.ketua) ? { default: str(mitraBefore.ketua) } : {}) });
      mitra = { nama: mitraNama, unit, ketua };
    }

    // 2. Members: those already saved, the head and the sekda as steering, then the rest.
    const existing = list(before.anggota).map(rec);
    let anggota: Row[] = existing;
    if (existing.length > 0) {
      const tetap = await t.checkbox({
        key: 'anggotaAda',
        message: 'Anggota tersimpan (hapus centang untuk membuang)',
        choices: existing.map((a, i) => ({ value: String(i), name: `${str(a.nama) ?? '?'} · ${str(a.peran) ?? 'Anggota'}`, short: str(a.nama) ?? '?' })),
        default: existing.map((_, i) => String(i)),
      });
      anggota = existing.filter((_, i) => tetap.includes(String(i)));
    } else {
      const pemerintah = rec(project.pemerintah);
      const kepala = str(rec(pemerintah.kepalaDaerah).nama);
      const sekda = str(rec(pemerintah.sekda).nama);
      if (kepala || sekda) {
        const pengarah = await t.confirm({ key: 'pengarah', message: 'Masukkan kepala daerah dan Sekda sebagai Pengarah?', default: true });
        if (pengarah) {
          const jabatan = `${{ kabupaten: 'Bupati', kota: 'Wali Kota', provinsi: 'Gubernur' }[jenisOf(project)]} ${str(pemerintah.nama) ?? ''}`.trim();
          if (kepala) anggota.push({ nama: kepala, jabatan, peran: 'Pengarah' });
          if (sekda) anggota.push({ nama: sekda, jabatan: 'Sekretaris Daerah', instansi: 'Sekretariat Daerah', peran: 'Pengarah' });
        }
      }
    }
    const instansiDefault = `Pemerintah ${daerahOf(project)}`;
    const added = await t.repeat({ key: 'anggota', first: 'Tambah anggota tim?', more: 'Tambah anggota lagi?' }, async (a) => {
      const nama = await a.text({ key: 'nama', message: 'Nama (dengan gelar)' });
      const jabatan = await a.optionalText({ key: 'jabatan', message: 'Jabatan (boleh kosong)' });
      const instansi = await a.optionalText({ key: 'instansi', message: 'Instansi', default: mitraNama && /dosen|peneliti|ahli/i.test(jabatan ?? '') ? mitraNama : instansiDefault });
      const peran = await a.select({ key: 'peran', message: 'Peran dalam tim', choices: PERAN.map((p) => ({ value: p, name: p })), default: 'Anggota' });
      return { nama, jabatan, instansi, peran } as Row;
    });
    anggota = [...anggota, ...added];

    const after: Row = { mitra, anggota: anggota.length > 0 ? anggota : undefined };
    if (mitra === undefined && anggota.length === 0 && project.timPenyusun === undefined) return [];
    return diffEdits(['timPenyusun'], project.timPenyusun, after);
  },
};
