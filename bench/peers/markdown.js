/** The same content as Markdown with pipe tables, for pandoc to write as DOCX. */
const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const table = (head, rows) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');

export function markdownOf(c) {
  const out = [`# ${c.judul}`, '', `Visi: ${c.visi}`, ''];
  for (const s of c.sasaran) {
    out.push(`## ${s.id} ${s.nama}`, '', table(['Kode', 'Indikator', 'Satuan', 'Baseline', 'Target', 'Penanggung Jawab'], s.indikator.map((i) => [i.id, i.nama, i.satuan, i.baseline, i.target, i.penanggungJawab])), '');
  }
  for (const a of c.area) {
    out.push(`# Area ${a.kode}`, '', a.kondisi, '', ...a.permasalahan.map((m) => `- ${m.teks}`), '', a.strategi, '');
    out.push(table(['Kode', 'Kegiatan', 'Output', 'Target', 'Koordinator', 'Pelaksana', 'Anggaran'], a.kegiatan.map((k) => [k.id, k.nama, k.output, k.target, k.koordinator, k.pelaksana, k.anggaran])), '');
  }
  return out.join('\n');
}
