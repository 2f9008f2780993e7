import { it } from 'vitest';
import { parseMarkup } from './index.js';
import { SaxesParser } from 'saxes';
it('perf', () => {
  const rows: string[] = [];
  let i = 0;
  const cell = (t: string) => `<td align="left">${t}</td>`;
  let m = '<?src 0:1?><document><?src 0:2?><section orientation="landscape">\n<?src 0:3?><table columns="1,4,2,2,2,2,2,3"><thead><tr><th>No</th><th>Kegiatan</th><th>a</th><th>b</th><th>c</th><th>d</th><th>e</th><th>f</th></tr></thead><tbody>\n';
  const parts = [m];
  let size = m.length;
  while (size < 10_000_000) {
    i++;
    const row = `  <?src 1:7?><tr>\n    <?src 1:8?>${cell(String(i))}<td><p>Penyusunan &amp; pelaksanaan <b>rencana aksi</b> reformasi birokrasi tematik nomor ${i} dengan uraian yang agak panjang supaya baris ini berisi banyak teks seperti dokumen sungguhan.</p><ul><li>Satu</li><li>Dua &quot;kutip&quot;</li></ul></td>${cell('Rp1.500.000')}${cell('83,33%')}${cell('DISKOMINFO')}${cell('2025')}${cell('<i>x</i>')}${cell('y')}\n  </tr>\n`;
    parts.push(row); size += row.length;
  }
  parts.push('</tbody></table></section></document>');
  const markup = parts.join('');
  console.log('rows', i, 'MB', (markup.length / 1e6).toFixed(1));
  for (let k = 0; k < 3; k++) {
    let t = performance.now();
    const p = new SaxesParser({ xmlns: false, position: true });
    let n = 0; p.on('opentag', () => n++); p.on('text', () => n++); p.write(markup).close();
    const raw = performance.now() - t;
    t = performance.now();
    const tree = parseMarkup(markup, ['a', 'b']);
    console.log('raw saxes', raw.toFixed(0), 'ms; parseMarkup', (performance.now() - t).toFixed(0), 'ms', tree.sections[0]!.children.length);
  }
});
