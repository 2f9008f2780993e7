/**
 * A count or size in a message, as Indonesian readers write it ("10.000", "12,5"). The formatter
 * is made on first use: making it loads the id-ID locale, about 10 ms that an import which
 * reports nothing should not pay.
 */
let format: Intl.NumberFormat | undefined;

export function formatNumber(value: number): string {
  format ??= new Intl.NumberFormat('id-ID');
  return format.format(value);
}
