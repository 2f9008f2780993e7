import { it } from 'vitest';
import { escapeBareCharacters } from './bare-characters.js';
import { checkGrid } from './table-grid.js';
import { parseMarkup } from './index.js';
it('perf2', () => {
  const cell = (t: string) => `<td align="left">${t}</td>`;
  const parts = ['<?src 0:1?><document><?src 0:2?><section orientation="landscape">\n<?src 0:3?><table columns="1,4,2,2,2,2,2,3"><thead><tr><th>No</th><th>Kegiatan</th><th>a</th><th>b</th><th>c</th><th>d</th><th>e</th><th>f</th></tr></thead><tbody>\n'];
  for (let i = 0; i < 20000; i++) parts.push(`  <?src 1:7?><tr>\n    <?src 1:8?>${cell(String(i))}<td><p>Penyusunan &amp; pelaksanaan <b>rencana aksi</b> reformasi birokrasi tematik nomor ${i} dengan uraian yang agak panjang supaya baris ini berisi banyak teks seperti dokumen sungguhan.</p><ul><li>Satu</li><li>Dua &quot;kutip&quot;</li></ul></td>${cell('Rp1.500.000')}${cell('83,33%')}${cell('DISKOMINFO')}${cell('2025')}${cell('<i>x</i>')}${cell('y')}\n  </tr>\n`);
  parts.push('</tbody></table></section></document>');
  const markup = parts.join('');
  let t = performance.now();
  escapeBareCharacters(markup, () => {});
  console.log('escape', (performance.now() - t).toFixed(0));
  const tree = parseMarkup(markup, ['a', 'b']);
  const table = tree.sections[0]!.children[0] as any;
  t = performance.now();
  checkGrid(table.rows, 8);
  console.log('grid', (performance.now() - t).toFixed(0));
  for (let k = 0; k < 3; k++) { t = performance.now(); parseMarkup(markup, ['a','b']); console.log('parse', (performance.now() - t).toFixed(0)); }
});
