import { describe, expect, it } from 'vitest';
import { toNameCapitals } from './to-name-capitals.js';

describe('toNameCapitals', () => {
  it.each([
    ["Dra. Siti Nur'aini, M.Si.", "Dra. SITI NUR'AINI, M.Si."],
    ["H. Ahmad Ma'ruf, S.H., M.H.", "H. AHMAD MA'RUF, S.H., M.H."],
    ['Dr. Ir. Budi Santoso, M.T.', 'Dr. Ir. BUDI SANTOSO, M.T.'],
    ['Prof. Dr. H. Muhammad Yusuf, S.E., M.Si.', 'Prof. Dr. H. MUHAMMAD YUSUF, S.E., M.Si.'],
    ['Hj. Nurhayati, S.Pd., M.Pd.', 'Hj. NURHAYATI, S.Pd., M.Pd.'],
    ['dr. Rina Wulandari, Sp.A.', 'dr. RINA WULANDARI, Sp.A.'],
    ['drg. Ayu Lestari, M.Kes.', 'drg. AYU LESTARI, M.Kes.'],
    ['K.H. Abdul Ghofur', 'K.H. ABDUL GHOFUR'],
    ['R. Soedjono, S.Sos.', 'R. SOEDJONO, S.Sos.'],
    ['Drs. I Gusti Ngurah Rai, M.A.P.', 'Drs. I GUSTI NGURAH RAI, M.A.P.'],
    ['Muh. Ilham Akbar, S.Kom.', 'MUH. ILHAM AKBAR, S.Kom.'],
    ['A. Rahman Hakim', 'A. RAHMAN HAKIM'],
    ['Budi Santoso', 'BUDI SANTOSO'],
    ['  Ir.   Wayan  Sudarsa ,  M.T.  ', 'Ir. WAYAN SUDARSA , M.T.'],
    ['DRA. SITI, M.SI.', 'DRA. SITI, M.SI.'],
    ['Dr.', 'DR.'],
    ['', ''],
  ])('%s → %s', (name, expected) => {
    expect(toNameCapitals(name)).toBe(expected);
  });
});

describe('toNameCapitals without gelar (a regulation’s signature block)', () => {
  it.each([
    ["Dra. Siti Nur'aini, M.Si.", "SITI NUR'AINI"],
    ['Dr. H. Lalu Ahmad Fauzan, S.H., M.H.', 'H. LALU AHMAD FAUZAN'],
    ['Prof. Dr. Ir. Budi Santoso, M.T.', 'BUDI SANTOSO'],
    ['R. Soedjono, S.Sos.', 'R. SOEDJONO'],
    ['Hardiyanto Wicaksono', 'HARDIYANTO WICAKSONO'],
  ])('%s → %s', (name, expected) => {
    expect(toNameCapitals(name, { gelar: false })).toBe(expected);
  });
});
