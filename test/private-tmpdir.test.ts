import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers/run-cli.js';

describe('each test file has a temporary folder of its own (test/helpers/private-tmpdir.ts)', () => {
  it('os.tmpdir() is that folder, so the files tests make there are removed with it', () => {
    expect(basename(tmpdir())).toMatch(/^roadmap-tests-/);
    expect(existsSync(tmpdir())).toBe(true);
    expect(tempDir().startsWith(tmpdir())).toBe(true);
  });
});
