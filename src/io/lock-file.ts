/**
 * An exclusive lock beside a file, so that two processes never read, change and write it at the
 * same time. The lock is a small JSON file created with O_EXCL ('wx'), so only one process can
 * create it; it names its holder (pid, host, command, since). A lock is stale, and taken over,
 * when its process is gone (on this host) or when it is older than `staleMs`. Release removes
 * the lock only while it is still ours.
 */
import { randomBytes } from 'node:crypto';
import { link, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';

export interface LockHolder {
  pid: number;
  host: string;
  /** What the holder is doing, e.g. "roadmap update --realisasi". */
  command: string;
  /** ISO time the lock was taken. */
  since: string;
}

export interface HeldLock {
  path: string;
  holder: LockHolder;
  /** Removes the lock if it is still ours; never throws. */
  release(): Promise<void>;
}

export interface LockOptions {
  command: string;
  /** How long to wait for a busy lock before giving up; 0: do not wait. */
  waitMs?: number;
  /** A lock older than this is stale whoever holds it. */
  staleMs?: number;
  /** For tests: the clock. */
  now?: () => number;
}

/** The lock is held by a live process (or one on another host that we cannot check). */
export class LockBusy extends Error {
  override readonly name = 'LockBusy';
  constructor(
    readonly path: string,
    /** Undefined when the lock file could not be read (it is being written). */
    readonly holder: LockHolder | undefined,
  ) {
    super(`lock ${path} is held`);
  }
}

export const STALE_AFTER_MS = 10 * 60_000;
const POLL_MS = 50;
/** A lock file that does not parse is one being written, unless it has been like that this long. */
const UNREADABLE_GRACE_MS = 10_000;

export async function acquireLock(path: string, options: LockOptions): Promise<HeldLock> {
  const now = options.now ?? Date.now;
  const staleMs = options.staleMs ?? STALE_AFTER_MS;
  const deadline = now() + (options.waitMs ?? 0);
  const holder: LockHolder = { pid: process.pid, host: hostname(), command: options.command, since: new Date(now()).toISOString() };
  // The token tells our lock from one that replaced it after ours was judged stale.
  const content = `${JSON.stringify({ ...holder, token: randomBytes(8).toString('hex') })}\n`;
  for (;;) {
    try {
      await writeFile(path, content, { flag: 'wx' });
      return { path, holder, release: () => releaseLock(path, content) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const seen = await readFile(path, 'utf8').catch(() => undefined);
    if (seen === undefined) continue; // released meanwhile: try again at once
    const other = parseHolder(seen);
    if (await isStale(path, other, staleMs, now)) {
      await breakStale(path, seen);
      continue;
    }
    if (now() >= deadline) throw new LockBusy(path, other);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Reads who holds the lock at `path`, if anyone. */
export async function lockHolder(path: string): Promise<LockHolder | undefined> {
  const text = await readFile(path, 'utf8').catch(() => undefined);
  return text === undefined ? undefined : parseHolder(text);
}

/** Whether a process with this id runs on this machine (EPERM: it does, as another user). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// --- internal ---

function parseHolder(text: string): LockHolder | undefined {
  try {
    const data = JSON.parse(text) as Partial<LockHolder>;
    if (typeof data.pid !== 'number' || typeof data.host !== 'string' || typeof data.since !== 'string') return undefined;
    return { pid: data.pid, host: data.host, command: typeof data.command === 'string' ? data.command : '?', since: data.since };
  } catch {
    return undefined;
  }
}

async function isStale(path: string, holder: LockHolder | undefined, staleMs: number, now: () => number): Promise<boolean> {
  if (!holder) {
    const info = await stat(path).catch(() => undefined);
    return info !== undefined && now() - info.mtimeMs > UNREADABLE_GRACE_MS;
  }
  if (holder.host === hostname() && holder.pid !== process.pid && !processAlive(holder.pid)) return true;
  const since = Date.parse(holder.since);
  return Number.isNaN(since) || now() - since > staleMs;
}

/**
 * Removes a stale lock without removing a fresh one another process took in the meantime: move
 * the lock aside (atomic), and if what was moved is not the stale lock we judged, put it back.
 */
async function breakStale(path: string, seen: string): Promise<void> {
  const aside = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.stale`;
  try {
    await rename(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // gone already
    throw error; // cannot be removed (permissions): say so rather than try forever
  }
  const moved = await readFile(aside, 'utf8').catch(() => undefined);
  // link() fails if a lock exists again, so a newer lock is never overwritten.
  if (moved !== seen) await link(aside, path).catch(() => {});
  await rm(aside, { force: true });
}

async function releaseLock(path: string, content: string): Promise<void> {
  const current = await readFile(path, 'utf8').catch(() => undefined);
  if (current === content) await rm(path, { force: true }).catch(() => {});
}
