import { once } from 'node:events';
import { request as httpRequest } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestPki, fakeCluster, send, startProxy, startUpstream } from './proxy-test-support.ts';
import type { FakeUpstream, ProxyHarness, TestPki } from './proxy-test-support.ts';

const MB = 1024 * 1024;
const TOTAL = 100 * MB;

let pki: TestPki;
let upstream: FakeUpstream;
let harness: ProxyHarness | undefined;
const big = { sent: 0, finished: false };
/** Upstream responses of open watches, to observe when the proxy lets go of them. */
const watches: ServerResponse[] = [];

function serveBig(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'application/octet-stream' });
  const chunk = Buffer.alloc(64 * 1024, 120);
  const pump = (): void => {
    while (big.sent < TOTAL) {
      big.sent += chunk.length;
      if (!res.write(chunk)) {
        res.once('drain', pump);
        return;
      }
    }
    big.finished = true;
    res.end();
  };
  pump();
}

function serveWatch(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.write('{"type":"ADDED","object":{"kind":"Pod"}}\n');
  watches.push(res);
}

/** Opens a request and resolves with the response once its head has arrived. */
async function open(url: string): Promise<IncomingMessage> {
  const req = httpRequest(url, { agent: false });
  req.end();
  const [res] = (await once(req, 'response')) as [IncomingMessage];
  // A cut-off watch emits `aborted`/`error`; the tests observe `close` and `complete` instead.
  res.on('error', () => undefined);
  return res;
}

/** Resolves when `stream` closes, whether or not it errored (`events.once` would reject on error). */
function closed(stream: IncomingMessage): Promise<void> {
  return new Promise((resolve) =>
    stream.once('close', () => {
      resolve();
    }),
  );
}

async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await delay(20);
  }
}

beforeAll(async () => {
  pki = createTestPki();
  upstream = await startUpstream(pki, (req, res) => {
    if (req.url === '/big') serveBig(res);
    else if (req.url?.includes('watch=1') === true) serveWatch(res);
    else res.end('ok');
  });
});

afterEach(async () => {
  await harness?.close();
  harness = undefined;
  watches.splice(0);
});

afterAll(async () => {
  await upstream.close();
});

describe('streaming', () => {
  it('streams 100 MB with backpressure: a client that stops reading stalls the upstream', async () => {
    harness = await startProxy([fakeCluster('dev', upstream.url, { ca: pki.ca })]);
    const res = await open(`${harness.url}/clusters/dev/big`);
    // The client has the head (and could read the first bytes) but reads nothing: a proxy that buffered
    // would let the upstream write all 100 MB; a streaming one stalls it at a few socket buffers.
    await delay(1_000);
    expect(big.finished).toBe(false);
    expect(big.sent).toBeLessThan(32 * MB);

    let received = 0;
    res.on('data', (chunk: Buffer) => (received += chunk.length));
    await once(res, 'end');
    expect(received).toBe(TOTAL);
    expect(big.finished).toBe(true);
    // 100 MB over TLS twice takes a few seconds on a busy 2-core machine.
  }, 60_000);
});

describe('watch lifetime', () => {
  it('aborts the upstream request when the client goes away', async () => {
    harness = await startProxy([fakeCluster('dev', upstream.url, { ca: pki.ca })]);
    const res = await open(`${harness.url}/clusters/dev/api/v1/pods?watch=1`);
    await once(res, 'data');
    expect(harness.proxy.openStreams('dev')).toBe(1);
    const upstreamSide = watches[0];
    if (upstreamSide === undefined) throw new Error('no upstream watch');
    const upstreamClosed = once(upstreamSide, 'close');
    res.destroy();
    await upstreamClosed;
    await until(() => harness?.proxy.openStreams('dev') === 0);
  });

  it('closeCluster ends an in-flight watch and the cluster is then unknown', async () => {
    harness = await startProxy([fakeCluster('dev', upstream.url, { ca: pki.ca })]);
    const res = await open(`${harness.url}/clusters/dev/api/v1/pods?watch=1`);
    await once(res, 'data');
    const clientClosed = closed(res);
    harness.clusters.delete('dev');
    await harness.proxy.closeCluster('dev');
    await clientClosed;
    expect(res.complete).toBe(false);
    await until(() => watches[0]?.closed === true);
    expect((await send(`${harness.url}/clusters/dev/api`)).status).toBe(404);
  });

  it('a changed cluster definition closes the old streams and uses the new server', async () => {
    const other = await startUpstream(pki, (_req, res) => res.end('new server'));
    try {
      harness = await startProxy([fakeCluster('dev', upstream.url, { ca: pki.ca })]);
      const res = await open(`${harness.url}/clusters/dev/api/v1/pods?watch=1`);
      await once(res, 'data');
      const clientClosed = closed(res);
      harness.clusters.set('dev', fakeCluster('dev', other.url, { ca: pki.ca }));
      expect((await send(`${harness.url}/clusters/dev/api`)).body.toString()).toBe('new server');
      await clientClosed;
    } finally {
      await other.close();
    }
  });

  it('shutting the app down ends open watches instead of hanging', async () => {
    harness = await startProxy([fakeCluster('dev', upstream.url, { ca: pki.ca })]);
    const res = await open(`${harness.url}/clusters/dev/api/v1/pods?watch=1`);
    await once(res, 'data');
    const closing = harness.close();
    harness = undefined;
    await closing;
    await until(() => watches[0]?.closed === true);
  });
});
