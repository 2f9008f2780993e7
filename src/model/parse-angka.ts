/**
 * Numbers as OPDs write them in spreadsheets: Indonesian style ("1.234,5"), percentages ("85%"),
 * rupiah ("Rp 1.500.000"), and plain computer style ("85.5").
 */

/**
 * The number in `text`, or undefined when it is not one.
 *
 * Rules, in order: "Rp" and "%" and spaces are dropped. With both "." and "," the later one is
 * the decimal mark ("1.234,5", "1,234.5"). With only "," it is the decimal mark unless it repeats
 * ("1,234,567"). With only ".": repeated dots group thousands ("1.500.000"), and a single dot
 * followed by exactly three digits is read the Indonesian way, as thousands ("2.500" = 2500),
 * except after a leading zero ("0.750" = 0,75); any other single dot is a decimal point ("85.5").
 *
 * @example
 * parseAngka('1.234,5') //=> 1234.5
 * parseAngka('85%')     //=> 85
 * parseAngka('2.500')   //=> 2500
 * parseAngka('85.5')    //=> 85.5
 * parseAngka('WTP')     //=> undefined
 */
export function parseAngka(text: string): number | undefined {
  let s = text
    .trim()
    .replace(/^rp\.?\s*/i, '')
    .replace(/\s*%$/, '')
    .replace(/[\s\u00a0]/g, '')
    .replace(/^[\u2212\u2013]/, '-');
  if (s === '') return undefined;
  const negative = s.startsWith('-');
  if (negative || s.startsWith('+')) s = s.slice(1);
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return undefined;

  const dots = count(s, '.');
  const commas = count(s, ',');
  let normal: string;
  if (dots > 0 && commas > 0) {
    const decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    if (count(s, decimal) > 1) return undefined;
    if (!groupedWell(s.split(decimal)[0]!, group)) return undefined;
    normal = s.split(group).join('').replace(decimal, '.');
  } else if (commas > 0) {
    if (commas > 1) {
      if (!groupedWell(s, ',')) return undefined;
      normal = s.split(',').join('');
    } else {
      normal = s.replace(',', '.');
    }
  } else if (dots > 1) {
    if (!groupedWell(s, '.')) return undefined;
    normal = s.split('.').join('');
  } else if (dots === 1 && /^[1-9]\d{0,2}\.\d{3}$/.test(s)) {
    normal = s.replace('.', '');
  } else {
    normal = s;
  }
  if (!/^\d*\.?\d+$|^\d+\.?$/.test(normal)) return undefined;
  const value = Number(normal);
  if (!Number.isFinite(value)) return undefined;
  return negative ? -value : value;
}

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}

/** "1.234.567": groups of three after the first group of one to three digits. */
function groupedWell(s: string, group: string): boolean {
  const parts = s.split(group);
  return /^\d{1,3}$/.test(parts[0]!) && parts.slice(1).every((p) => /^\d{3}$/.test(p));
}
