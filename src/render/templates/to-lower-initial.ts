/**
 * A phrase from the project file put mid-sentence: "dengan keluaran {{awalKecil output}}" turns
 * "Laporan evaluasi kelembagaan" into "laporan evaluasi kelembagaan", while acronyms, names and
 * the titles of regulations keep their capital (PUEBI: huruf kapital).
 */

/** Phrases that are names wherever they stand (defined terms of a Perkada, offices, brands). */
const ALWAYS_CAPITAL = [
  'Bupati', 'Wakil Bupati', 'Wali Kota', 'Walikota', 'Wakil Wali Kota', 'Gubernur', 'Wakil Gubernur',
  'Presiden', 'Menteri', 'Sekretaris Daerah', 'Pemerintah Daerah', 'Perangkat Daerah',
  'Aparatur Sipil Negara', 'Zona Integritas', 'Wilayah Bebas dari Korupsi', 'Mal Pelayanan Publik',
  'Laporan Kinerja', 'Laporan Keuangan', 'Laporan Penyelenggaraan', 'Indonesia',
];

/**
 * First words that begin a name when the next word is capitalised: "Peraturan Bupati …",
 * "Indeks Reformasi Birokrasi", "Badan Kepegawaian …". Followed by a lower-case word they are
 * common nouns again: "peraturan perundang-undangan", "indeks kepuasan".
 */
const NAME_HEADS = new Set([
  'peraturan', 'keputusan', 'surat', 'instruksi', 'indeks', 'undang-undang', 'rencana', 'sistem', 'standar',
  'kementerian', 'lembaga', 'komisi', 'badan', 'dinas', 'inspektorat', 'sekretariat', 'bagian', 'biro',
  'kantor', 'satuan', 'unit', 'tim', 'forum', 'pemerintah', 'provinsi', 'kabupaten', 'kota', 'kecamatan',
  'kelurahan', 'desa', 'rumah', 'puskesmas', 'kepala', 'sekretaris', 'mal', 'zona',
]);

/**
 * Lower-cases the first letter of `phrase` unless its first word is
 * - an acronym or a word with capitals inside ("LKE", "SOP", "BerAKHLAK"), or has a digit ("K3");
 * - one letter long, or not a word at all (a phrase starting with a number is left alone);
 * - the start of a name from ALWAYS_CAPITAL ("Bupati", "Perangkat Daerah");
 * - a NAME_HEADS word followed by a capitalised word or an acronym ("Peraturan Bupati",
 *   "Indeks RB").
 * Quotes and brackets before the first word are skipped. Names of people and places are not
 * known; pass such fields unchanged.
 *
 * @example
 * toLowerInitial('Laporan evaluasi kelembagaan') //=> 'laporan evaluasi kelembagaan'
 * toLowerInitial('LKE yang terisi') //=> 'LKE yang terisi'
 * toLowerInitial('Peraturan Bupati tentang SOP') //=> 'Peraturan Bupati tentang SOP'
 * toLowerInitial('Peraturan perundang-undangan daerah') //=> 'peraturan perundang-undangan daerah'
 */
export function toLowerInitial(phrase: string): string {
  const match = /^([^\p{L}\p{N}]*)([\p{L}\p{N}'’-]+)/u.exec(phrase);
  if (match === null) return phrase;
  const [, lead = '', word = ''] = match;
  if (lead.length > 0 && !/^[\s"'“‘(\[]*$/u.test(lead)) return phrase;
  if (keepsCapital(word, phrase.slice(lead.length))) return phrase;
  return lead + lowerFirst(word) + phrase.slice(lead.length + word.length);
}

/** "Undang-Undang" becomes "undang-undang" (both halves of a reduplication), "Tata" "tata". */
function lowerFirst(word: string): string {
  const parts = word.split('-');
  const reduplicated = parts.length > 1 && parts.every((part) => part.toLocaleLowerCase('id-ID') === parts[0]!.toLocaleLowerCase('id-ID'));
  const lower = (part: string) => part.charAt(0).toLocaleLowerCase('id-ID') + part.slice(1);
  return reduplicated ? parts.map(lower).join('-') : lower(word);
}

function keepsCapital(word: string, rest: string): boolean {
  if ([...word].length < 2 || /\p{N}/u.test(word)) return true;
  if (word.split('-').some((part) => /\p{Lu}/u.test(part.slice(1)))) return true;
  if (ALWAYS_CAPITAL.some((name) => rest.startsWith(name) && !/^[\p{L}\p{N}]/u.test(rest.slice(name.length)))) return true;
  if (!NAME_HEADS.has(word.toLocaleLowerCase('id-ID'))) return false;
  const next = /^\s+([\p{L}\p{N}]+)/u.exec(rest.slice(word.length))?.[1];
  return next !== undefined && /^\p{Lu}/u.test(next);
}
