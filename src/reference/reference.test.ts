import { describe, it, expect } from 'vitest';
import {
  OPD_CATALOGUE,
  PROFILES,
  SOURCES,
  areaByKode,
  getProfile,
  kegiatanUtamaByKode,
  kegiatanUtamaFor,
  opdByKode,
  profileForPeriod,
  temaByKode,
  type Profile,
  type Sourced,
} from './index.js';

const AREA_CODES = ['MP', 'DK', 'PO', 'PT', 'SDM', 'AK', 'PW', 'PP'];
const ALL_PROFILES: Profile[] = Object.values(PROFILES);

/** Every Sourced item in a profile, so the source check cannot miss a nested one. */
function sourcedItems(p: Profile): Sourced[] {
  const out: Sourced[] = [p];
  for (const a of p.areaPerubahan) out.push(a, ...a.kegiatanTipikal);
  for (const s of p.sasaran) out.push(s, ...s.indikator);
  for (const k of p.kegiatanUtama) out.push(k, ...k.indikator);
  out.push(...p.tema, ...p.dasarHukum);
  return out;
}

/** Every OPD code a profile refers to, with where it came from for a readable failure. */
function opdRefs(p: Profile): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const a of p.areaPerubahan)
    for (const t of a.kegiatanTipikal) for (const o of t.opd) out.push([o, `${p.id} ${a.kode} ${t.nama}`]);
  for (const s of p.sasaran)
    for (const i of s.indikator) for (const o of i.opdTipikal) out.push([o, `${p.id} ${i.kode}`]);
  for (const k of p.kegiatanUtama) {
    for (const o of k.opdTipikal) out.push([o, `${p.id} ${k.kode}`]);
    for (const i of k.indikator) for (const o of i.opdTipikal) out.push([o, `${p.id} ${i.kode}`]);
  }
  for (const t of p.tema) for (const o of t.opdTipikal) out.push([o, `${p.id} ${t.kode}`]);
  return out;
}

describe('areas of change', () => {
  it('has the 8 area codes in order for every profile', () => {
    for (const p of ALL_PROFILES) expect(p.areaPerubahan.map((a) => a.kode)).toEqual(AREA_CODES);
  });

  it('fixes the areas only where the national framework does', () => {
    expect(PROFILES.rb2020.areaTetap).toBe(true);
    expect(PROFILES.rb2023.areaTetap).toBe(true);
    expect(PROFILES.rb2025.areaTetap).toBe(false);
    expect(PROFILES.rb2025.areaPerubahan.every((a) => a.status !== 'confirmed')).toBe(true);
  });

  it('finds an area by code', () => {
    expect(areaByKode(PROFILES.rb2020, 'PW')?.nama).toBe('Penguatan Pengawasan');
    expect(areaByKode(PROFILES.rb2020, 'XX')).toBeUndefined();
  });
});

