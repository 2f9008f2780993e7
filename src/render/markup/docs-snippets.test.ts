/**
 * docs/templates.md is executable documentation: every ```xml snippet must parse, and every row
 * of the helper table must render exactly the result it shows.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderMarkup } from '../templates/render-markup.js';
import { parseMarkup } from './parse.js';

const docs = readFileSync(new URL('../../../docs/templates.md', import.meta.url), 'utf8');

/** A fragment goes inside `<section>` (or `<document>` when it is a section itself). */
function asDocument(snippet: string): string {
  const trimmed = snippet.trim();
  if (trimmed.startsWith('<document')) return trimmed;
  if (trimmed.startsWith('<section')) return `<document>${trimmed}</document>`;
  return `<document><section>${trimmed}</section></document>`;
}

describe('docs/templates.md', () => {
  const snippets = [...docs.matchAll(/```xml\n([\s\S]*?)```/g)].map((match) => match[1]!);
  const helperRows = [...docs.matchAll(/^\|[^|]*\| `(\{\{.*\}\})` \| `(.*)` \|$/gm)].map((match) => [match[1]!, match[2]!]);

  it('has snippets and helper examples to check', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(9);
    expect(helperRows.length).toBeGreaterThanOrEqual(25);
  });

  it.each(snippets.map((snippet) => [snippet.split('\n')[0], snippet]))('snippet %s parses', (_first, snippet) => {
    const { sections } = parseMarkup(asDocument(snippet!), []);
    expect(sections.length).toBeGreaterThan(0);
  });

  it.each(helperRows)('%s renders %s', (example, expected) => {
    const { markup } = renderMarkup({ name: 'docs', files: { 'dokumen.hbs': example } }, {});
    expect(markup.replace(/<\?src [^?]*\?>/g, '')).toBe(expected);
  });
});
