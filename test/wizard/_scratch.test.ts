import { test } from 'vitest';
import { applyEdits } from '../../src/model/edits/apply-edits.js';
test('x', () => {
let t = '# Header\n# roadmap:wizard\n\nversiFormat: 1\n';
let r = applyEdits(t, [{op:'set', path:['profil'], value:'rb2025'},{op:'set', path:['pemerintah','nama'], value:'Sukamaju'},{op:'set', path:['misi'], value:['a','b']},{op:'set', path:['areaPerubahan'], value:[{kode:'MP', kegiatan:[{id:'MP-01', target:{'2025':1}}]}]}]);
console.log(r.formatting); console.log(r.text);
r = applyEdits(r.text + '# trailing\n', [{op:'set', path:['pemerintah','jenis'], value:'kabupaten'},{op:'set', path:['areaPerubahan',0,'kegiatan',0,'target','2026'], value:'✓'},{op:'set', path:['visi'], value:'line1\nline2'}]);
console.log(r.formatting); console.log(r.text);
});
