import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../testing/test-config.ts';
import { ClusterRegistry } from './cluster-registry.ts';
import { loadInClusterCluster, startInClusterSource } from './in-cluster-source.ts';

let dir: string;
let cleanup: () => Promise<void>;
const env = { KUBERNETES_SERVICE_HOST: '10.96.0.1', KUBERNETES_SERVICE_PORT: '443' };

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
  await writeFile(path.join(dir, 'ca.crt'), 'CA PEM');
  await writeFile(path.join(dir, 'token'), 'sa-token-1');
  await writeFile(path.join(dir, 'namespace'), 'wheelhouse\n');
});
afterEach(() => cleanup());

describe('in-cluster source', () => {
  it('builds the cluster from the service account, without giving its token to anyone by default', async () => {
    const { value, errors } = await loadInClusterCluster({ dir, env, unsafeUseServiceAccountToken: false });
    expect(errors).toEqual([]);
    expect(value).toMatchObject({
      name: 'in-cluster',
      server: 'https://10.96.0.1:443',
      namespace: 'wheelhouse',
      authType: 'none',
      source: { type: 'in-cluster' },
    });
    expect(await value?.credentials.authHeaders()).toEqual({});
    expect((await value?.credentials.tls())?.ca).toBe('CA PEM');
  });

  it('uses the service-account token only with the unsafe flag', async () => {
    const { value } = await loadInClusterCluster({ dir, env, unsafeUseServiceAccountToken: true });
    expect(value?.authType).toBe('tokenFile');
    expect(await value?.credentials.authHeaders()).toEqual({ Authorization: 'Bearer sa-token-1' });
  });

  it('brackets IPv6 service hosts', async () => {
    const { value } = await loadInClusterCluster({
      dir,
      env: { KUBERNETES_SERVICE_HOST: 'fd00::1', KUBERNETES_SERVICE_PORT: '443' },
      unsafeUseServiceAccountToken: false,
    });
    expect(value?.server).toBe('https://[fd00::1]:443');
  });

  it('reports why it cannot load, into the registry', async () => {
    const registry = new ClusterRegistry();
    await startInClusterSource(registry, { dir, env: {}, unsafeUseServiceAccountToken: false });
    expect(registry.list()).toEqual([]);
    expect(registry.isReady()).toBe(true);
    expect(registry.sourceErrors()[0]?.message).toContain('KUBERNETES_SERVICE_HOST');
    const missingCa = await loadInClusterCluster({
      dir: path.join(dir, 'nope'),
      env,
      unsafeUseServiceAccountToken: false,
    });
    expect(missingCa.errors).toEqual([
      {
        source: 'in-cluster',
        file: path.join(dir, 'nope', 'ca.crt'),
        message: 'service-account CA file not found',
      },
    ]);
  });
});
