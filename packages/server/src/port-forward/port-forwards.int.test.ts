/**
 * Port-forwards against a real control plane: kwok's simulated kubelet forwards every port to the test
 * cluster's supervisor HTTP server, so a forward answers on 127.0.0.1 with that server's text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PortForward, PortForwardList } from '@wheelhouse/api-types';
import { kubectl, skipIntegration, testClusters } from '../../../../test/clusters.ts';
import { startWheelhouse, type Wheelhouse } from '../../../../test/wheelhouse.ts';

describe.skipIf(skipIntegration())('port-forwards', () => {
  const clusters = testClusters();
  let wheelhouse: Wheelhouse;
  let cluster = '';
  const send = (path: string, method: string, body?: unknown) =>
    wheelhouse.fetch(path, {
      method,
      headers: {
        origin: wheelhouse.url,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  beforeAll(async () => {
    if (!clusters) return;
    wheelhouse = await startWheelhouse({ kubeconfig: [clusters.alpha.adminKubeconfig] });
    const config = (await (await wheelhouse.fetch('/api/config')).json()) as { clusters: { name: string }[] };
    cluster = config.clusters[0]?.name ?? '';
  });
  afterAll(async () => {
    await wheelhouse.stop();
  });

  it('forwards a pod port on 127.0.0.1, lists it, and stops it', async () => {
    if (!clusters) return;
    const pods = await kubectl(clusters.alpha.adminKubeconfig, [
      'get',
      'pods',
      '-n',
      'shop',
      '-l',
      'app=frontend',
      '-o',
      'jsonpath={.items[0].metadata.name}',
    ]);
    const started = await send('/api/port-forwards', 'POST', {
      cluster,
      namespace: 'shop',
      pod: pods.stdout,
      port: 8080,
    });
    expect(started.status).toBe(201);
    const forward = (await started.json()) as PortForward;
    expect(forward).toMatchObject({
      localAddress: '127.0.0.1',
      state: 'active',
      pod: pods.stdout,
      targetPort: 8080,
    });
    const answer = await fetch(`http://127.0.0.1:${String(forward.localPort)}/through-a-forward`);
    expect(await answer.text()).toContain('port-forward target: GET /through-a-forward');
    const again = await fetch(`http://127.0.0.1:${String(forward.localPort)}/second`);
    expect(await again.text()).toContain('GET /second');
    const list = (await (await wheelhouse.fetch('/api/port-forwards')).json()) as PortForwardList;
    expect(list.items.find((f) => f.id === forward.id)?.connections).toBe(2);
    expect((await send(`/api/port-forwards/${forward.id}`, 'DELETE')).status).toBe(204);
    await expect(fetch(`http://127.0.0.1:${String(forward.localPort)}/`)).rejects.toThrow();
  });

  it('resolves a service with a named targetPort to a ready pod', async () => {
    const started = await send('/api/port-forwards', 'POST', {
      cluster,
      namespace: 'shop',
      service: 'frontend',
      port: 80,
    });
    expect(started.status).toBe(201);
    const forward = (await started.json()) as PortForward;
    expect(forward.targetPort).toBe(8080);
    expect(forward.pod).toMatch(/^frontend-/);
    const answer = await fetch(`http://127.0.0.1:${String(forward.localPort)}/svc`);
    expect(await answer.text()).toContain('GET /svc');
    await send(`/api/port-forwards/${forward.id}`, 'DELETE');
  });

  it('names what is wrong: unknown pod, both pod and service, unknown id', async () => {
    const missing = await send('/api/port-forwards', 'POST', {
      cluster,
      namespace: 'shop',
      pod: 'nope',
      port: 80,
    });
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { detail: string }).detail).toContain('pod shop/nope not found');
    const both = await send('/api/port-forwards', 'POST', {
      cluster,
      namespace: 'shop',
      pod: 'a',
      service: 'b',
      port: 80,
    });
    expect(both.status).toBe(400);
    expect((await send('/api/port-forwards/unknown', 'DELETE')).status).toBe(404);
  });
});
