import { describe, expect, it } from 'vitest';
import { filterRequestHeaders, filterResponseHeaders } from './proxy-headers.ts';

function pairs(raw: string[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) out.push([raw[i] ?? '', raw[i + 1] ?? '']);
  return out;
}

describe('filterRequestHeaders', () => {
  const inbound = [
    'Host',
    'wheelhouse.local:4466',
    'Connection',
    'keep-alive, X-Hop',
    'X-Hop',
    'gone',
    'Keep-Alive',
    'timeout=5',
    'TE',
    'trailers',
    'Trailer',
    'X-T',
    'Transfer-Encoding',
    'chunked',
    'Upgrade',
    'websocket',
    'Proxy-Authorization',
    'Basic eA==',
    'Authorization',
    'Bearer wheelhouse-session',
    'Cookie',
    'wheelhouse_session=abc; other=1',
    'Origin',
    'http://localhost:4466',
    'X-Remote-User',
    'admin',
    'X-Wheelhouse-Csrf',
    '1',
    'Accept',
    'application/json;as=Table;g=meta.k8s.io;v=v1',
    'Accept-Encoding',
    'gzip',
    'Content-Length',
    '12',
    'Impersonate-User',
    'jane',
    'Sec-WebSocket-Protocol',
    'v5.channel.k8s.io, base64url.bearer.authorization.k8s.io.c2VjcmV0, v4.channel.k8s.io',
  ];

  it('drops hop-by-hop, Connection-named and client-only headers, keeps the rest in order', () => {
    expect(pairs(filterRequestHeaders(inbound, { upgrade: false }))).toEqual([
      ['Accept', 'application/json;as=Table;g=meta.k8s.io;v=v1'],
      ['Accept-Encoding', 'gzip'],
      ['Content-Length', '12'],
      ['Impersonate-User', 'jane'],
      ['Sec-WebSocket-Protocol', 'v5.channel.k8s.io, v4.channel.k8s.io'],
    ]);
  });

  it('drops Accept-Encoding when the upstream must answer uncompressed', () => {
    const out = pairs(filterRequestHeaders(inbound, { upgrade: false, identity: true }));
    expect(out.map(([name]) => name)).toEqual([
      'Accept',
      'Content-Length',
      'Impersonate-User',
      'Sec-WebSocket-Protocol',
    ]);
  });

  it('keeps the upgrade handshake for upgrades', () => {
    const out = pairs(filterRequestHeaders(inbound, { upgrade: true }));
    expect(out.slice(-2)).toEqual([
      ['Connection', 'Upgrade'],
      ['Upgrade', 'websocket'],
    ]);
    expect(out.map(([name]) => name.toLowerCase())).not.toContain('cookie');
  });

  it('drops a websocket protocol list that only carried a token', () => {
    const out = filterRequestHeaders(['Sec-WebSocket-Protocol', 'base64url.bearer.authorization.k8s.io.eA'], {
      upgrade: true,
    });
    expect(out).toEqual([]);
  });
});

describe('filterResponseHeaders', () => {
  it('drops hop-by-hop headers and Set-Cookie, keeps encoding and length, adds hardening', () => {
    const out = filterResponseHeaders({
      connection: 'keep-alive, x-hop',
      'x-hop': '1',
      'keep-alive': 'timeout=5',
      'transfer-encoding': 'chunked',
      'proxy-authenticate': 'Basic',
      'set-cookie': ['a=b'],
      'content-encoding': 'gzip',
      'content-length': '42',
      'content-type': 'application/json',
      'audit-id': 'abc',
    });
    expect(out).toEqual({
      'content-encoding': 'gzip',
      'content-length': '42',
      'content-type': 'application/json',
      'audit-id': 'abc',
      'content-security-policy': 'sandbox',
      'x-content-type-options': 'nosniff',
    });
  });

  it('adds the sandbox policy to an existing one', () => {
    expect(
      filterResponseHeaders({ 'content-security-policy': "default-src 'self'" })['content-security-policy'],
    ).toBe("default-src 'self', sandbox");
  });
});
