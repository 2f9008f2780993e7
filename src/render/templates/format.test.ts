import { describe, expect, it } from 'vitest';
import {
  BLANK_DATE,
  formatAngka,
  formatNilai,
  formatPersen,
  formatRupiah,
  formatRupiahTabel,
  formatTanggal,
  toLetters,
  toRoman,
  toTitleCase,
} from './format.js';

describe('formatAngka', () => {
  it.each([
    [1234567.5, '1.234.567,5'],
    [0, '0'],
    [999, '999'],
    [1000, '1.000'],
    [-1234.5, '-1.234,5'],
    [1 / 3, '0,33'],
    [0.1 + 0.2, '0,3'],
    [999.999, '1.000'],
    [1e12, '1.000.000.000.000'],
    [-0.001, '0'],
    [2e-7, '0'],
  ])('%d → %s', (value, expected) => {
    expect(formatAngka(value)).toBe(expected);
  });

  it('writes exactly `desimal` decimals, rounding half up in decimal', () => {
    expect(formatAngka(2.5, { desimal: 2 })).toBe('2,50');
    expect(formatAngka(1.005, { desimal: 2 })).toBe('1,01');
    expect(formatAngka(1234.5678, { desimal: 0 })).toBe('1.235');
    expect(formatAngka(0.125, { desimal: 3 })).toBe('0,125');
  });

  it('refuses what cannot be a number', () => {
    expect(() => formatAngka(Number.NaN)).toThrow(RangeError);
    expect(() => formatAngka(Infinity)).toThrow(RangeError);
    expect(() => formatAngka(1, { desimal: -1 })).toThrow(RangeError);
  });
});

describe('formatRupiah', () => {
  it.each([
    [1500000, 'Rp1.500.000'],
    [0, 'Rp0'],
    [1234567890123, 'Rp1.234.567.890.123'],
    [1500000.75, 'Rp1.500.001'],
    [-2500, '-Rp2.500'],
    [-0.4, 'Rp0'],
  ])('%d → %s', (value, expected) => {
    expect(formatRupiah(value)).toBe(expected);
  });

  it('writes millions with juta', () => {
    expect(formatRupiah(1500000, { juta: true })).toBe('Rp1,5 juta');
    expect(formatRupiah(12500000000, { juta: true })).toBe('Rp12.500 juta');
    expect(formatRupiah(1234567, { juta: true })).toBe('Rp1,23 juta');
  });

  it('never writes "Rp0 juta": zero, and amounts too small for millions, are whole rupiah', () => {
    expect(formatRupiah(0, { juta: true })).toBe('Rp0');
    expect(formatRupiah(400, { juta: true })).toBe('Rp400');
    expect(formatRupiah(-0.2, { juta: true })).toBe('Rp0');
  });

  it('writes decimals when asked', () => {
    expect(formatRupiah(1500000, { desimal: 2 })).toBe('Rp1.500.000,00');
  });
});

describe('formatRupiahTabel', () => {
  it.each([
    [4920000000, '4.920.000.000'],
    [24490000000, '24.490.000.000'],
    [1500000.75, '1.500.001'],
    [0, '-'],
    [-0, '-'],
    [-2500, '-2.500'],
  ])('%d → %s', (value, expected) => {
    expect(formatRupiahTabel(value)).toBe(expected);
  });

  it('writes millions for a "(Rp juta)" column, and small amounts in full', () => {
    expect(formatRupiahTabel(4920000000, { juta: true })).toBe('4.920');
    expect(formatRupiahTabel(1234567, { juta: true })).toBe('1,23');
    expect(formatRupiahTabel(400, { juta: true })).toBe('0,0004');
    expect(formatRupiahTabel(0, { juta: true })).toBe('-');
  });

  it('writes decimals when asked', () => {
    expect(formatRupiahTabel(1500000, { desimal: 2 })).toBe('1.500.000,00');
  });
});

describe('formatPersen', () => {
  it.each([
    [83.333, {}, '83,33%'],
    [100, {}, '100%'],
    [50.5, {}, '50,5%'],
    [0, {}, '0%'],
    [12.5, { desimal: 0 }, '13%'],
    [83.333, { desimal: 1 }, '83,3%'],
  ])('%d %o → %s', (value, options, expected) => {
    expect(formatPersen(value, options)).toBe(expected);
  });
});

describe('formatTanggal', () => {
  const months = [
    'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
    'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
  ];
  it.each(months.map((month, i) => [`2025-${String(i + 1).padStart(2, '0')}-17`, `17 ${month} 2025`]))(
    '%s → %s',
    (iso, expected) => {
      expect(formatTanggal(iso)).toBe(expected);
    },
  );

  it('drops the leading zero of the day and ignores a time', () => {
    expect(formatTanggal('2025-03-01')).toBe('1 Maret 2025');
    expect(formatTanggal('2025-03-17T10:00:00+07:00')).toBe('17 Maret 2025');
  });

  it('reads a month alone and a Date (in UTC)', () => {
    expect(formatTanggal('2025-08')).toBe('Agustus 2025');
    expect(formatTanggal(new Date(Date.UTC(2024, 1, 29)))).toBe('29 Februari 2024');
  });

  it('prints dots for a blank date', () => {
    expect(formatTanggal('')).toBe('...............');
    expect(formatTanggal(null)).toBe(BLANK_DATE);
  });

  it('refuses dates that do not exist', () => {
    expect(() => formatTanggal('2025-02-29')).toThrow(/bukan tanggal yang ada/);
    expect(formatTanggal('2024-02-29')).toBe('29 Februari 2024');
    expect(() => formatTanggal('2025-13-01')).toThrow(RangeError);
    expect(() => formatTanggal('17/03/2025')).toThrow(/TTTT-BB-HH/);
  });
});

