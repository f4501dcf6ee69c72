import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import type { AppDeps } from './app.ts';
import { ClusterRegistry } from './clusters/cluster-registry.ts';
import { createSessionToken } from './security/session-token.ts';
import { REACHABLE, fakeCluster, testConfig } from './testing/test-config.ts';

const TOKEN = 'test-session-token-0123456789';
const host = { host: '127.0.0.1:4770' };
const bearer = { ...host, authorization: `Bearer ${TOKEN}` };
let app: FastifyInstance | undefined;

function build(argv: string[] = [], deps: Partial<AppDeps> = {}): FastifyInstance {
  const config = testConfig(argv);
  const registry = deps.registry ?? new ClusterRegistry();
  const sessionToken = config.mode === 'local' ? createSessionToken(TOKEN) : undefined;
  app = createApp({ config, registry, sessionToken, version: '1.2.3', ...deps });
  return app;
}

afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('local-mode security', () => {
  it('answers 401 problem+json without a session', async () => {
    const response = await build().inject({ url: '/api/config', headers: host });
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({
      type: 'urn:wheelhouse:problem:unauthorized',
      status: 401,
      instance: '/api/config',
    });
  });

  it('explains the login URL to a browser navigation without a session', async () => {
    const response = await build().inject({
      url: '/workloads',
      headers: { ...host, accept: 'text/html,*/*' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('login URL printed in the terminal');
  });

  it('logs in with ?token=: sets an httpOnly SameSite=Strict cookie and redirects without the token', async () => {
    const server = build();
    const login = await server.inject({ url: `/workloads?ns=a&token=${TOKEN}`, headers: host });
    expect(login.statusCode).toBe(303);
    expect(login.headers.location).toBe('/workloads?ns=a');
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toContain(`wheelhouse-session-4770=${TOKEN}`);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\//);
    const after = await server.inject({
      url: '/api/config',
      headers: { ...host, cookie: cookie.split(';')[0] ?? '' },
    });
    expect(after.statusCode).toBe(200);
  });

  it('refuses a wrong login token', async () => {
    const response = await build().inject({ url: '/?token=wrong-token-wrong-token', headers: host });
    expect(response.statusCode).toBe(401);
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('accepts the session token as a bearer token (kubectl)', async () => {
    expect((await build().inject({ url: '/api/config', headers: bearer })).statusCode).toBe(200);
  });

  it('refuses a non-loopback Host with 403 (DNS rebinding)', async () => {
    const response = await build().inject({
      url: '/api/config',
      headers: { ...bearer, host: 'rebind.evil.example:4770' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ field: 'Host' });
  });

  it('refuses a state-changing request from a foreign Origin with 403', async () => {
    const response = await build().inject({
      method: 'POST',
      url: '/api/anything',
      headers: { ...bearer, origin: 'https://evil.example' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ field: 'Origin' });
  });

  it('serves health probes without a session', async () => {
    const registry = new ClusterRegistry();
    registry.declareSource('kubeconfig');
    const server = build([], { registry });
    expect((await server.inject({ url: '/healthz', headers: host })).json()).toEqual({ status: 'ok' });
    expect((await server.inject({ url: '/readyz', headers: host })).statusCode).toBe(503);
    registry.replaceSource('kubeconfig', []);
    expect((await server.inject({ url: '/readyz', headers: host })).statusCode).toBe(200);
  });

  it('never logs the session token or credentials', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const server = build([], { logger: pino({ level: 'trace' }, sink) });
    // A plain pino logger: createApp itself keeps tokens out of request logs.
    await server.inject({ url: `/?token=${TOKEN}`, headers: host });
    await server.inject({ url: '/api/config', headers: { ...bearer, cookie: `x=${TOKEN}` } });
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('')).not.toContain(TOKEN);
  });
});

describe('/api/config', () => {
  it('lists clusters, source errors, mode, features, version and base URL', async () => {
    const registry = new ClusterRegistry();
    const cluster = fakeCluster('dev', {
      contextName: 'kind-dev',
      namespace: 'team',
      source: { type: 'kubeconfig', file: '/k/config', context: 'kind-dev' },
    });
    registry.replaceSource(
      'kubeconfig',
      [cluster],
      [{ source: 'kubeconfig', file: '/k/bad', message: 'file not found' }],
    );
    registry.setStatus(cluster, REACHABLE);
    const response = await build(['--base-url', '/wh'], { registry }).inject({
      url: '/wh/api/config',
      headers: bearer,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      version: '1.2.3',
      mode: 'local',
      baseUrl: '/wh',
      features: { dynamicClusters: true, persistClusters: true },
      clusters: [
        {
          name: 'dev',
          source: 'kubeconfig',
          file: '/k/config',
          contextName: 'kind-dev',
          server: 'https://dev.example:6443',
          authType: 'token',
          namespace: 'team',
          status: REACHABLE,
        },
      ],
      sourceErrors: [{ source: 'kubeconfig', file: '/k/bad', message: 'file not found' }],
    });
    expect(response.body).not.toContain('token-of-dev');
  });
});

describe('base URL', () => {
  it('serves everything under the prefix and nothing outside it', async () => {
    const server = build(['--base-url', '/wheelhouse']);
    expect((await server.inject({ url: '/wheelhouse/api/config', headers: bearer })).statusCode).toBe(200);
    expect((await server.inject({ url: '/api/config', headers: bearer })).statusCode).toBe(404);
    expect((await server.inject({ url: '/wheelhouse/healthz', headers: host })).statusCode).toBe(200);
    const bare = await server.inject({ url: '/wheelhouse', headers: bearer });
    expect(bare.statusCode).toBe(308);
    expect(bare.headers.location).toBe('/wheelhouse/');
    const login = await server.inject({ url: `/wheelhouse/?token=${TOKEN}`, headers: host });
    expect(login.headers.location).toBe('/wheelhouse/');
    expect(String(login.headers['set-cookie'])).toMatch(/Path=\/wheelhouse;/);
  });
});

describe('in-cluster mode', () => {
  it('needs no session token and sets per-cluster token cookies on login', async () => {
    const registry = new ClusterRegistry();
    registry.add('in-cluster', [fakeCluster('in-cluster')]);
    const server = build(['--in-cluster', '--host', '0.0.0.0', '--base-url', '/wh'], { registry });
    const headers = {
      host: 'wheelhouse.example.com',
      origin: 'https://wheelhouse.example.com',
      'x-forwarded-proto': 'https',
    };
    expect(
      (await server.inject({ url: '/wh/api/config', headers: { host: headers.host } })).json(),
    ).toMatchObject({ mode: 'in-cluster' });
    const login = await server.inject({
      method: 'POST',
      url: '/wh/api/clusters/in-cluster/login',
      headers,
      payload: { token: 'user-jwt' },
    });
    expect(login.statusCode).toBe(204);
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(
      /^wheelhouse-cluster-token-in-cluster=user-jwt; Path=\/wh\/clusters\/in-cluster; HttpOnly; Secure; SameSite=Strict$/,
    );
    const logout = await server.inject({
      method: 'DELETE',
      url: '/wh/api/clusters/in-cluster/login',
      headers,
    });
    expect(String(logout.headers['set-cookie'])).toMatch(/Max-Age=0/);
  });

  it('validates the login request and the cluster name', async () => {
    const server = build(['--in-cluster', '--host', '0.0.0.0']);
    const headers = { host: 'wh.example', origin: 'http://wh.example' };
    const missing = await server.inject({
      method: 'POST',
      url: '/api/clusters/nope/login',
      headers,
      payload: { token: 't' },
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ field: 'name' });
    const empty = await server.inject({
      method: 'POST',
      url: '/api/clusters/nope/login',
      headers,
      payload: {},
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({ type: 'urn:wheelhouse:problem:invalid-input', field: 'token' });
    const foreign = await server.inject({
      method: 'POST',
      url: '/api/clusters/nope/login',
      headers: { ...headers, origin: 'http://evil' },
      payload: { token: 't' },
    });
    expect(foreign.statusCode).toBe(403);
  });
});
