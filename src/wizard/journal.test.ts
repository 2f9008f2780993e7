import { describe, expect, test } from 'vitest';
import { createAsk } from './create-ask.js';
import { acceptDefaults, createJournal, type JournalEntries } from './journal.js';
import type { Backend } from './types.js';

/** A terminal that answers from a queue and counts what it was asked. */
function scripted(queue: unknown[]): Backend & { asked: string[] } {
  const asked: string[] = [];
  const next = (message: string) => {
    asked.push(message);
    if (queue.length === 0) throw new Error(`no scripted answer for "${message}"`);
    return queue.shift();
  };
  return {
    asked,
    input: async (q) => {
      const raw = String(next(q.message));
      const parsed = q.parse(raw);
      if (!parsed.ok) throw new Error(parsed.error);
      return { value: parsed.value, raw };
    },
    confirm: async (q) => next(q.message) as boolean,
    select: async (q) => next(q.message) as never,
    checkbox: async (q) => next(q.message) as never,
    lines: async (q) => next(q.message) as string[],
    section: async (q) => next(q.message) as never,
    more: async (q) => next(q.message) as boolean,
    note: () => {},
  };
}

async function opdLoop(backend: Backend) {
  const ask = createAsk(backend);
  const nama = await ask.text({ key: 'nama', message: 'Nama' });
  const tambahan = await ask.repeat({ key: 'tambah', first: 'Tambah?', more: 'Lagi?' }, (a) => a.text({ key: 'kode', message: 'Kode' }));
  return { nama, tambahan };
}

describe('the journal', () => {
  test('records every answer at once and replays them after an interruption, repeats included', async () => {
    let saved: JournalEntries = {};
    const first = createJournal(scripted(['Sukamaju', true, 'KEC', true]), { entries: {}, persist: async (e) => void (saved = e) });
    await expect(opdLoop(first.backend)).rejects.toThrow('no scripted answer for "Kode"');
    expect(saved).toEqual({ nama: 'Sukamaju', 'tambah[0]?': true, 'tambah[0].kode': 'KEC', 'tambah[1]?': true });

    const replayed: string[] = [];
    const terminal = scripted(['DISPERKIM', false]);
    const second = createJournal(terminal, { entries: saved, persist: async () => {}, replayed: (m, v) => replayed.push(`${m} ${v}`) });
    expect(await opdLoop(second.backend)).toEqual({ nama: 'Sukamaju', tambahan: ['KEC', 'DISPERKIM'] });
    expect(terminal.asked).toEqual(['Kode', 'Lagi?']);
    expect(replayed).toEqual(['Nama Sukamaju', 'Tambah? Ya', 'Kode KEC', 'Lagi? Ya']);
  });

  test('a recorded answer that no longer passes its check is asked again', async () => {
    const terminal = scripted(['2025']);
    const journal = createJournal(terminal, { entries: { tahun: '20x5' }, persist: async () => {} });
    const ask = createAsk(journal.backend);
    expect(await ask.year({ key: 'tahun', message: 'Tahun' })).toBe(2025);
    expect(terminal.asked).toEqual(['Tahun']);
  });
});

describe('--yes', () => {
  test('questions with a default are not asked; required ones without a default are', async () => {
    const terminal = scripted(['Sukamaju']);
    const ask = createAsk(acceptDefaults(terminal));
    expect(await ask.text({ key: 'nama', message: 'Nama' })).toBe('Sukamaju');
    expect(await ask.text({ key: 'ibuKota', message: 'Ibu kota', default: 'Sukamaju' })).toBe('Sukamaju');
    expect(await ask.optionalText({ key: 'provinsi', message: 'Provinsi' })).toBeUndefined();
    expect(await ask.repeat({ key: 'tambah', first: 'Tambah?', more: 'Lagi?' }, async () => 1)).toEqual([]);
    expect(terminal.asked).toEqual(['Nama']);
  });
});
