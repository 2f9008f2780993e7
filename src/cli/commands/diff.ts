import type { Command } from 'commander';
import type { ChalkInstance } from 'chalk';
import type { DiffResult } from '../../actions/diff.js';
import type { Io } from '../io.js';
import { printJson } from '../report.js';
import { jsonErrors } from './update.js';

export function registerDiff(program: Command, io: Io): void {
  program
    .command('diff')
    .description('apa yang berubah di antara dua revisi roadmap.yaml (dua berkas, atau berkas dan revisi git)')
    .argument('<a>', 'berkas roadmap.yaml, atau revisi git (HEAD~1, git:main) dari berkas lainnya')
    .argument('<b>', 'berkas roadmap.yaml, atau revisi git')
    .option('--json', 'daftar perubahan dalam JSON (bentuknya di docs/updates.md)')
    .option('--docx <berkas>', 'tulis daftar perubahan sebagai tabel DOCX untuk lampiran revisi')
    .addHelpText(
      'after',
      `
Contoh:
  $ roadmap diff draf-2/roadmap.yaml draf-3/roadmap.yaml
  $ roadmap diff roadmap.yaml HEAD~1          perubahan sejak commit sebelumnya
  $ roadmap diff roadmap.yaml git:v1.0 --docx daftar-perubahan.docx

Revisi git selalu dianggap sisi yang lebih lama. Kode keluar 0 juga bila ada perubahan.`,
    )
    .action(async (a: string, b: string, flags: { json?: boolean; docx?: string }) =>
      jsonErrors(io, flags.json, async () => {
        const { diffRevisions } = await import('../../actions/diff.js');
        const result = await diffRevisions(a, b, io.cwd, flags.docx ? { docx: flags.docx } : {});
        if (flags.json) {
          printJson(io, result);
          return;
        }
        for (const line of formatDiff(result, io.colorOut)) io.stdout.write(`${line}\n`);
        if (result.docx) io.stderr.write(`${io.color.green('✔')} Daftar perubahan ditulis ke ${result.docx}\n`);
      }),
    );
}

/** The change list as text lines: a head line, then each group with its changes. */
export function formatDiff(result: DiffResult, color: ChalkInstance): string[] {
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
    for (const change of group.changes) lines.push(`  ${mark[change.kind]} ${change.text}`);
  }
  return lines;
}
