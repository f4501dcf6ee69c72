/**
 * In-cluster mode with a real service-account token: users bring their own credentials; the pod's
 * service-account token is used for them only with --unsafe-use-service-account-token.
 */
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubectl, skipIntegration, testClusters } from './clusters.ts';
import { startWheelhouse, type Wheelhouse } from './wheelhouse.ts';

describe.skipIf(skipIntegration())('in-cluster mode', () => {
  const clusters = testClusters();
  let dir: string;
  let env: Record<string, string>;
  const started: Wheelhouse[] = [];

  beforeAll(async () => {
    if (!clusters) return;
    const admin = clusters.beta.adminKubeconfig;
    await kubectl(admin, ['create', 'serviceaccount', 'wheelhouse', '-n', 'default']);
    const token = await kubectl(admin, ['create', 'token', 'wheelhouse', '-n', 'default', '--duration=1h']);
    expect(token.code, token.stderr).toBe(0);
    dir = mkdtempSync(join(tmpdir(), 'wh-sa-'));
    writeFileSync(join(dir, 'token'), token.stdout.trim());
    writeFileSync(join(dir, 'namespace'), 'default');
    copyFileSync(clusters.beta.caCert, join(dir, 'ca.crt'));
    env = {
      KUBERNETES_SERVICE_HOST: '127.0.0.1',
      KUBERNETES_SERVICE_PORT: String(clusters.beta.ports['apiServer']),
    };
  });
  afterAll(async () => {
    await Promise.all(started.map((w) => w.stop()));
  });

  const start = async (extra: string[] = []): Promise<Wheelhouse> => {
    const wheelhouse = await startWheelhouse({
      inCluster: true,
      args: ['--in-cluster-dir', dir, ...extra],
      env,
    });
    started.push(wheelhouse);
    return wheelhouse;
  };

  it("lists the pod's cluster and never acts as its service account for users", async () => {
    const wheelhouse = await start();
    const config = (await (await wheelhouse.fetch('/api/config')).json()) as {
      mode: string;
      clusters: { name: string; source: string }[];
    };
    expect(config.mode).toBe('in-cluster');
    expect(config.clusters).toMatchObject([{ name: 'in-cluster', source: 'in-cluster' }]);

    const anonymous = await wheelhouse.fetch('/clusters/in-cluster/api/v1/namespaces/default/pods');
    expect([401, 403]).toContain(anonymous.status);
    expect(await anonymous.text()).not.toContain('serviceaccount');

    const asViewer = await wheelhouse.fetch('/clusters/in-cluster/api/v1/namespaces/default/pods', {
      headers: { authorization: `Bearer ${clusters?.beta.viewerToken ?? ''}` },
    });
    expect(asViewer.status).toBe(200);
  });

  it('uses the service account only with --unsafe-use-service-account-token', async () => {
    const wheelhouse = await start(['--unsafe-use-service-account-token']);
    const response = await wheelhouse.fetch('/clusters/in-cluster/api/v1/namespaces/default/pods');
    expect(response.status).toBe(403); // the service account has no RBAC: the cluster says who it was
    expect(await response.text()).toContain('system:serviceaccount:default:wheelhouse');
  });
});
