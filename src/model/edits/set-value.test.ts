import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { setValues } from './set-value.js';

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
    expect(() => setValues(TEXT, { set: ['visi=[tidak ditutup'] })).toThrow(/bukan nilai YAML/);
  });
});
