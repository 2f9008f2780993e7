/** `roadmap templates eject`: a copy of the built-in set, and the user's situations as exit-1 errors. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../errors.js';
import { BUILTIN_TEMPLATES_DIR, loadTemplateSet } from './template-set.js';
import { ejectTemplateSet } from './templates.js';

let base: string;
afterEach(() => {
  if (base) rmSync(base, { recursive: true, force: true });
});
function scratch(): string {
  base = mkdtempSync(join(tmpdir(), 'roadmap-eject-'));
  return base;
}

async function ejectError(target: string, cwd: string, options: { force?: boolean } = {}): Promise<UserError> {
  try {
    await ejectTemplateSet(target, cwd, options);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error('expected a UserError');
}

describe('ejectTemplateSet', () => {
  it('copies the built-in set, which then loads as a set of its own', async () => {
    const dir = scratch();
    const result = await ejectTemplateSet('kami', dir);
    expect(result.dir).toBe(join(dir, 'kami'));
    expect(result.files).toBeGreaterThan(10);
    const loaded = await loadTemplateSet('kami', dir);
    expect(Object.keys(loaded.files).length).toBe(result.files - 1); // all .hbs and settings.yaml
  });

  it('refuses a non-empty folder without --force', async () => {
    const dir = scratch();
    mkdirSync(join(dir, 'kami'));
    writeFileSync(join(dir, 'kami', 'catatan.txt'), 'x');
    expect((await ejectError('kami', dir)).code).toBe('E_TARGET_NOT_EMPTY');
  });

  it('refuses a target that is a file', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'kami'), 'x');
    const error = await ejectError('kami', dir);
    expect(error.code).toBe('E_TARGET_NOT_DIR');
    expect(error.message).toBe('kami sudah ada dan bukan folder.');
  });

  it.skipIf(process.platform === 'win32')('with --force, never writes through a link in the target', async () => {
    const dir = scratch();
    mkdirSync(join(dir, 'kami'));
    mkdirSync(join(dir, 'lain'));
    symlinkSync(join(dir, 'lain'), join(dir, 'kami', 'lampiran'));
    const error = await ejectError('kami', dir, { force: true });
    expect(error.code).toBe('E_TARGET_CONFLICT');
    expect(error.message).toContain('sudah ada tetapi bukan folder biasa');
    expect(readdirSync(join(dir, 'lain'))).toEqual([]);
  });

  it('refuses a target inside the built-in set, and writes nothing there', async () => {
    const inside = join(BUILTIN_TEMPLATES_DIR, 'default', 'salinan-uji');
    const error = await ejectError(inside, scratch());
    expect(error.code).toBe('E_TARGET_INSIDE_SOURCE');
    expect(existsSync(inside)).toBe(false);
  });
});
