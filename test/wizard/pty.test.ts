/**
 * One run of the built binary in a real pseudo-terminal (80x24): the first answers, Ctrl-C
 * (exit 130, the resume hint, everything answered on disk), then --resume from that question.
 */
import { spawn, type IPty } from '@lydell/node-pty';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterEach, beforeAll, expect, test } from 'vitest';
import { BIN, ROOT } from '../helpers/run-cli.js';

const dirs: string[] = [];

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist/cli/main.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
});
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

interface Session {
  pty: IPty;
  output(): string;
  /** Waits until the screen output (since the last send) shows `text`. */
  waitFor(text: string): Promise<void>;
  send(keys: string): void;
  exit: Promise<number>;
}

function open(args: string[], cwd: string): Session {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'CI' && k !== 'NO_COLOR' && k !== 'FORCE_COLOR') env[k] = v;
  const pty = spawn(process.execPath, [BIN, ...args], { name: 'xterm-256color', cols: 80, rows: 24, cwd, env: { ...env, TERM: 'xterm-256color' } });
  let all = '';
  let mark = 0;
  pty.onData((data) => {
    all += data;
  });
  const exit = new Promise<number>((done) => pty.onExit(({ exitCode }) => done(exitCode)));
  return {
    pty,
    output: () => stripVTControlCharacters(all),
    async waitFor(text) {
      for (let i = 0; i < 500; i++) {
        if (stripVTControlCharacters(all.slice(mark)).includes(text)) return;
        await new Promise((r) => setTimeout(r, 10));
      }
      throw new Error(`"${text}" did not appear; the terminal shows:\n${stripVTControlCharacters(all.slice(mark))}`);
    },
    send(keys) {
      mark = all.length;
      pty.write(keys);
    },
    exit,
  };
}

test('Ctrl-C in a real terminal saves, says how to resume, exits 130; --resume continues', async () => {
  const cwd = mkdtempSync(join(tmpdir(), 'roadmap-pty-'));
  dirs.push(cwd);

  const first = open(['init', 'ws'], cwd);
  await first.waitFor('Pemerintah daerah dan periode');
  expect(first.output()).toContain('Gunakan tombol panah ↑↓, lalu enter untuk memilih');
  first.send('\r');
  await first.waitFor('Jenis pemerintah daerah');
  first.send('\r');
  await first.waitFor('Nama kabupaten');
  first.send('Sukamaju\r');
  await first.waitFor('Provinsi');
  first.send('Jawa Tengah\r');
  await first.waitFor('Tempat penetapan');
  first.send('\r');
  await first.waitFor('Nama Bupati');
  first.send('Hardi');
  first.send('\x03');
  expect(await first.exit).toBe(130);
  expect(first.output()).toContain('Dihentikan. Jawaban tersimpan di ws/roadmap.yaml; lanjutkan dengan: roadmap init ws --resume');
  expect(first.output()).not.toMatch(/at .*\.js:\d+/);
  const state = JSON.parse(readFileSync(join(cwd, 'ws/.roadmap-wizard.json'), 'utf8'));
  expect(state.jawaban).toMatchObject({ 'pemerintah.nama': 'Sukamaju', 'pemerintah.provinsi': 'Jawa Tengah', 'pemerintah.ibuKota': 'Sukamaju' });
  expect(readFileSync(join(cwd, 'ws/roadmap.yaml'), 'utf8')).toContain('# roadmap:wizard sedang diisi; lanjutkan dengan: roadmap init ws --resume');

  const second = open(['init', 'ws', '--resume'], cwd);
  await second.waitFor('Nama Bupati');
  expect(second.output()).toContain('↺ Nama kabupaten (tanpa kata "Kabupaten") Sukamaju');
  second.send('Hardiyanto Wicaksono\r');
  await second.waitFor('Nama Sekretaris Daerah');
  second.send('Endang Sulistyowati\r');
  for (const question of ['Pangkat', 'NIP', 'Tahun mulai', 'Tahun selesai', 'Kerangka nasional']) {
    await second.waitFor(question);
    second.send('\r');
  }
  await second.waitFor('Visi dan misi');
  second.send('\x03');
  expect(await second.exit).toBe(130);
  const saved = readFileSync(join(cwd, 'ws/roadmap.yaml'), 'utf8');
  expect(saved).toContain('  nama: Sukamaju\n');
  expect(saved).toContain('    nama: Hardiyanto Wicaksono\n');
});
