import { describe, expect, it } from 'vitest';
import type { TemplateSet } from './prepare-files.js';
import { renderMarkup } from './render-markup.js';
import { TemplateError, type TemplateProblem } from './template-error.js';

const set = (files: Record<string, string>): TemplateSet => ({ name: 't', files });

function problemsOf(files: Record<string, string>, view: object = {}): TemplateProblem[] {
  try {
    renderMarkup(set(files), view);
  } catch (error) {
    expect(error).toBeInstanceOf(TemplateError);
    return [...(error as TemplateError).problems];
  }
  throw new Error('expected a TemplateError');
}

const MAIN = '<document>\n<section>\n  {{> lampiran/bab-1}}\n  <p>{{penutup}}</p>\n</section>\n</document>\n';

describe('renderMarkup', () => {
  it('renders the main template with partials named by path, marking template lines', () => {
    const result = renderMarkup(
      set({ 'dokumen.hbs': MAIN, 'lampiran/bab-1.hbs': '<h1>{{judul}}</h1>\n', 'settings.yaml': 'x: 1' }),
      { judul: 'BAB I', penutup: 'Selesai' },
    );
    expect(result.files).toEqual(['templates/t/dokumen.hbs', 'templates/t/lampiran/bab-1.hbs']);
    expect(result.markup).toBe(
      '<?src 0:1?><document>\n<?src 0:2?><section>\n  <?src 1:1?><h1>BAB I</h1>\n  <?src 0:4?><p>Selesai</p>\n<?src 0:5?></section>\n<?src 0:6?></document>\n',
    );
  });

  it('escapes data, so user text cannot write markup', () => {
    const { markup } = renderMarkup(set({ 'dokumen.hbs': '<p>{{x}}</p>' }), { x: '</p><p a="1">&' });
    expect(markup).toBe('<?src 0:1?><p>&lt;/p&gt;&lt;p a&#x3D;&quot;1&quot;&gt;&amp;</p>');
  });

  it('removes characters XML forbids from the data; a vertical tab becomes a newline', () => {
    const { markup } = renderMarkup(set({ 'dokumen.hbs': '<p>{{x}}</p>' }), { x: 'a\u000Bb\u0000c\uD800' });
    expect(markup).toBe('<?src 0:1?><p>a\nbc</p>');
  });

  it('reports a missing variable in a partial with the partial’s file, line and column', () => {
    const problems = problemsOf(
      { 'dokumen.hbs': MAIN, 'lampiran/bab-1.hbs': '<h1>BAB I</h1>\n\n  <p>{{latar.belakang}}</p>\n' },
      { penutup: 'x', latar: {} },
    );
    expect(problems).toEqual([
      {
        code: 'template-variable',
        severity: 'error',
        file: 'templates/t/lampiran/bab-1.hbs',
        line: 3,
        column: 8,
        message: 'Variabel "latar.belakang" tidak ada di data templat.',
      },
    ]);
  });

  it('reports a missing variable after the partial in the main file', () => {
    const problems = problemsOf({ 'dokumen.hbs': MAIN, 'lampiran/bab-1.hbs': '<h1>x</h1>' });
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`)).toEqual([
      'templates/t/dokumen.hbs:4:8: Variabel "penutup" tidak ada di data templat.',
    ]);
  });

  it('lists every unknown partial and helper of every file before rendering', () => {
    const problems = problemsOf({
      'dokumen.hbs': '<document>\n{{> lampiran/bab1}}\n{{rupia 5}}\n</document>',
      'lampiran/bab-1.hbs': '<p>{{#if (isi2 x)}}{{/if}}</p>\n{{> tidak-ada}}',
    });
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
      'templates/t/dokumen.hbs:2: Templat bagian "lampiran/bab1" tidak ditemukan. Maksud Anda "lampiran/bab-1"?',
      'templates/t/dokumen.hbs:3: Helper "rupia" tidak dikenal. Maksud Anda "rupiah"?',
      'templates/t/lampiran/bab-1.hbs:2: Templat bagian "tidak-ada" tidak ditemukan.',
      'templates/t/lampiran/bab-1.hbs:1: Helper "isi2" tidak dikenal. Maksud Anda "isi"?',
    ]);
  });

  it('reports Handlebars syntax errors of all files in Indonesian', () => {
    const problems = problemsOf({
      'dokumen.hbs': '<document>\n\n{{#if a}\n</document>',
      'bab.hbs': '{{#each xs}}\n<p/>\n{{/if}}',
    });
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
      'templates/t/dokumen.hbs:3: Sintaks Handlebars salah: tertulis karakter yang tidak sah, padahal yang bisa di sini: }}}}, }}, }}}, (, ), nama, ….',
      'templates/t/bab.hbs:1: Sintaks Handlebars salah: blok {{#each}} ditutup dengan {{/if}}.',
    ]);
  });

  it('renders our helpers as before, and a call through a data path in a branch not taken', () => {
    const { markup } = renderMarkup(
      set({ 'dokumen.hbs': '<p>{{#if tampil}}{{pemerintah.nama 1}}{{/if}}{{kapital pemerintah.nama}}</p>' }),
      { tampil: false, pemerintah: { nama: 'Sukamaju' } },
    );
    expect(markup).toContain('SUKAMAJU</p>');
  });

  it('requires dokumen.hbs', () => {
    expect(problemsOf({ 'bab.hbs': '<p/>' })).toEqual([
      {
        code: 'template-missing-main',
        severity: 'error',
        file: 'templates/t/dokumen.hbs',
        line: 1,
        message: 'Templat utama dokumen.hbs tidak ada di set "t".',
        hint: expect.stringContaining('roadmap templates eject'),
      },
    ]);
  });

  it('keeps partials of one set away from another', () => {
    renderMarkup(set({ 'dokumen.hbs': '{{> a}}', 'a.hbs': 'A' }), {});
    expect(problemsOf({ 'dokumen.hbs': '{{> a}}' })[0]?.message).toBe('Templat bagian "a" tidak ditemukan.');
  });

  it('accepts Windows paths and a byte-order mark', () => {
    const { markup, files } = renderMarkup(set({ 'dokumen.hbs': '\uFEFF{{> bab/satu}}', 'bab\\satu.hbs': 'x' }), {});
    expect({ markup, files }).toEqual({ markup: '<?src 1:1?>x', files: ['templates/t/dokumen.hbs', 'templates/t/bab/satu.hbs'] });
  });
});
