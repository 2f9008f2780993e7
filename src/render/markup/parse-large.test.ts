import { describe, expect, it } from 'vitest';
import { MarkupError } from './markup-error.js';
import { parseMarkup } from './parse.js';
import type { Table } from './types.js';

/**
 * A lampiran-sized table: 5,000 rows of about 2 KB each (10 MB), written as renderMarkup would
 * write it, with `<?src?>` markers and escaped data.
 */
function bigMarkup(rows: number): string {
  const parts = [
    '<?src 0:1?><document>\n<?src 0:2?><section orientation="landscape" paper="F4">\n',
    '<?src 1:1?><table columns="1,6,3,2,2,2,2,3" font-size="9">\n<?src 1:2?><thead><tr><th>No</th><th>Kegiatan</th>' +
      '<th>Indikator</th><th>2025</th><th>2026</th><th>2027</th><th>Anggaran</th><th>OPD</th></tr></thead>\n',
  ];
  const uraian =
    'Penyusunan dan pelaksanaan rencana aksi reformasi birokrasi tematik &amp; umum, termasuk penguatan ' +
    'akuntabilitas kinerja, penataan kelembagaan, digitalisasi layanan publik, serta &quot;evaluasi&quot; berkala. ';
  for (let i = 1; i <= rows; i++) {
    parts.push(
      `<?src 1:4?><tr>\n  <?src 1:5?><td align="center">${i}</td>\n` +
        `  <?src 1:6?><td><p><b>Kegiatan ${i}</b></p><p>${uraian.repeat(8)}</p><ul><li>Keluaran A</li><li>Keluaran B</li></ul></td>\n` +
        `  <?src 1:7?><td>Persentase OPD yang menerapkan SAKIP dengan predikat minimal <i>BB</i> ${i}</td>\n` +
        '  <?src 1:8?><td align="right">80%</td><td align="right">85%</td><td align="right">90%</td>\n' +
        `  <?src 1:9?><td align="right">Rp1.500.000.000</td><td>BAPPEDA; BKPSDM; INSPEKTORAT; DISKOMINFO ${i}</td>\n` +
        '<?src 1:10?></tr>\n',
    );
  }
  parts.push('<?src 1:12?></table>\n<?src 0:4?></section>\n<?src 0:5?></document>\n');
  return parts.join('');
}

// Speed is the bench's business (an L build in npm run bench parses some 10 MB of markup);
// these say that a table of this size, or a mistake on every row, comes out whole and bounded.
describe('parseMarkup at lampiran size', () => {
  it('parses 10 MB with 5,000 table rows into every row', () => {
    const markup = bigMarkup(5000);
    const { sections } = parseMarkup(markup, ['templates/default/dokumen.hbs', 'templates/default/lampiran.hbs']);
    const table = sections[0]?.children[0] as Table;
    expect(markup.length).toBeGreaterThan(10_000_000);
    expect(table.rows).toHaveLength(5001);
    expect(table.rows.at(-1)?.cells).toHaveLength(8);
  });

  it('a mistake on each of 5,000 rows: at most 50 problems, one per kind when the rows come from one template line', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `<tr><td wdth="1">Monitoring & Evaluasi ${i}</td></tr>\n`);
    const problemsOf = (markup: string) => {
      try {
        parseMarkup(markup, ['templates/t/x.hbs']);
      } catch (caught) {
        return (caught as MarkupError).problems;
      }
      throw new Error('expected a MarkupError');
    };
    // Without markers each row is its own line: the list stops at its limit.
    expect(problemsOf(`<document><section><table>\n${rows.join('')}</table></section></document>`)).toHaveLength(50);
    const marked = problemsOf(`<?src 0:1?><document><section><table>\n${rows.map((row) => `<?src 0:3?>${row}`).join('')}</table></section></document>`);
    expect(marked.map((p) => [p.code, p.file, p.line])).toEqual([
      ['markup-syntax', 'templates/t/x.hbs', 3],
      ['markup-attribute', 'templates/t/x.hbs', 3],
    ]);
  });
});
