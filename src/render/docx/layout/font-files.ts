/** Font files the caller supplies, read into faces; unreadable ones are reported, not fatal. */
import { readFontFile, type FontFace } from './truetype.js';

export function facesFromFiles(
  fonts: readonly { data: Uint8Array; name?: string }[] | undefined,
  warn: (message: string) => void,
): { face: FontFace; name?: string }[] {
  const out: { face: FontFace; name?: string }[] = [];
  for (const [i, f] of (fonts ?? []).entries()) {
    try {
      for (const face of readFontFile(f.data)) out.push({ face, ...(f.name !== undefined ? { name: f.name } : {}) });
    } catch (error) {
      warn(`berkas huruf ${i + 1}${f.name ? ` (${f.name})` : ''} tidak dapat dibaca: ${(error as Error).message}`);
    }
  }
  return out;
}
