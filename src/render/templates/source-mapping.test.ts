import { describe, expect, it } from 'vitest';
import { MarkupError } from '../markup/markup-error.js';
import { parseMarkup } from '../markup/parse.js';
import { renderMarkup } from './render-markup.js';

/** Renders and parses a set; returns `file:line: message` for each markup problem. */
function markupProblems(files: Record<string, string>, view: object): string[] {
  const rendered = renderMarkup({ name: 't', files }, view);
  try {
    parseMarkup(rendered.markup, rendered.files);
  } catch (error) {
    expect(error).toBeInstanceOf(MarkupError);
    return (error as MarkupError).problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
  }
  throw new Error('expected a MarkupError');
}

const MAIN = ['<document>', '<section orientation="landscape">', '  {{> x}}', '</section>', '</document>'].join('\n');

describe('markup problems are located in the template that wrote them', () => {
  it('an unknown element inside an {{#each}} loop, on the partial’s line 7, reported once', () => {
    const x = [
      '<h1>{{judul}}</h1>', // 1
      '{{#each kegiatan}}', // 2
      '<p>', // 3
      '  {{nama}}', // 4
      '</p>', // 5
      '{{#if (isi catatan)}}', // 6
      '  <tabel><tr><td>{{catatan}}</td></tr></tabel>', // 7
      '{{/if}}', // 8
      '{{/each}}', // 9
    ].join('\n');
    const view = {
      judul: 'BAB I',
      kegiatan: [1, 2, 3].map((i) => ({ nama: `Kegiatan ${i}`, catatan: `catatan ${i}` })),
    };
    expect(markupProblems({ 'dokumen.hbs': MAIN, 'x.hbs': x }, view)).toEqual([
      'templates/t/x.hbs:7: Elemen <tabel> tidak dikenal. Maksud Anda <table>?',
    ]);
  });

  it('attribute, nesting and text problems point at their own lines', () => {
    const x = [
      '<p align="centre">a</p>', // 1
      '{{#each baris}}<tr><td>{{this}}</td></tr>{{/each}}', // 2
      '{{lepas}}', // 3
      '<p>Monitoring & Evaluasi</p>', // 4
    ].join('\n');
    expect(markupProblems({ 'dokumen.hbs': MAIN, 'x.hbs': x }, { baris: [1], lepas: 'teks lepas' })).toEqual([
      'templates/t/x.hbs:4: Tanda & harus ditulis &amp; (data lewat {{…}} sudah di-escape otomatis).',
      'templates/t/x.hbs:1: Atribut align harus salah satu dari: left, center, right, justify; tertulis "centre". Maksud Anda "center"?',
      'templates/t/x.hbs:2: <tr> hanya boleh di dalam <table>, <thead> atau <tbody>.',
      'templates/t/x.hbs:3: Teks harus di dalam <p> atau judul: "teks lepas".',
    ]);
  });

  it('an unclosed tag in a partial is reported where it was opened', () => {
    const x = ['<table>', '  <tr>', '    <td><p>{{a}}</td>', '  </tr>', '</table>'].join('\n');
    expect(markupProblems({ 'dokumen.hbs': MAIN, 'x.hbs': x }, { a: 1 })).toEqual([
      'templates/t/x.hbs:3: Tag <p> dibuka di baris 3 tetapi tidak ditutup (bertemu </td> di baris 3).',
    ]);
  });

  it('a row that does not fill the grid is reported on its <tr> line', () => {
    const x = [
      '<table columns="1,3,2">', // 1
      '  <thead><tr><th>No</th><th>Kegiatan</th><th>Target</th></tr></thead>', // 2
      '  {{#each baris}}', // 3
      '  <tr>', // 4
      '    <td>{{no}}</td><td>{{nama}}</td>', // 5
      '  </tr>', // 6
      '  {{/each}}', // 7
      '</table>', // 8
    ].join('\n');
    expect(markupProblems({ 'dokumen.hbs': MAIN, 'x.hbs': x }, { baris: [{ no: 1, nama: 'a' }] })).toEqual([
      'templates/t/x.hbs:4: Baris tabel ini mengisi 2 kolom, padahal tabel punya 3 kolom (columns="…" berisi 3 lebar). Hitung colspan, dan rowspan dari baris di atasnya.',
    ]);
  });

  it('a valid set parses to a tree whose nodes know their template lines', () => {
    const x = ['<h1>{{judul}}</h1>', '{{teks narasi}}', '<table>', '{{#each baris}}', '<tr><td>{{this}}</td></tr>', '{{/each}}', '</table>'].join('\n');
    const rendered = renderMarkup({ name: 't', files: { 'dokumen.hbs': MAIN, 'x.hbs': x } }, {
      judul: 'BAB I & II',
      narasi: 'Satu.\n\n- a',
      baris: ['r1', 'r2'],
    });
    const { sections } = parseMarkup(rendered.markup, rendered.files);
    const at = (line: number) => ({ file: 'templates/t/x.hbs', line });
    expect(sections[0]?.source).toEqual({ file: 'templates/t/dokumen.hbs', line: 2 });
    expect(sections[0]?.children).toEqual([
      { type: 'heading', level: 1, toc: true, children: [{ type: 'text', text: 'BAB I & II' }], source: at(1) },
      { type: 'paragraph', children: [{ type: 'text', text: 'Satu.' }], source: at(2) },
      {
        type: 'list',
        format: 'bullet',
        items: [{ children: [{ type: 'paragraph', children: [{ type: 'text', text: 'a' }], source: at(2) }] }],
        source: at(2),
      },
      {
        type: 'table',
        columns: [1],
        borders: true,
        source: at(3),
        rows: ['r1', 'r2'].map((r) => ({
          header: false,
          cantSplit: true,
          cells: [{ colspan: 1, rowspan: 1, children: [{ type: 'paragraph', children: [{ type: 'text', text: r }], source: at(5) }] }],
        })),
      },
    ]);
  });
});
