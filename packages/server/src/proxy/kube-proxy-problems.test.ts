import type { IncomingHttpHeaders } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  closedPort,
  createTestPki,
  fakeCluster,
  send,
  startProxy,
  startUpstream,
} from './proxy-test-support.ts';
import type { FakeUpstream, ProxyHarness, TestPki } from './proxy-test-support.ts';

let pki: TestPki;
let upstream: FakeUpstream;
let hits = 0;
const harnesses: ProxyHarness[] = [];

async function proxyFor(...args: Parameters<typeof startProxy>): Promise<ProxyHarness> {
  const harness = await startProxy(...args);
  harnesses.push(harness);
  return harness;
}

beforeAll(async () => {
  pki = createTestPki();
  upstream = await startUpstream(pki, (_req, res) => {
    hits += 1;
    res.end('ok');
  });
});

afterEach(async () => {
  hits = 0;
  await Promise.all(harnesses.splice(0).map((harness) => harness.close()));
});

afterAll(async () => {
  await upstream.close();
});

describe('problems', () => {
  function problem(res: { headers: IncomingHttpHeaders; body: Buffer }): Record<string, unknown> {
    expect(res.headers['content-type']).toBe('application/problem+json');
    return JSON.parse(res.body.toString()) as Record<string, unknown>;
  }

  it('answers 404 problem+json for an unknown cluster', async () => {
    const { url } = await proxyFor([]);
    const res = await send(`${url}/clusters/nope/api`);
    expect(res.status).toBe(404);
    expect(problem(res)).toMatchObject({ status: 404, cluster: 'nope', title: 'Cluster not found' });
  });

  it.each(['/clusters/dev/../other/api', '/clusters/dev/%2e%2e/other/api', '/clusters/dev%2F..%2Fother/api'])(
    'refuses the escape attempt %s without contacting the cluster',
    async (path) => {
      const { url } = await proxyFor([fakeCluster('dev', upstream.url, { ca: pki.ca })]);
      const res = await send(`${url}${path}`);
      expect(res.status).toBe(400);
      expect(problem(res)).toMatchObject({ status: 400 });
      expect(hits).toBe(0);
    },
  );

  it('answers 502 naming a refused connection and the cluster', async () => {
    const port = await closedPort();
    const { url } = await proxyFor([fakeCluster('gone', `https://127.0.0.1:${port}`, { ca: pki.ca })]);
    const res = await send(`${url}/clusters/gone/api`);
    expect(res.status).toBe(502);
    const body = problem(res);
    expect(body).toMatchObject({ reason: 'refused', cluster: 'gone' });
    expect(body.detail).toMatch(/"gone".*connection refused/);
  });

  it('names an unknown certificate authority and a host name mismatch', async () => {
    const { url } = await proxyFor([
      fakeCluster('untrusted', upstream.url, { ca: pki.otherCa }),
      fakeCluster('mismatch', upstream.url, { ca: pki.ca, servername: 'api.example.com' }),
    ]);
    expect(problem(await send(`${url}/clusters/untrusted/api`))).toMatchObject({
      reason: 'tls-unknown-authority',
    });
    expect(problem(await send(`${url}/clusters/mismatch/api`))).toMatchObject({
      reason: 'tls-hostname-mismatch',
    });
  });

  it('answers 502 timeout when the head does not come, but never times out a slow body', async () => {
    const slow = await startUpstream(pki, (req, res) => {
      if (req.url === '/hang') return;
      res.writeHead(200);
      res.write('first\n');
      setTimeout(() => res.end('second\n'), 600);
    });
    try {
      const { url } = await proxyFor([fakeCluster('slow', slow.url, { ca: pki.ca })], {
        timeouts: { headersMs: 300 },
      });
      expect(problem(await send(`${url}/clusters/slow/hang`))).toMatchObject({ reason: 'timeout' });
      expect((await send(`${url}/clusters/slow/watch`)).body.toString()).toBe('first\nsecond\n');
    } finally {
      await slow.close();
    }
  });
});
