import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { ClusterRegistry } from '../clusters/cluster-registry.ts';
import { createSessionToken } from '../security/session-token.ts';
import { fakeCluster, testConfig } from '../testing/test-config.ts';

const TOKEN = 'test-session-token-0123456789';
const local = { host: '127.0.0.1:4770', origin: 'http://127.0.0.1:4770', authorization: `Bearer ${TOKEN}` };
let app: FastifyInstance | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

function build(mode: 'local' | 'in-cluster', registry = new ClusterRegistry()): FastifyInstance {
  app = createApp({
    config: testConfig(mode === 'in-cluster' ? ['--in-cluster'] : []),
    registry,
    sessionToken: mode === 'local' ? createSessionToken(TOKEN) : undefined,
  });
  return app;
}

describe('port-forward routes', () => {
  it('refuses every route in in-cluster mode with a 403 that says why', async () => {
    const server = build('in-cluster');
    const list = await server.inject({ url: '/api/port-forwards', headers: { host: '127.0.0.1:4770' } });
    expect(list.statusCode).toBe(403);
    expect(list.json<{ detail: string }>().detail).toContain('only when Wheelhouse runs locally');
    const start = await server.inject({
      method: 'POST',
      url: '/api/port-forwards',
      headers: { host: '127.0.0.1:4770', origin: 'http://127.0.0.1:4770' },
      payload: { cluster: 'a', namespace: 'ns', pod: 'p', port: 80 },
    });
    expect(start.statusCode).toBe(403);
  });

  it('lists nothing at first and names the field at fault in a bad request', async () => {
    const server = build('local');
    const list = await server.inject({ url: '/api/port-forwards', headers: local });
    expect(list.json()).toEqual({ items: [] });
    const badPort = await server.inject({
      method: 'POST',
      url: '/api/port-forwards',
      headers: local,
      payload: { cluster: 'a', namespace: 'ns', pod: 'p', port: 70000 },
    });
    expect(badPort.statusCode).toBe(400);
    expect(badPort.json<{ field?: string }>().field).toBe('port');
    const unknownCluster = await server.inject({
      method: 'POST',
      url: '/api/port-forwards',
      headers: local,
      payload: { cluster: 'nope', namespace: 'ns', pod: 'p', port: 80 },
    });
    expect(unknownCluster.statusCode).toBe(404);
    expect(unknownCluster.json<{ detail: string }>().detail).toContain('no cluster named "nope"');
  });

  it('requires our Origin to start a forward', async () => {
    const registry = new ClusterRegistry();
    const server = build('local', registry);
    const response = await server.inject({
      method: 'POST',
      url: '/api/port-forwards',
      headers: { ...local, origin: 'http://evil.example' },
      payload: { cluster: fakeCluster('a').name, namespace: 'ns', pod: 'p', port: 80 },
    });
    expect(response.statusCode).toBe(403);
  });

  it('is in the OpenAPI document', async () => {
    const server = build('local');
    const document = (await server.inject({ url: '/api/openapi.json', headers: local })).json<{
      paths: object;
    }>();
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/port-forwards', '/api/port-forwards/{id}']),
    );
  });
});
