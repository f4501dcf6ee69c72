import { once } from 'node:events';
import { request as httpRequest } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import {
  closedPort,
  createTestPki,
  fakeCluster,
  peerCommonName,
  startProxy,
  startUpstream,
} from './proxy-test-support.ts';
import type { FakeUpstream, ProxyHarness, TestPki } from './proxy-test-support.ts';

interface SeenUpgrade {
  url: string | undefined;
  method: string | undefined;
  headers: IncomingHttpHeaders;
  clientCn: string | undefined;
}

let pki: TestPki;
let upstream: FakeUpstream;
let harness: ProxyHarness | undefined;
let seen: SeenUpgrade[] = [];
const upstreamSockets: Duplex[] = [];
const FORBIDDEN = '{"kind":"Status","apiVersion":"v1","status":"Failure","reason":"Forbidden","code":403}';

/** A fake API server: websocket channels (echo), SPDY (raw echo) and a refusing exec endpoint. */
function acceptUpgrades(wss: WebSocketServer, req: IncomingMessage, socket: Duplex, head: Buffer): void {
  seen.push({ url: req.url, method: req.method, headers: req.headers, clientCn: peerCommonName(req) });
  upstreamSockets.push(socket);
  if (req.url?.startsWith('/forbidden') === true) {
    socket.end(
      `HTTP/1.1 403 Forbidden\r\nContent-Type: application/json\r\nContent-Length: ${FORBIDDEN.length}\r\n\r\n${FORBIDDEN}`,
    );
  } else if (req.headers.upgrade?.toLowerCase() === 'spdy/3.1') {
    socket.write(
      'HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: SPDY/3.1\r\n' +
        `X-Stream-Protocol-Version: ${req.headers['x-stream-protocol-version'] as string}\r\n\r\n`,
    );
    socket.pipe(socket);
  } else {
    wss.handleUpgrade(req, socket, head, (ws) => {
      ws.on('message', (data, isBinary) => {
        ws.send(data, { binary: isBinary });
      });
    });
  }
}

function lastSeen(): SeenUpgrade {
  const last = seen.at(-1);
  if (last === undefined) throw new Error('the upstream saw no upgrade');
  return last;
}

/** Sends a SPDY-style upgrade with node:http and resolves with the switched socket or the response. */
async function spdyUpgrade(
  url: string,
): Promise<
  { type: 'upgrade'; res: IncomingMessage; socket: Duplex } | { type: 'response'; res: IncomingMessage }
> {
  const req = httpRequest(url, {
    method: 'POST',
    agent: false,
    headers: {
      connection: 'Upgrade',
      upgrade: 'SPDY/3.1',
      'x-stream-protocol-version': 'v4.channel.k8s.io',
      cookie: 'wheelhouse_session=s',
    },
  });
  req.end();
  return new Promise((resolve, reject) => {
    req.once('upgrade', (res: IncomingMessage, socket: Duplex) => {
      resolve({ type: 'upgrade', res, socket });
    });
    req.once('response', (res: IncomingMessage) => {
      resolve({ type: 'response', res });
    });
    req.once('error', reject);
  });
}

async function body(res: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of res) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString();
}

beforeAll(async () => {
  pki = createTestPki();
  upstream = await startUpstream(pki);
  const wss = new WebSocketServer({
    noServer: true,
    handleProtocols: (protocols) => (protocols.has('v5.channel.k8s.io') ? 'v5.channel.k8s.io' : false),
  });
  upstream.server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    acceptUpgrades(wss, req, socket, head);
  });
});

afterEach(async () => {
  seen = [];
  upstreamSockets.splice(0);
  await harness?.close();
  harness = undefined;
});

afterAll(async () => {
  await upstream.close();
});

describe('websocket upgrades', () => {
  it('round-trips frames, negotiates the subprotocol and swaps credentials', async () => {
    const cluster = fakeCluster('dev', upstream.url, {
      ca: pki.ca,
      cert: pki.clientCert,
      key: pki.clientKey,
    });
    harness = await startProxy([cluster]);
    const path = '/api/v1/namespaces/default/pods/web-0/exec?command=sh&stdin=true&stdout=true&tty=true';
    const ws = new WebSocket(
      `ws://127.0.0.1:${harness.port}/clusters/dev${path}`,
      ['v5.channel.k8s.io', 'v4.channel.k8s.io', 'base64url.bearer.authorization.k8s.io.c2Vzc2lvbg'],
      { headers: { cookie: 'wheelhouse_session=s' }, origin: 'http://127.0.0.1' },
    );
    await once(ws, 'open');
    expect(ws.protocol).toBe('v5.channel.k8s.io');
    ws.send(Buffer.from([0, 108, 115, 10]));
    const [reply] = (await once(ws, 'message')) as [Buffer];
    expect([...reply]).toEqual([0, 108, 115, 10]);
    ws.close();
    await once(ws, 'close');

    expect(lastSeen()).toMatchObject({ url: path, clientCn: 'admin' });
    const { headers } = lastSeen();
    expect(headers.authorization).toBe('Bearer cluster-token');
    expect(headers.cookie).toBeUndefined();
    expect(headers.origin).toBeUndefined();
    expect(headers['sec-websocket-protocol']).toBe('v5.channel.k8s.io, v4.channel.k8s.io');
  });

  it("uses the user's token without the cluster's client certificate", async () => {
    const cluster = fakeCluster('dev', upstream.url, {
      ca: pki.ca,
      cert: pki.clientCert,
      key: pki.clientKey,
    });
    harness = await startProxy([cluster], {
      mode: 'in-cluster',
      resolveUserCredential: () => ({ type: 'bearer', token: 'user-token' }),
    });
    const ws = new WebSocket(`ws://127.0.0.1:${harness.port}/clusters/dev/api/v1/pods?watch=1`, [
      'v5.channel.k8s.io',
    ]);
    await once(ws, 'open');
    ws.close();
    await once(ws, 'close');
    expect(lastSeen().headers.authorization).toBe('Bearer user-token');
    expect(lastSeen().clientCn).toBeUndefined();
  });

  it('relays a refusal from the cluster as it is', async () => {
    harness = await startProxy([fakeCluster('dev', upstream.url, { ca: pki.ca })]);
    const ws = new WebSocket(`ws://127.0.0.1:${harness.port}/clusters/dev/forbidden/exec`);
    ws.on('error', () => undefined);
    const [, res] = (await once(ws, 'unexpected-response')) as [unknown, IncomingMessage];
    expect(res.statusCode).toBe(403);
    expect(await body(res)).toBe(FORBIDDEN);
  });
});

