/**
 * An inter-process lock file, so that two Wheelhouse processes never interleave their read-modify-write
 * of clusters.yaml. The lock is a file holding the owner's PID, host and a nonce, removed on release. It
 * is written to a private temporary file first and then hard-linked into place (`link` is atomic and fails
 * if the lock exists), so a lock file is never seen empty — a process killed between creating and writing
 * it would otherwise leave a lock nobody could judge. An unreadable lock (from elsewhere) is stale after
 * `unreadableStaleMs`.
 *
 * A lock left by a crashed process (kill -9) is stale when its PID no longer runs on this host, or when it
 * is older than `staleMs` (a holder keeps it for milliseconds; this also covers PID reuse and other hosts).
 * Breaking a stale lock renames it away first and checks that what was renamed is still the stale lock it
 * judged; if another process had meanwhile taken the lock, it is linked back (`link` fails rather than
 * overwrite a newer lock).
 */
import { randomBytes } from 'node:crypto';
import { link, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import os from 'node:os';

/** Options of {@link withFileLock}. */
export interface FileLockOptions {
  /** A lock older than this is stale whoever holds it (default 30 s). */
  readonly staleMs?: number;
  /** Give up after this long (default 20 s). */
  readonly timeoutMs?: number;
  /** A lock whose content cannot be read as ours is stale after this long (default 2 s). */
  readonly unreadableStaleMs?: number;
  /** Whether a PID runs (default: `process.kill(pid, 0)`). */
  readonly isAlive?: (pid: number) => boolean;
}

interface LockInfo {
  readonly pid: number;
  readonly host: string;
  readonly nonce: string;
}

/** Runs `fn` while holding the lock file `lockPath`. */
export async function withFileLock<T>(
  lockPath: string,
  fn: () => Promise<T>,
  options: FileLockOptions = {},
): Promise<T> {
  const content = await acquire(lockPath, options);
  try {
    return await fn();
  } finally {
    await release(lockPath, content);
  }
}

/** Whether process `pid` exists (EPERM: it exists but belongs to someone else). */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function acquire(lockPath: string, options: FileLockOptions): Promise<string> {
  const info: LockInfo = { pid: process.pid, host: os.hostname(), nonce: randomBytes(8).toString('hex') };
  const content = JSON.stringify(info);
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  const staged = `${lockPath}.${String(process.pid)}-${info.nonce}`;
  const handle = await open(staged, 'wx', 0o600);
  try {
    await handle.writeFile(content);
  } finally {
    await handle.close();
  }
  try {
    for (let attempt = 0; ; attempt += 1) {
      if (await tryLink(staged, lockPath)) return content;
      if (await breakIfStale(lockPath, options)) continue;
      if (Date.now() > deadline) throw new Error(`timed out waiting for the lock ${lockPath}`);
      await new Promise((resolve) => setTimeout(resolve, Math.min(5 + attempt * 5, 50) + Math.random() * 10));
    }
  } finally {
    await unlink(staged).catch(() => undefined);
  }
}

async function tryLink(staged: string, lockPath: string): Promise<boolean> {
  try {
    await link(staged, lockPath);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return false;
  }
}

async function release(lockPath: string, content: string): Promise<void> {
  const current = await readFile(lockPath, 'utf8').catch(() => undefined);
  if (current === content) await unlink(lockPath).catch(() => undefined);
}

async function breakIfStale(lockPath: string, options: FileLockOptions): Promise<boolean> {
  let text: string;
  let ageMs: number;
  try {
    const [read, info] = await Promise.all([readFile(lockPath, 'utf8'), stat(lockPath)]);
    text = read;
    ageMs = Date.now() - info.mtimeMs;
  } catch {
    return true; // released meanwhile: try again at once
  }
  const owner = parseInfo(text);
  const isAlive = options.isAlive ?? processIsAlive;
  const dead =
    owner === undefined
      ? ageMs > (options.unreadableStaleMs ?? 2_000)
      : owner.host === os.hostname() && !isAlive(owner.pid);
  if (!dead && ageMs <= (options.staleMs ?? 30_000)) return false;
  const aside = `${lockPath}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await rename(lockPath, aside);
  } catch {
    return true; // someone else broke it
  }
  const taken = await readFile(aside, 'utf8').catch(() => text);
  if (taken !== text) await link(aside, lockPath).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
  return true;
}

function parseInfo(text: string): LockInfo | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const { pid, host, nonce } = value as Record<string, unknown>;
    return typeof pid === 'number' && typeof host === 'string' && typeof nonce === 'string'
      ? { pid, host, nonce }
      : undefined;
  } catch {
    return undefined;
  }
}
