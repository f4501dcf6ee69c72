/**
 * Dynamic clusters against real control planes: adding by kubeconfig (client-certificate and token users)
 * and by fields, `verify` diagnoses, the events stream, and kubectl through the new proxy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startWheelhouse, type Wheelhouse } from './wheelhouse.ts';
import { kubectl, skipIntegration, testClusters } from './clusters.ts';
import {
  call,
  caData,
  dynamicNames,
  kubeconfigText,
  parseEvents,
  proxyKubeconfig,
  readUntil,
} from './dynamic-clusters-support.ts';

describe.skipIf(skipIntegration())('dynamic clusters: adding', () => {
  const clusters = testClusters();
  let wheelhouse: Wheelhouse;
  let events: ReadableStreamDefaultReader<Uint8Array>;
  const stream = { text: '' };

  beforeAll(async () => {
    wheelhouse = await startWheelhouse();
    const response = await wheelhouse.fetch('/api/clusters/events');
    if (response.body === null) throw new Error('no event stream');
    events = response.body.getReader();
    await readUntil(events, (text) => text.includes('event: snapshot'), stream);
  });
  afterAll(async () => {
    await events.cancel();
    await wheelhouse.stop();
  });

  it('adds a kubeconfig with a client-certificate user, verified, and proxies to it', async () => {
    if (!clusters) return;
    const added = await call(wheelhouse, 'POST', '/api/clusters', {
      kubeconfig: kubeconfigText(clusters.alpha, 'admin'),
      names: { alpha: 'alpha-admin' },
      verify: true,
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(added.body).toMatchObject({
      clusters: [
        {
          name: 'alpha-admin',
          source: 'dynamic',
          contextName: 'alpha',
          authType: 'clientCertificate',
          persisted: false,
        },
      ],
      verification: [{ name: 'alpha-admin', version: clusters.alpha.version, username: 'admin' }],
    });
    const namespace = await wheelhouse.fetch('/clusters/alpha-admin/api/v1/namespaces/shop');
    expect(namespace.status).toBe(200);
    expect(await dynamicNames(wheelhouse)).toContain('alpha-admin');
    await readUntil(events, (text) => text.includes('"name":"alpha-admin"'), stream);
    expect(parseEvents(stream.text)).toContainEqual(
      expect.objectContaining({
        type: 'added',
        cluster: expect.objectContaining({ name: 'alpha-admin', source: 'dynamic' }) as unknown,
      }),
    );
  });

  it('adds a kubeconfig with a token user, acting as that user', async () => {
    if (!clusters) return;
    const added = await call(wheelhouse, 'POST', '/api/clusters', {
      kubeconfig: kubeconfigText(clusters.alpha, 'viewer'),
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(added.body).toMatchObject({ clusters: [{ name: 'alpha-viewer', authType: 'token' }] });
    expect((await wheelhouse.fetch('/clusters/alpha-viewer/api/v1/namespaces/shop/pods')).status).toBe(200);
    const create = await wheelhouse.fetch('/clusters/alpha-viewer/api/v1/namespaces/shop/configmaps', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'nope' } }),
    });
    expect(create.status).toBe(403);
    expect(await create.json()).toMatchObject({ kind: 'Status', reason: 'Forbidden' });
  });

  it('adds by fields (server, CA, token)', async () => {
    if (!clusters) return;
    const added = await call(wheelhouse, 'POST', '/api/clusters', {
      name: 'beta-fields',
      server: clusters.beta.server,
      certificateAuthorityData: caData(clusters.beta),
      token: clusters.beta.viewerToken,
      namespace: 'default',
      verify: true,
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(added.body).toMatchObject({
      clusters: [{ name: 'beta-fields', namespace: 'default' }],
      verification: [{ username: expect.any(String) as unknown }],
    });
    expect((await wheelhouse.fetch('/clusters/beta-fields/api/v1/namespaces/default/pods')).status).toBe(200);
  });

  it('verify diagnoses a wrong CA, a wrong token and an unreachable server, adding nothing', async () => {
    if (!clusters) return;
    const before = await dynamicNames(wheelhouse);
    const wrongCa = await call(wheelhouse, 'POST', '/api/clusters', {
      name: 'wrong-ca',
      server: clusters.alpha.server,
      certificateAuthorityData: caData(clusters.beta),
      token: clusters.alpha.viewerToken,
      verify: true,
    });
    expect(wrongCa).toMatchObject({
      status: 422,
      body: { reason: 'tls-unknown-authority', field: 'certificateAuthorityData', cluster: 'wrong-ca' },
    });
    const wrongToken = await call(wheelhouse, 'POST', '/api/clusters', {
      name: 'wrong-token',
      server: clusters.alpha.server,
      certificateAuthorityData: caData(clusters.alpha),
      token: 'not-a-valid-token',
      verify: true,
    });
    expect(wrongToken).toMatchObject({ status: 422, body: { reason: 'unauthorized', field: 'token' } });
    const port = await freePort();
    const unreachable = await call(wheelhouse, 'POST', '/api/clusters', {
      kubeconfig: kubeconfigText(clusters.alpha, 'viewer').replace(
        clusters.alpha.server,
        `https://127.0.0.1:${String(port)}`,
      ),
      verify: true,
    });
    expect(unreachable).toMatchObject({
      status: 422,
      body: { reason: 'refused', field: 'kubeconfig', context: 'alpha-viewer' },
    });
    expect(await dynamicNames(wheelhouse)).toEqual(before);
  });

  it('lets kubectl use the new cluster through the proxy', async () => {
    if (!clusters) return;
    const kubeconfig = proxyKubeconfig(wheelhouse);
    const got = await kubectl(kubeconfig, [
      '--context=wheelhouse-alpha-admin',
      'get',
      'namespace',
      'shop',
      '-o',
      'name',
    ]);
    expect(got.stdout.trim(), got.stderr).toBe('namespace/shop');
    const viewer = await kubectl(kubeconfig, [
      '--context=wheelhouse-alpha-viewer',
      'auth',
      'can-i',
      'create',
      'pods',
      '-n',
      'shop',
    ]);
    expect(viewer.stdout.trim()).toBe('no');
  });
});
