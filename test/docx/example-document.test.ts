/**
 * The example project built by the CLI and read back by real readers: the schema validation
 * Word applies, LibreOffice's conversion, pandoc (../shared/tools/docx-check). The text must
 * hold every area, every OPD and one matrix row per activity, on the right kind of page.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOCX_CHECK, EXAMPLE, ROOT, runCli, tempDir } from '../helpers/run-cli.js';

const example = parse(readFileSync(EXAMPLE, 'utf8')) as {
  opd: { kode: string; nama: string; singkatan: string }[];
  areaPerubahan: { kode: string; kegiatan: { id: string }[] }[];
};

describe('the example road map, through a real reader', () => {
  const dir = tempDir();
  const docx = join(dir, 'sukamaju.docx');
  const checkDir = join(dir, 'check');
  let check: { status: number | null; stdout: string };
  let pages: string[];

  beforeAll(() => {
    expect(existsSync(DOCX_CHECK), `${DOCX_CHECK} is missing: the repository must sit beside ../shared`).toBe(true);
    const build = runCli(['build', EXAMPLE, '-o', docx]);
    expect(build.code, build.stderr).toBe(0);
    expect(build.stdout).toContain('sukamaju.docx');
    check = spawnSync(DOCX_CHECK, [docx, checkDir, '--pages', '40'], { encoding: 'utf8', timeout: 300_000 });
    pages = readFileSync(join(checkDir, 'text.txt'), 'utf8').split('\f');
  }, 400_000);

  it('passes docx-check (schema, OPC, Word rules, LibreOffice, pandoc)', () => {
    expect(check.stdout).not.toMatch(/^FAIL/m);
    expect(check.status, check.stdout).toBe(0);
  });

  it('names every OPD with a role and every area of change', () => {
    // pandoc reads the cells in order, where the PDF's layout interleaves the lines of a row.
    const html = spawnSync('pandoc', ['-f', 'docx', '-t', 'html', docx], { encoding: 'utf8', maxBuffer: 64 << 20 }).stdout;
    const text = html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ');
    const raw = readFileSync(EXAMPLE, 'utf8');
    // An OPD with a role is named in a kegiatan, an indicator or a quick win, not only in a workshop.
    const withRole = example.opd.filter((o) => new RegExp(`(koordinator: ${o.kode}\\b|[\\[ ,]${o.kode}[\\], ]|opd: ${o.kode}\\b)`).test(raw.split('\nlokakarya:')[0]!));
    expect(withRole.length).toBeGreaterThan(15);
    for (const opd of withRole) expect(text, opd.nama).toContain(opd.nama.replace(/\s+/g, ' '));
    for (const area of ['MANAJEMEN PERUBAHAN', 'DEREGULASI KEBIJAKAN', 'PENATAAN TATALAKSANA', 'PENGUATAN PENGAWASAN', 'PENINGKATAN KUALITAS PELAYANAN PUBLIK']) {
      expect(text).toContain(area);
    }
  });

  it('has one rencana aksi matrix row per activity, on landscape pages', () => {
    const start = pages.findIndex((p) => /BAB V\s*\n\s*RENCANA AKSI/.test(p) && !/\.{5}/.test(p));
    const end = pages.findIndex((p, i) => i > start && /BAB VI\s*\n/.test(p));
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    const matrix = pages.slice(start, end).join('\n');
    const ids = example.areaPerubahan.flatMap((a) => a.kegiatan.map((k) => k.id));
    expect(ids.length).toBeGreaterThanOrEqual(40);
    for (const id of ids) expect(matrix, id).toMatch(new RegExp(`(^|\\s)${id}(\\s|$)`, 'm'));
    // The matrix pages are landscape: wider than tall in the PDF.
    const info = spawnSync('pdfinfo', ['-f', String(start + 1), '-l', String(start + 1), join(checkDir, 'document.pdf')], { encoding: 'utf8' });
    const size = /Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+)/.exec(info.stdout);
    expect(size).not.toBeNull();
    expect(Number(size![1])).toBeGreaterThan(Number(size![2]));
  });

  it('has a table of contents whose page numbers are filled in', () => {
    const toc = pages.find((p) => p.includes('DAFTAR ISI'));
    expect(toc).toBeDefined();
    expect(toc).toMatch(/BAB I.*PENDAHULUAN[ .]*\d+/);
    expect(toc).toMatch(/Latar Belakang[ .]*\d+/);
  });

  it('is byte-identical when built again', () => {
    const again = join(dir, 'again.docx');
    expect(runCli(['build', EXAMPLE, '-o', again]).code).toBe(0);
    expect(readFileSync(again).equals(readFileSync(docx))).toBe(true);
  });

  it('leaves the previous document untouched when a rebuild fails', () => {
    const broken = join(dir, 'roadmap.yaml');
    writeFileSync(broken, readFileSync(EXAMPLE, 'utf8').replace(/^visi: .*$/m, 'visi: [tidak ditutup'));
    const out = join(dir, 'stable.docx');
    writeFileSync(out, 'versi sebelumnya');
    const r = runCli(['build', broken, '-o', out]);
    expect(r.code).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('versi sebelumnya');
    expect(existsSync(out)).toBe(true);
  });
});
