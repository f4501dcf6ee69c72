import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { createApp } from '../app.ts';
import { ClusterRegistry } from '../clusters/cluster-registry.ts';
import { createDynamicClusters } from '../clusters/dynamic-clusters.ts';
import { fakeCluster, testConfig } from '../testing/test-config.ts';

const host = 'wh.example';
const base = { host, origin: `http://${host}` };
let app: FastifyInstance | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

function build(argv: string[] = ['--in-cluster', '--dynamic-clusters', '--host', '0.0.0.0']) {
  const config = testConfig(argv);
  const registry = new ClusterRegistry();
  registry.replaceSource('in-cluster', [fakeCluster('in-cluster', { source: { type: 'in-cluster' } })]);
  const dynamicClusters = createDynamicClusters({
    config,
    registry,
    resolve: (name) =>
      Promise.resolve([
        { address: name === 'metadata.example' ? '169.254.169.254' : '203.0.113.9', family: 4 },
      ]),
  });
  app = createApp({ config, registry, dynamicClusters });
  return app;
}

/** A user: the key cookie the server issues on the first API request. */
async function newUser(server: FastifyInstance): Promise<string> {
  const response = await server.inject({ url: '/api/config', headers: { host } });
  const setCookie = String(response.headers['set-cookie']);
  expect(setCookie).toMatch(/^wheelhouse-user-key=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
  return setCookie.split(';')[0] ?? '';
}

const kubeconfig = (user: object) =>
  stringify({
    clusters: [{ name: 'c', cluster: { server: 'https://k8s.example:6443' } }],
    users: [{ name: 'u', user }],
    contexts: [{ name: 'mine', context: { cluster: 'c', user: 'u' } }],
  });

describe('dynamic clusters API, in-cluster mode', () => {
  it('shows a user their own clusters only', async () => {
    const server = build();
    const alice = await newUser(server);
    const bob = await newUser(server);
    expect(alice).not.toBe(bob);
    const added = await server.inject({
      method: 'POST',
      url: '/api/clusters',
      headers: { ...base, cookie: alice },
      payload: { kubeconfig: kubeconfig({ token: 'alice-token' }) },
    });
    expect(added.statusCode).toBe(201);
    expect(added.headers['set-cookie']).toBeUndefined();
    const names = async (cookie: string) =>
      (await server.inject({ url: '/api/config', headers: { host, cookie } }))
        .json<{ clusters: { name: string }[] }>()
        .clusters.map((c) => c.name);
    expect(await names(alice)).toEqual(['in-cluster', 'mine']);
    expect(await names(bob)).toEqual(['in-cluster']);
    const bobDeletes = await server.inject({
      method: 'DELETE',
      url: '/api/clusters/mine',
      headers: { ...base, cookie: bob },
    });
    expect(bobDeletes.statusCode).toBe(404);
    const bobProxy = await server.inject({ url: '/api/clusters/mine', headers: { host, cookie: bob } });
    expect(bobProxy.statusCode).toBe(404);
    const renamed = await server.inject({
      method: 'PATCH',
      url: '/api/clusters/mine',
      headers: { ...base, cookie: alice },
      payload: { name: 'ours' },
    });
    expect(renamed.json()).toMatchObject({ name: 'ours', source: 'dynamic', authType: 'token' });
    expect(await names(alice)).toEqual(['in-cluster', 'ours']);
    const removed = await server.inject({
      method: 'DELETE',
      url: '/api/clusters/ours',
      headers: { ...base, cookie: alice },
    });
    expect(removed.statusCode).toBe(204);
    expect(await names(alice)).toEqual(['in-cluster']);
  });

  it.each([
    [
      'exec plugins',
      { exec: { command: 'aws', apiVersion: 'client.authentication.k8s.io/v1' } },
      /user\.exec is not allowed/,
    ],
    [
      'auth providers',
      { 'auth-provider': { name: 'gcp', config: { 'cmd-path': '/bin/sh' } } },
      /auth-provider/,
    ],
    ['token files', { tokenFile: '/var/run/secrets/kubernetes.io/serviceaccount/token' }, /user\.tokenFile/],
    [
      'client key files',
      { 'client-certificate': '/etc/cert', 'client-key': '/etc/key' },
      /user\.client-certificate/,
    ],
  ])('refuses %s with 422', async (_what, user, message) => {
    const server = build();
    const cookie = await newUser(server);
    const response = await server.inject({
      method: 'POST',
      url: '/api/clusters',
      headers: { ...base, cookie },
      payload: { kubeconfig: kubeconfig(user) },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      type: 'urn:wheelhouse:problem:policy',
      field: 'kubeconfig',
      context: 'mine',
    });
    expect(response.json<{ detail: string }>().detail).toMatch(message);
  });

  it('refuses metadata, link-local and loopback servers, and persistence', async () => {
    const server = build();
    const cookie = await newUser(server);
    for (const url of [
      'http://169.254.169.254',
      'https://metadata.example',
      'https://metadata.google.internal',
      'https://127.0.0.1:6443',
    ]) {
      const response = await server.inject({
        method: 'POST',
        url: '/api/clusters',
        headers: { ...base, cookie },
        payload: { name: 'x', server: url },
      });
      expect(response.statusCode, url).toBe(422);
      expect(response.json()).toMatchObject({ field: 'server' });
    }
    const persisted = await server.inject({
      method: 'POST',
      url: '/api/clusters',
      headers: { ...base, cookie },
      payload: { name: 'x', server: 'https://k8s.example', persist: true },
    });
    expect(persisted.statusCode).toBe(403);
  });

  it('does not let users take, rename or remove operator clusters', async () => {
    const server = build();
    const cookie = await newUser(server);
    const taken = await server.inject({
      method: 'POST',
      url: '/api/clusters',
      headers: { ...base, cookie },
      payload: { name: 'in-cluster', server: 'https://k8s.example' },
    });
    expect(taken.statusCode).toBe(409);
    const removed = await server.inject({
      method: 'DELETE',
      url: '/api/clusters/in-cluster',
      headers: { ...base, cookie },
    });
    expect(removed.statusCode).toBe(409);
  });

  it('is off in-cluster unless enabled, naming the flag', async () => {
    const server = build(['--in-cluster', '--host', '0.0.0.0']);
    const response = await server.inject({
      method: 'POST',
      url: '/api/clusters',
      headers: base,
      payload: { name: 'x', server: 'https://a' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json<{ detail: string }>().detail).toContain('--dynamic-clusters');
    expect(
      (await server.inject({ url: '/api/config', headers: { host } })).headers['set-cookie'],
    ).toBeUndefined();
  });
});
