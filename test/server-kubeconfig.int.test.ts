/**
 * The server against real clusters: kubeconfig edits picked up live, several clusters from one file set,
 * and a cluster's own errors (the viewer's 403) passed through byte for byte.
 */
import { copyFileSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { skipIntegration, testClusters } from './clusters.ts';
import { directClient } from './direct-client.ts';
import { eventually, startWheelhouse, type Wheelhouse } from './wheelhouse.ts';

interface ConfigResponse {
  clusters: { name: string; contextName?: string; source: string }[];
}

describe.skipIf(skipIntegration())('the server on real kubeconfig files', () => {
  const clusters = testClusters();
  let wheelhouse: Wheelhouse;
  let editable: string;

  beforeAll(async () => {
    if (!clusters) return;
    editable = join(mkdtempSync(join(tmpdir(), 'wh-live-')), 'config');
    copyFileSync(clusters.alpha.adminKubeconfig, editable);
    wheelhouse = await startWheelhouse({ kubeconfig: [editable, clusters.beta.viewerKubeconfig] });
  });
  afterAll(async () => {
    await wheelhouse.stop();
  });

  const names = async (): Promise<string[]> =>
    ((await (await wheelhouse.fetch('/api/config')).json()) as ConfigResponse).clusters
      .map((c) => c.name)
      .sort();

  it('lists every context of every file', async () => {
    expect(await names()).toEqual(['alpha', 'beta-viewer']);
  });

  it('picks up an added context within 2 s, then its removal, without a restart', async () => {
    const original = readFileSync(editable, 'utf8');
    const doc = parse(original) as { contexts: { name: string; context: Record<string, string> }[] };
    const first = doc.contexts[0];
    if (!first) throw new Error('no context');
    doc.contexts.push({ name: 'alpha-shop', context: { ...first.context, namespace: 'shop' } });
    // Editors often write a temp file and rename it over the original.
    writeFileSync(`${editable}.tmp`, stringify(doc));
    const edited = Date.now();
    renameSync(`${editable}.tmp`, editable);
    await eventually(
      async () => ((await names()).includes('alpha-shop') ? true : undefined),
      2_000,
      'alpha-shop',
    );
    console.info(`kubeconfig edit visible after ${String(Date.now() - edited)} ms`);
    const pods = await wheelhouse.fetch('/clusters/alpha-shop/api/v1/namespaces/shop/pods');
    expect(pods.status).toBe(200);

    writeFileSync(editable, original);
    await eventually(
      async () => ((await names()).includes('alpha-shop') ? undefined : true),
      2_000,
      'removal',
    );
    expect((await wheelhouse.fetch('/clusters/alpha-shop/api/v1/namespaces')).status).toBe(404);
  });

  it("passes the viewer's 403 through untouched", async () => {
    if (!clusters) return;
    const path = '/api/v1/namespaces/default/configmaps';
    const body = JSON.stringify({ metadata: { name: 'nope' } });
    const headers = { 'content-type': 'application/json' };
    const proxied = await wheelhouse.fetch(`/clusters/beta-viewer${path}`, { method: 'POST', body, headers });
    const viewer = directClient(clusters.beta, clusters.beta.viewerKubeconfig);
    const direct = await viewer.request('POST', path, JSON.parse(body));
    await viewer.close();
    expect(proxied.status).toBe(403);
    expect(direct.status).toBe(403);
    expect(proxied.headers.get('content-type')).toBe('application/json');
    expect(await proxied.text()).toBe(direct.body);
  });
});
