import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, waitFor } from '../testing/test-config.ts';
import { ClusterRegistry } from './cluster-registry.ts';
import { KubeconfigSource } from './kubeconfig-source.ts';

function kubeconfig(contexts: Record<string, string>, extra = ''): string {
  const names = Object.keys(contexts);
  const clusters = names
    .map((name) => `- name: ${name}\n  cluster:\n    server: ${contexts[name] ?? ''}`)
    .join('\n');
  const ctx = names
    .map((name) => `- name: ${name}\n  context:\n    cluster: ${name}\n    user: u`)
    .join('\n');
  return `apiVersion: v1\nkind: Config\nclusters:\n${clusters}\nusers:\n- name: u\n  user:\n    token: secret\ncontexts:\n${ctx}\n${extra}`;
}

let dir: string;
let cleanup: () => Promise<void>;
let source: KubeconfigSource | undefined;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
});
afterEach(async () => {
  source?.close();
  source = undefined;
  await cleanup();
});

const names = (registry: ClusterRegistry) => registry.list().map((cluster) => cluster.name);

async function start(paths: string[], options: { pollIntervalMs?: number } = {}): Promise<ClusterRegistry> {
  const registry = new ClusterRegistry();
  source = new KubeconfigSource({
    paths,
    registry,
    debounceMs: 50,
    pollIntervalMs: options.pollIntervalMs ?? 300,
  });
  await source.start();
  return registry;
}

describe('KubeconfigSource', () => {
  it('loads every context of every file; missing and malformed files are reported per file', async () => {
    const good = path.join(dir, 'good.yaml');
    const broken = path.join(dir, 'broken.yaml');
    await writeFile(good, kubeconfig({ 'kind-dev': 'https://127.0.0.1:1', 'Prod EU': 'https://prod' }));
    await writeFile(broken, 'clusters: [\n');
    const registry = await start([path.join(dir, 'missing.yaml'), broken, good]);
    expect(names(registry)).toEqual(['kind-dev', 'prod-eu']);
    expect(registry.get('prod-eu')).toMatchObject({
      contextName: 'Prod EU',
      server: 'https://prod',
      authType: 'token',
      source: { type: 'kubeconfig', file: good, context: 'Prod EU' },
    });
    const errors = registry.sourceErrors();
    expect(errors.map((error) => [path.basename(error.file ?? ''), error.message.split(':')[0]])).toEqual([
      ['missing.yaml', 'file not found'],
      ['broken.yaml', 'invalid YAML'],
    ]);
    expect(JSON.stringify(errors)).not.toContain('secret');
    expect(registry.isReady()).toBe(true);
  });

  it('applies merge precedence across files', async () => {
    const first = path.join(dir, 'first');
    const second = path.join(dir, 'second');
    await writeFile(first, kubeconfig({ shared: 'https://first' }));
    await writeFile(second, kubeconfig({ shared: 'https://second', other: 'https://other' }));
    const registry = await start([first, second]);
    expect(registry.get('shared')?.server).toBe('https://first');
    expect(registry.get('other')?.source).toMatchObject({ file: second });
  });

  it('reloads an edited file within 2 s: changed, added and removed contexts', async () => {
    const file = path.join(dir, 'config');
    await writeFile(file, kubeconfig({ a: 'https://a', b: 'https://b' }));
    const registry = await start([file], { pollIntervalMs: 5000 });
    const before = registry.get('a');
    await writeFile(file, kubeconfig({ a: 'https://a-changed', c: 'https://c' }));
    await waitFor(
      () => names(registry).join() === 'a,c' && registry.get('a')?.server === 'https://a-changed',
    );
    expect(registry.get('a')).not.toBe(before);
  });

  it('keeps unchanged clusters as the same object (credential caches survive a reload)', async () => {
    const file = path.join(dir, 'config');
    await writeFile(file, kubeconfig({ a: 'https://a', b: 'https://b' }));
    const registry = await start([file]);
    const a = registry.get('a');
    await writeFile(file, kubeconfig({ a: 'https://a', b: 'https://b-changed' }));
    await waitFor(() => registry.get('b')?.server === 'https://b-changed');
    expect(registry.get('a')).toBe(a);
  });

  it('follows editors that replace the file by renaming a temporary one over it', async () => {
    const file = path.join(dir, 'config');
    await writeFile(file, kubeconfig({ a: 'https://a' }));
    const registry = await start([file], { pollIntervalMs: 5000 });
    const temporary = path.join(dir, '.config.swp');
    await writeFile(temporary, kubeconfig({ renamed: 'https://r' }));
    await rename(temporary, file);
    await waitFor(() => names(registry).join() === 'renamed');
    // And the watch still works after the inode changed.
    await writeFile(file, kubeconfig({ again: 'https://r' }));
    await waitFor(() => names(registry).join() === 'again');
  });

  it('picks up a file that appears later, in a directory that appears later (polling)', async () => {
    const nested = path.join(dir, 'later', 'config');
    const registry = await start([nested], { pollIntervalMs: 200 });
    expect(registry.sourceErrors()[0]?.message).toBe('file not found');
    await mkdir(path.dirname(nested));
    await writeFile(nested, kubeconfig({ late: 'https://late' }));
    await waitFor(() => names(registry).join() === 'late');
    expect(registry.sourceErrors()).toEqual([]);
  });

  it('removes the clusters of a deleted file and reports it, keeping the other files', async () => {
    const one = path.join(dir, 'one');
    const two = path.join(dir, 'two');
    await writeFile(one, kubeconfig({ one: 'https://one' }));
    await writeFile(two, kubeconfig({ two: 'https://two' }));
    const registry = await start([one, two]);
    await rm(one);
    await waitFor(() => names(registry).join() === 'two');
    expect(registry.sourceErrors()).toEqual([{ source: 'kubeconfig', file: one, message: 'file not found' }]);
  });

  it('rejects servers that are not http(s) URLs, per context', async () => {
    const file = path.join(dir, 'config');
    await writeFile(file, kubeconfig({ ok: 'https://ok', bad: 'ftp://bad' }));
    const registry = await start([file]);
    expect(names(registry)).toEqual(['ok']);
    expect(registry.sourceErrors()[0]?.message).toBe(
      'context "bad": server URL must use https or http, not ftp:',
    );
  });
});
