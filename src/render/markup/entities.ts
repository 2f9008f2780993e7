/**
 * Named character references beyond XML's five, for authors used to HTML. Kept small: anything
 * else can be written as the character itself or as `&#…;`.
 */
export const HTML_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: '\u00A0',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201C',
  rdquo: '\u201D',
  laquo: '\u00AB',
  raquo: '\u00BB',
  bull: '\u2022',
  middot: '\u00B7',
  deg: '\u00B0',
  plusmn: '\u00B1',
  times: '\u00D7',
  divide: '\u00F7',
  le: '\u2264',
  ge: '\u2265',
  copy: '\u00A9',
  reg: '\u00AE',
  sect: '\u00A7',
};
