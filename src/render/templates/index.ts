export { renderMarkup, MAIN_TEMPLATE, type RenderedMarkup, type TemplateSet } from './render-markup.js';
export { TemplateError, TemplateProblemCode, type TemplateProblem } from './template-error.js';
export {
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
  type DecimalOptions,
  type RupiahOptions,
} from './format.js';
export { proseToMarkup, type ProseOptions } from './prose-to-markup.js';
export { findForeignTerms, italicizeForeignTerms, type TermSpan } from './italicize-foreign-terms.js';
export { toLowerInitial } from './to-lower-initial.js';
export { toNameCapitals } from './to-name-capitals.js';
