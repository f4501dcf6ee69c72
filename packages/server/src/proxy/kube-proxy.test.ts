import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { request as httpRequest } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestPki,
  fakeCluster,
  peerCommonName,
  send,
  startProxy,
  startUpstream,
} from './proxy-test-support.ts';
import type { FakeUpstream, ProxyHarness, TestPki } from './proxy-test-support.ts';

interface Seen {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingHttpHeaders;
  clientCn: string | undefined;
  servername: string | false | undefined;
  bodyBytes: number;
  bodySha: string;
}

let pki: TestPki;
let upstream: FakeUpstream;
let seen: Seen[] = [];
const harnesses: ProxyHarness[] = [];

/** Echoes what it saw; `/status/403` answers a Kubernetes Status; `/gzip` compresses. */
function echo(req: IncomingMessage, res: ServerResponse): void {
  const hash = createHash('sha256');
  let bytes = 0;
  req.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
    hash.update(chunk);
  });
  req.on('end', () => {
    const socket = req.socket as IncomingMessage['socket'] & { servername?: string | false };
    seen.push({
      method: req.method,
      url: req.url,
      headers: req.headers,
      clientCn: peerCommonName(req),
      servername: socket.servername,
      bodyBytes: bytes,
      bodySha: hash.digest('hex'),
    });
    if (req.url === '/status/403') {
      res.writeHead(403, { 'content-type': 'application/json' });
      res.end(FORBIDDEN_STATUS);
    } else if (req.url === '/gzip') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      res.end(GZIPPED);
    } else if (req.url === '/hop') {
      res.setHeader('Connection', 'X-Resp-Hop');
      res.setHeader('X-Resp-Hop', '1');
      res.setHeader('Keep-Alive', 'timeout=5');
      res.setHeader('Proxy-Authenticate', 'Basic');
      res.setHeader('Set-Cookie', 'upstream=1');
      res.setHeader('Audit-Id', 'abc');
      res.end('hop');
    } else {
      res.end('ok');
    }
  });
}

const FORBIDDEN_STATUS = JSON.stringify({
  kind: 'Status',
  apiVersion: 'v1',
  status: 'Failure',
  message: 'pods is forbidden: User "jane" cannot list resource "pods"',
  reason: 'Forbidden',
  code: 403,
});
const GZIPPED = gzipSync(
  JSON.stringify({ kind: 'PodList', items: Array.from({ length: 200 }, (_, i) => ({ i })) }),
);

async function proxyFor(...args: Parameters<typeof startProxy>): Promise<ProxyHarness> {
  const harness = await startProxy(...args);
  harnesses.push(harness);
  return harness;
}

function lastSeen(): Seen {
  const last = seen.at(-1);
  if (last === undefined) throw new Error('the upstream saw no request');
  return last;
}

beforeAll(async () => {
  pki = createTestPki();
  upstream = await startUpstream(pki, echo);
});

afterEach(async () => {
  seen = [];
  await Promise.all(harnesses.splice(0).map((harness) => harness.close()));
});

afterAll(async () => {
  await upstream.close();
});

