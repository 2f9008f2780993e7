import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { injectSourceMarkers } from './inject-source-markers.js';

const mark = (template: string) => injectSourceMarkers(template, 3).text;

describe('injectSourceMarkers', () => {
  it('marks lines that start a tag or hold text, after the indentation', () => {
    expect(mark('<document>\n  <p>Teks\n  lanjut</p>\n\n  </section>')).toBe(
      '<?src 3:1?><document>\n  <?src 3:2?><p>Teks\n  <?src 3:3?>lanjut</p>\n\n  <?src 3:5?></section>',
    );
  });

  it('records where each marker went, to correct columns', () => {
    const { shifts } = injectSourceMarkers('{{#if a}}\n  <p>x</p>', 0);
    expect([...shifts]).toEqual([[2, { column: 2, length: '<?src 0:2?>'.length }]]);
  });

  it('marks lines that print a value, but not standalone block lines', () => {
    expect(mark('{{#each xs}}\n  {{teks narasi}}\n{{else}}\n{{/each}}\n{{> bab}}')).toBe(
      '{{#each xs}}\n  <?src 3:2?>{{teks narasi}}\n{{else}}\n{{/each}}\n{{> bab}}',
    );
  });

  it('marks a block tag line that also writes markup', () => {
    expect(mark('{{#each baris}}<tr>')).toBe('<?src 3:1?>{{#each baris}}<tr>');
  });

  it('leaves whitespace-controlled lines alone', () => {
    expect(mark('<p>\n  {{~x}}</p>')).toBe('<?src 3:1?><p>\n  {{~x}}</p>');
  });

  it('skips lines inside Handlebars comments and multi-line mustaches', () => {
    expect(mark('{{!--\n<p>x</p>\n--}}\n{{! short\n<p/> }}\n{{#each\n  xs}}\n<p/>')).toBe(
      '{{!--\n<p>x</p>\n--}}\n{{! short\n<p/> }}\n{{#each\n  xs}}\n<?src 3:8?><p/>',
    );
  });

  it('skips lines that continue a tag left open, ignoring > inside mustaches and quotes', () => {
    expect(mark('<img src="logo"\n  {{#if a}}width="1"{{/if}} height="2"/>\n<p/>')).toBe(
      '<?src 3:1?><img src="logo"\n  {{#if a}}width="1"{{/if}} height="2"/>\n<?src 3:3?><p/>',
    );
    expect(mark('<p title="{{x ">"}}\n<b>">\n<p/>')).toBe('<?src 3:1?><p title="{{x ">"}}\n<b>">\n<?src 3:3?><p/>');
  });

  it('does not mark XML comments, declarations or escaped mustaches', () => {
    expect(mark('<?xml version="1.0"?>\n<!-- <p>\nteks -->\n\\{{x}}')).toBe('<?xml version="1.0"?>\n<!-- <p>\nteks -->\n<?src 3:4?>\\{{x}}');
  });

  it('changes nothing in the rendered output but the markers themselves', () => {
    const template = [
      '<document>',
      '  {{#each xs}}',
      '  <p>{{this}}</p>',
      '  {{else}}',
      '    {{> kosong}}',
      '  {{/each}}',
      '  {{~#if flag~}}',
      '  <p>ya</p>',
      '  {{~/if}}',
      '</document>',
    ].join('\n');
    const render = (text: string, view: object) => {
      const hb = Handlebars.create();
      hb.registerPartial('kosong', '<p>-</p>\n<p>!</p>\n');
      return hb.compile(text)(view).replace(/<\?src [^?]*\?>/g, '');
    };
    for (const view of [{ xs: [1, 2], flag: true }, { xs: [], flag: false }]) {
      expect(render(mark(template), view)).toBe(render(template, view));
    }
  });
});
