import { once } from 'node:events';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { PassThrough, Readable } from 'node:stream';
import { createGunzip, gunzipSync, gzipSync } from 'node:zlib';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  acceptsGzip,
  cutHeaders,
  cutManagedFields,
  gzipStreaming,
  gzipsCutBody,
} from './omit-managed-fields.ts';
import { createTestPki, fakeCluster, send, startProxy, startUpstream } from './proxy-test-support.ts';
import type { FakeUpstream, ProxyHarness } from './proxy-test-support.ts';

// The API server labels Tables plain `application/json`.
const TABLE_TYPE = 'application/json';
const TABLE_ACCEPT = 'application/json;as=Table;g=meta.k8s.io;v=v1, application/json';
const metadata = { name: 'web-1', managedFields: [{ manager: 'kubectl', fieldsV1: { 'f:spec': {} } }] };
const table = { kind: 'Table', rows: [{ cells: ['web-1'], object: { metadata } }] };
const tableText = JSON.stringify(table);
const cutText = JSON.stringify({
  kind: 'Table',
  rows: [{ cells: ['web-1'], object: { metadata: { name: 'web-1' } } }],
});

let upstream: FakeUpstream;
let harness: ProxyHarness;
/** The headers of the last request the fake API server got. */
let seen: IncomingHttpHeaders = {};

beforeAll(async () => {
  const pki = createTestPki();
  upstream = await startUpstream(pki, (req, res) => {
    seen = req.headers;
    const url = req.url ?? '';
    if (url.includes('plain')) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ kind: 'PodList', items: [{ metadata }] }));
    } else if (url.startsWith('/api/v1/pods/web-1')) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ kind: 'Pod', metadata }));
    } else if (url.includes('gzip') && req.headers['accept-encoding'] === 'gzip') {
      res.writeHead(200, { 'content-type': TABLE_TYPE, 'content-encoding': 'gzip' });
      res.end(gzipSync(tableText));
    } else if (url.includes('forbidden')) {
      res.writeHead(403, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ kind: 'Status', details: { managedFields: 'kept' } }));
    } else {
      res.writeHead(200, { 'content-type': TABLE_TYPE, 'content-length': Buffer.byteLength(tableText) });
      res.end(tableText);
    }
  });
  harness = await startProxy([fakeCluster('dev', upstream.url, { ca: pki.ca })]);
});

afterAll(async () => {
  await harness.close();
  await upstream.close();
});

const ask = { 'x-wheelhouse-omit': 'managedFields', 'accept-encoding': 'gzip', accept: TABLE_ACCEPT };

