import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { createApp } from '../app.ts';
import { ClusterRegistry } from '../clusters/cluster-registry.ts';
import { ClusterStore } from '../clusters/cluster-store.ts';
import { createDynamicClusters } from '../clusters/dynamic-clusters.ts';
import type { VerifyCluster } from '../clusters/verify-cluster.ts';
import { createSessionToken } from '../security/session-token.ts';
import { fakeCluster, makeTempDir, testConfig } from '../testing/test-config.ts';

const TOKEN = 'test-session-token-0123456789';
const local = { host: '127.0.0.1:4770', authorization: `Bearer ${TOKEN}` };
let app: FastifyInstance | undefined;
let cleanup: (() => Promise<void>) | undefined;

afterEach(async () => {
  await app?.close();
  await cleanup?.();
  app = undefined;
  cleanup = undefined;
});

async function build(argv: string[] = [], options: { verifier?: VerifyCluster; persist?: boolean } = {}) {
  const config = testConfig(argv);
  const registry = new ClusterRegistry();
  const temp = await makeTempDir();
  cleanup = temp.cleanup;
  const store = new ClusterStore({ file: path.join(temp.dir, 'clusters.yaml') });
  const dynamicClusters = createDynamicClusters({
    config,
    registry,
    store,
    verifier:
      options.verifier ??
      (() => Promise.resolve({ ok: true, verification: { name: 'x', version: 'v1.36.0' } })),
    resolve: () => Promise.resolve([{ address: '203.0.113.1', family: 4 }]),
  });
  const sessionToken = config.mode === 'local' ? createSessionToken(TOKEN) : undefined;
  app = createApp({ config, registry, sessionToken, dynamicClusters });
  return { app, registry, store };
}

const fields = (name: string, extra: object = {}) => ({
  name,
  server: `https://${name}.example:6443`,
  token: 't',
  ...extra,
});

