import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClusterStatus } from '@wheelhouse/api-types';
import { fakeCluster, makeTempDir, waitFor } from '../testing/test-config.ts';
import type { Cluster } from './cluster.ts';
import { ClusterRegistry } from './cluster-registry.ts';
import { ReachabilityMonitor, classifyNetworkError, createVersionProbe } from './reachability.ts';

let server: http.Server;
let base: string;
let tlsServer: https.Server;
let tlsBase: string;
let cleanup: () => Promise<void>;

function listen(target: http.Server | https.Server): Promise<number> {
  return new Promise((resolve) =>
    target.listen(0, '127.0.0.1', () => {
      resolve((target.address() as AddressInfo).port);
    }),
  );
}

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const auth = request.headers.authorization;
    if (request.url === '/slow/version') return; // never answers
    if (auth === 'Bearer bad') response.writeHead(401).end();
    else if (auth === 'Bearer limited') response.writeHead(403).end();
    else if (request.url === '/broken/version') response.writeHead(500).end();
    else response.writeHead(200, { 'content-type': 'application/json' }).end('{"gitVersion":"v1.31.2"}');
  });
  base = `http://127.0.0.1:${await listen(server)}`;
  const temp = await makeTempDir();
  cleanup = temp.cleanup;
  const key = path.join(temp.dir, 'key.pem');
  const cert = path.join(temp.dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
    ],
    { stdio: 'ignore' },
  );
  tlsServer = https.createServer(
    { key: await readFile(key), cert: await readFile(cert) },
    (_request, response) => {
      response.end('{}');
    },
  );
  tlsBase = `https://127.0.0.1:${await listen(tlsServer)}`;
});
afterAll(async () => {
  server.closeAllConnections();
  server.close();
  tlsServer.close();
  await cleanup();
});

const withToken = (server: string, token: string): Cluster =>
  fakeCluster('c', {
    server,
    credentials: {
      tls: () => Promise.resolve({ rejectUnauthorized: true }),
      authHeaders: () => Promise.resolve({ Authorization: `Bearer ${token}` }),
    },
  });

describe('createVersionProbe', () => {
  const probe = createVersionProbe({ timeoutMs: 500 });

  it('classifies HTTP answers', async () => {
    expect(await probe(withToken(base, 'good'))).toMatchObject({ state: 'reachable', version: 'v1.31.2' });
    expect(await probe(withToken(base, 'bad'))).toMatchObject({ state: 'unauthorized' });
    expect(await probe(withToken(base, 'limited'))).toMatchObject({ state: 'forbidden' });
    expect(await probe(withToken(`${base}/broken`, 'good'))).toMatchObject({
      state: 'unreachable',
      reason: 'http',
      message: 'HTTP 500',
    });
  });

  it('classifies connection failures', async () => {
    const closed = http.createServer();
    const port = await listen(closed);
    closed.close();
    expect(await probe(withToken(`http://127.0.0.1:${port}`, 'x'))).toMatchObject({
      state: 'unreachable',
      reason: 'refused',
    });
    expect(await probe(withToken(`${base}/slow`, 'x'))).toMatchObject({
      state: 'unreachable',
      reason: 'timeout',
    });
    expect(await probe(withToken(tlsBase, 'x'))).toMatchObject({ state: 'unreachable', reason: 'tls' });
    expect(await probe(withToken('https://wheelhouse-test.invalid', 'x'))).toMatchObject({
      state: 'unreachable',
      reason: 'dns',
    });
  });

  it('reports credential failures', async () => {
    const cluster = fakeCluster('c', {
      credentials: {
        tls: () => Promise.resolve({ rejectUnauthorized: true }),
        authHeaders: () => Promise.reject(new Error('exec plugin exited with 1')),
      },
    });
    expect(await probe(cluster)).toMatchObject({
      state: 'unreachable',
      reason: 'credentials',
      message: 'exec plugin exited with 1',
    });
  });

  it('maps error codes', () => {
    expect(classifyNetworkError(Object.assign(new Error('x'), { code: 'EAI_AGAIN' })).reason).toBe('dns');
    expect(classifyNetworkError(Object.assign(new Error('x'), { code: 'CERT_HAS_EXPIRED' })).reason).toBe(
      'tls',
    );
    expect(
      classifyNetworkError(Object.assign(new Error('x'), { code: 'UND_ERR_CONNECT_TIMEOUT' })).reason,
    ).toBe('timeout');
  });
});

describe('ReachabilityMonitor', () => {
  it('probes lazily, records statuses, and skips fresh ones', async () => {
    const registry = new ClusterRegistry();
    registry.add('dynamic', [fakeCluster('a'), fakeCluster('b')]);
    const probed: string[] = [];
    let now = 0;
    const monitor = new ReachabilityMonitor({
      registry,
      clock: {
        now: () => now,
        setTimeout: () => ({ handle: 0 }),
        setInterval: () => ({ handle: 0 }),
        clear: () => undefined,
      },
      probe: (cluster) => {
        probed.push(cluster.name);
        return Promise.resolve<ClusterStatus>({ state: 'reachable' });
      },
    });
    expect(probed).toEqual([]);
    monitor.refreshStale();
    await waitFor(() => registry.status('b').state === 'reachable');
    monitor.refreshStale();
    now = 60_000;
    monitor.refreshStale();
    await waitFor(() => probed.length === 4);
    expect(probed).toEqual(['a', 'b', 'a', 'b']);
  });

  it('probes new clusters while someone watches', async () => {
    const registry = new ClusterRegistry();
    const monitor = new ReachabilityMonitor({
      registry,
      probe: () => Promise.resolve({ state: 'forbidden' }),
    });
    const release = monitor.watch();
    registry.add('dynamic', [fakeCluster('new')]);
    await waitFor(() => registry.status('new').state === 'forbidden');
    release();
  });
});