describe('proxyHttpRequest via registerKubeProxy', () => {
  it('forwards method, exact path and query, and the body byte for byte', async () => {
    const { url } = await proxyFor([fakeCluster('dev', `${upstream.url}/prefix/`, { ca: pki.ca })]);
    const body = 'not json {';
    const res = await send(`${url}/clusters/dev/api/v1/namespaces/a/configmaps?fieldSelector=a%3Db&x=%2F`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(res.status).toBe(200);
    expect(lastSeen()).toMatchObject({
      method: 'POST',
      url: '/prefix/api/v1/namespaces/a/configmaps?fieldSelector=a%3Db&x=%2F',
      bodyBytes: body.length,
      bodySha: createHash('sha256').update(body).digest('hex'),
    });
  });

  it.each([
    ['PATCH', 'application/apply-patch+yaml', 'kind: ConfigMap\n'],
    ['DELETE', 'application/json', '{"propagationPolicy":"Foreground"}'],
    ['PUT', 'application/vnd.kubernetes.protobuf', '\u0000k8s\u0000'],
    ['OPTIONS', undefined, undefined],
    ['HEAD', undefined, undefined],
  ])('forwards %s with %s bodies unparsed', async (method, type, body) => {
    const { url } = await proxyFor([fakeCluster('dev', upstream.url, { ca: pki.ca })]);
    const headers = type === undefined ? {} : { 'content-type': type };
    const res = await send(`${url}/clusters/dev/apis/v1/x`, { method, headers, body });
    expect(res.status).toBe(200);
    expect(lastSeen()).toMatchObject({ method, url: '/apis/v1/x', bodyBytes: Buffer.byteLength(body ?? '') });
  });

  it('forwards long paths', async () => {
    const { url } = await proxyFor([fakeCluster('dev', upstream.url, { ca: pki.ca })]);
    const path = `/apis/example.com/v1/namespaces/default/widgets/${'w'.repeat(600)}`;
    expect((await send(`${url}/clusters/dev${path}`)).status).toBe(200);
    expect(lastSeen().url).toBe(path);
  });

  it('streams a chunked upload of 32 MB through unchanged', async () => {
    const { url } = await proxyFor([fakeCluster('dev', upstream.url, { ca: pki.ca })]);
    const chunk = Buffer.alloc(1024 * 1024, 7);
    const expected = createHash('sha256');
    const req = httpRequest(`${url}/clusters/dev/upload`, { method: 'PUT', agent: false });
    for (let i = 0; i < 32; i++) {
      expected.update(chunk);
      if (!req.write(chunk)) await once(req, 'drain');
    }
    req.end();
    const [res] = (await once(req, 'response')) as [IncomingMessage];
    res.resume();
    await once(res, 'end');
    expect(lastSeen()).toMatchObject({ bodyBytes: 32 * 1024 * 1024, bodySha: expected.digest('hex') });
    expect(lastSeen().headers['transfer-encoding']).toBe('chunked');
    // 32 MB through two TLS hops: well under a second alone, but the unit files run two at a time next to
    // lint and typecheck (tools/test-command.ts), so allow for a busy machine.
  }, 30_000);

  it('passes status codes and Kubernetes Status bodies through untouched', async () => {
    const { url } = await proxyFor([fakeCluster('dev', upstream.url, { ca: pki.ca })]);
    const res = await send(`${url}/clusters/dev/status/403`);
    expect(res.status).toBe(403);
    expect(res.headers['content-type']).toBe('application/json');
    expect(res.body.toString()).toBe(FORBIDDEN_STATUS);
  });

  it('passes Accept-Encoding and compressed bodies through without decompressing', async () => {
    const { url } = await proxyFor([fakeCluster('dev', upstream.url, { ca: pki.ca })]);
    const res = await send(`${url}/clusters/dev/gzip`, { headers: { 'accept-encoding': 'gzip, deflate' } });
    expect(lastSeen().headers['accept-encoding']).toBe('gzip, deflate');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.body.equals(GZIPPED)).toBe(true);
  });

  it('strips hop-by-hop headers in both directions and hardens responses', async () => {
    const { url } = await proxyFor([fakeCluster('dev', upstream.url, { ca: pki.ca })]);
    const res = await send(`${url}/clusters/dev/hop`, {
      headers: {
        connection: 'keep-alive, X-Hop',
        'x-hop': '1',
        'keep-alive': 'timeout=5',
        te: 'trailers',
        'proxy-authorization': 'Basic eA==',
        'x-normal': 'yes',
      },
    });
    const { headers } = lastSeen();
    expect(headers['x-hop']).toBeUndefined();
    expect(headers['keep-alive']).toBeUndefined();
    expect(headers.te).toBeUndefined();
    expect(headers['proxy-authorization']).toBeUndefined();
    expect(headers['x-normal']).toBe('yes');
    expect(res.headers['x-resp-hop']).toBeUndefined();
    expect(res.headers['keep-alive']).not.toBe('timeout=5'); // Wheelhouse's own keep-alive may be announced
    expect(res.headers['proxy-authenticate']).toBeUndefined();
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers['audit-id']).toBe('abc');
    expect(res.headers['content-security-policy']).toBe('sandbox');
  });

  it('runs the app hooks before proxying', async () => {
    const { url } = await proxyFor([fakeCluster('dev', upstream.url, { ca: pki.ca })], {}, (app) => {
      app.addHook('onRequest', async (request, reply) => {
        if (request.headers['x-session'] !== 'ok') await reply.code(401).send({ title: 'no session' });
      });
    });
    expect((await send(`${url}/clusters/dev/api`)).status).toBe(401);
    expect(seen).toHaveLength(0);
    expect((await send(`${url}/clusters/dev/api`, { headers: { 'x-session': 'ok' } })).status).toBe(200);
  });
});

