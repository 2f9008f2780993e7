/**
 * The TOC's page numbers against the pages LibreOffice really puts the headings on. The writer
 * lays the pages out itself (src/render/docx/layout/); here the example project and a generated
 * S-size project are built by the CLI, converted by docx-check (LibreOffice), and each TOC entry's
 * number is compared with the printed page number (footer, or "- n -" header) of the page where
 * its heading is found. Measured here: every entry exact (example 65/65, S 53/53).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOCX_CHECK, EXAMPLE, ROOT, runCli, tempDir } from '../helpers/run-cli.js';


interface Entry {
  title: string;
  page: string;
}

/** The TOC entries as written: each hyperlink's text and its PAGEREF result. */
function tocEntries(docx: string): Entry[] {
  const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(docx)))['word/document.xml'] ?? new Uint8Array());
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return [
    ...xml.matchAll(
      /<w:hyperlink w:history="1" w:anchor="(_Toc\d+)"><w:r><w:t(?: xml:space="preserve")?>([^<]*)<\/w:t>.*?PAGEREF \1 \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t(?: xml:space="preserve")?>([^<]*)<\/w:t>/g,
    ),
  ].map((m) => ({ title: unescape(m[2] ?? ''), page: m[3] ?? '' }));
}

/** The number printed on a page: the footer's last line, or the regulation's "- n -" header. */
function printedNumber(page: string): string {
  const lines = page.split('\n').map((l) => l.trim()).filter(Boolean);
  const header = /^-\s*(\S+)\s*-$/.exec(lines[0] ?? '');
  return header?.[1] ?? lines[lines.length - 1] ?? '';
}

interface Comparison {
  entries: number;
  exact: number;
  offByOne: number;
  worse: string[];
  misses: string[];
}

/** Finds each heading, in order, on the pages after the previous one (TOC pages skipped). */
function compare(entries: readonly Entry[], text: string): Comparison {
  const pages = text.split('\f');
  const flat = pages.map((p) => p.replace(/\s+/g, ' '));
  const isToc = pages.map((p) => (p.match(/\.{6,}\s*[0-9ivxlc]+\s*$/gm) ?? []).length >= 3);
  const result: Comparison = { entries: entries.length, exact: 0, offByOne: 0, worse: [], misses: [] };
  let from = 0;
  for (const { title, page } of entries) {
    const key = title.replace(/\s+/g, ' ').trim();
    const at = flat.findIndex((p, i) => i >= from && !isToc[i] && p.includes(key));
    if (at < 0) {
      result.worse.push(`${title}: not found after sheet ${from + 1}`);
      continue;
    }
    from = at;
    const printed = printedNumber(pages[at] ?? '');
    const diff = /^\d+$/.test(printed) && /^\d+$/.test(page) ? Number(printed) - Number(page) : printed === page ? 0 : Number.NaN;
    if (diff === 0) result.exact++;
    else {
      result.misses.push(`${title}: TOC ${page}, printed ${printed} (sheet ${at + 1})`);
      if (Math.abs(diff) === 1) result.offByOne++;
      else result.worse.push(`${title}: TOC ${page}, printed ${printed} (sheet ${at + 1})`);
    }
  }
  return result;
}

function buildAndCheck(project: string, dir: string): Comparison {
  const docx = join(dir, 'roadmap.docx');
  const build = runCli(['build', project, '-o', docx]);
  expect(build.code, build.stderr).toBe(0);
  const check = spawnSync(DOCX_CHECK, [docx, join(dir, 'check'), '--pages', '1'], { encoding: 'utf8', timeout: 300_000 });
  expect(check.status, check.stdout).toBe(0);
  return compare(tocEntries(docx), readFileSync(join(dir, 'check', 'text.txt'), 'utf8'));
}

describe('TOC page numbers against LibreOffice', () => {
  let example: Comparison;
  let generated: Comparison;

  beforeAll(async () => {
    example = buildAndCheck(EXAMPLE, tempDir());
    const dir = tempDir();
    // bench/generate.js is plain JavaScript shared with the bench.
    const { generateProject, SIZES } = ((await import('../../bench/generate.js' as string)) as unknown) as {
      generateProject: (size: unknown) => unknown;
      SIZES: Record<string, unknown>;
    };
    const project = join(dir, 'roadmap.yaml');
    writeFileSync(project, stringify(generateProject(SIZES.S)));
    copyFileSync(join(dirname(EXAMPLE), 'lambang.png'), join(dir, 'lambang.png'));
    generated = buildAndCheck(project, dir);
  }, 600_000);

  it('puts every TOC entry of the example on the page its heading lands on', () => {
    console.log(`example: ${example.exact}/${example.entries} exact, ${example.offByOne} off by one, ${example.worse.length} worse`);
    expect(example.entries).toBeGreaterThanOrEqual(35);
    expect(example.misses).toEqual([]);
  });

  it('does the same for a generated S-size road map (80 activities, 75 pages)', () => {
    console.log(`S: ${generated.exact}/${generated.entries} exact, ${generated.offByOne} off by one, ${generated.worse.length} worse`);
    expect(generated.entries).toBeGreaterThanOrEqual(30);
    expect(generated.misses).toEqual([]);
  });
});
