/**
 * A big list: 10,000 pending pods in a namespace of their own. The list pages in,
 * stays virtualized (never more than ~100 rows in the DOM while scrolling), and filters and sorts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubectl, skipIntegration, testClusters } from '../../test/clusters.ts';
import { visible } from '../expect-visible.ts';
import { directClient, inParallel } from '../../test/direct-client.ts';
import { startApp, type App } from '../fixtures.ts';
import { ResourcesPage } from '../pages/resources.page.ts';

const count = 10_000;
const namespace = 'e2e-big';

describe.skipIf(skipIntegration())('a list of 10,000 pods', () => {
  let app: App;
  let admin: string;

  beforeAll(async () => {
    const clusters = testClusters();
    if (!clusters) throw new Error('test clusters are not running');
    admin = clusters.alpha.adminKubeconfig;
    app = await startApp({ kubeconfig: [admin] });
    await kubectl(admin, ['create', 'namespace', namespace]);
    // Created straight at the API server (the proxy is not what this test is about), 64 at a time.
    const client = directClient(clusters.alpha);
    try {
      await inParallel(count, 64, async (i) => {
        const { status, body } = await client.request('POST', `/api/v1/namespaces/${namespace}/pods`, {
          metadata: {
            name: `bulk-${String(i).padStart(5, '0')}`,
            labels: { app: 'bulk', shard: String(i % 10) },
          },
          // A scheduler that does not exist: the pods stay Pending, untouched by the scheduler and kwok, so
          // neither creating nor deleting 10k of them keeps the control plane busy for the specs that follow.
          spec: {
            schedulerName: 'e2e-unscheduled',
            containers: [{ name: 'main', image: 'registry.example/bulk:1' }],
          },
        });
        if (status !== 201) throw new Error(`pod ${String(i)}: ${String(status)} ${body}`);
      });
    } finally {
      await client.close();
    }
  }, 600_000);
  afterAll(async () => {
    await kubectl(admin, ['delete', 'namespace', namespace, '--wait=false']);
    await (app as App | undefined)?.stop();
  });

  it('scrolls with few rows in the DOM, filters by text and labels, and sorts', async (ctx) => {
    const page = await app.open();
    const resources = new ResourcesPage(page);
    try {
      await resources.open(`/c/alpha/r/core/v1/pods?ns=${namespace}`);
      const table = resources.table('Pods');
      await visible(table);
      await visible(page.getByText(`${String(count)} objects`), 60_000);
      const domRows = () => resources.rows(table).count();
      expect(await domRows()).toBeLessThanOrEqual(100);
      // Scroll to the end: the last pod is rendered, still with few rows in the DOM.
      await table.hover();
      const last = resources.row(table, 'bulk-09999');
      for (let i = 0; i < 40 && !(await last.isVisible()); i += 1) await page.mouse.wheel(0, 50_000);
      await visible(last);
      expect(await domRows()).toBeLessThanOrEqual(100);
      // Text filter (in the URL), then a label selector on top.
      await resources.filter.fill('bulk-0123');
      await visible(page.getByText(`10 of ${String(count)} shown`));
      expect(page.url()).toContain('q=bulk-0123');
      await resources.filter.fill('');
      await resources.labelSelector.fill('shard=3');
      await visible(page.getByText(`1000 of ${String(count)} shown`));
      await resources.labelSelector.fill('shard in (3');
      await visible(page.getByText(/Invalid label selector/));
      await resources.labelSelector.fill('');
      // Sort by name, descending: the last pod comes first.
      await table.getByRole('button', { name: 'Sort by Name' }).click();
      await table.getByRole('button', { name: 'Sort by Name' }).click();
      expect(page.url()).toContain('sort=-name');
      const firstRow = resources.rows(table).nth(1);
      await visible(firstRow.getByRole('link', { name: 'bulk-09999' }));
      expect(await domRows()).toBeLessThanOrEqual(100);
    } catch (error) {
      await app.capture(`resources-big-${ctx.task.id}`);
      throw error;
    }
  });
});
