import { readdir, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../testing/test-config.ts';
import { withFileLock } from './file-lock.ts';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

async function lockIn(): Promise<{ dir: string; lock: string }> {
  const temp = await makeTempDir();
  cleanup = temp.cleanup;
  return { dir: temp.dir, lock: path.join(temp.dir, 'clusters.yaml.lock') };
}

async function age(file: string, seconds: number): Promise<void> {
  const then = new Date(Date.now() - seconds * 1000);
  await utimes(file, then, then);
}

describe('withFileLock', () => {
  it('runs holders one at a time and leaves no files behind', async () => {
    const { dir, lock } = await lockIn();
    let inside = 0;
    let most = 0;
    const holder = () =>
      withFileLock(lock, async () => {
        inside += 1;
        most = Math.max(most, inside);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inside -= 1;
      });
    await Promise.all([holder(), holder(), holder(), holder()]);
    expect(most).toBe(1);
    expect(await readdir(dir)).toEqual([]);
  });

  it('breaks a lock whose owner process is gone', async () => {
    const { lock } = await lockIn();
    await writeFile(lock, JSON.stringify({ pid: 99_999_999, host: os.hostname(), nonce: 'x' }));
    const ran = await withFileLock(lock, () => Promise.resolve('ran'), { isAlive: () => false });
    expect(ran).toBe('ran');
  });

  it('breaks an unreadable (empty) lock once it is a little old, not before', async () => {
    const { lock } = await lockIn();
    await writeFile(lock, '');
    await expect(
      withFileLock(lock, () => Promise.resolve('early'), { timeoutMs: 100, unreadableStaleMs: 60_000 }),
    ).rejects.toThrow(/timed out waiting for the lock/);
    await age(lock, 5);
    expect(await withFileLock(lock, () => Promise.resolve('ran'))).toBe('ran');
  });

  it('waits for a live holder and times out with a message naming the lock', async () => {
    const { lock } = await lockIn();
    await writeFile(lock, JSON.stringify({ pid: process.pid, host: os.hostname(), nonce: 'other' }));
    await expect(withFileLock(lock, () => Promise.resolve(), { timeoutMs: 100 })).rejects.toThrow(lock);
  });
});
