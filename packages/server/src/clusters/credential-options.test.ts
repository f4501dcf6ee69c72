import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Cluster as KubeCluster, User as KubeUser } from '@kubernetes/client-node';
import { afterAll, describe, expect, it } from 'vitest';
import { clientNodeResolver } from './client-node-credentials.ts';
import { lightAuthenticator, resolveLight, staticHeaders } from './credential-options.ts';
import { createKubeconfigCredentials } from './credentials.ts';

const b64 = (text: string) => Buffer.from(text).toString('base64');
// Created at collection time: it.each needs the paths before any hook runs.
const dir = mkdtempSync(path.join(os.tmpdir(), 'wheelhouse-credentials-'));
writeFileSync(path.join(dir, 'ca.pem'), 'CA FROM FILE');
writeFileSync(path.join(dir, 'cert.pem'), 'CERT FROM FILE');
writeFileSync(path.join(dir, 'key.pem'), 'KEY FROM FILE');
writeFileSync(path.join(dir, 'token'), ' file-token \n');
writeFileSync(
  path.join(dir, 'plugin.mjs'),
  `process.stdout.write(JSON.stringify({ apiVersion: 'client.authentication.k8s.io/v1', kind: 'ExecCredential',
  status: { token: 'exec-token', clientCertificateData: 'EXEC CERT', clientKeyData: 'EXEC KEY' } }));`,
);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const tlsCluster: KubeCluster = {
  name: 'c',
  server: 'https://c:6443',
  skipTLSVerify: false,
  caData: b64('CA PEM'),
  tlsServerName: 'api.internal',
};

/** Users of every kind the light path handles, each with the cluster it is checked against. */
function cases(): { name: string; cluster: KubeCluster; user: KubeUser }[] {
  const files = { caFile: path.join(dir, 'ca.pem') };
  return [
    { name: 'token', cluster: tlsCluster, user: { name: 'u', token: 'tok' } },
    {
      name: 'client certificate data, skip verify',
      cluster: { ...tlsCluster, skipTLSVerify: true },
      user: { name: 'u', certData: b64('CERT'), keyData: b64('KEY') },
    },
    {
      name: 'files win over data',
      cluster: { ...tlsCluster, ...files },
      user: {
        name: 'u',
        certFile: path.join(dir, 'cert.pem'),
        keyFile: path.join(dir, 'key.pem'),
        certData: b64('IGNORED'),
      },
    },
    { name: 'basic without password', cluster: tlsCluster, user: { name: 'u', username: 'ada' } },
    {
      name: 'basic wins over token; impersonation',
      cluster: tlsCluster,
      user: { name: 'u', username: 'ada', password: 'pw', token: 'tok', impersonateUser: 'bob' },
    },
    { name: 'no credential', cluster: tlsCluster, user: { name: 'u' } },
    {
      name: 'token file',
      cluster: tlsCluster,
      user: {
        name: 'u',
        authProvider: { name: 'tokenFile', config: { tokenFile: path.join(dir, 'token') } },
      },
    },
    {
      name: 'exec plugin with a client certificate',
      cluster: tlsCluster,
      user: { name: 'u', exec: { command: process.execPath, args: [path.join(dir, 'plugin.mjs')] } },
    },
    {
      name: 'plain http',
      cluster: { name: 'c', server: 'http://127.0.0.1:8080', skipTLSVerify: true },
      user: { name: 'u', token: 'tok' },
    },
  ];
}

describe('the light credential path', () => {
  it.each(cases())('gives what client-node’s KubeConfig gives: $name', async ({ cluster, user }) => {
    const plainHttp = cluster.server.startsWith('http:');
    const authenticator = lightAuthenticator(user);
    expect(authenticator).not.toBe('client-node');
    if (authenticator === 'client-node') return;
    const light = await resolveLight(cluster, user, authenticator, plainHttp);
    const full = await clientNodeResolver(cluster, user, plainHttp)();
    expect(light).toEqual(full);
    if (authenticator === 'none') expect(staticHeaders(user)).toEqual(full.headers);
  });

  it('leaves OIDC, Azure, GCP and unknown auth providers to client-node’s KubeConfig', () => {
    for (const name of ['oidc', 'azure', 'gcp', 'something-else'])
      expect(lightAuthenticator({ name: 'u', authProvider: { name, config: {} } })).toBe('client-node');
    expect(lightAuthenticator({ name: 'u', authProvider: { name: 'exec', config: {} } })).not.toBe(
      'client-node',
    );
  });

  it('resolves an auth provider through the lazily loaded KubeConfig', async () => {
    const credentials = createKubeconfigCredentials({
      cluster: tlsCluster,
      user: { name: 'u', authProvider: { name: 'azure', config: { 'access-token': 'az-token' } } },
    });
    expect(await credentials.authHeaders()).toEqual({ Authorization: 'Bearer az-token' });
    expect((await credentials.tls()).ca).toBe('CA PEM');
  });
});