describe('RB General kegiatan utama (rb2023)', () => {
  const rb2023 = getProfile('rb2023');

  it('has KU01..KU21 in order', () => {
    const expected = Array.from({ length: 21 }, (_, i) => `KU${String(i + 1).padStart(2, '0')}`);
    expect(rb2023.kegiatanUtama.map((k) => k.kode)).toEqual(expected);
  });

  it('maps each kegiatan utama onto an existing area', () => {
    for (const k of rb2023.kegiatanUtama) expect(AREA_CODES, k.kode).toContain(k.area);
  });

  it('gives every kegiatan utama at least one indicator with a unique code under it', () => {
    const codes = rb2023.kegiatanUtama.flatMap((k) => k.indikator.map((i) => i.kode));
    expect(new Set(codes).size).toBe(codes.length);
    for (const k of rb2023.kegiatanUtama) {
      expect(k.indikator.length, k.kode).toBeGreaterThan(0);
      for (const i of k.indikator) expect(i.kode.startsWith(`${k.kode}-I`), i.kode).toBe(true);
    }
  });

  it('counts only kegiatan utama assessed for the level', () => {
    const kab = kegiatanUtamaFor(rb2023, 'kabupaten').map((k) => k.kode);
    expect(kab).toContain('KU04');
    // KU05 is "khusus Pemda": every regional government carries it, a ministry does not.
    expect(kab).toContain('KU05');
    expect(kab).toHaveLength(21);
    expect(kegiatanUtamaFor(rb2023, 'provinsi').map((k) => k.kode)).toContain('KU05');
    expect(kegiatanUtamaFor(rb2023, 'kl').map((k) => k.kode)).not.toContain('KU05');
    expect(kegiatanUtamaFor(PROFILES.rb2020, 'kabupaten')).toEqual([]);
  });

  it('finds kegiatan utama and themes by code', () => {
    expect(kegiatanUtamaByKode(rb2023, 'KU07')?.area).toBe('PW');
    expect(kegiatanUtamaByKode(rb2023, 'KU22')).toBeUndefined();
    expect(rb2023.tema.map((t) => t.kode)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5']);
    expect(temaByKode(rb2023, 'T5')?.nama).toBe('Pengendalian Inflasi');
    expect(temaByKode(PROFILES.rb2020, 'T1')).toBeUndefined();
  });
});

describe('national targets', () => {
  it('gives target numbers only where a source confirms them', () => {
    for (const p of ALL_PROFILES) {
      const indicators = [
        ...p.sasaran.flatMap((s) => s.indikator),
        ...p.kegiatanUtama.flatMap((k) => k.indikator),
      ];
      for (const i of indicators) {
        if (i.targetNasional !== undefined) expect(i.status, i.kode).toBe('confirmed');
      }
    }
  });

  it('leaves the transition profile empty for the user', () => {
    const p = PROFILES.rb2025;
    expect(p.status).toBe('unconfirmed');
    expect([p.sasaran, p.kegiatanUtama, p.tema]).toEqual([[], [], []]);
    expect(p.periodeNasional).toEqual({ mulai: 2025, selesai: 2029 });
  });
});

describe('OPD catalogue', () => {
  it('has unique codes and looks them up', () => {
    const codes = OPD_CATALOGUE.map((o) => o.kode);
    expect(new Set(codes).size).toBe(codes.length);
    expect(opdByKode('BKPSDM')?.nama).toBe('Badan Kepegawaian dan Pengembangan Sumber Daya Manusia');
    expect(opdByKode('NOPE')).toBeUndefined();
    expect(opdByKode('DPMD')?.berlakuUntuk).toEqual(['kabupaten']);
  });

  it('contains every OPD code the profiles refer to', () => {
    const missing = ALL_PROFILES.flatMap(opdRefs).filter(([kode]) => opdByKode(kode) === undefined);
    expect(missing).toEqual([]);
  });
});

describe('sources', () => {
  it('resolves every source tag used in the profiles', () => {
    const tags = ALL_PROFILES.flatMap((p) => sourcedItems(p).flatMap((s) => s.sumber));
    const unresolved = tags.filter((t) => /^S\d+b?$/.test(t) && !(t in SOURCES));
    expect(tags.length).toBeGreaterThan(0);
    expect(unresolved).toEqual([]);
  });
});

describe('legal basis', () => {
  it('orders each Mengingat list by the legislation hierarchy', () => {
    const rank = (teks: string): number =>
      ['Undang-Undang', 'Peraturan Pemerintah', 'Peraturan Presiden', 'Peraturan Menteri'].findIndex((k) =>
        teks.startsWith(k),
      );
    for (const p of ALL_PROFILES) {
      const ranks = p.dasarHukum.map((d) => rank(d.teks));
      expect(ranks, p.id).not.toContain(-1);
      expect(ranks, p.id).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it('cites the road-map regulation matching each profile', () => {
    const teks = (id: 'rb2020' | 'rb2023') => PROFILES[id].dasarHukum.map((d) => d.teks).join('\n');
    expect(teks('rb2020')).toContain('Nomor 25 Tahun 2020');
    expect(teks('rb2020')).not.toContain('Nomor 3 Tahun 2023');
    expect(teks('rb2020')).toContain('Undang-Undang Nomor 5 Tahun 2014');
    expect(teks('rb2023')).toContain('sebagaimana telah diubah dengan Peraturan Menteri');
    expect(teks('rb2023')).toContain('Undang-Undang Nomor 20 Tahun 2023');
    expect(teks('rb2023')).not.toContain('Undang-Undang Nomor 5 Tahun 2014');
  });
});

describe('profileForPeriod', () => {
  it('picks the framework by start year', () => {
    expect(profileForPeriod(2019)).toBe('rb2020');
    expect(profileForPeriod(2022)).toBe('rb2020');
    expect(profileForPeriod(2023)).toBe('rb2023');
    expect(profileForPeriod(2024)).toBe('rb2023');
    expect(profileForPeriod(2025)).toBe('rb2025');
    expect(profileForPeriod(2030)).toBe('rb2025');
  });

  it('keys every profile by its own id', () => {
    for (const [id, p] of Object.entries(PROFILES)) expect(p.id).toBe(id);
  });
});

describe('national regulation each framework follows', () => {
  const permen = 'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi';
  const permen25 = `${permen} Nomor 25 Tahun 2020 tentang Road Map Reformasi Birokrasi 2020-2024`;

  it('cites it by number and title as the Menimbang and BAB I do', () => {
    expect(getProfile('rb2020').acuanNasional).toBe(permen25);
    expect(getProfile('rb2023').acuanNasional).toBe(`${permen25} sebagaimana telah diubah dengan ${permen} Nomor 3 Tahun 2023`);
    expect(getProfile('rb2025').acuanNasional).toBe(
      'Kebijakan reformasi birokrasi nasional periode 2025-2029 dalam kerangka Grand Desain Reformasi Birokrasi Nasional 2025-2045',
    );
  });

  it('is the same regulation the dasar hukum list cites, there with its Berita Negara', () => {
    for (const id of ['rb2020', 'rb2023'] as const) {
      const profile = getProfile(id);
      expect(profile.dasarHukum.some((d) => d.teks.startsWith(`${permen25} (Berita Negara`)), id).toBe(true);
    }
  });
});
