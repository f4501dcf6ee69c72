import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { ClusterRegistry } from './clusters/cluster-registry.ts';
import { createKubeconfigCredentials } from './clusters/credentials.ts';
import { registerKubeProxy } from './proxy/register-kube-proxy.ts';
import { createSessionToken } from './security/session-token.ts';
import { fakeCluster, testConfig } from './testing/test-config.ts';

// The app and the proxy together: the guard covers proxied routes, and the session token never goes upstream.
const TOKEN = 'proxy-session-token-0123456';
let upstream: http.Server;
let server: string;
let app: FastifyInstance | undefined;
const seen: (string | undefined)[] = [];

beforeAll(async () => {
  upstream = http.createServer((request, response) => {
    seen.push(request.headers.authorization);
    response
      .writeHead(200, { 'content-type': 'application/json' })
      .end('{"kind":"NamespaceList","items":[]}');
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  server = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
});
afterAll(() => {
  upstream.closeAllConnections();
  upstream.close();
});
afterEach(async () => {
  await app?.close();
  app = undefined;
  seen.length = 0;
});

function build(argv: string[]): FastifyInstance {
  const config = testConfig(argv);
  const registry = new ClusterRegistry();
  const credentials = createKubeconfigCredentials({
    cluster: { name: 'dev', server, skipTLSVerify: false },
    user: { name: 'u', token: 'kubeconfig-token' },
  });
  registry.add('kubeconfig', [fakeCluster('dev', { server, credentials })]);
  const sessionToken = config.mode === 'local' ? createSessionToken(TOKEN) : undefined;
  app = createApp({ config, registry, sessionToken, registerKubeProxy });
  return app;
}

describe('app + Kubernetes proxy', () => {
  it('local mode: needs the session, then uses the kubeconfig credentials, never the session token', async () => {
    const proxy = build(['--base-url', '/wh']);
    const url = '/wh/clusters/dev/api/v1/namespaces';
    expect((await proxy.inject({ url, headers: { host: 'localhost' } })).statusCode).toBe(401);
    const response = await proxy.inject({
      url,
      headers: { host: 'localhost', authorization: `Bearer ${TOKEN}` },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ kind: 'NamespaceList' });
    expect(seen).toEqual(['Bearer kubeconfig-token']);
  });

  it('in-cluster mode: forwards the user token from the per-cluster cookie', async () => {
    const proxy = build(['--in-cluster', '--host', '0.0.0.0']);
    const response = await proxy.inject({
      url: '/clusters/dev/api/v1/namespaces',
      headers: { host: 'wh.example', cookie: 'wheelhouse-cluster-token-dev=user-token' },
    });
    expect(response.statusCode).toBe(200);
    expect(seen).toEqual(['Bearer user-token']);
  });
});
