/** The committed width tables are the ones the installed fonts give: regenerate with `npm run font-data`. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONT_FILES, fontDataSource, LIBERATION_DIR } from './font-data-generator.js';

const missing = FONT_FILES.filter((file) => !existsSync(join(LIBERATION_DIR, file)));

describe('font-data.ts', () => {
  it('reads every face of the three Liberation families', () => {
    expect(FONT_FILES).toHaveLength(12);
    expect(FONT_FILES).toContain('LiberationSerif-BoldItalic.ttf');
  });

  if (missing.length > 0) {
    it.skip(`is up to date (npm run font-data): skipped, ${missing.join(', ')} missing in ${LIBERATION_DIR} (install fonts-liberation)`, () => {});
    return;
  }

  it('is up to date (npm run font-data)', () => {
    const committed = readFileSync(join(import.meta.dirname, 'font-data.ts'), 'utf8');
    const generated = fontDataSource((file) => new Uint8Array(readFileSync(join(LIBERATION_DIR, file))));
    // Line by line, so a failure shows which family or face differs.
    expect(committed.split('\n'), 'font-data.ts differs from what `npm run font-data` writes from the installed fonts').toEqual(generated.split('\n'));
  });
});
