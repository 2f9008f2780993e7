/**
 * A whole workshop through the real Inquirer prompts, driven with @inquirer/testing's shared
 * screen: invalid answers, Ctrl-C and --resume. Scripted answers (steps.test.ts) cannot show
 * what the prompts themselves do with a key press, so this runs them.
 */
import { screen } from '@inquirer/testing/vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parseProject } from '../../src/model/parse-project.js';
import { PLAIN } from '../../src/wizard/types.js';

const NOW = new Date(2024, 1, 20, 9, 30, 0);
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function start(dir: string, options: { resume?: boolean; build?: boolean } = {}) {
  // Imported here, after @inquirer/testing/vitest has put its screen in place of the prompts' streams.
  const { initProject } = await import('../../src/wizard/init-project.js');
  screen.clear();
  const notes: string[] = [];
  const run = initProject({
    dir,
    cwd: dir,
    resume: options.resume ?? false,
    yes: false,
    build: options.build ?? false,
    now: NOW,
    paint: PLAIN,
    prompt: {},
    write: (text) => notes.push(text),
  });
  run.catch(() => {});
  return { run, notes };
}

/** Waits (a little) until the prompt on screen asks `text` ("? text…"), or the screen shows `text`. */
async function see(text: string, anywhere = false): Promise<string> {
  const found = () => (anywhere ? screen.getScreen().includes(text) : screen.getScreen().startsWith(`? ${text}`));
  for (let i = 0; i < 300 && !found(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  const shown = screen.getScreen();
  expect(shown, `waiting for "${text}"`).toContain(text);
  if (!anywhere) expect(shown.split('\n')[0], `waiting for the question "${text}"`).toContain(text);
  return shown;
}

/** Answers the prompt showing `text`: types `typed` (if any), then presses the keys (default enter). */
async function answer(text: string, typed?: string, ...keys: string[]): Promise<string> {
  const shown = await see(text);
  if (typed) screen.type(typed);
  for (const key of keys.length ? keys : ['enter']) screen.keypress(key);
  return shown;
}

function erase(count: number) {
  for (let i = 0; i < count; i++) screen.keypress('backspace');
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-prompts-'));
  dirs.push(dir);
  return dir;
}

describe('a workshop through the real prompts', () => {
  test('every section, Indonesian chrome, refused answers with the reason, then a draft', async () => {
    const dir = tempDir();
    const { run, notes } = await start(dir, { build: true });

    // 1. Government and period
    const first = await answer('[1] Pemerintah daerah dan periode');
    expect(first).toContain('Gunakan tombol panah ↑↓, lalu enter untuk memilih');
    await answer('Jenis pemerintah daerah');
    await answer('Nama kabupaten (tanpa kata "Kabupaten")', 'Sukamaju');
    await answer('Provinsi', 'Jawa Tengah');
    await answer('Tempat penetapan (ibu kota) (Sukamaju)');
    await answer('Nama Bupati', 'Hardiyanto Wicaksono');
    await answer('Nama Sekretaris Daerah', 'Endang Sulistyowati');
    await answer('Pangkat/golongan Sekda');
    await answer('NIP Sekda');
    await answer('Tahun mulai periode road map (2024)');
    await answer('Tahun selesai periode (2028)', '2200');
    expect(await see('Tahun di luar jangkauan', true)).toContain('✖ Tahun di luar jangkauan: Nilai paling besar 2100, tertulis angka 2200.');
    erase(4);
    screen.keypress('enter');
    const profil = await answer('Kerangka nasional yang diacu');
    expect(profil).toContain('❯ ★ rb2023');

    // 2. Visi and misi
    await answer('[2/16] Visi dan misi');
    await answer('Visi', 'Birokrasi Sukamaju yang bersih, akuntabel, dan melayani');
    await answer('Misi 1:', 'Memperkuat integritas aparatur');
    await answer('Misi 2:');

    // 3. OPD registry: the checklist as it comes, no renames, none added
    await answer('[3/16] Daftar OPD');
    const opd = await answer('OPD di daerah ini (centang yang ada)');
    expect(opd).toContain('↑↓ pindah · spasi pilih · a semua · i balik · enter lanjut');
    expect(opd).toContain('◉ Bagian Organisasi Sekretariat Daerah');
    await answer('OPD yang namanya perlu disesuaikan');
    expect(await answer('Tambah OPD di luar daftar?')).toContain('(y/T)');

    // 4. One national indicator
    await answer('[4/16] Sasaran dan indikator');
    await answer('Indikator sasaran RB', undefined, 'i', 'space', 'enter');
    await answer('Baseline 2023 (%)', '60,5');
    await answer('Target 2024-2028 (%)', '65 68 71 74 77');
    await answer('OPD penanggung jawab');
    await answer('Tambah indikator sendiri?');

    // 5. Area MP with one typical activity (a bad Rupiah amount first); the other areas skipped
    await answer('[5/16] Area Manajemen Perubahan');
    await answer('Paragraf 1:', 'Tim RB belum dimutakhirkan sejak 2021.');
    await answer('Paragraf 2:');
    await answer('Masalah 1:', 'Agen perubahan belum berperan.');
    await answer('Masalah 2:');
    await answer('Kegiatan (centang yang direncanakan)', undefined, 'space', 'enter');
    await answer('Output (SK Tim RB)');
    await answer('Target/tonggak 2024-2028', 'SK ditetapkan; -; SK dimutakhirkan; -; -');
    await answer('OPD koordinator');
    await answer('OPD pelaksana');
    await answer('Kegiatan utama RB General yang didukung');
    await answer('Anggaran per tahun 2024-2028', '15O.000');
    expect(await see('bukan jumlah Rupiah', true)).toContain('✖ "15O.000" bukan jumlah Rupiah yang dikenali. Contoh: 150.000.000, 150000000,\natau 150 juta.');
    erase(7);
    screen.type('150 juta - - - -');
    screen.keypress('enter');
    await answer('Tambah kegiatan di luar daftar?');
    for (const [n, title] of ['Deregulasi Kebijakan', 'Penataan dan Penguatan Organisasi', 'Penataan Tatalaksana', 'Penataan Sistem Manajemen SDM Aparatur', 'Penguatan Akuntabilitas Kinerja', 'Penguatan Pengawasan', 'Peningkatan Kualitas Pelayanan Publik'].entries()) {
      await answer(`[${n + 6}/16] Area ${title}`, undefined, 'down', 'enter');
    }

    // 6-8. No quick wins yet, one Zona Integritas unit, the team skipped, the roll call
    await answer('[13/16] Quick wins');
    await answer('Tambah quick win?');
    // One Zona Integritas pilot: a puskesmas below the Dinas Kesehatan, found by typing its name.
    await answer('[14/16] Zona Integritas');
    await answer('Tambah unit percontohan Zona Integritas?', 'y');
    const ziOpd = await see('Perangkat daerah (ketik untuk mencari)');
    expect(ziOpd).toContain('Bagian Organisasi');
    screen.type('Dinkes');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getScreen()).toMatch(/❯ Dinkes/);
    screen.keypress('enter');
    await answer('Unit di bawahnya', 'Puskesmas Cibening');
    await answer('Target predikat');
    await answer('Tahun target predikat (2025)');
    await answer('Tambah unit lagi?');
    await answer('[15/16] Tim penyusun', undefined, 'down', 'enter');
    await answer('[16/16] Lokakarya dan daftar hadir');
    await answer('Tanggal lokakarya (2024-02-20)');
    await answer('Tempat', 'Pendopo Kabupaten Sukamaju');
    await answer('Nama acara');
    await answer('Dipimpin oleh (Sekretaris Daerah)');
    // Everyone but the last OPD of the list: "a" ticks all, "up" wraps to the last, space unticks it.
    const roll = await see('Daftar hadir: centang OPD yang hadir');
    expect(roll).toContain('◯ Bagian Organisasi · Bagian Organisasi Sekretariat Daerah');
    screen.keypress('a');
    screen.keypress('up');
    screen.keypress('space');
    screen.keypress('enter');
    await answer('Catatan (boleh kosong)');

    // The summary, then "Selesai"
    const menu = await see('Apa selanjutnya?');
    expect(menu).toContain('❯ Selesai: simpan dan buat draf DOCX');
    expect(menu).toContain('✔ 1. Pemerintah daerah dan periode');
    for (let i = 0; i < 6; i++) screen.keypress('down');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getScreen()).toContain('❯ – 6. Area Deregulasi Kebijakan');
    for (let i = 0; i < 6; i++) screen.keypress('up');
    screen.keypress('enter');

    const result = await run;
    expect(result.status).toBe('done');
    const summary = notes.join('');
    expect(summary).toContain('Ringkasan · Kabupaten Sukamaju 2024-2028 · profil rb2023');
    expect(summary).toContain('Keselarasan nasional: 0/21 kegiatan utama RB General = 0% → nilai E');
    expect(summary).toContain('Hadir 12 dari 13 OPD.');

    const text = readFileSync(join(dir, 'roadmap.yaml'), 'utf8');
    expect(text).not.toContain('roadmap:wizard');
    expect(existsSync(join(dir, '.roadmap-wizard.json'))).toBe(false);
    const parsed = parseProject(text, 'roadmap.yaml');
    expect(parsed.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(parsed.project!.zonaIntegritas!.unit).toEqual([{ id: 'ZI-01', opd: 'DINKES', unit: 'Puskesmas Cibening', targetPredikat: 'WBK', targetTahun: 2025, tahapan: {} }]);
    const project = parsed.project!;
    expect(project.periode).toEqual({ mulai: 2024, selesai: 2028 });
    expect(project.sasaran[0]!.indikator[0]).toMatchObject({ id: 'IND-01', baseline: { tahun: 2023, nilai: 60.5 }, target: { 2024: 65, 2028: 77 } });
    expect(project.areaPerubahan[0]!.kegiatan[0]).toMatchObject({ id: 'MP-01', koordinator: 'BAG-ORG', anggaran: { 2024: 150_000_000 } });
    expect(project.lokakarya[0]!.hadir).toEqual(project.opd.slice(0, -1).map((o) => o.kode));
    if (result.status === 'done') {
      expect(result.buildError, 'the draft should build').toBeUndefined();
      expect(result.draft?.output).toBe('roadmap.docx');
      expect(existsSync(join(dir, 'roadmap.docx'))).toBe(true);
    }
  });

  test('Ctrl-C keeps every answer; --resume goes on from the question that was open', async () => {
    const dir = tempDir();
    const first = await start(dir);
    await answer('[1] Pemerintah daerah dan periode');
    await answer('Jenis pemerintah daerah');
    await answer('Nama kabupaten', 'Sukamaju');
    await answer('Provinsi');
    await answer('Tempat penetapan');
    await answer('Nama Bupati', 'Hardiyanto Wicaksono');
    await answer('Nama Sekretaris Daerah', 'Endang Sulistyowati');
    for (const q of ['Pangkat', 'NIP', 'Tahun mulai', 'Tahun selesai', 'Kerangka nasional']) await answer(q);
    await answer('[2/16] Visi dan misi');
    await answer('Visi', 'Birokrasi yang melayani');
    await see('Misi 1:');
    screen.type('Setengah diketik');
    screen.keypress({ name: 'c', ctrl: true });
    await expect(first.run).rejects.toMatchObject({ name: 'ExitPromptError' });

    // Saved: step 1 in roadmap.yaml (marked as in progress), the visi in the journal.
    const saved = readFileSync(join(dir, 'roadmap.yaml'), 'utf8');
    expect(saved).toMatch(/^# roadmap:wizard sedang diisi; lanjutkan dengan: roadmap init .* --resume$/m);
    expect(parseProject(saved, 'roadmap.yaml').document.toJS()).toMatchObject({ pemerintah: { nama: 'Sukamaju' } });
    const state = JSON.parse(readFileSync(join(dir, '.roadmap-wizard.json'), 'utf8'));
    expect(state).toMatchObject({ selesai: ['pemerintah'], langkah: 'visi', jawaban: { visi: 'Birokrasi yang melayani' } });

    const second = await start(dir, { resume: true });
    await answer('Misi 1:', 'Melayani dengan integritas');
    expect(second.notes.join('')).toContain('↺ Visi Birokrasi yang melayani');
    expect(second.notes.join('')).toContain('Melanjutkan');
    await answer('Misi 2:');
    await answer('[3/16] Daftar OPD');
    await answer('OPD di daerah ini');
    await answer('OPD yang namanya perlu disesuaikan');
    await answer('Tambah OPD di luar daftar?');
    for (let n = 4; n <= 16; n++) await answer(`[${n}/16]`, undefined, 'down', 'enter');
    await answer('Apa selanjutnya?');
    const result = await second.run;
    expect(result.status).toBe('done');
    const parsed = parseProject(readFileSync(join(dir, 'roadmap.yaml'), 'utf8'), 'roadmap.yaml');
    expect(parsed.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(parsed.project!.visi).toBe('Birokrasi yang melayani');
    expect(parsed.project!.misi).toEqual(['Melayani dengan integritas']);
  });

  test('an existing project is never touched without asking; "Mulai baru" keeps a backup', async () => {
    const dir = tempDir();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'roadmap.yaml'), '# proyek lama\nvisi: Lama\n');
    const cancelled = await start(dir);
    const asked = await answer('roadmap.yaml sudah ada. Apa yang akan dilakukan?', undefined, 'down', 'down', 'enter');
    expect(asked).toContain('Mulai baru (berkas lama disimpan sebagai cadangan)');
    await expect(cancelled.run).resolves.toEqual({ status: 'cancelled' });
    expect(readFileSync(join(dir, 'roadmap.yaml'), 'utf8')).toBe('# proyek lama\nvisi: Lama\n');

    const fresh = await start(dir);
    await answer('roadmap.yaml sudah ada', undefined, 'down', 'enter');
    await answer('[1] Pemerintah daerah dan periode', undefined, 'down', 'down', 'enter');
    await answer('Apa selanjutnya?', undefined, 'up', 'enter');
    const result = await fresh.run;
    expect(result.status).toBe('saved');
    const { readdirSync } = await import('node:fs');
    const backup = readdirSync(dir).find((f) => f.startsWith('roadmap.yaml.bak-20240220-093000'));
    expect(backup).toBeDefined();
    expect(readFileSync(join(dir, backup!), 'utf8')).toBe('# proyek lama\nvisi: Lama\n');
  });
});

describe('multi-line answers', () => {
  test('saved lines can be edited in a text editor, one item per paragraph', { timeout: 20_000 }, async () => {
    // @inquirer/testing cannot reach the editor package's own import of external-editor, so a
    // stand-in editor (a node script) rewrites the file the way a person would.
    const dir = tempDir();
    const { writeFileSync } = await import('node:fs');
    const script = join(dir, 'editor.mjs');
    writeFileSync(
      script,
      "import { readFileSync, writeFileSync } from 'node:fs';\n" +
        "const f = process.argv[2];\n" +
        "writeFileSync(f, readFileSync(f, 'utf8').replace('Lama dua', 'Baru dua,\\nmasih butir dua.\\n\\nBaru tiga'));\n",
    );
    const saved = { VISUAL: process.env.VISUAL, EDITOR: process.env.EDITOR };
    process.env.VISUAL = `${process.execPath} ${script}`;
    try {
      const { createPromptBackend } = await import('../../src/wizard/inquirer-backend.js');
      screen.clear();
      const backend = createPromptBackend({}, () => {});
      const lines = backend.lines({ kind: 'lines', key: ['misi'], message: 'Misi', itemLabel: 'Misi', default: ['Lama satu', 'Lama dua'], min: 1 });
      const menu = await see('Misi (2 butir tersimpan)');
      expect(menu).toContain('❯ Pakai yang ada');
      expect(menu).toContain('Sunting di editor teks');
      for (const key of ['down', 'down', 'down', 'enter']) screen.keypress(key);
      expect(await see('Misi: satu butir per paragraf')).toContain('Tekan <enter> untuk membuka editor teks.');
      screen.keypress('enter');
      expect(await lines).toEqual(['Lama satu', 'Baru dua, masih butir dua.', 'Baru tiga']);
    } finally {
      for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });
});
