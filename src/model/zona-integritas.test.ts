import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProject } from './parse-project.js';
import type { Project, UnitZi } from './types.js';
import { TAHAP_ZI } from './schema.js';
import { diusulkanSebelumDicanangkan, mencapai, NAMA_TAHAP, tahapDariTeks, tahapPada, zonaIntegritasProgress } from './zona-integritas.js';

const text = readFileSync(new URL('../../examples/kabupaten-sukamaju/roadmap.yaml', import.meta.url), 'utf8');
const example = parseProject(text, 'roadmap.yaml').project!;

const unit = (tahapan: UnitZi['tahapan'], extra: Partial<UnitZi> = {}): UnitZi => ({ id: 'ZI-X', opd: 'RSUD', targetPredikat: 'WBK', targetTahun: 2026, tahapan, ...extra });
const withUnits = (units: UnitZi[], target: NonNullable<Project['zonaIntegritas']>['target'] = {}): Project => ({ ...example, zonaIntegritas: { target, unit: units } });

describe('tahapPada: the stage a unit holds at the end of a year', () => {
  it('carries the latest earlier stage into years without a record, and is null before the first', () => {
    const u = unit({ '2025': { tahap: 'pencanangan' }, '2027': { tahap: 'usulanTpn' } });
    expect([2024, 2025, 2026, 2027, 2028].map((y) => tahapPada(u, y))).toEqual([null, 'pencanangan', 'pencanangan', 'usulanTpn', 'usulanTpn']);
  });
});

describe('mencapai: at or beyond a stage', () => {
  it('counts a WBBM unit for WBK, a unit not granted as proposed, a lost predicate as declared only', () => {
    expect(mencapai('WBBM', 'WBK')).toBe(true);
    expect(mencapai('WBK', 'WBBM')).toBe(false);
    expect(mencapai('tidakLolos', 'usulanTpn')).toBe(true);
    expect(mencapai('tidakLolos', 'WBK')).toBe(false);
    expect(mencapai('predikatDicabut', 'pencanangan')).toBe(true);
    expect(mencapai('predikatDicabut', 'usulanTpn')).toBe(false);
    expect(mencapai(null, 'pencanangan')).toBe(false);
  });
});

describe('zonaIntegritasProgress', () => {
  it('counts the example’s 14 units per stage in 2025 against the targets', () => {
    const p = zonaIntegritasProgress(example, 2025)!;
    expect(p.unit).toHaveLength(14);
    expect(p.perTahap).toEqual([
      { tahap: 'pencanangan', jumlah: 14, target: 14 },
      { tahap: 'usulanTpn', jumlah: 7, target: 8 },
      { tahap: 'WBK', jumlah: 3, target: 5 },
      { tahap: 'WBBM', jumlah: 1, target: 1 },
    ]);
    expect(p.mundur).toEqual(['ZI-04', 'ZI-13']);
    // ZI-13 did not pass either, but its target year is 2026: not late yet.
    expect(p.terlambat).toEqual(['ZI-04', 'ZI-06']);
  });

  it('counts 2024 from the 2024 records only', () => {
    const p = zonaIntegritasProgress(example, 2024)!;
    expect(p.perTahap.map((t) => t.jumlah)).toEqual([10, 4, 2, 0]);
    expect(p.mundur).toEqual([]);
  });

  it('marks a lost predicate as falling back, and a target year passed without the predicate as late', () => {
    const project = withUnits([
      unit({ '2024': { tahap: 'WBK' }, '2025': { tahap: 'predikatDicabut' } }, { id: 'A', targetTahun: 2024 }),
      unit({ '2024': { tahap: 'pencanangan' } }, { id: 'B', targetTahun: 2025 }),
      unit({ '2024': { tahap: 'pencanangan' } }, { id: 'C', targetTahun: 2027 }),
    ]);
    const p = zonaIntegritasProgress(project, 2025)!;
    expect(p.mundur).toEqual(['A']);
    expect(p.terlambat).toEqual(['A', 'B']);
    expect(p.unit.map((u) => u.tahapSebelumnya)).toEqual(['WBK', 'pencanangan', 'pencanangan']);
    expect(p.perTahap.map((t) => t.target)).toEqual([null, null, null, null]);
  });

  it('is undefined for a project without Zona Integritas', () => {
    expect(zonaIntegritasProgress({ ...example, zonaIntegritas: undefined }, 2025)).toBeUndefined();
  });
});