describe('X-Wheelhouse-Omit: managedFields', () => {
  it('cuts managedFields from a Table, asks the API server for it uncompressed and never forwards the header', async () => {
    const res = await send(`${harness.url}/clusters/dev/api/v1/pods?limit=500`, { headers: ask });
    expect(res.status).toBe(200);
    expect(res.body.toString()).toBe(cutText);
    expect(res.headers['content-length']).toBeUndefined();
    // Asked with Accept-Encoding: gzip, but from loopback: sent as is.
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['content-type']).toBe(TABLE_TYPE);
    expect(seen['accept-encoding']).toBeUndefined();
    expect(seen['x-wheelhouse-omit']).toBeUndefined();
  });

  it('leaves the body and Accept-Encoding alone without the header', async () => {
    const res = await send(`${harness.url}/clusters/dev/api/v1/pods?gzip`, {
      headers: { 'accept-encoding': 'gzip', accept: TABLE_ACCEPT },
    });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(seen['accept-encoding']).toBe('gzip');
    const plain = await send(`${harness.url}/clusters/dev/api/v1/pods`, {
      headers: { accept: TABLE_ACCEPT },
    });
    expect(plain.body.toString()).toBe(tableText);
    expect(plain.headers['content-length']).toBe(String(Buffer.byteLength(tableText)));
  });

  it('never cuts full objects: a plain list, a single object, includeObject=Object, an error', async () => {
    const list = await send(`${harness.url}/clusters/dev/api/v1/pods?plain`, { headers: ask });
    expect(JSON.parse(list.body.toString())).toEqual({ kind: 'PodList', items: [{ metadata }] });
    const pod = await send(`${harness.url}/clusters/dev/api/v1/pods/web-1`, { headers: ask });
    expect(JSON.parse(pod.body.toString())).toEqual({ kind: 'Pod', metadata });
    const full = await send(`${harness.url}/clusters/dev/api/v1/pods?includeObject=Object`, { headers: ask });
    expect(full.body.toString()).toBe(tableText);
    expect(seen['accept-encoding']).toBe('gzip');
    const refused = await send(`${harness.url}/clusters/dev/api/v1/pods?forbidden`, { headers: ask });
    expect(refused.status).toBe(403);
    expect(refused.body.toString()).toContain('"managedFields":"kept"');
  });

  it('only cuts GETs', async () => {
    const res = await send(`${harness.url}/clusters/dev/api/v1/pods`, {
      method: 'POST',
      headers: { ...ask, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.body.toString()).toBe(tableText);
  });
});

describe('cutManagedFields', () => {
  const through = (...chunks: string[]) =>
    text(cutManagedFields(Readable.from(chunks.map((c) => Buffer.from(c)))));

  it('decides from the first kind even when it arrives a byte at a time', async () => {
    expect(await through(...tableText.split(''))).toBe(cutText);
  });

  it('cuts a watch of Tables from its first event on', async () => {
    const event = (type: string) => `{"type":"${type}","object":${tableText}}\n`;
    const expected = (type: string) => `{"type":"${type}","object":${cutText}}\n`;
    expect(await through(event('ADDED'), event('MODIFIED').slice(0, 40), event('MODIFIED').slice(40))).toBe(
      expected('ADDED') + expected('MODIFIED'),
    );
  });

  it('passes a body without a kind, or with a full object, unchanged', async () => {
    expect(await through('{"metadata":{"managedFields":[]}}')).toBe('{"metadata":{"managedFields":[]}}');
    const long = `{"items":[${'1,'.repeat(1000)}1],"kind":"Table","managedFields":[]}`;
    expect(await through(long.slice(0, 700), long.slice(700))).toBe(long);
    const pod = JSON.stringify({ kind: 'Pod', metadata });
    expect(await through(pod)).toBe(pod);
  });

  it('passes an upstream error on', async () => {
    const failing = new Readable({ read() {} });
    const out = cutManagedFields(failing);
    failing.push(Buffer.from('{"kind":"Table"'));
    failing.destroy(new Error('upstream reset'));
    await expect(text(out)).rejects.toThrow('upstream reset');
  });
});

describe('gzip for clients off this machine', () => {
  const from = (remoteAddress: string, acceptEncoding?: string) =>
    ({
      socket: { remoteAddress },
      headers: { 'accept-encoding': acceptEncoding },
    }) as unknown as IncomingMessage;

  it('gzips only for a client that accepts it and is not on loopback', () => {
    expect(gzipsCutBody(from('10.1.2.3', 'gzip, deflate, br, zstd'))).toBe(true);
    expect(gzipsCutBody(from('::ffff:10.1.2.3', '*'))).toBe(true);
    for (const address of ['127.0.0.1', '::ffff:127.0.0.1', '::1'])
      expect(gzipsCutBody(from(address, 'gzip'))).toBe(false);
    expect(gzipsCutBody(from('10.1.2.3', 'br'))).toBe(false);
    expect(gzipsCutBody(from('10.1.2.3'))).toBe(false);
  });

  it('reads Accept-Encoding qualities', () => {
    expect(acceptsGzip('gzip;q=0.5, br')).toBe(true);
    expect(acceptsGzip('gzip;q=0, identity')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
  });

  it('labels a gzipped cut body and keeps Vary', () => {
    const headers = { 'content-length': '10', vary: 'Accept', 'content-type': 'application/json' };
    expect(cutHeaders(headers, true)).toEqual({
      'content-type': 'application/json',
      'content-encoding': 'gzip',
      vary: 'Accept, Accept-Encoding',
    });
    expect(cutHeaders(headers, false)).toEqual({ vary: 'Accept', 'content-type': 'application/json' });
  });

  it('sends each watch event at once', async () => {
    const source = new PassThrough();
    const reader = gzipStreaming(cutManagedFields(source)).pipe(createGunzip());
    source.write(`{"type":"ADDED","object":${tableText}}\n`);
    const [first] = (await once(reader, 'data')) as [Buffer];
    expect(first.toString()).toBe(`{"type":"ADDED","object":${cutText}}\n`);
    source.end(`{"type":"MODIFIED","object":${tableText}}\n`);
    expect(await text(reader)).toBe(`{"type":"MODIFIED","object":${cutText}}\n`);
  });

  it('gzips a whole list intact', async () => {
    const gzipped = gzipStreaming(cutManagedFields(Readable.from([Buffer.from(tableText)])));
    const chunks: Buffer[] = [];
    for await (const chunk of gzipped) chunks.push(chunk as Buffer);
    expect(gunzipSync(Buffer.concat(chunks)).toString()).toBe(cutText);
  });
});
