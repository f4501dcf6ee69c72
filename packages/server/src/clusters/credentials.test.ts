import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeTempDir } from '../testing/test-config.ts';
import { createKubeconfigCredentials } from './credentials.ts';

const b64 = (text: string) => Buffer.from(text).toString('base64');
let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
  // A tiny exec credential plugin: prints the token given as its argument, and counts its runs.
  await writeFile(
    path.join(dir, 'plugin.mjs'),
    `import { appendFileSync } from 'node:fs';
appendFileSync(process.argv[3], 'run\\n');
process.stdout.write(JSON.stringify({ apiVersion: 'client.authentication.k8s.io/v1', kind: 'ExecCredential',
  status: { token: process.argv[2], expirationTimestamp: new Date(Date.now() + 3600_000).toISOString() } }));`,
  );
});
afterAll(() => cleanup());

const cluster = (name: string, extra: object = {}) => ({
  name,
  server: `https://${name}:6443`,
  skipTLSVerify: false,
  ...extra,
});

describe('createKubeconfigCredentials', () => {
  it('gives a static token as a bearer header and decodes CA data', async () => {
    const credentials = createKubeconfigCredentials({
      cluster: cluster('c', { caData: b64('CA PEM'), tlsServerName: 'api.internal' }),
      user: { name: 'u', token: 'tok-123' },
    });
    expect(await credentials.authHeaders()).toEqual({ Authorization: 'Bearer tok-123' });
    expect(await credentials.tls()).toEqual({
      ca: 'CA PEM',
      cert: undefined,
      key: undefined,
      servername: 'api.internal',
      rejectUnauthorized: true,
    });
  });

  it('passes client certificates and insecure-skip-tls-verify', async () => {
    const credentials = createKubeconfigCredentials({
      cluster: cluster('c', { skipTLSVerify: true }),
      user: { name: 'u', certData: b64('CERT'), keyData: b64('KEY') },
    });
    expect(await credentials.tls()).toMatchObject({ cert: 'CERT', key: 'KEY', rejectUnauthorized: false });
    expect(await credentials.authHeaders()).toEqual({});
  });

  it('turns username/password into basic auth and works for plain-http servers', async () => {
    const credentials = createKubeconfigCredentials({
      cluster: { name: 'c', server: 'http://127.0.0.1:8080', skipTLSVerify: false },
      user: { name: 'u', username: 'ada', password: 'pw' },
    });
    expect(await credentials.authHeaders()).toEqual({ Authorization: `Basic ${b64('ada:pw')}` });
    expect(await credentials.tls()).toEqual({ rejectUnauthorized: true });
  });

  it('sends nothing for a context without a user but still applies the cluster CA', async () => {
    const credentials = createKubeconfigCredentials({
      cluster: cluster('c', { caData: b64('CA') }),
      user: undefined,
    });
    expect(await credentials.authHeaders()).toEqual({});
    expect((await credentials.tls()).ca).toBe('CA');
  });

  it("re-reads a token file (trimmed) after client-node's refresh interval", async () => {
    const tokenFile = path.join(dir, 'token');
    await writeFile(tokenFile, 'first\n');
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-01-01T00:00:00Z') });
    try {
      const credentials = createKubeconfigCredentials({
        cluster: cluster('c'),
        user: { name: 'u', authProvider: { name: 'tokenFile', config: { tokenFile } } },
      });
      expect(await credentials.authHeaders()).toEqual({ Authorization: 'Bearer first' });
      await writeFile(tokenFile, 'second\n');
      vi.setSystemTime(new Date('2026-01-01T00:01:01Z'));
      expect(await credentials.authHeaders()).toEqual({ Authorization: 'Bearer second' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps exec-plugin token caches per cluster, even for users with the same name', async () => {
    const runs = path.join(dir, 'runs');
    const user = (token: string) => ({
      name: 'admin',
      exec: {
        apiVersion: 'client.authentication.k8s.io/v1',
        command: process.execPath,
        args: [path.join(dir, 'plugin.mjs'), token, runs],
      },
    });
    const a = createKubeconfigCredentials({ cluster: cluster('a'), user: user('token-for-a') });
    const b = createKubeconfigCredentials({ cluster: cluster('b'), user: user('token-for-b') });
    const [first, second] = await Promise.all([a.authHeaders(), a.authHeaders()]);
    expect(first).toEqual({ Authorization: 'Bearer token-for-a' });
    expect(second).toEqual(first);
    expect(await b.authHeaders()).toEqual({ Authorization: 'Bearer token-for-b' });
    expect(await a.authHeaders()).toEqual({ Authorization: 'Bearer token-for-a' });
    const { readFile } = await import('node:fs/promises');
    // One run per cluster: concurrent calls share one resolution, later calls hit that cluster's own cache.
    expect((await readFile(runs, 'utf8')).trim().split('\n')).toHaveLength(2);
  });

  it('rejects when the exec plugin fails', async () => {
    const credentials = createKubeconfigCredentials({
      cluster: cluster('c'),
      user: { name: 'u', exec: { command: path.join(dir, 'does-not-exist') } },
    });
    await expect(credentials.authHeaders()).rejects.toThrow();
  });
});
