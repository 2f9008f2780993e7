/** `roadmap diff`: the change list, wrapped to the terminal at word boundaries, or JSON. */
import type { ChalkInstance } from 'chalk';
import type { DiffResult } from '../../actions/diff.js';
import { printJson } from '../answer.js';
import type { Io } from '../streams.js';
import { wrapWords } from '../report.js';

export async function diff(io: Io, a: string, b: string, flags: { json?: boolean; docx?: string }): Promise<void> {
  const { diffRevisions } = await import('../../actions/diff.js');
  const result = await diffRevisions(a, b, io.cwd, flags.docx ? { docx: flags.docx } : {});
  if (flags.json) {
    printJson(io, result);
    return;
  }
  // Wrapped only on a terminal: piped output keeps one change per line, for grep.
  const width = io.stdout.isTTY ? io.stdout.columns : undefined;
  for (const line of formatDiff(result, io.colorOut, width)) io.stdout.write(`${line}\n`);
  if (result.docx) io.stderr.write(`${io.color.green('✔')} Daftar perubahan ditulis ke ${result.docx}\n`);
}

/** The change list as text lines: a head line, then each group with its changes, wrapped to `width`. */
export function formatDiff(result: DiffResult, color: ChalkInstance, width?: number): string[] {
  const side = (s: DiffResult['from']) => (s.draf ? `${s.label} (draf ${s.draf.draf}, ${s.draf.tanggal})` : s.label);
  const lines = [color.bold(`${side(result.from)} → ${side(result.to)}`)];
  if (result.changes.length === 0) {
    lines.push('Tidak ada perubahan.');
    return lines;
  }
  const { added, removed, changed, moved } = result.count;
  const parts = [added && `${added} ditambahkan`, removed && `${removed} dihapus`, changed && `${changed} diubah`, moved && `${moved} dipindahkan`].filter(Boolean);
  lines.push(`${result.changes.length} perubahan: ${parts.join(', ')}`);
  const mark = { added: color.green('+'), removed: color.red('-'), changed: color.yellow('~'), moved: color.cyan('>') };
  for (const group of result.groups) {
    lines.push('', color.bold(group.label));
    for (const change of group.changes) {
      const [first = '', ...rest] = wrapWords(change.text, width === undefined ? undefined : width - 4);
      lines.push(`  ${mark[change.kind]} ${first}`, ...rest.map((l) => `    ${l}`));
    }
  }
  return lines;
}
