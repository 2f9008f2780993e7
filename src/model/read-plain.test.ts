import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { benchText, projectTexts } from './project-texts.testing.js';
import { plainScalarValue, readPlain, writtenPlainly } from './read-plain.js';

/** What the slow read (the `yaml` library) makes of a text; undefined when it finds an error. */
function slowData(text: string): unknown {
  const document = parseDocument(text, { uniqueKeys: true });
  return document.errors.length > 0 ? undefined : document.toJS({ maxAliasCount: 100 });
}

describe('readPlain', () => {
  it('reads every example, fixture and bench project as the yaml library does', async () => {
    const texts = [...projectTexts(), { name: 'S', text: await benchText('S') }, { name: 'M', text: await benchText('M') }];
    for (const { name, text } of texts) {
      const fast = readPlain(text);
      expect(fast, name).not.toBeUndefined();
      expect(fast, name).toStrictEqual(slowData(text));
    }
  });

  it('reads scalars by the yaml core schema, not js-yaml own (0b1, 1_000, +0x1 stay texts)', () => {
    const text = 'a: [0o17, 0x1F, -12, +3, 1.50, .5, 1e3, .inf, -.Inf, .nan, ~, null, Null, "", true, False, 0b101, 1_000, +0x1, 012, yes, on, 2025-01-01]\n';
    expect(readPlain(text)).toStrictEqual(slowData(text));
    expect((readPlain(text) as { a: unknown[] }).a.slice(-7)).toStrictEqual(['0b101', '1_000', '+0x1', 12, 'yes', 'on', '2025-01-01']);
    for (const plain of ['-0', '0o8', '1.', '+.5e-3', 'NULL', 'TRUE', 'tRUE', '.NaN']) {
      expect(plainScalarValue(plain), plain).toStrictEqual(parseDocument(`${plain}\n`).toJS());
    }
  });

  it('leaves to the slow read what it cannot vouch for', () => {
    const doubtful = [
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      '%YAML 1.2\n---\na: 1\n',
      'a: 1\n---\nb: 2\n',
      'a:\n\tb: 1\n',
      'target: {2025: 72,5}\n',
      'target: [1,\n  2]\n',
      '? a\n: 1\n',
      'null: 1\n',
      '~: 1\n',
      '[a, b]: 1\n',
      'a: {{b}, c: 1}\n',
      'a: [[b]: 1]\n',
      'a: |2\n   x\n',
      `${'k'.repeat(1100)}: 1\n`,
      'kertas: "A4"# ukuran\n',
      "a: 'x'#y\n",
      'margin: {atas: 3}#x\n',
      'a: [1, 2]# x\n',
      'font: "Arial \\\n\n  Narrow"\n',
    ];
    for (const text of doubtful) expect(writtenPlainly(text), JSON.stringify(text)).toBe(false);
    expect(readPlain('a: 1\na: 2\n')).toBeUndefined();
    expect(readPlain('a: [1, 2\n')).toBeUndefined();
    expect(writtenPlainly('nama: "R&D, 2,5 [x]"\nb: [1, 2]\n')).toBe(true);
  });
});
