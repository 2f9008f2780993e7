/**
 * The floor: read roadmap.yaml, write document.xml as strings and zip it with fflate. No styles,
 * no measuring, no pagination: the least work that still makes a DOCX Word opens.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { parse } from 'yaml';
import { contentOf } from './content.js';

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const p = (text, style) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
const row = (texts) => `<w:tr>${texts.map((t) => `<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>${p(t)}</w:tc>`).join('')}</w:tr>`;
const table = (head, rows) =>
  `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>` +
  `<w:tblGrid>${head.map(() => `<w:gridCol w:w="${Math.floor(9000 / head.length)}"/>`).join('')}</w:tblGrid>${row(head)}${rows.map(row).join('')}</w:tbl>`;

const [project, output] = process.argv.slice(2);
const c = contentOf(parse(readFileSync(project, 'utf8')));
const body = [p(c.judul, 'Title'), p(`Visi: ${c.visi}`)];
for (const s of c.sasaran) {
  body.push(p(`${s.id} ${s.nama}`, 'Heading2'));
  body.push(table(['Kode', 'Indikator', 'Satuan', 'Baseline', 'Target', 'Penanggung Jawab'], s.indikator.map((i) => [i.id, i.nama, i.satuan, i.baseline, i.target, i.penanggungJawab])));
}
for (const a of c.area) {
  body.push(p(`Area ${a.kode}`, 'Heading1'), p(a.kondisi), ...a.permasalahan.map((m) => p(`• ${m.teks}`)), p(a.strategi));
  body.push(table(['Kode', 'Kegiatan', 'Output', 'Target', 'Koordinator', 'Pelaksana', 'Anggaran'], a.kegiatan.map((k) => [k.id, k.nama, k.output, k.target, k.koordinator, k.pelaksana, k.anggaran])));
}
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const files = {
  '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body.join('')}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1701" w:right="1701" w:bottom="1701" w:left="2268" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>`,
};
writeFileSync(output, zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)]))));
