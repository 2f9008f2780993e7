/**
 * Writes the Word template docxtemplater fills in the bench: the same headings and tables as
 * contentOf() gives, with loops in table rows ({#kegiatan}…{/kegiatan}), as a regency's own
 * template would be. Made with the docx library so that the bench needs no binary file.
 */
import { writeFileSync } from 'node:fs';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';

const cells = (texts, bold = false) =>
  new TableRow({ tableHeader: bold, children: texts.map((t) => new TableCell({ children: [new Paragraph({ text: t, style: bold ? 'Strong' : undefined })] })) });
const table = (head, row) => new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [cells(head, true), cells(row)] });

export async function writeDocxtemplaterTemplate(path) {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: '{judul}', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: 'Visi: {visi}' }),
          new Paragraph({ text: '{#sasaran}' }),
          new Paragraph({ text: '{id} {nama}', heading: HeadingLevel.HEADING_2 }),
          table(['Kode', 'Indikator', 'Satuan', 'Baseline', 'Target', 'Penanggung Jawab'], ['{#indikator}{id}', '{nama}', '{satuan}', '{baseline}', '{target}', '{penanggungJawab}{/indikator}']),
          new Paragraph({ text: '{/sasaran}' }),
          new Paragraph({ text: '{#area}' }),
          new Paragraph({ text: 'Area {kode}', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: '{kondisi}' }),
          new Paragraph({ text: '{#permasalahan}' }),
          new Paragraph({ text: '{teks}', bullet: { level: 0 } }),
          new Paragraph({ text: '{/permasalahan}' }),
          new Paragraph({ text: '{strategi}' }),
          table(['Kode', 'Kegiatan', 'Output', 'Target', 'Koordinator', 'Pelaksana', 'Anggaran'], ['{#kegiatan}{id}', '{nama}', '{output}', '{target}', '{koordinator}', '{pelaksana}', '{anggaran}{/kegiatan}']),
          new Paragraph({ text: '{/area}' }),
        ],
      },
    ],
  });
  writeFileSync(path, await Packer.toBuffer(doc));
}
