/**
 * A template set is a folder anyone may hand a regency, so its expressions must not reach
 * JavaScript prototypes, nothing Handlebars prints may reach the console, and a set whose partials
 * call themselves or each other twice over must fail at once, in Indonesian.
 */
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { RENDER_LIMITS, type RenderOptions } from './compiled-templates.js';
import { renderMarkup } from './render-markup.js';
import { TemplateError, type TemplateProblem } from './template-error.js';

const VIEW = { a: { b: 1 }, k: '__proto__', kunci: 'constructor', daftar: [1, 2], judul: 'X' };

function render(files: Record<string, string>, view: object = VIEW, options: RenderOptions = {}): string {
  const { markup } = renderMarkup({ name: 't', files }, view, 'dokumen.hbs', options);
  return markup.replace(/<\?src [^?]*\?>/g, '');
}

function problemsOf(files: Record<string, string>, view: object = VIEW): TemplateProblem[] {
  try {
    renderMarkup({ name: 't', files }, view);
  } catch (error) {
    expect(error).toBeInstanceOf(TemplateError);
    return [...(error as TemplateError).problems];
  }
  throw new Error('expected a TemplateError');
}

let consoleCalls: MockInstance[] = [];
beforeEach(() => {
  consoleCalls = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) => vi.spyOn(console, method).mockImplementation(() => undefined));
});
afterEach(() => {
  // Nothing Handlebars says may reach the console, in any test here.
  for (const spy of consoleCalls) expect(spy).not.toHaveBeenCalled();
  vi.restoreAllMocks();
});

describe('templates cannot reach prototypes', () => {
  it.each([
    ['{{lookup this "__proto__"}}', '__proto__', 'lookup … "__proto__"'],
    ['{{#with (lookup this "__proto__")}}[{{this}}]{{/with}}', '__proto__', 'lookup … "__proto__"'],
    ['{{this.constructor}}', 'constructor', 'this.constructor'],
    ['{{constructor}}', 'constructor', 'constructor'],
    ['{{a.constructor.name}}', 'constructor', 'a.constructor.name'],
    ['{{lookup (lookup a "constructor") "prototype"}}', 'constructor', 'lookup … "constructor"'],
    ['{{a.__proto__}}', '__proto__', 'a.__proto__'],
    ['{{#each a.[__proto__]}}x{{/each}}', '__proto__', 'a.__proto__'],
    ['{{@root.constructor}}', 'constructor', '@root.constructor'],
    ['{{a.toString}}', 'toString', 'a.toString'],
    ['{{#if (eq a.hasOwnProperty 1)}}x{{/if}}', 'hasOwnProperty', 'a.hasOwnProperty'],
  ])('%s is refused before rendering, at its line and column', (template, name, expression) => {
    const problems = problemsOf({ 'dokumen.hbs': `<p>\n  ${template}\n</p>` });
    const forbidden = problems.filter((p) => p.code === 'template-forbidden');
    expect(forbidden.length).toBeGreaterThan(0);
    expect(forbidden[0]).toMatchObject({ file: 'templates/t/dokumen.hbs', line: 2, severity: 'error' });
    expect(forbidden[0]!.column).toBeGreaterThanOrEqual(3);
    expect(forbidden.map((p) => p.message)).toContain(
      `Templat tidak boleh membaca "${name}"${expression === name ? '' : ` (di "${expression}")`}: itu bagian dalam JavaScript, bukan data templat.`,
    );
  });

  it('reports every forbidden use in every file at once, partials included', () => {
    const problems = problemsOf({
      'dokumen.hbs': '{{> bagian}}\n{{this.constructor}}',
      'bagian.hbs': '{{lookup this "__proto__"}}',
    });
    expect(problems.map((p) => `${p.file}:${p.line}`)).toEqual(['templates/t/dokumen.hbs:2', 'templates/t/bagian.hbs:1']);
  });

  it('a key from the data that names a prototype reads as absent, silently', () => {
    expect(render({ 'dokumen.hbs': '[{{lookup a k}}][{{lookup a kunci}}][{{#with (lookup this k)}}isi{{else}}kosong{{/with}}]' })).toBe('[][][kosong]');
  });

  it('an own field of the data is still read by lookup', () => {
    expect(render({ 'dokumen.hbs': '{{lookup a "b"}} {{lookup daftar 1}}' })).toBe('1 2');
  });

  it('a template file named after a prototype property is refused', () => {
    const problems = problemsOf({ 'dokumen.hbs': '{{> x}}', 'x.hbs': 'x', '__proto__.hbs': 'bocor' });
    expect(problems).toEqual([
      expect.objectContaining({ code: 'template-forbidden', file: 'templates/t/__proto__.hbs', message: expect.stringContaining('Ganti nama berkasnya') }),
    ]);
  });

  it('leaves Object.prototype alone', () => {
    expect(() => render({ 'dokumen.hbs': '{{lookup a k}}' })).not.toThrow();
    expect(({} as Record<string, unknown>)['b']).toBeUndefined();
  });
});

