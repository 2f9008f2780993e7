/**
 * `roadmap build a b c --out-dir -j 2`: several projects in two build processes. Each document is
 * the same bytes as when built alone; one broken project fails alone, with exit 1, and the others are built.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, it } from 'vitest';
import { EXAMPLE, runCli, tempDir } from '../helpers/run-cli.js';

it('builds several projects, isolates a broken one, and matches single builds byte for byte', () => {
  const dir = tempDir();
  for (const name of ['pamekasan', 'sumedang']) {
    mkdirSync(join(dir, name));
    cpSync(EXAMPLE, join(dir, name, 'roadmap.yaml'));
    cpSync(join(dirname(EXAMPLE), 'lambang.png'), join(dir, name, 'lambang.png'));
  }
  mkdirSync(join(dir, 'rusak'));
  writeFileSync(join(dir, 'rusak', 'roadmap.yaml'), readFileSync(EXAMPLE, 'utf8').replace(/^(\s+)koordinator: BKPSDM$/m, '$1koordinator: BKPSD'));

  const r = runCli(['build', 'pamekasan/roadmap.yaml', 'rusak/roadmap.yaml', 'sumedang/roadmap.yaml', '--out-dir', 'keluaran', '-j', '2'], { cwd: dir });
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/\[\d\/3\] GAGAL rusak\/roadmap\.yaml/);
  expect(r.stderr).toContain('Kode OPD "BKPSD" tidak ada di daftar OPD');
  expect(existsSync(join(dir, 'keluaran', 'rusak.docx'))).toBe(false);

  const alone = runCli(['build', 'pamekasan/roadmap.yaml', '-o', 'sendiri.docx'], { cwd: dir });
  expect(alone.code).toBe(0);
  const batch = readFileSync(join(dir, 'keluaran', 'pamekasan.docx'));
  expect(batch.equals(readFileSync(join(dir, 'sendiri.docx')))).toBe(true);
  expect(readFileSync(join(dir, 'keluaran', 'sumedang.docx')).equals(batch)).toBe(true);
});

it('refuses -o with several projects: a usage error', () => {
  const r = runCli(['build', EXAMPLE, EXAMPLE, '-o', 'x.docx']);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('--out-dir');
});
