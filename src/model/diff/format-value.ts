/**
 * Values as a reviewer reads them in Indonesian: numbers with "." for thousands and "," for
 * decimals, budgets in rupiah, texts quoted and cut short.
 */

/**
 * @example
 * formatNilai(1234.5) //=> '1.234,5'
 * formatNilai('WTP')  //=> 'WTP'
 */
export function formatNilai(value: number | string): string {
  if (typeof value === 'string') return value;
  return value.toLocaleString('id-ID', { maximumFractionDigits: 4 });
}

/**
 * @example
 * formatRupiah(1500000) //=> 'Rp1.500.000'
 */
export function formatRupiah(value: number): string {
  return `Rp${value.toLocaleString('id-ID', { maximumFractionDigits: 0 })}`;
}

/**
 * @example
 * quote('Badan Kepegawaian') //=> '"Badan Kepegawaian"'
 */
export function quote(text: string, max = 60): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return `"${one.length > max ? `${one.slice(0, max - 1)}…` : one}"`;
}
