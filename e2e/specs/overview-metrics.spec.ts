/**
 * The overview's CPU and memory charts against a real `metrics.k8s.io/v1beta1` API. The test clusters have
 * no metrics-server, so the spec serves the same API from a CustomResourceDefinition (NodeMetrics objects
 * with `usage`, as metrics-server answers) and changes the usage between two samples.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../tools/testcluster/node/testcluster.ts';
import { kubectl, skipIntegration } from '../../test/clusters.ts';
import { visible } from '../expect-visible.ts';
import { adminKubeconfig, startApp, type App } from '../fixtures.ts';

const crd = {
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  metadata: {
    name: 'nodes.metrics.k8s.io',
    annotations: { 'api-approved.kubernetes.io': 'unapproved, e2e test stand-in for metrics-server' },
  },
  spec: {
    group: 'metrics.k8s.io',
    scope: 'Cluster',
    names: { plural: 'nodes', singular: 'nodemetrics', kind: 'NodeMetrics', listKind: 'NodeMetricsList' },
    versions: [
      {
        name: 'v1beta1',
        served: true,
        storage: true,
        schema: {
          openAPIV3Schema: {
            type: 'object',
            properties: {
              timestamp: { type: 'string' },
              window: { type: 'string' },
              usage: { type: 'object', additionalProperties: { 'x-kubernetes-int-or-string': true } },
            },
          },
        },
      },
    ],
  },
};

function nodeMetrics(cpu: string, memory: string): unknown {
  return {
    apiVersion: 'v1',
    kind: 'List',
    items: ['kwok-node-0', 'kwok-node-1'].map((name) => ({
      apiVersion: 'metrics.k8s.io/v1beta1',
      kind: 'NodeMetrics',
      metadata: { name },
      timestamp: new Date().toISOString(),
      window: '20s',
      usage: { cpu, memory },
    })),
  };
}

describe.skipIf(skipIntegration())('overview metrics charts', () => {
  let app: App;
  const admin = (): string => adminKubeconfig('beta').path;
  const apply = async (object: unknown): Promise<void> => {
    const result = await kubectl(admin(), ['apply', '-f', '-'], JSON.stringify(object));
    if (result.code !== 0) throw new Error(`kubectl apply: ${result.stderr}`);
  };

  beforeAll(async () => {
    await apply(crd);
    const established = await kubectl(admin(), [
      'wait',
      '--for=condition=Established',
      'crd/nodes.metrics.k8s.io',
      '--timeout=60s',
    ]);
    if (established.code !== 0) throw new Error(established.stderr);
    await apply(nodeMetrics('500m', '1Gi'));
    app = await startApp({ kubeconfig: [admin()] });
  }, 120_000);
  afterAll(async () => {
    await kubectl(admin(), ['delete', 'crd', 'nodes.metrics.k8s.io', '--wait=false']);
    await (app as App | undefined)?.stop();
  });

  it('samples node usage over time and charts CPU and memory against allocatable', async () => {
    const page = await app.open();
    await page.goto(`${app.wheelhouse.url}/c/beta`);
    // The first sample: the charts wait for a second one.
    await visible(page.getByText(/Collecting samples/).first(), 60_000);
    await apply(nodeMetrics('1500m', '3Gi'));
    // The next sample comes 15 s later: both charts, with now the second sample's totals.
    const cpu = await visible(page.getByRole('img', { name: /^CPU in use over the last/ }), 60_000);
    const memory = await visible(page.getByRole('img', { name: /^Memory in use over the last/ }));
    const cpuSummary = (await cpu.getAttribute('aria-label')) ?? '';
    const memorySummary = (await memory.getAttribute('aria-label')) ?? '';
    expect(cpuSummary).toContain('now 3 of ');
    expect(cpuSummary).toContain('lowest 1,');
    expect(memorySummary).toContain('now 6Gi of ');
    expect(memorySummary).toContain('lowest 2Gi,');
    // The overview screenshots of docs/logs-terminal-actions.md, with the charts.
    await memory.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(repoRoot, 'docs', 'images', 'overview.png') });
    // Switched in place (a reload would lose the samples): without transitions, so that no colour is caught
    // half-way (the app bar's buttons were still fading after 500 ms).
    await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; }' });
    await page.emulateMedia({ colorScheme: 'dark' });
    // The red channel of the page's background (e2e code has no DOM types: the expression is a string).
    const backgroundRed = (): Promise<number> =>
      page.evaluate<number>('Number(/\\d+/.exec(getComputedStyle(document.body).backgroundColor)?.[0])');
    await expect.poll(backgroundRed).toBeLessThan(80);
    await page.screenshot({ path: join(repoRoot, 'docs', 'images', 'overview-dark.png') });
    // A node's name in the Nodes card opens its details.
    await page.getByTestId('node-kwok-node-0').getByRole('link', { name: 'kwok-node-0' }).click();
    await visible(page.getByRole('heading', { name: /kwok-node-0/ }));
    expect(new URL(page.url()).pathname).toMatch(/\/nodes\/kwok-node-0$/);
  }, 120_000);
});
