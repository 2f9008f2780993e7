/**
 * A signer's name as signature blocks write it: the name in capitals, the titles before it and
 * the academic degrees after it exactly as written ("Dra. SITI NUR'AINI, M.Si.").
 */

/**
 * Titles written before a name (religious, nobility, professional and doctoral), compared
 * without case but kept as written, so "dr." (physician) and "Dr." (doctorate) both survive.
 * A title needs its full stop: "Ir" without one could be a name.
 */
const HONORIFICS = ['h.', 'hj.', 'k.h.', 'kh.', 'ny.', 'tgk.', 'r.', 'r.a.', 'r.ay.', 'r.m.', 'r.r.', 'rr.'];
const ACADEMIC = ['dr.', 'dra.', 'drs.', 'ir.', 'prof.', 'dr.-ing.', 'drg.', 'drh.', 'ns.', 'apt.', 'bd.'];
const TITLES = new Set([...HONORIFICS, ...ACADEMIC]);
const ACADEMIC_TITLES = new Set(ACADEMIC);

export interface NameOptions {
  /**
   * false: drop academic and professional titles and degrees, as a regulation's signature
   * block writes the name (UU 12/2011 practice); religious and noble honorifics (H., R.) stay.
   */
  gelar?: boolean;
}

/**
 * Capitalises a person's name, keeping leading titles and everything from the first comma on
 * (the degrees) as written. A name without a comma is capitalised whole, after its titles;
 * degrees written without a comma before them ("Budi S.H.") are not recognised.
 *
 * @example
 * toNameCapitals("Dra. Siti Nur'aini, M.Si.") //=> "Dra. SITI NUR'AINI, M.Si."
 * toNameCapitals('Dr. Ir. Budi Santoso, M.T.') //=> 'Dr. Ir. BUDI SANTOSO, M.T.'
 * toNameCapitals('H. Ahmad Ma\'ruf, S.H., M.H.') //=> "H. AHMAD MA'RUF, S.H., M.H."
 * toNameCapitals('Dr. H. Lalu Ahmad Fauzan, S.H., M.H.', { gelar: false }) //=> 'H. LALU AHMAD FAUZAN'
 */
export function toNameCapitals(name: string, options: NameOptions = {}): string {
  const text = name.trim().replace(/\s+/g, ' ');
  const comma = text.indexOf(',');
  const head = comma < 0 ? text : text.slice(0, comma);
  const withGelar = options.gelar !== false;
  const degrees = comma < 0 || !withGelar ? '' : text.slice(comma);
  const words = head.split(' ');
  let titles = 0;
  // Titles come first; the last word is always the name, even when it looks like one ("R.").
  while (titles < words.length - 1 && TITLES.has(words[titles]!.toLowerCase())) titles++;
  const kept = words.slice(0, titles).filter((w) => withGelar || !ACADEMIC_TITLES.has(w.toLowerCase()));
  const upper = words.slice(titles).join(' ').toLocaleUpperCase('id-ID');
  return [...kept, upper].filter((part) => part !== '').join(' ') + degrees;
}