describe('SPDY and raw upgrades', () => {
  it('passes any upgrade protocol through byte for byte', async () => {
    harness = await startProxy([fakeCluster('dev', upstream.url, { ca: pki.ca })]);
    const result = await spdyUpgrade(
      `${harness.url}/clusters/dev/api/v1/namespaces/d/pods/p/exec?command=ls`,
    );
    if (result.type !== 'upgrade') throw new Error(`expected 101, got ${result.res.statusCode ?? 0}`);
    expect(result.res.headers.upgrade).toBe('SPDY/3.1');
    expect(result.res.headers['x-stream-protocol-version']).toBe('v4.channel.k8s.io');
    expect(lastSeen()).toMatchObject({ method: 'POST', url: '/api/v1/namespaces/d/pods/p/exec?command=ls' });
    expect(lastSeen().headers.cookie).toBeUndefined();

    const frame = Buffer.from([0x80, 0x03, 0x00, 0x01, 0xde, 0xad, 0xbe, 0xef]);
    result.socket.write(frame);
    const [echoed] = (await once(result.socket, 'data')) as [Buffer];
    expect(echoed.equals(frame)).toBe(true);
    result.socket.destroy();
    await until(() => upstreamSockets[0]?.destroyed === true);
    await until(() => harness?.proxy.openStreams('dev') === 0);
  });

  it('closeCluster closes an open upgraded connection', async () => {
    harness = await startProxy([fakeCluster('dev', upstream.url, { ca: pki.ca })]);
    const result = await spdyUpgrade(
      `${harness.url}/clusters/dev/api/v1/namespaces/d/pods/p/portforward?ports=80`,
    );
    if (result.type !== 'upgrade') throw new Error('expected 101');
    result.socket.resume();
    expect(harness.proxy.openStreams('dev')).toBe(1);
    const clientClosed = once(result.socket, 'close');
    await harness.proxy.closeCluster('dev');
    await clientClosed;
    await until(() => upstreamSockets[0]?.destroyed === true);
  });
});

describe('upgrade guards and problems', () => {
  it('writes the refusal of authorizeUpgrade on the socket without contacting the cluster', async () => {
    harness = await startProxy([fakeCluster('dev', upstream.url, { ca: pki.ca })], {
      authorizeUpgrade: (req) =>
        Promise.resolve(
          req.headers.origin === 'http://evil.example'
            ? { ok: false, status: 403, message: 'Origin not allowed.' }
            : { ok: true },
        ),
    });
    const ws = new WebSocket(`ws://127.0.0.1:${harness.port}/clusters/dev/api/v1/pods?watch=1`, {
      origin: 'http://evil.example',
    });
    ws.on('error', () => undefined);
    const [, res] = (await once(ws, 'unexpected-response')) as [unknown, IncomingMessage];
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(JSON.parse(await body(res))).toMatchObject({ status: 403, detail: 'Origin not allowed.' });
    expect(seen).toHaveLength(0);
  });

  it("runs the app's hooks on upgrades too", async () => {
    harness = await startProxy([fakeCluster('dev', upstream.url, { ca: pki.ca })], {}, (app) => {
      app.addHook('onRequest', async (_request, reply) => {
        await reply.code(401).send({ title: 'no session' });
      });
    });
    const result = await spdyUpgrade(`${harness.url}/clusters/dev/api/v1/namespaces/d/pods/p/exec`);
    expect(result.type).toBe('response');
    expect(result.res.statusCode).toBe(401);
    await body(result.res);
    expect(seen).toHaveLength(0);
  });

  it('answers 502 naming a refused connection', async () => {
    const port = await closedPort();
    harness = await startProxy([fakeCluster('gone', `https://127.0.0.1:${port}`, { ca: pki.ca })]);
    const result = await spdyUpgrade(`${harness.url}/clusters/gone/api/v1/namespaces/d/pods/p/exec`);
    expect(result.res.statusCode).toBe(502);
    expect(JSON.parse(await body(result.res))).toMatchObject({ reason: 'refused', cluster: 'gone' });
  });

  it('answers 404 for an unknown cluster', async () => {
    harness = await startProxy([]);
    const result = await spdyUpgrade(`${harness.url}/clusters/nope/api/v1/namespaces/d/pods/p/exec`);
    expect(result.res.statusCode).toBe(404);
    await body(result.res);
  });
});

async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await delay(20);
  }
}