describe('nothing reaches the console', () => {
  it('{{log}} goes to onLog with its file and line, not to the console', () => {
    const logged: unknown[] = [];
    const markup = render({ 'dokumen.hbs': '{{> x}}', 'x.hbs': '<p>\n{{log "halo" a}}</p>' }, VIEW, { onLog: (entry) => logged.push(entry) });
    expect(markup).toBe('<p>\n</p>');
    expect(logged).toEqual([{ file: 'templates/t/x.hbs', line: 2, message: 'halo {"b":1}' }]);
  });

  it('{{log}} without onLog is dropped', () => {
    expect(render({ 'dokumen.hbs': '{{log "halo"}}x' })).toBe('x');
  });

  it('a method from a prototype reached through a data key gives no English warning', () => {
    // Handlebars warns once per property name and process; a fresh name each run.
    expect(render({ 'dokumen.hbs': '[{{lookup a k}}]' }, { a: {}, k: 'isPrototypeOf' })).toBe('[]');
    expect(render({ 'dokumen.hbs': '[{{lookup a k}}]' }, { a: {}, k: 'propertyIsEnumerable' })).toBe('[]');
  });
});

describe('rendering is bounded', () => {
  it('a partial that calls itself stops at the depth limit, with the chain', () => {
    const problems = problemsOf({ 'dokumen.hbs': '{{> a}}', 'a.hbs': '{{> b}}', 'b.hbs': '{{> a}}' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'template-limit', severity: 'error' });
    expect(problems[0]!.message).toMatch(new RegExp(`lebih dari ${RENDER_LIMITS.depth} tingkat \\(… → .*a\\.hbs → b\\.hbs.*\\); apakah ada \\{\\{> …\\}\\} yang memanggil dirinya sendiri\\?`));
  });

  it('partials that double at every level stop at the call limit', () => {
    const files: Record<string, string> = { 'dokumen.hbs': '{{> p30}}', 'p0.hbs': 'x' };
    for (let i = 1; i <= 30; i++) files[`p${i}.hbs`] = `{{> p${i - 1}}}{{> p${i - 1}}}`;
    // 2^30 calls without the limit: the test would not end.
    const problems = problemsOf(files);
    expect(problems[0]).toMatchObject({ code: 'template-limit' });
    expect(problems[0]!.message).toContain('dipanggil lebih dari 100.000 kali');
  });

  it('markup beyond the size limit stops with the size and the limit', () => {
    const problems = problemsOf({ 'dokumen.hbs': '{{> x}}', 'x.hbs': '{{x}}{{x}}' }, { x: 'a'.repeat(9 * 1024 * 1024) });
    expect(problems).toEqual([expect.objectContaining({ code: 'template-limit', file: 'templates/t/x.hbs', message: 'Templat ini menghasilkan 18 MB markup; batasnya 16 MB.' })]);
  });
});
