import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { makeTempDir } from '../testing/test-config.ts';
import type { ClusterDefinition } from './cluster-definition.ts';
import { ClusterStore } from './cluster-store.ts';
import type { StoredCluster } from './cluster-store.ts';
import { withFileLock } from './file-lock.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
});
afterEach(async () => {
  await cleanup();
});

function stored(name: string, token = `token-${name}`): StoredCluster {
  const definition: ClusterDefinition = {
    name,
    cluster: { server: `https://${name}.example:6443` },
    user: { token },
    namespace: 'apps',
    origin: { type: 'fields' },
  };
  return { name, definition };
}

describe('ClusterStore', () => {
  it('writes a kubeconfig with mode 0600 and reads it back', async () => {
    const store = new ClusterStore({ file: path.join(dir, 'sub', 'clusters.yaml') });
    expect((await store.load()).clusters).toEqual([]);
    await store.update(() => [stored('a'), stored('b')]);
    const info = await stat(store.file);
    expect(info.mode & 0o777).toBe(0o600);
    const document = parse(await readFile(store.file, 'utf8')) as Record<string, unknown>;
    expect(document).toMatchObject({
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [{ name: 'a', cluster: { server: 'https://a.example:6443' } }, { name: 'b' }],
      users: [{ name: 'a', user: { token: 'token-a' } }, { name: 'b' }],
      contexts: [{ name: 'a', context: { cluster: 'a', user: 'a', namespace: 'apps' } }, { name: 'b' }],
    });
    const loaded = await new ClusterStore({ file: store.file }).load();
    expect(loaded.clusters.map((c) => [c.name, c.definition.user?.['token']])).toEqual([
      ['a', 'token-a'],
      ['b', 'token-b'],
    ]);
    expect((await readdir(path.dirname(store.file))).sort()).toEqual(['clusters.yaml']);
  });

  it('moves a corrupt file aside and reports it, never overwriting it', async () => {
    const file = path.join(dir, 'clusters.yaml');
    await writeFile(file, 'clusters: [ {name: a\n');
    const store = new ClusterStore({ file, now: () => Date.parse('2026-01-02T03:04:05.000Z') });
    const read = await store.load();
    expect(read.clusters).toEqual([]);
    expect(read.problem).toMatch(/clusters\.yaml is corrupt: invalid YAML/);
    expect(read.problem).toContain('clusters.yaml.corrupt-2026-01-02T03-04-05-000Z');
    expect(await readFile(`${file}.corrupt-2026-01-02T03-04-05-000Z`, 'utf8')).toBe('clusters: [ {name: a\n');
    await store.update((current) => [...current, stored('c')]);
    expect((await store.load()).clusters.map((c) => c.name)).toEqual(['c']);
  });

  it('treats a dangling context as corruption', async () => {
    const file = path.join(dir, 'clusters.yaml');
    await writeFile(file, 'contexts: [{name: a, context: {cluster: missing}}]\n');
    expect((await new ClusterStore({ file }).load()).problem).toMatch(/unknown cluster "missing"/);
  });

  it('does not write when the change throws', async () => {
    const store = new ClusterStore({ file: path.join(dir, 'clusters.yaml') });
    await store.update(() => [stored('a')]);
    await expect(
      store.update(() => {
        throw new Error('conflict');
      }),
    ).rejects.toThrow('conflict');
    expect((await store.load()).clusters.map((c) => c.name)).toEqual(['a']);
  });

  it('loses no entry when two stores (processes) update concurrently', async () => {
    const file = path.join(dir, 'clusters.yaml');
    const one = new ClusterStore({ file });
    const two = new ClusterStore({ file });
    await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        (index % 2 === 0 ? one : two).update((current) => [...current, stored(`c${index}`)]),
      ),
    );
    expect((await one.load()).clusters.map((c) => c.name).sort()).toEqual(
      Array.from({ length: 20 }, (_, index) => `c${index}`).sort(),
    );
  });
});

describe('withFileLock', () => {
  it('breaks a lock left by a dead process', async () => {
    const lock = path.join(dir, 'x.lock');
    await writeFile(
      lock,
      JSON.stringify({ pid: 999_999, host: (await import('node:os')).hostname(), nonce: 'n' }),
    );
    const result = await withFileLock(lock, () => Promise.resolve('ran'), {
      isAlive: () => false,
      timeoutMs: 2000,
    });
    expect(result).toBe('ran');
    expect(await readdir(dir)).toEqual([]);
  });

  it('waits for a live holder, then runs', async () => {
    const lock = path.join(dir, 'x.lock');
    const order: string[] = [];
    let release: () => void = () => undefined;
    const first = withFileLock(lock, async () => {
      order.push('first');
      await new Promise<void>((resolve) => {
        release = resolve;
      });
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = withFileLock(lock, () => {
      order.push('second');
      return Promise.resolve();
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(order).toEqual(['first']);
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['first', 'second']);
  });

  it('times out behind a fresh lock of a live process', async () => {
    const lock = path.join(dir, 'x.lock');
    await writeFile(
      lock,
      JSON.stringify({ pid: process.pid, host: (await import('node:os')).hostname(), nonce: 'n' }),
    );
    await expect(withFileLock(lock, () => Promise.resolve('never'), { timeoutMs: 200 })).rejects.toThrow(
      /timed out/,
    );
  });
});
