import { describe, expect, it } from 'vitest';
import { isProxyTarget, normalizeBasePath, parseProxyPath, upstreamPath } from './proxy-path.ts';

describe('parseProxyPath', () => {
  it('keeps the path after the cluster name and the query string byte for byte', () => {
    expect(parseProxyPath('/clusters/dev/api/v1/pods?labelSelector=app%3Dweb&watch=1&x=%2F', '')).toEqual({
      type: 'match',
      clusterName: 'dev',
      path: '/api/v1/pods?labelSelector=app%3Dweb&watch=1&x=%2F',
    });
  });

  it('maps the bare cluster prefix to the API root', () => {
    expect(parseProxyPath('/clusters/dev', '')).toEqual({ type: 'match', clusterName: 'dev', path: '/' });
    expect(parseProxyPath('/clusters/dev?timeout=3s', '')).toEqual({
      type: 'match',
      clusterName: 'dev',
      path: '/?timeout=3s',
    });
  });

  it('honours a base path', () => {
    expect(parseProxyPath('/ui/clusters/dev/version', '/ui')).toMatchObject({
      type: 'match',
      path: '/version',
    });
    expect(parseProxyPath('/clusters/dev/version', '/ui')).toEqual({ type: 'not-proxy' });
  });

  it.each([
    '/clusters/dev/../prod/api',
    '/clusters/dev/api/..',
    '/clusters/dev/./api',
    '/clusters/dev/%2e%2e/prod/api',
    '/clusters/dev/%2E./api',
    '/clusters/dev/api/..%2F..%2Fprod',
    '/clusters/dev/api/..%5C..%5Cprod',
    '/clusters/dev%2F..%2Fprod/api',
    '/clusters/dev%2fx/api',
    '/clusters/%2e%2e/api',
    '/clusters/../api',
    '/clusters/dev\\x/api',
    '/clusters/dev/api/%E0%A4%A',
  ])('rejects %s with 400', (url) => {
    expect(parseProxyPath(url, '')).toMatchObject({ type: 'invalid', status: 400 });
  });

  it('rejects a missing cluster name with 404', () => {
    expect(parseProxyPath('/clusters/', '')).toMatchObject({ type: 'invalid', status: 404 });
    expect(parseProxyPath('/clusters//api', '')).toMatchObject({ type: 'invalid', status: 404 });
  });

  it('allows dots inside names and segments', () => {
    expect(
      parseProxyPath('/clusters/prod.eu-1/apis/apps/v1/namespaces/a..b/deployments/x.y', ''),
    ).toMatchObject({
      type: 'match',
      clusterName: 'prod.eu-1',
    });
  });
});

describe('upstreamPath', () => {
  it('prefixes the server path, without doubling slashes', () => {
    expect(upstreamPath(new URL('https://h:6443'), '/api?x=1')).toBe('/api?x=1');
    expect(upstreamPath(new URL('https://h/k8s/clusters/c-1/'), '/api')).toBe('/k8s/clusters/c-1/api');
  });
});

describe('normalizeBasePath and isProxyTarget', () => {
  it('normalises base paths', () => {
    expect(normalizeBasePath(undefined)).toBe('');
    expect(normalizeBasePath('/')).toBe('');
    expect(normalizeBasePath('ui/')).toBe('/ui');
  });

  it('recognises proxy targets', () => {
    expect(isProxyTarget('/clusters/a/api', '')).toBe(true);
    expect(isProxyTarget('/api/clusters', '')).toBe(false);
    expect(isProxyTarget(undefined, '')).toBe(false);
  });
});