describe('dynamic clusters API, local mode', () => {
  it('adds by fields, lists, renames and removes', async () => {
    const { app: server, registry } = await build();
    const events: string[] = [];
    registry.subscribe((event) => events.push(event.type));
    const added = await server.inject({
      method: 'POST',
      url: '/api/clusters',
      headers: local,
      payload: fields('dev'),
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toEqual({
      clusters: [
        {
          name: 'dev',
          source: 'dynamic',
          server: 'https://dev.example:6443',
          authType: 'token',
          persisted: false,
          status: { state: 'unknown' },
        },
      ],
    });
    const config = await server.inject({ url: '/api/config', headers: local });
    expect(config.json()).toMatchObject({ clusters: [{ name: 'dev', source: 'dynamic' }] });
    const renamed = await server.inject({
      method: 'PATCH',
      url: '/api/clusters/dev',
      headers: local,
      payload: { name: 'prod' },
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ name: 'prod' });
    expect(registry.get('dev')).toBeUndefined();
    const removed = await server.inject({ method: 'DELETE', url: '/api/clusters/prod', headers: local });
    expect(removed.statusCode).toBe(204);
    expect(registry.list()).toEqual([]);
    expect(events).toEqual(['added', 'renamed', 'removed']);
    const again = await server.inject({ method: 'DELETE', url: '/api/clusters/prod', headers: local });
    expect(again.statusCode).toBe(404);
  });

  it('dry run: checks and verifies, answers 200, adds and writes nothing', async () => {
    const { app: server, registry, store } = await build();
    const events: string[] = [];
    registry.subscribe((event) => events.push(event.type));
    const payload = fields('trial', { dryRun: true, verify: true, persist: true });
    const checked = await server.inject({ method: 'POST', url: '/api/clusters', headers: local, payload });
    expect(checked.statusCode).toBe(200);
    expect(checked.json()).toMatchObject({
      dryRun: true,
      clusters: [{ name: 'trial', source: 'dynamic', persisted: true }],
      verification: [{ name: 'trial', version: 'v1.36.0' }],
    });
    expect(registry.list()).toEqual([]);
    expect(events).toEqual([]);
    expect((await store.load()).clusters).toEqual([]);
    // A dry run makes the same checks as the real thing: a clash is still a 409.
    await server.inject({ method: 'POST', url: '/api/clusters', headers: local, payload: fields('taken') });
    const clash = await server.inject({
      method: 'POST',
      url: '/api/clusters',
      headers: local,
      payload: fields('taken', { dryRun: true }),
    });
    expect(clash.statusCode).toBe(409);
    const bad = await server.inject({
      method: 'POST',
      url: '/api/clusters',
      headers: local,
      payload: fields('x', { dryRun: 'yes' }),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ field: 'dryRun' });
  });

  it('persists with persist: true and follows renames and removals in the file', async () => {
    const { app: server, store } = await build();
    await server.inject({
      method: 'POST',
      url: '/api/clusters',
      headers: local,
      payload: fields('kept', { persist: true }),
    });
    await server.inject({ method: 'POST', url: '/api/clusters', headers: local, payload: fields('memory') });
    expect((await store.load()).clusters.map((c) => c.name)).toEqual(['kept']);
    await server.inject({
      method: 'PATCH',
      url: '/api/clusters/kept',
      headers: local,
      payload: { name: 'kept2' },
    });
    expect(await readFile(store.file, 'utf8')).toContain('name: kept2');
    await server.inject({ method: 'DELETE', url: '/api/clusters/kept2', headers: local });
    expect((await store.load()).clusters).toEqual([]);
  });

  it('is all or nothing, and names clashes', async () => {
    const { app: server, registry } = await build();
    const kubeconfig = stringify({
      clusters: [
        { name: 'c', cluster: { server: 'https://c.example' } },
        { name: 'bad', cluster: { server: 'ftp://x' } },
      ],
      contexts: [
        { name: 'good', context: { cluster: 'c' } },
        { name: 'worse', context: { cluster: 'bad' } },
      ],
    });
    const refused = await server.inject({
      method: 'POST',
      url: '/api/clusters',
      headers: local,
      payload: { kubeconfig },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      field: 'kubeconfig',
      detail: expect.stringContaining('context "worse"') as unknown,
    });
    expect(registry.list()).toEqual([]);
    await server.inject({ method: 'POST', url: '/api/clusters', headers: local, payload: fields('good') });
    const clash = await server.inject({
      method: 'POST',
      url: '/api/clusters',
      headers: local,
      payload: { kubeconfig, contexts: ['good'] },
    });
    expect(clash.statusCode).toBe(409);
    expect(clash.json()).toMatchObject({ type: 'urn:wheelhouse:problem:conflict', field: 'names.good' });
    const renamed = await server.inject({
      method: 'POST',
      url: '/api/clusters',
      headers: local,
      payload: { kubeconfig, contexts: ['good'], onConflict: 'rename' },
    });
    expect(renamed.statusCode).toBe(201);
    expect(renamed.json<{ clusters: { name: string }[] }>().clusters[0]?.name).toMatch(/^good-[0-9a-f]{6}$/);
  });

  it('never renames or removes kubeconfig clusters', async () => {
    const { app: server, registry } = await build();
    registry.replaceSource('kubeconfig', [
      fakeCluster('kc', { source: { type: 'kubeconfig', file: '/home/a/.kube/config', context: 'kc' } }),
    ]);
    const removed = await server.inject({ method: 'DELETE', url: '/api/clusters/kc', headers: local });
    expect(removed.statusCode).toBe(409);
    expect(removed.json()).toMatchObject({
      detail: expect.stringMatching(/never edits or deletes your kubeconfig files/) as unknown,
    });
    const renamed = await server.inject({
      method: 'PATCH',
      url: '/api/clusters/kc',
      headers: local,
      payload: { name: 'x' },
    });
    expect(renamed.statusCode).toBe(409);
    expect(registry.get('kc')).toBeDefined();
  });

  it('reports verification failures with a reason, adding nothing', async () => {
    const { app: server, registry } = await build([], {
      verifier: () =>
        Promise.resolve({
          ok: false,
          reason: 'unauthorized',
          message: 'the API server rejected the credentials',
        }),
    });
    const response = await server.inject({
      method: 'POST',
      url: '/api/clusters',
      headers: local,
      payload: fields('v', { verify: true }),
    });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      type: 'urn:wheelhouse:problem:verification-failed',
      reason: 'unauthorized',
      cluster: 'v',
      field: 'token',
    });
    expect(registry.list()).toEqual([]);
  });

  it('answers 413 for bodies over 1 MiB, 403 when switched off, and refuses foreign origins', async () => {
    const { app: server } = await build();
    const big = await server.inject({
      method: 'POST',
      url: '/api/clusters',
      headers: local,
      payload: { kubeconfig: 'x'.repeat(1024 * 1024 + 1) },
    });
    expect(big.statusCode).toBe(413);
    expect(big.headers['content-type']).toContain('application/problem+json');
    const foreign = await server.inject({
      method: 'POST',
      url: '/api/clusters',
      headers: { ...local, origin: 'https://evil.example' },
      payload: fields('x'),
    });
    expect(foreign.statusCode).toBe(403);
    const anonymous = await server.inject({
      method: 'POST',
      url: '/api/clusters',
      headers: { host: local.host, origin: 'http://127.0.0.1:4770' },
      payload: fields('x'),
    });
    expect(anonymous.statusCode).toBe(401);
    await server.close();
    const off = (await build(['--no-dynamic-clusters'])).app;
    for (const [method, url] of [
      ['POST', '/api/clusters'],
      ['PATCH', '/api/clusters/a'],
      ['DELETE', '/api/clusters/a'],
    ] as const) {
      const response = await off.inject({ method, url, headers: local, payload: fields('a') });
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({
        detail: expect.stringContaining('--dynamic-clusters') as unknown,
      });
    }
    expect((await off.inject({ url: '/api/config', headers: local })).json()).toMatchObject({
      features: { dynamicClusters: false },
    });
  });

  it('refuses persist: true with --no-persist-clusters', async () => {
    const { app: server } = await build(['--no-persist-clusters']);
    const response = await server.inject({
      method: 'POST',
      url: '/api/clusters',
      headers: local,
      payload: fields('p', { persist: true }),
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({
      field: 'persist',
      detail: expect.stringContaining('--no-persist-clusters') as unknown,
    });
  });

  it('serves the OpenAPI document', async () => {
    const { app: server } = await build();
    const response = await server.inject({ url: '/api/openapi.json', headers: local });
    expect(response.statusCode).toBe(200);
    const document = response.json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/clusters', '/api/clusters/{name}', '/api/config']),
    );
  });
});
