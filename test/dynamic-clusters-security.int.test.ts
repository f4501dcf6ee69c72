/**
 * Who may add clusters, and what a client-supplied cluster may do, against real control planes: the
 * switches, the session and Origin checks, and in-cluster mode (per-user clusters, exec / file / foreign
 * server refusals, another user's cluster).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { skipIntegration, testClusters } from './clusters.ts';
import { call, caData, config, kubeconfigText, readToEnd, readUntil } from './dynamic-clusters-support.ts';
import { startWheelhouse, type Wheelhouse } from './wheelhouse.ts';

describe.skipIf(skipIntegration())('dynamic clusters: security', () => {
  const clusters = testClusters();
  const started: Wheelhouse[] = [];
  const start = async (options: Parameters<typeof startWheelhouse>[0]): Promise<Wheelhouse> => {
    const wheelhouse = await startWheelhouse(options);
    started.push(wheelhouse);
    return wheelhouse;
  };
  afterAll(async () => {
    await Promise.all(started.map((w) => w.stop()));
  });
  const alpha = (name: string, extra: object = {}) => ({
    name,
    server: clusters?.alpha.server,
    certificateAuthorityData: clusters === undefined ? '' : caData(clusters.alpha),
    token: clusters?.alpha.viewerToken,
    ...extra,
  });

  it('refuses when switched off, naming the flag', async () => {
    const off = await start({ args: ['--no-dynamic-clusters'] });
    const refused = await call(off, 'POST', '/api/clusters', alpha('x'));
    expect(refused.status).toBe(403);
    expect(String(refused.body['detail'])).toContain('--dynamic-clusters');
    expect((await call(off, 'DELETE', '/api/clusters/x')).status).toBe(403);
    expect((await config(off)).features).toEqual({ dynamicClusters: false, persistClusters: true });
    const noPersist = await start({ env: { WHEELHOUSE_PERSIST_CLUSTERS: 'false' } });
    const persisted = await call(noPersist, 'POST', '/api/clusters', alpha('p', { persist: true }));
    expect(persisted).toMatchObject({ status: 403, body: { field: 'persist' } });
    expect(existsSync(join(noPersist.configDir, 'clusters.yaml'))).toBe(false);
    expect((await config(noPersist)).features.persistClusters).toBe(false);
  });

  it('refuses a foreign Origin and a missing session token', async () => {
    const wheelhouse = await start({});
    const foreign = await call(wheelhouse, 'POST', '/api/clusters', alpha('x'), {
      origin: 'https://evil.example',
    });
    expect(foreign).toMatchObject({ status: 403, body: { field: 'Origin' } });
    const anonymous = await fetch(`${wheelhouse.url}/api/clusters`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: wheelhouse.url },
      body: JSON.stringify(alpha('x')),
    });
    expect(anonymous.status).toBe(401);
    expect((await config(wheelhouse)).clusters.filter((c) => c.source === 'dynamic')).toEqual([]);
  });

  describe('in-cluster mode', () => {
    /** A browser of one user: its key cookie and the server's own Origin. */
    const user = async (wheelhouse: Wheelhouse) => {
      const first = await fetch(`${wheelhouse.url}/api/config`);
      const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      expect(cookie).toMatch(/^wheelhouse-user-key=/);
      const headers = { cookie, origin: wheelhouse.url };
      return {
        headers,
        call: (method: string, path: string, body?: unknown) => call(wheelhouse, method, path, body, headers),
        names: async () => (await config(wheelhouse, headers)).clusters.map((c) => c.name),
      };
    };

    it('keeps a user cluster to its user and refuses exec, files and foreign servers', async () => {
      if (!clusters) return;
      const wheelhouse = await start({
        inCluster: true,
        args: ['--dynamic-clusters', '--allowed-servers', '127.0.0.1'],
      });
      const alice = await user(wheelhouse);
      const bob = await user(wheelhouse);
      expect(
        (
          await alice.call('POST', '/api/clusters', {
            kubeconfig: kubeconfigText(clusters.alpha, 'viewer'),
            verify: true,
          })
        ).status,
      ).toBe(201);
      expect(await alice.names()).toContain('alpha-viewer');
      expect(await bob.names()).not.toContain('alpha-viewer');
      const pods = await wheelhouse.fetch('/clusters/alpha-viewer/api/v1/namespaces/shop/pods', {
        headers: alice.headers,
      });
      expect(pods.status).toBe(200);
      expect(
        (
          await wheelhouse.fetch('/clusters/alpha-viewer/api/v1/namespaces/shop/pods', {
            headers: bob.headers,
          })
        ).status,
      ).toBe(404);
      expect((await bob.call('DELETE', '/api/clusters/alpha-viewer')).status).toBe(404);
      expect((await bob.call('PATCH', '/api/clusters/alpha-viewer', { name: 'stolen' })).status).toBe(404);

      const exec = stringify({
        clusters: [{ name: 'c', cluster: { server: clusters.alpha.server } }],
        users: [
          {
            name: 'u',
            user: {
              exec: { apiVersion: 'client.authentication.k8s.io/v1', command: 'sh', args: ['-c', 'id'] },
            },
          },
        ],
        contexts: [{ name: 'exec', context: { cluster: 'c', user: 'u' } }],
      });
      expect(await alice.call('POST', '/api/clusters', { kubeconfig: exec })).toMatchObject({
        status: 422,
        body: { type: 'urn:wheelhouse:problem:policy', context: 'exec' },
      });
      const files = kubeconfigText(clusters.alpha, 'viewer').replace(
        /certificate-authority-data: .*/,
        `certificate-authority: ${clusters.alpha.caCert}`,
      );
      expect(await alice.call('POST', '/api/clusters', { kubeconfig: files })).toMatchObject({
        status: 422,
        body: { field: 'kubeconfig' },
      });
      for (const server of [
        'https://10.0.0.1:6443',
        'http://169.254.169.254',
        'https://metadata.google.internal',
      ]) {
        expect(await alice.call('POST', '/api/clusters', alpha('foreign', { server })), server).toMatchObject(
          { status: 422, body: { field: 'server' } },
        );
      }
      expect(await alice.call('POST', '/api/clusters', alpha('kept', { persist: true }))).toMatchObject({
        status: 403,
        body: { field: 'persist' },
      });
      expect(existsSync(join(wheelhouse.configDir, 'clusters.yaml'))).toBe(false);
    });

    it("closes a user's open watch when the user removes the cluster", async () => {
      if (!clusters) return;
      const wheelhouse = await start({
        inCluster: true,
        args: ['--dynamic-clusters', '--allowed-servers', '127.0.0.0/8'],
      });
      const carol = await user(wheelhouse);
      expect((await carol.call('POST', '/api/clusters', alpha('watched'))).status).toBe(201);
      const response = await wheelhouse.fetch('/clusters/watched/api/v1/namespaces/shop/pods?watch=1', {
        headers: carol.headers,
      });
      expect(response.status).toBe(200);
      if (response.body === null) throw new Error('no body');
      const reader = response.body.getReader();
      await readUntil(reader, (text) => text.includes('"type":"ADDED"'), { text: '' });
      expect((await carol.call('DELETE', '/api/clusters/watched')).status).toBe(204);
      expect(await readToEnd(reader)).toBeDefined();
      expect((await wheelhouse.fetch('/clusters/watched/version', { headers: carol.headers })).status).toBe(
        404,
      );
    });
  });
});
