/**
 * The fast and the slow edit (apply-edits.ts) on one text, for the tests that compare them, and
 * texts with what the outline (yaml-text/outline.ts) must read right, or leave alone, where an
 * edit lands: comments, blank lines, block texts, inline maps, lists under their key.
 */
import { parseDocument } from 'yaml';
import type { PathSegment } from '../../problem.js';
import { applyEdits, type AppliedEdits, type Edit } from './apply-edits.js';

export type Outcome = AppliedEdits | { error: string };

/** The file's content as the slow read gives it. */
export function contentOf(text: string): unknown {
  return parseDocument(text, { uniqueKeys: true }).toJS();
}

function attempt(run: () => AppliedEdits): Outcome {
  try {
    return run();
  } catch (error) {
    return { error: String(error) };
  }
}

/** Both ways on one text: the slow one (no content given) and the fast one (content given). */
export function bothWays(text: string, edits: readonly Edit[]): { slow: Outcome; fast: Outcome } {
  return { slow: attempt(() => applyEdits(text, edits)), fast: attempt(() => applyEdits(text, edits, { data: contentOf(text) })) };
}

/** What a test compares: the text, how it was written, how many edits changed it, or the error. */
export function written(outcome: Outcome): unknown {
  return 'error' in outcome ? outcome : { text: outcome.text, formatting: outcome.formatting, changed: outcome.changed };
}

export const tookFastWay = (outcome: Outcome): boolean => !('error' in outcome) && outcome.data !== undefined;

/** Texts with what the outline must read right (or leave alone) around the places edits land. */
export const TRICKY = [
  `# kepala
profil: rb2023   # kerangka
periode: { mulai: 2024, selesai: 2028 }
opd:
- kode: A
  nama: "Badan A"   # resmi
- kode: B
  nama: 'Bagian ''B'''

sasaran:
  - id: S1
    indikator:
      # utama
      - id: I1
        target:
          2024: 70  # lokakarya
          2025: 75.5

        realisasi:
          "2024": 72
          # akhir realisasi
        catatan: >-
          Teks panjang
          dilipat.
      - id: I2
        target: {2024: 1}
        kondisi: |
          # bukan komentar
          baris

      - id: I3
        nama: teks yang
          berlanjut
        target:
        - 1
        - 2
        # komentar dalam
visi: Terwujudnya
misi:
- satu
- "dua: tiga"
kosong:
akhir: |+
  simpan

`,
  'a:\n  b: 1\n  c:\n    d: [1, 2]\n    e: "x # y"\nf: g',
  'x:\n  - - 1\n    - 2\n  - y: 1\n    z:\n      - 3\n',
  'top:\n  list:\n  - a: 1\n    b: 2\n  - a: 3\n  after: 1\n',
  // Four spaces, lists indented, comments at column 0 inside, blank lines with spaces, no final newline.
  'root:\n    "kunci dengan spasi": 1\n    kunci-2: \'a # b\'\n# tengah\n    daftar:\n        -   id: A\n            nilai: 1\n        \n        -   id: B\n            target: {2025: 1, 2026: 2}\n    akhir: "x"',
  'a: 1\nb:\n  - c\n  - d: 1\n    e:\n    - f\n# terakhir\n',
];

/** A draw in [0, 1). */
type Next = () => number;

const VALUES: unknown[] = [
  0,
  12.5,
  -3,
  1e21,
  'teks',
  'Tahap 2 selesai',
  'Teks: dengan titik dua',
  'a # b',
  '"kutip"',
  "it's",
  '2025-03-17',
  '',
  'true',
  'null',
  '  spasi ',
  'baris\nkedua',
  true,
  null,
  { a: 1 },
  [1, 'x'],
  { nested: { b: 'c' } },
  [],
  {},
];

/** 1-5 sets and appends at random places of `data`, existing or new. */
export function randomEdits(data: unknown, next: Next): Edit[] {
  const edits: Edit[] = [];
  const count = 1 + Math.floor(next() * 5);
  for (let k = 0; k < count; k++) {
    const path: PathSegment[] = [];
    let node: unknown = data;
    while (node !== null && typeof node === 'object' && next() < 0.8) {
      if (Array.isArray(node)) {
        const index = next() < 0.85 && node.length > 0 ? Math.floor(next() * node.length) : node.length;
        path.push(index);
        node = node[index];
      } else {
        const keys = Object.keys(node);
        const key = next() < 0.8 && keys.length > 0 ? keys[Math.floor(next() * keys.length)]! : next() < 0.5 ? String(2020 + Math.floor(next() * 15)) : 'baru';
        path.push(key);
        node = (node as Record<string, unknown>)[key];
      }
    }
    if (path.length === 0) path.push('baru');
    const value = VALUES[Math.floor(next() * VALUES.length)];
    edits.push(Array.isArray(node) && next() < 0.5 ? { op: 'append', path, value } : { op: 'set', path, value });
  }
  return edits;
}
