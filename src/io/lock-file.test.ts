import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, LockBusy, lockHolder } from './lock-file.js';

const lockIn = () => join(mkdtempSync(join(tmpdir(), 'roadmap-lock-')), '.roadmap.yaml.lock');

/** The pid of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

function writeHolder(path: string, holder: { pid: number; host?: string; command?: string; since?: string }) {
  writeFileSync(path, JSON.stringify({ host: hostname(), command: 'roadmap update --set', since: new Date().toISOString(), ...holder }));
}

describe('acquireLock', () => {
  it('creates the lock naming its holder, and removes it on release', async () => {
    const path = lockIn();
    const lock = await acquireLock(path, { command: 'roadmap update --set' });
    expect(await lockHolder(path)).toEqual({ pid: process.pid, host: hostname(), command: 'roadmap update --set', since: lock.holder.since });
    await lock.release();
    expect(existsSync(path)).toBe(false);
  });

  it('refuses a lock held by a live process, naming it', async () => {
    const path = lockIn();
    // A live process other than us: the parent of this worker.
    writeHolder(path, { pid: process.ppid, command: 'roadmap update --realisasi' });
    const error = await acquireLock(path, { command: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LockBusy);
    expect((error as LockBusy).holder).toMatchObject({ pid: process.ppid, command: 'roadmap update --realisasi' });
  });

  it('waits for the holder to let go', async () => {
    const path = lockIn();
    const first = await acquireLock(path, { command: 'a' });
    setTimeout(() => void first.release(), 200);
    const second = await acquireLock(path, { command: 'b', waitMs: 5_000 });
    expect((await lockHolder(path))?.command).toBe('b');
    await second.release();
  });

  it('takes over a lock whose process is gone, or that is older than ten minutes', async () => {
    const dead = lockIn();
    writeHolder(dead, { pid: deadPid() });
    const lock = await acquireLock(dead, { command: 'b' });
    expect((await lockHolder(dead))?.pid).toBe(process.pid);
    await lock.release();

    const old = lockIn();
    writeHolder(old, { pid: process.ppid, host: 'laptop-lain', since: new Date(Date.now() - 11 * 60_000).toISOString() });
    await (await acquireLock(old, { command: 'b' })).release();

    // On another machine and recent: we cannot tell, so it holds.
    const remote = lockIn();
    writeHolder(remote, { pid: deadPid(), host: 'laptop-lain' });
    await expect(acquireLock(remote, { command: 'b' })).rejects.toBeInstanceOf(LockBusy);
  });

  it('does not remove a lock that is no longer its own', async () => {
    const path = lockIn();
    const lock = await acquireLock(path, { command: 'a' });
    writeHolder(path, { pid: process.ppid, command: 'another' });
    await lock.release();
    expect(JSON.parse(readFileSync(path, 'utf8')).command).toBe('another');
  });
});
