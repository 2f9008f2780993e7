import { it } from 'vitest';
import { parseMarkup } from './index.js';
it('smoke', () => {
  const m = `<document><section orientation="landscape" margin-top="3cm" margin-bottom="2.5cm" margin-left="3cm" margin-right="2.5cm">
  <header><p align="center">Kop <page-number/></p></header>
  <h1>BAB I  <i>Pendahuluan</i></h1>
  <p indent="2cm">Satu  dua <b>tiga </b> empat<br/>  lima &nbsp;x</p>
  <ul><li>a <ol type="a"><li>b</li></ol></li></ul>
  <table><thead><tr><th rowspan="2">No</th><th colspan="2">X</th></tr><tr><th>a</th><th>b</th></tr></thead>
  <tr><td>1</td><td><p>x</p></td><td>y</td></tr></table>
  </section></document>`;
  console.log(JSON.stringify(parseMarkup(m, []), null, 1));
  for (const bad of ['<document><section><tabel/><p colspan="x">a</p>hello<td>x</td></section></document>', '<document><section><p>a & b</section></document>', '<document><section><p>x</section>']) {
    try { parseMarkup(bad, []); } catch (e: any) { console.log(e.message, e.problems); }
  }
});
