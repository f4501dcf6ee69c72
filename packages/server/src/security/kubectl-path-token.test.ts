import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { kubectlPathPrefix, rewriteKubectlTokenPath } from './kubectl-path-token.ts';

/** A bare request: the rewrite reads only `url` and writes only `headers`. */
const request = (url: string): IncomingMessage => {
  const req = Object.create(null) as IncomingMessage;
  req.url = url;
  req.headers = {};
  return req;
};

describe('kubectl path token', () => {
  it('moves the token into a bearer header and strips the prefix', () => {
    const req = request('/wh/kubectl/tok-en_1/clusters/dev/api/v1/pods?watch=1');
    expect(rewriteKubectlTokenPath(req, '/wh')).toBe('/wh/clusters/dev/api/v1/pods?watch=1');
    expect(req.headers.authorization).toBe('Bearer tok-en_1');
  });

  it('leaves other URLs and their headers alone', () => {
    for (const url of ['/clusters/dev/api', '/kubectl', '/kubectl/', '/kubectl/token', '/wh/kubectl/x/y']) {
      const req = request(url);
      expect(rewriteKubectlTokenPath(req, '')).toBe(url);
      expect(req.headers.authorization).toBeUndefined();
    }
  });

  it('builds the prefix the rewrite understands', () => {
    const req = request(`${kubectlPathPrefix('/base', 'abc')}/clusters/x`);
    expect(rewriteKubectlTokenPath(req, '/base')).toBe('/base/clusters/x');
    expect(req.headers.authorization).toBe('Bearer abc');
  });
});
