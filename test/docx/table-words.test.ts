/**
 * Narrow table columns through LibreOffice: every word of a cell must come out whole. The
 * template-style widths below make the code, unit and coordinator columns narrower than words
 * such as "Bappedalitbang" at 8 pt; the writer widens them (src/render/docx/blocks/table-grid.ts), and
 * the PDF's text (pdftotext, through docx-check) must hold no fragment of a word.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseMarkup } from '../../src/render/markup/parse.js';
import type { DocumentTree } from '../../src/render/markup/types.js';
import { writeDocx } from '../../src/render/docx/index.js';
import { DOCX_CHECK, ROOT, tempDir } from '../helpers/run-cli.js';


const ROWS: [string, string, string, string, string][] = [
  ['SDM-01', 'Penilaian mandiri sistem merit', 'nilai', 'Bappedalitbang', 'tercapai'],
  ['SDM-02', 'Penerapan manajemen talenta', 'predikat', 'Disdukcapil,', 'belum'],
  ['PW-03', 'Penanganan pengaduan masyarakat', 'pengaduan', 'Koordinator', 'tercapai'],
  ['PP-08', 'Kompetisi inovasi pelayanan publik', 'dokumen', 'Diskominfo', 'belum'],
];

const markup = `<document><section orientation="landscape">
<table columns="3,30,4,5,8,8,8,8,8,8,10" font-size="8">
  <thead>
    <tr><th rowspan="2"><b>Kode</b></th><th rowspan="2"><b>Kegiatan</b></th><th rowspan="2"><b>Satuan</b></th><th rowspan="2"><b>Koordinator</b></th><th colspan="6"><b>Target</b></th><th rowspan="2"><b>Keterangan</b></th></tr>
    <tr><th>2025</th><th>2026</th><th>2027</th><th>2028</th><th>2029</th><th>2030</th></tr>
  </thead>
  <tbody>
    <tr keep-next="true"><td colspan="11" shade="E7EEF7"><b>G. PENGUATAN PENGAWASAN</b></td></tr>
${ROWS.map(([kode, kegiatan, satuan, koordinator, ket]) => `    <tr><td>${kode}</td><td>${kegiatan}</td><td>${satuan}</td><td>${koordinator}</td><td>10</td><td>20</td><td>30</td><td>40</td><td>50</td><td>60</td><td>${ket}</td></tr>`).join('\n')}
  </tbody>
</table>
</section></document>`;

describe('narrow table columns in LibreOffice', () => {
  const dir = tempDir();
  const docx = join(dir, 'kolom.docx');
  let check: { status: number | null; stdout: string };
  let text = '';
  const warnings: string[] = [];

  beforeAll(async () => {
    expect(existsSync(DOCX_CHECK), `${DOCX_CHECK} is missing: the repository must sit beside ../shared`).toBe(true);
    const tree: DocumentTree = {
      meta: { title: 'Kolom sempit', created: '2025-01-15T08:00:00Z' },
      settings: {
        paper: 'A4',
        margins: { top: 1134, right: 1134, bottom: 1134, left: 1134 },
        font: 'Arial',
        fontSize: 11,
        lineSpacing: 1.15,
        paragraphSpacing: 6,
        tableFontSize: 9,
      },
      sections: parseMarkup(markup, []).sections,
    };
    writeFileSync(docx, await writeDocx(tree, { onWarning: (w) => warnings.push(w) }));
    check = spawnSync(DOCX_CHECK, [docx, join(dir, 'check'), '--pages', '1'], { encoding: 'utf8', timeout: 300_000 });
    text = readFileSync(join(dir, 'check', 'text.txt'), 'utf8');
  }, 400_000);

  it('passes docx-check', () => {
    expect(check.stdout).not.toMatch(/^FAIL/m);
    expect(check.status, check.stdout).toBe(0);
    expect(warnings).toEqual([]);
  });

  it('shows every word whole: no fragment of a word on any line', () => {
    const words = new Set(markup.replace(/<[^>]+>/g, ' ').replace(/\$\{[^}]*\}/g, ' ').split(/\s+/).filter(Boolean));
    for (const row of ROWS) for (const cell of row) for (const w of cell.split(/\s+/)) words.add(w);
    const tokens = text.split(/\s+/).filter(Boolean);
    expect(tokens.length).toBeGreaterThan(40);
    const fragments = tokens.filter((t) => !words.has(t));
    expect(fragments).toEqual([]);
    for (const w of ['Bappedalitbang', 'Disdukcapil,', 'Koordinator', 'pengaduan', 'predikat', 'SDM-01', 'Keterangan']) expect(tokens).toContain(w);
  });
});
