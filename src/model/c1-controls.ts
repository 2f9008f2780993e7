/**
 * C1 control characters (U+0080-U+009F) never belong in a road map. They appear when a
 * Windows-1252 file (Excel's CSV, Notepad's "ANSI") is read as Latin-1: curly quotes, dashes and
 * the euro sign become invisible controls. The schema refuses them in every text field, and the
 * realisation import refuses them in a cell, with what the character most likely was.
 */

/** What Windows-1252 has at 0x80-0x9F (the same table as io/text-encoding.ts, which may not import model/). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export interface C1Control {
  /** The character as U+XXXX. */
  code: string;
  /** 0-based position in the text. */
  index: number;
  /** The Windows-1252 character at that byte, when there is one: what was meant. */
  likely?: string;
}

/** The first C1 control character in `text`, or undefined. */
export function findC1Control(text: string): C1Control | undefined {
  const match = /[\u0080-\u009f]/.exec(text);
  if (!match) return undefined;
  const n = match[0].charCodeAt(0);
  const likely = CP1252_HIGH[n - 0x80]!;
  return {
    code: `U+${n.toString(16).toUpperCase().padStart(4, '0')}`,
    index: match.index,
    ...(likely.charCodeAt(0) >= 0x100 ? { likely } : {}),
  };
}

/**
 * The message for a text holding a C1 control, in Indonesian, or undefined when it holds none.
 * @example
 * c1ControlMessage('Dinas \u0093Kominfo\u0094')
 * //=> 'Teks memuat karakter kendali tak terlihat U+0093 di posisi 7 (sesudah "Dinas "), kemungkinan maksudnya “. …'
 */
export function c1ControlMessage(text: string): string | undefined {
  const found = findC1Control(text);
  if (!found) return undefined;
  const before = text.slice(Math.max(0, found.index - 20), found.index);
  const after = before === '' ? '' : ` (sesudah "${found.index > 20 ? '…' : ''}${before}")`;
  const likely = found.likely ? `, kemungkinan maksudnya ${found.likely}` : '';
  return (
    `Teks memuat karakter kendali tak terlihat ${found.code} di posisi ${found.index + 1}${after}${likely}. ` +
    'Ini tanda berkas Windows-1252 yang terbaca dengan pengodean yang salah. Ganti dengan tanda yang dimaksud (misalnya “ ” – atau "), lalu simpan berkas sebagai UTF-8.'
  );
}