describe('diusulkanSebelumDicanangkan', () => {
  it('finds a proposal to the TPN with no declaration before it', () => {
    expect(diusulkanSebelumDicanangkan(unit({ '2025': { tahap: 'usulanTpn' } }))).toBe(2025);
    expect(diusulkanSebelumDicanangkan(unit({ '2024': { tahap: 'penilaianMandiri' }, '2025': { tahap: 'WBK' } }))).toBe(2025);
  });

  it('accepts a declaration in an earlier year, or a pakta integritas dated that year or before', () => {
    expect(diusulkanSebelumDicanangkan(unit({ '2024': { tahap: 'pencanangan' }, '2025': { tahap: 'usulanTpn' } }))).toBeUndefined();
    expect(diusulkanSebelumDicanangkan(unit({ '2025': { tahap: 'usulanTpn', tanggalPakta: '2025-02-10' } }))).toBeUndefined();
    expect(diusulkanSebelumDicanangkan(unit({ '2025': { tahap: 'usulanTpn', tanggalPakta: '2026-02-10' } }))).toBe(2025);
    expect(diusulkanSebelumDicanangkan(unit({ '2025': { tahap: 'penilaianMandiri' } }))).toBeUndefined();
  });
});

describe('validate: Zona Integritas warnings', () => {
  const problems = (yaml: string, code: string) => parseProject(yaml, 'roadmap.yaml').problems.filter((p) => p.code === code);

  it('warns, at the year, when a unit is proposed to the TPN before it was declared', () => {
    const early = text.replace('        2024: {tahap: pencanangan, tanggalPakta: 2023-02-20}\n        2025: {tahap: usulanTpn}', '        2025: {tahap: usulanTpn}');
    expect(early).not.toBe(text);
    expect(problems(text, 'zi-usulan-sebelum-pencanangan')).toEqual([]);
    const found = problems(early, 'zi-usulan-sebelum-pencanangan');
    expect(found.map((p) => [p.path, p.severity])).toEqual([['zonaIntegritas.unit[5].tahapan.2025', 'warning']]);
    const lines = early.split('\n');
    const start = lines.indexOf('    - id: ZI-06');
    expect(found[0]!.line).toBe(lines.findIndex((l, i) => i > start && l.includes('2025: {tahap: usulanTpn}')) + 1);
  });

  it('warns when a target year is outside the period, and refuses an unknown OPD', () => {
    const outside = text.replace('      opd: BPKAD\n      targetPredikat: WBK\n      targetTahun: 2028', '      opd: BPKAD\n      targetPredikat: WBK\n      targetTahun: 2030').replace('      opd: BPKAD\n      targetPredikat', '      opd: BPKADX\n      targetPredikat');
    expect(problems(outside, 'zi-target-outside-period').map((p) => p.path)).toEqual(['zonaIntegritas.unit[13].targetTahun']);
    expect(problems(outside, 'opd-unknown').map((p) => p.path)).toEqual(['zonaIntegritas.unit[13].opd']);
  });

  it('warns when a yearly predicate target is below the units planned to hold it by then', () => {
    expect(problems(text, 'zi-target-kurang-dari-rencana-unit')).toEqual([]);
    const lower = text.replace('    WBK: {2024: 2, 2025: 5, 2026: 7,', '    WBK: {2024: 2, 2025: 5, 2026: 6,');
    expect(lower).not.toBe(text);
    const found = problems(lower, 'zi-target-kurang-dari-rencana-unit');
    expect(found.map((p) => p.path)).toEqual(['zonaIntegritas.target.WBK.2026']);
    expect(found[0]!.message).toBe(
      'Target WBK tahun 2026 adalah 6 unit, padahal 7 unit direncanakan berpredikat WBK atau WBBM paling lambat tahun itu (ZI-01, ZI-02, ZI-03, ZI-04, ZI-06, ZI-10, ZI-13).',
    );
  });

  it('warns when there is no Manajemen Perubahan area to plan the units in', () => {
    const noMp = text.replace('  - kode: MP\n', '  - kode: MPX\n    nama: Area Lain\n');
    expect(noMp).not.toBe(text);
    expect(problems(text, 'zi-tanpa-area-mp')).toEqual([]);
    expect(problems(noMp, 'zi-tanpa-area-mp').map((p) => p.path)).toEqual(['zonaIntegritas']);
  });
});

describe('tahapDariTeks', () => {
  it('reads the codes, the names a reader sees and the usual short forms, without case or spaces', () => {
    expect(tahapDariTeks('usulanTpn')).toBe('usulanTpn');
    expect(tahapDariTeks('Diusulkan ke TPN')).toBe('usulanTpn');
    expect(tahapDariTeks('usulan ke tpi')).toBe('usulanTpi');
    expect(tahapDariTeks(' wbk ')).toBe('WBK');
    expect(tahapDariTeks('WBK dipertahankan')).toBe('WBK');
    expect(tahapDariTeks('Penilaian Mandiri')).toBe('penilaianMandiri');
    expect(tahapDariTeks('tidak lolos')).toBe('tidakLolos');
    expect(tahapDariTeks('Predikat dicabut')).toBe('predikatDicabut');
    for (const tahap of TAHAP_ZI) expect(tahapDariTeks(NAMA_TAHAP[tahap])).toBe(tahap);
  });

  it('refuses words that name no stage rather than guess', () => {
    expect(tahapDariTeks('lolos')).toBeUndefined();
    expect(tahapDariTeks('WB')).toBeUndefined();
    expect(tahapDariTeks('')).toBeUndefined();
  });
});
