/**
 * Values as a reviewer reads them in a message on the terminal (diff, status, update): numbers
 * with "." for thousands and "," for decimals, budgets in rupiah, texts quoted and cut short.
 *
 * These differ on purpose from the document's formatNilai and formatRupiah
 * (render/templates/format.ts): a message shows up to four decimals, so a change in the third
 * decimal is visible, and it must print any number a project file can hold (1e21, -0), where
 * the document writes at most two decimals and refuses a number it cannot write.
 */

/**
 * A target or realisation in a message: a number the Indonesian way, a text as written.
 * @example
 * formatNilaiPesan(1234.5) //=> '1.234,5'
 * formatNilaiPesan('WTP')  //=> 'WTP'
 */
export function formatNilaiPesan(value: number | string): string {
  if (typeof value === 'string') return value;
  return numberFormat(4).format(value);
}

/**
 * A budget in a message, in whole rupiah.
 * @example
 * formatRupiahPesan(1500000) //=> 'Rp1.500.000'
 */
export function formatRupiahPesan(value: number): string {
  return `Rp${numberFormat(0).format(value)}`;
}

/**
 * `toLocaleString('id-ID', …)` builds a formatter on every call; an import of thousands of
 * realisations prints thousands of numbers. Made on first use, so a command that prints none
 * does not load the locale.
 */
const FORMATS = new Map<number, Intl.NumberFormat>();

function numberFormat(maximumFractionDigits: number): Intl.NumberFormat {
  let format = FORMATS.get(maximumFractionDigits);
  if (!format) {
    format = new Intl.NumberFormat('id-ID', { maximumFractionDigits });
    FORMATS.set(maximumFractionDigits, format);
  }
  return format;
}

/**
 * A text on one line, quoted; a long one is cut at a word boundary (see shorten).
 * @example
 * quote('Badan Kepegawaian') //=> '"Badan Kepegawaian"'
 */
export function quote(text: string, max = 100): string {
  return `"${shorten(text.replace(/\s+/g, ' ').trim(), max)}"`;
}

/**
 * At most `max` characters, cut after a whole word and marked with "…"; a single word longer
 * than that is cut where it must be.
 * @example
 * shorten('Pembentukan Tim Reformasi Birokrasi', 20) //=> 'Pembentukan Tim…'
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  const space = /\s/.test(text.charAt(max - 1)) ? room.length : room.search(/\s\S*$/);
  // Keep at least half: a cut far back would lose more than a cut inside a very long word.
  const cut = space >= max / 2 ? room.slice(0, space) : room;
  return `${cut.replace(/[\s,;:.(–—-]+$/, '')}…`;
}

/** `1234567` → `1.234.567`: a dot before every group of three digits counted from the right. */
export function groupThousands(digits: string): string {
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += `.${digits.slice(i, i + 3)}`;
  return out;
}

/**
 * A file size in a message: "512 B", "1.234 KB", "1,5 MB". Written without Intl, as every build
 * prints one, and the first Intl formatter loads the locale (about 10 ms of a 0.3 s command).
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${groupThousands(String(Math.round(bytes / 1024)))} KB`;
  const tenths = Math.round((bytes / 1024 / 1024) * 10);
  return `${groupThousands(String(Math.floor(tenths / 10)))}${tenths % 10 === 0 ? '' : `,${tenths % 10}`} MB`;
}