describe('upstream credentials', () => {
  const inbound = { cookie: 'wheelhouse_session=s; theme=dark', authorization: 'Bearer session-token' };

  it('uses the cluster credentials locally and never forwards Wheelhouse credentials', async () => {
    const cluster = fakeCluster('dev', upstream.url, {
      ca: pki.ca,
      cert: pki.clientCert,
      key: pki.clientKey,
    });
    const { url } = await proxyFor([cluster], { isSessionToken: (token) => token === 'session-token' });
    await send(`${url}/clusters/dev/api`, { headers: inbound });
    expect(lastSeen().headers.authorization).toBe('Bearer cluster-token');
    expect(lastSeen().headers.cookie).toBeUndefined();
    expect(lastSeen().clientCn).toBe('admin');
  });

  it("prefers the user's token and then presents no client certificate", async () => {
    const cluster = fakeCluster('dev', upstream.url, {
      ca: pki.ca,
      cert: pki.clientCert,
      key: pki.clientKey,
    });
    const { url } = await proxyFor([cluster], {
      resolveUserCredential: (_request, name) => ({ type: 'bearer', token: `user-token-for-${name}` }),
    });
    await send(`${url}/clusters/dev/api`, { headers: inbound });
    expect(lastSeen().headers.authorization).toBe('Bearer user-token-for-dev');
    expect(lastSeen().clientCn).toBeUndefined();
    expect(lastSeen().headers.cookie).toBeUndefined();
  });

  it('ignores a user credential that is the session token', async () => {
    const { url } = await proxyFor([fakeCluster('dev', upstream.url, { ca: pki.ca })], {
      resolveUserCredential: () => ({ type: 'bearer', token: 'session-token' }),
      isSessionToken: (token) => token === 'session-token',
    });
    await send(`${url}/clusters/dev/api`, { headers: inbound });
    expect(lastSeen().headers.authorization).toBe('Bearer cluster-token');
  });

  it('sends no credential in-cluster without a user token, unless the unsafe flag is set', async () => {
    const cluster = fakeCluster('dev', upstream.url, {
      ca: pki.ca,
      cert: pki.clientCert,
      key: pki.clientKey,
    });
    const strict = await proxyFor([cluster], { mode: 'in-cluster' });
    await send(`${strict.url}/clusters/dev/api`, { headers: inbound });
    expect(lastSeen().headers.authorization).toBeUndefined();
    expect(lastSeen().clientCn).toBeUndefined();

    const unsafe = await proxyFor([cluster], { mode: 'in-cluster', useServiceAccountForUsers: true });
    await send(`${unsafe.url}/clusters/dev/api`, { headers: inbound });
    expect(lastSeen().headers.authorization).toBe('Bearer cluster-token');
  });

  it('sends the configured TLS server name', async () => {
    const { url } = await proxyFor([
      fakeCluster('dev', upstream.url, { ca: pki.ca, servername: 'localhost' }),
    ]);
    expect((await send(`${url}/clusters/dev/api`)).status).toBe(200);
    expect(lastSeen().servername).toBe('localhost');
  });
});
