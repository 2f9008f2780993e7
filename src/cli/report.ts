/**
 * Pure formatters (data -> lines) and thin printers (lines -> stderr). Problems print one per
 * line as `file:line:col  path  message`, with the hint below, then a count.
 */
import type { ChalkInstance } from 'chalk';
import type { BuildProgress, BuildResult } from '../actions/build-types.js';
import type { Alignment } from '../model/check-alignment.js';
import { formatBytes } from '../model/format-message.js';
import type { Problem } from '../problem.js';
import type { Io } from './streams.js';

export function formatProblem(p: Problem, color: ChalkInstance): string[] {
  const where = [p.file, p.line, p.column].filter((x) => x !== undefined).join(':');
  const label = p.severity === 'error' ? color.red('galat') : color.yellow('peringatan');
  const head = [where && color.bold(where), label, p.path && color.cyan(p.path), p.message].filter(Boolean).join('  ');
  return p.hint ? [head, `    ${color.dim('→')} ${p.hint}`] : [head];
}

export function summarizeProblems(problems: readonly Problem[]): string {
  // A summary line ("… dan 249 masalah lainnya") counts for the problems it stands for.
  const count = (list: readonly Problem[]) => list.reduce((n, p) => n + (p.jumlah ?? 1), 0);
  const errors = count(problems.filter((p) => p.severity === 'error'));
  const warnings = count(problems.filter((p) => p.severity !== 'error'));
  return `${errors} kesalahan, ${warnings} peringatan`;
}

export function formatProblems(problems: readonly Problem[], color: ChalkInstance): string[] {
  if (problems.length === 0) return [];
  return [...problems.flatMap((p) => formatProblem(p, color)), summarizeProblems(problems)];
}

export function printProblems(io: Io, problems: readonly Problem[]): void {
  for (const line of formatProblems(problems, io.color)) io.stderr.write(`${line}\n`);
}


export function formatAlignment(a: Alignment): string[] {
  const lines = [`Keselarasan dengan road map nasional (${a.profil}, ${a.basis}): ${a.covered}/${a.total} = ${String(a.percent).replace('.', ',')}% → nilai ${a.grade}`];
  const missing = a.items.filter((i) => !i.covered);
  if (missing.length > 0) {
    lines.push('Belum tercakup:');
    for (const item of missing) lines.push(`  - ${item.kode} ${item.nama}`);
  }
  return lines;
}

export function formatBuildResult(r: BuildResult, color: ChalkInstance): string {
  const pdf = r.pdf ? `, PDF: ${r.pdf}${r.pdfPages ? ` (${r.pdfPages} halaman)` : ''}` : '';
  const lines = [`${color.green('✔')} ${r.output} (${formatBytes(r.bytes)})${pdf}`];
  for (const w of r.warnings) lines.push(`  ${color.yellow('!')} ${w}`);
  // One line for the project's warnings: a build is not the place to read them all.
  const [first, ...more] = r.problems;
  if (first) {
    const rest = more.length > 0 ? ` (dan ${more.length} peringatan lain)` : '';
    lines.push(`  ${color.yellow('!')} ${first.message}${rest} Lihat: roadmap validate ${r.project}`);
  }
  return lines.join('\n');
}

/**
 * Progress for several builds: a redrawn bar on a terminal, one plain line per project
 * otherwise (logs, CI). Nothing for a single build.
 */
export function createProgressReporter(io: Io, total: number) {
  const tty = Boolean(io.stderr.isTTY) && !io.env.CI;
  let done = 0;
  const draw = (label: string) => {
    const width = 24;
    const filled = Math.round((done / total) * width);
    io.stderr.write(`\r\x1b[2K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${label}`);
  };
  return {
    onProgress(event: BuildProgress) {
      if (total <= 1) return;
      if (event.type === 'start') {
        if (tty) draw(event.project);
        return;
      }
      done++;
      const name = event.type === 'done' ? event.result.project : event.project;
      if (tty) draw(name);
      else io.stderr.write(`[${done}/${total}] ${event.type === 'done' ? 'selesai' : 'GAGAL'} ${name}\n`);
    },
    finish() {
      if (tty && total > 1) io.stderr.write('\n');
    },
  };
}

/**
 * A text in lines of at most `width` characters, broken between words; a word longer than a line
 * stays whole. Without a width (output piped to a file), one line.
 * @example
 * wrapWords('Target IND-02 tahun 2026: 70,5 → 75', 20) //=> ['Target IND-02 tahun', '2026: 70,5 → 75']
 */
export function wrapWords(text: string, width: number | undefined): string[] {
  if (width === undefined || width < 20 || text.length <= width) return [text];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  lines.push(line);
  return lines;
}
