import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseProject } from '../parse-project.js';
import { fieldKind, setValues } from './set-value.js';

const TEXT = readFileSync('test/fixtures/update/kecil.yaml', 'utf8');

describe('setValues', () => {
  it('reads values as YAML and reports before and after', () => {
    const result = setValues(TEXT, {
      set: ['indikator:IND-01.target.2026=71', 'indikator:IND-03.target.2027=WTP', 'dokumen.nomor="013"', 'kegiatan:MP-02.pelaksana=[INSPEKTORAT, DISKOMINFO]'],
    });
    expect(result.formatting).toBe('preserved');
    expect(result.changes.map((c) => [c.path, c.before, c.after])).toEqual([
      ['sasaran[0].indikator[0].target.2026', 70, 71],
      ['sasaran[0].indikator[2].target.2027', undefined, 'WTP'],
      ['dokumen.nomor', '12', '013'],
      ['areaPerubahan[0].kegiatan[1].pelaksana', ['INSPEKTORAT'], ['INSPEKTORAT', 'DISKOMINFO']],
    ]);
    const data = parse(result.text);
    expect(data.dokumen.nomor).toBe('013');
    expect(data.sasaran[0].indikator[2].target).toEqual({ 2025: 'WTP', 2026: 'WTP', 2027: 'WTP' });
    expect(result.text).toContain('# Nilai SAKIP dari LHE Kementerian PANRB');
    expect(result.text).toContain('target: {2025: 65, 2026: 71, 2027: 72.50, 2028: 75, 2029: 80}');
  });

  it('unsets, appends, and skips a set to the same value', () => {
    const result = setValues(TEXT, { set: ['indikator:IND-01.target.2025=65', 'kegiatan:MP-01.pelaksana[+]=INSPEKTORAT'], unset: ['kegiatan:MP-02.kegiatanUtama'] });
    expect(result.changes.map((c) => c.op)).toEqual(['append', 'unset']);
    const data = parse(result.text);
    expect(data.areaPerubahan[0].kegiatan[0].pelaksana).toEqual(['INSPEKTORAT']);
    expect(data.areaPerubahan[0].kegiatan[1].kegiatanUtama).toBeUndefined();
  });

  it('refuses an empty value and an unset of nothing', () => {
    expect(() => setValues(TEXT, { set: ['visi='] })).toThrow(/kosong/);
    expect(() => setValues(TEXT, { unset: ['kegiatan:PT-01.anggaran'] })).toThrow(/tidak ada di berkas/);
    expect(() => setValues(TEXT, { set: ['kegiatan:MP-02.pelaksana=[tidak ditutup'] })).toThrow(/bukan nilai YAML/);
  });
});

describe('setValues: a text is stored exactly as typed (issue 8, item 5)', () => {
  // Each is something YAML would cut (" #"), reinterpret (": ", quotes, brackets, yes/no/null/~,
  // numbers), or trim; each must read back as typed, from a block value and from a flow map.
  const TEXTS = [
    'H. Ahmad #2',
    'Dinas: Kominfo',
    '"Bapak" Ahmad',
    "'Ahmad",
    '[Draf] Ahmad',
    '{Ahmad}',
    '- Ahmad',
    '#1 Ahmad',
    'yes',
    'No',
    'on',
    'null',
    '~',
    'true',
    ' Ahmad ',
    '197103141996032001',
    '013',
    '1:20',
    '2025-03-17',
    'Ahmad, S.E.',
    '@ahmad',
    '%Ahmad',
    'Ahmad:',
  ];

  it.each(TEXTS)('kepalaDaerah.nama = %j', (value) => {
    const result = setValues(TEXT, { set: [`pemerintah.kepalaDaerah.nama=${value}`] });
    expect(parse(result.text).pemerintah.kepalaDaerah.nama).toBe(value);
    expect(parse(result.text, { version: '1.1' }).pemerintah.kepalaDaerah.nama).toBe(value);
    expect(result.changes[0]!.after).toBe(value);
    expect(result.formatting).toBe('preserved');
  });

  it.each(TEXTS)('a text target in a flow map = %j', (value) => {
    const result = setValues(TEXT, { set: [`indikator:IND-03.target.2027=${value}`] });
    expect(parse(result.text).sasaran[0].indikator[2].target['2027']).toBe(value);
  });

  it('keeps an 18-digit NIP as typed, valid as text', () => {
    const result = setValues(TEXT, { set: ['pemerintah.kepalaDaerah.nip=197103141996032001'] });
    expect(result.text).toContain('nip: "197103141996032001"');
    expect(parseProject(result.text, 'roadmap.yaml').problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('still reads numbers for number fields, lists for list fields, and quotes as quoting', () => {
    const result = setValues(TEXT, {
      set: ['indikator:IND-01.target.2026=72.50', 'kegiatan:MP-01.anggaran.2027=5000000', 'dokumen.nomor=\'013\'', 'misi[+]=Melayani: cepat #1', 'misi[0]=[Draf] akuntabel'],
    });
    const data = parse(result.text);
    expect(data.sasaran[0].indikator[0].target['2026']).toBe(72.5);
    expect(data.areaPerubahan[0].kegiatan[0].anggaran['2027']).toBe(5000000);
    expect(data.dokumen.nomor).toBe('013');
    expect(data.misi).toEqual(['[Draf] akuntabel', 'Meningkatkan pelayanan publik', 'Melayani: cepat #1']);
  });

  it('knows what each field takes', () => {
    expect(fieldKind(['pemerintah', 'kepalaDaerah', 'nama'])).toBe('text');
    expect(fieldKind(['sasaran', 0, 'indikator', 1, 'target', '2026'])).toBe('nilai');
    expect(fieldKind(['areaPerubahan', 0, 'kegiatan', 0, 'anggaran', '2026'])).toBe('number');
    expect(fieldKind(['areaPerubahan', 0, 'kegiatan', 0, 'pelaksana'])).toBe('other');
    expect(fieldKind(['areaPerubahan', 0, 'kegiatan', 0, 'pelaksana', 0])).toBe('text');
    expect(fieldKind(['narasi', 'penutup'])).toBe('text');
    expect(fieldKind(['tidakAda'])).toBe('other');
  });
});
