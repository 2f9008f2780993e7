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

describe('parseMarkup performance', () => {
  it('parses 10 MB with 5,000 table rows in well under a few seconds', () => {
    const markup = bigMarkup(5000);
    const files = ['templates/default/dokumen.hbs', 'templates/default/lampiran.hbs'];
    parseMarkup(bigMarkup(200), files); // warm up the JIT
    const started = performance.now();
    const { sections } = parseMarkup(markup, files);
    const elapsed = performance.now() - started;
    const table = sections[0]?.children[0] as Table;
    console.info(`parseMarkup: ${(markup.length / 1e6).toFixed(1)} MB, ${table.rows.length} rows in ${elapsed.toFixed(0)} ms`);
    expect(markup.length).toBeGreaterThan(10_000_000);
    expect(table.rows).toHaveLength(5001);
    expect(elapsed).toBeLessThan(5000);
  });

  it('stays linear when every row repeats the same mistakes', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `<tr><td wdth="1">Monitoring & Evaluasi ${i}</td></tr>\n`);
    for (const markup of [
      `<document><section><table>\n${rows.join('')}</table></section></document>`,
      `<?src 0:1?><document><section><table>\n${rows.map((row) => `<?src 0:3?>${row}`).join('')}</table></section></document>`,
    ]) {
      const started = performance.now();
      const error = (() => {
        try {
          parseMarkup(markup, ['templates/t/x.hbs']);
        } catch (caught) {
          return caught as MarkupError;
        }
        throw new Error('expected a MarkupError');
      })();
      expect(performance.now() - started).toBeLessThan(3000);
      expect(error.problems.length).toBeGreaterThanOrEqual(2);
    }
  });
});