describe('toRoman', () => {
  it.each([
    [1, 'I'], [3, 'III'], [4, 'IV'], [9, 'IX'], [14, 'XIV'], [40, 'XL'], [49, 'XLIX'], [90, 'XC'],
    [400, 'CD'], [944, 'CMXLIV'], [1994, 'MCMXCIV'], [2025, 'MMXXV'], [3888, 'MMMDCCCLXXXVIII'], [3999, 'MMMCMXCIX'],
  ])('%d → %s', (value, expected) => {
    expect(toRoman(value)).toBe(expected);
  });

  it('gives every number 1..3999 a distinct numeral that reads back to it', () => {
    const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
    const seen = new Set<string>();
    for (let n = 1; n <= 3999; n++) {
      const roman = toRoman(n);
      let total = 0;
      for (let i = 0; i < roman.length; i++) {
        const here = values[roman[i]!]!;
        const next = values[roman[i + 1] ?? ''] ?? 0;
        total += here < next ? -here : here;
      }
      expect(total).toBe(n);
      seen.add(roman);
    }
    expect(seen.size).toBe(3999);
  });

  it('refuses numbers Roman numerals cannot write', () => {
    expect(() => toRoman(0)).toThrow(RangeError);
    expect(() => toRoman(4000)).toThrow(RangeError);
    expect(() => toRoman(1.5)).toThrow(RangeError);
  });
});

describe('toLetters', () => {
  it.each([
    [1, 'a'], [2, 'b'], [26, 'z'], [27, 'aa'], [28, 'ab'], [52, 'az'], [53, 'ba'], [702, 'zz'], [703, 'aaa'],
  ])('%d → %s', (value, expected) => {
    expect(toLetters(value)).toBe(expected);
  });

  it('refuses zero', () => {
    expect(() => toLetters(0)).toThrow(RangeError);
  });
});

describe('toTitleCase', () => {
  it('capitalises words but keeps Indonesian function words and acronyms', () => {
    expect(toTitleCase('rencana aksi reformasi birokrasi dan OPD pengampu')).toBe(
      'Rencana Aksi Reformasi Birokrasi dan OPD Pengampu',
    );
    expect(toTitleCase('di antara yang terbaik')).toBe('Di antara yang Terbaik');
  });

  it('treats all-capital text as words, not acronyms', () => {
    expect(toTitleCase('ROAD MAP REFORMASI BIROKRASI')).toBe('Road Map Reformasi Birokrasi');
  });
});

describe('formatNilai', () => {
  it('formats numbers, keeps text and dashes blanks', () => {
    expect(formatNilai(1250.5)).toBe('1.250,5');
    expect(formatNilai(0)).toBe('0');
    expect(formatNilai('Predikat BB')).toBe('Predikat BB');
    expect(formatNilai('')).toBe('-');
    expect(formatNilai(null)).toBe('-');
  });
});

describe('number formatting shortcuts', () => {
  /** The formatting before whole numbers took a shortcut: decimal rounding in text, toFixed, a regex. */
  function reference(value: number, fixed: number | undefined, maxDecimals: number): string {
    const round = (v: number, digits: number) => {
      if (Math.abs(v) >= 1e15) return v;
      const [mantissa, exponent = '0'] = String(Math.abs(v)).split('e');
      const shifted = Math.round(Number(`${mantissa}e${Number(exponent) + digits}`));
      return Math.sign(v) * Number(`${shifted}e-${digits}`);
    };
    const digits = fixed ?? maxDecimals;
    const rounded = round(value, digits);
    const [whole = '0', decimals = ''] = Math.abs(rounded).toFixed(digits).split('.');
    const shown = fixed === undefined ? decimals.replace(/0+$/, '') : decimals;
    return `${rounded < 0 ? '-' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}${shown === '' ? '' : `,${shown}`}`;
  }

  it('give exactly what the decimal rounding gives, whole or not, small or past 2^53', () => {
    const values = [0, -0, 1, -1, 2.5, -2.5, 2.999, 999.995, 1e15 - 1, 1e15, 2 ** 53, 2 ** 53 + 2, 2 ** 60 + 256, 1e20, 4.5e-7];
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 3000; i++) {
      values.push(Math.round(random() * 10 ** (1 + (i % 16))), -Math.round(random() * 1e12), Math.round(random() * 1e6) / 100, (random() - 0.5) * 10 ** ((i % 24) - 8));
    }
    for (const value of values) {
      for (const desimal of [undefined, 0, 1, 2, 3]) {
        const options = desimal === undefined ? {} : { desimal };
        expect(formatAngka(value, options), `${value} ${desimal}`).toBe(reference(value, desimal, 2));
      }
    }
  });
});
