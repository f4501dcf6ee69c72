import { describe, expect, it } from 'vitest';
import { createRequestGuard, isLoopbackAddress, isLoopbackHostHeader, isPagePath } from './request-guard.ts';
import { createSessionToken } from './session-token.ts';

const token = createSessionToken('s'.repeat(24));
const guard = createRequestGuard({
  mode: 'local',
  bindHost: '127.0.0.1',
  port: 4770,
  baseUrl: '',
  sessionToken: token,
});
const bearer = { authorization: `Bearer ${token.value}` };

describe('isLoopbackHostHeader', () => {
  it.each([
    'localhost',
    'localhost:4770',
    'app.localhost:1',
    '127.0.0.1',
    '127.1.2.3:80',
    '[::1]:4770',
    'LOCALHOST',
  ])('accepts %s', (host) => {
    expect(isLoopbackHostHeader(host)).toBe(true);
  });
  it.each([
    'evil.example',
    'localhost.evil.example',
    '127.0.0.1.nip.io',
    '10.0.0.1',
    '[::2]',
    '',
    'localhost:x',
  ])('rejects %s', (host) => {
    expect(isLoopbackHostHeader(host)).toBe(false);
  });
  it('knows loopback bind addresses', () => {
    const loopback = ['127.0.0.1', 'localhost', '::1', '[::1]', '::ffff:127.0.0.1', '::FFFF:7f00:1'];
    expect(loopback.map(isLoopbackAddress)).toEqual(loopback.map(() => true));
    const other = ['0.0.0.0', '::', '192.168.1.2', '::ffff:10.1.2.3'];
    expect(other.map(isLoopbackAddress)).toEqual(other.map(() => false));
  });
});

describe('createRequestGuard', () => {
  it('refuses non-loopback Host names when bound to loopback (DNS rebinding)', () => {
    const decision = guard.check({
      method: 'GET',
      url: '/',
      headers: { host: 'evil.example:4770', ...bearer },
    });
    expect(decision).toMatchObject({ ok: false, error: { status: 403, field: 'Host' } });
  });

  it('does not check Host when bound to all interfaces', () => {
    const open = createRequestGuard({
      mode: 'local',
      bindHost: '0.0.0.0',
      port: 1,
      baseUrl: '',
      sessionToken: token,
    });
    expect(open.check({ method: 'GET', url: '/', headers: { host: 'my-box.lan', ...bearer } }).ok).toBe(true);
  });

  it('requires our own Origin on state-changing requests and upgrades', () => {
    const base = { url: '/api/x', headers: { host: 'localhost:4770', ...bearer } };
    const check = (method: string, headers: Record<string, string>) =>
      guard.check({ ...base, method, headers: { ...base.headers, ...headers } });
    expect(check('POST', { origin: 'http://localhost:4770' }).ok).toBe(true);
    expect(check('POST', { origin: 'http://evil.example' })).toMatchObject({
      ok: false,
      error: { status: 403, field: 'Origin' },
    });
    expect(check('DELETE', { origin: 'http://localhost:4771' }).ok).toBe(false);
    expect(check('PUT', { origin: 'null' }).ok).toBe(false);
    expect(
      check('GET', { upgrade: 'websocket', connection: 'Upgrade', origin: 'http://evil.example' }).ok,
    ).toBe(false);
    expect(check('GET', { origin: 'http://evil.example' }).ok).toBe(true);
  });

  it('accepts a missing Origin only from clients that authenticate with a header', () => {
    const cookie = { cookie: `wheelhouse-session-4770=${token.value}` };
    expect(guard.check({ method: 'POST', url: '/x', headers: { host: 'localhost', ...bearer } }).ok).toBe(
      true,
    );
    expect(
      guard.check({ method: 'POST', url: '/x', headers: { host: 'localhost', ...cookie } }),
    ).toMatchObject({
      ok: false,
      error: { status: 403 },
    });
  });

  it('tells how the session was proved', () => {
    const check = (url: string, headers: Record<string, string>) =>
      guard.check({ method: 'GET', url, headers: { host: 'localhost', ...headers } });
    expect(check('/', bearer)).toEqual({ ok: true, auth: { sessionVia: 'bearer' } });
    expect(check('/', { cookie: `a=b; wheelhouse-session-4770=${token.value}` })).toEqual({
      ok: true,
      auth: { sessionVia: 'cookie' },
    });
    expect(check(`/pods?token=${token.value}`, {})).toEqual({ ok: true, auth: { sessionVia: 'query' } });
    expect(check(`/api/config?token=${token.value}`, {})).toMatchObject({
      ok: false,
      error: { status: 401 },
    });
    expect(check('/', { authorization: 'Bearer wrong' })).toMatchObject({
      ok: false,
      error: { status: 401 },
    });
    expect(check('/', { cookie: 'wheelhouse-session-4771=' + token.value })).toMatchObject({ ok: false });
    expect(check('/healthz', {})).toEqual({ ok: true, auth: { sessionVia: 'none' } });
  });

  it('needs no session in-cluster', () => {
    const inCluster = createRequestGuard({ mode: 'in-cluster', bindHost: '0.0.0.0', port: 1, baseUrl: '' });
    expect(inCluster.check({ method: 'GET', url: '/api/config', headers: { host: 'wh.example' } })).toEqual({
      ok: true,
      auth: { sessionVia: 'none' },
    });
    expect(inCluster.isSessionToken('anything')).toBe(false);
  });

  it('classifies page paths under the base URL', () => {
    expect(isPagePath('/wh/', '/wh')).toBe(true);
    expect(isPagePath('/wh/workloads/pods', '/wh')).toBe(true);
    expect(isPagePath('/wh/api/config', '/wh')).toBe(false);
    expect(isPagePath('/wh/clusters/a/api', '/wh')).toBe(false);
    expect(isPagePath('/other', '/wh')).toBe(false);
  });
});

describe('createSessionToken', () => {
  it('makes a 32-byte base64url token unless one is given', () => {
    const random = createSessionToken();
    expect(random.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(random.matches(random.value)).toBe(true);
    expect(random.matches(`${random.value}x`)).toBe(false);
    expect(random.matches(undefined)).toBe(false);
    expect(createSessionToken('fixed-token-value-1').matches('fixed-token-value-1')).toBe(true);
  });
});
