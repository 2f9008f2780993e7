import { describe, expect, it } from 'vitest';
import { parseSetPath, resolveSetPath, splitAssignment } from './set-path.js';

const data = {
  opd: [{ kode: 'BAG-ORG' }, { kode: 'DISKOMINFO' }],
  sasaran: [{ id: 'S1', indikator: [{ id: 'IND-01' }, { id: 'IK.1.2' }] }],
  areaPerubahan: [{ kode: 'MP', kegiatan: [{ id: 'MP-01' }] }],
  quickWins: [{ id: 'QW-01' }],
  tematik: [{ tema: 'T1' }],
};

const resolve = (expr: string) => resolveSetPath(data, parseSetPath(expr));

describe('set paths', () => {
  it('reads keys, indexes and years', () => {
    expect(resolve('sasaran[0].indikator[1].target.2026')).toEqual({ path: ['sasaran', 0, 'indikator', 1, 'target', '2026'], append: false });
    expect(resolve('pemerintah.kepalaDaerah.nama').path).toEqual(['pemerintah', 'kepalaDaerah', 'nama']);
    expect(resolve('misi[-1]').path).toEqual(['misi', -1]);
  });

  it('starts at an item by id', () => {
    expect(resolve('indikator:IND-01.target.2026').path).toEqual(['sasaran', 0, 'indikator', 0, 'target', '2026']);
    expect(resolve('kegiatan:MP-01.koordinator').path).toEqual(['areaPerubahan', 0, 'kegiatan', 0, 'koordinator']);
    expect(resolve('opd:DISKOMINFO.nama').path).toEqual(['opd', 1, 'nama']);
    expect(resolve('area:MP.strategi').path).toEqual(['areaPerubahan', 0, 'strategi']);
    expect(resolve('quickwin:QW-01.tahun').path).toEqual(['quickWins', 0, 'tahun']);
    expect(resolve('qw:QW-01.tahun').path).toEqual(['quickWins', 0, 'tahun']);
    expect(resolve('tema:T1.strategi').path).toEqual(['tematik', 0, 'strategi']);
    expect(resolve('id:MP-01.nama').path).toEqual(['areaPerubahan', 0, 'kegiatan', 0, 'nama']);
  });

  it('finds ids with dots, quoted or not', () => {
    expect(resolve('indikator:IK.1.2.target.2026').path).toEqual(['sasaran', 0, 'indikator', 1, 'target', '2026']);
    expect(resolve('indikator:"IK.1.2".nama').path).toEqual(['sasaran', 0, 'indikator', 1, 'nama']);
  });

  it('appends with [+]', () => {
    expect(resolve('kegiatan:MP-01.pelaksana[+]')).toEqual({ path: ['areaPerubahan', 0, 'kegiatan', 0, 'pelaksana'], append: true });
  });

  it('says what is wrong', () => {
    expect(() => resolve('indikator:IND-1.target')).toThrow(/tidak ada indikator dengan id "IND-1"/);
    expect(() => parseSetPath('foo:bar')).toThrow(/jenis "foo" tidak dikenal/);
    expect(() => parseSetPath('a..b')).toThrow(/kosong/);
    expect(() => parseSetPath('a[x]')).toThrow(/tidak dimengerti/);
    expect(() => parseSetPath('a[+].b')).toThrow(/\[\+\] hanya boleh di akhir/);
    expect(() => splitAssignment('tanpa-sama-dengan')).toThrow(/JALUR=NILAI/);
    expect(splitAssignment('a.b=x=y')).toEqual({ path: 'a.b', value: 'x=y' });
  });
});
