/**
 * A view-only user (`view` ClusterRole) browsing `alpha`: lists they may read work; Secrets, which `view` does not
 * grant, show a forbidden state naming the verb, the resource and the scope — not an empty table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipIntegration, testClusters } from '../../test/clusters.ts';
import { visible } from '../expect-visible.ts';
import { startApp, type App } from '../fixtures.ts';
import { ResourcesPage } from '../pages/resources.page.ts';

describe.skipIf(skipIntegration())('resource browser as a viewer', () => {
  let app: App;

  beforeAll(async () => {
    const clusters = testClusters();
    if (!clusters) throw new Error('test clusters are not running');
    app = await startApp({ kubeconfig: [clusters.alpha.viewerKubeconfig] });
  });
  afterAll(async () => {
    await (app as App | undefined)?.stop();
  });

  it('lists pods, and explains that Secrets are forbidden', async (ctx) => {
    const page = await app.open();
    const resources = new ResourcesPage(page);
    try {
      const cluster = 'alpha-viewer';
      await resources.open(`/c/${cluster}/r/core/v1/pods`);
      await visible(resources.table('Pods'));
      await resources.groupLinks('Configuration').getByText('Secrets', { exact: true }).click();
      const title = page.getByRole('heading', { name: 'You may not list secrets' });
      await visible(title);
      const text = await page.locator('main').innerText();
      expect(text).toContain('do not allow the verb “list” on “secrets” in all namespaces');
      expect(text).toMatch(/The cluster said: .*secrets is forbidden/);
      expect(await page.getByRole('table', { name: 'Secrets list' }).count()).toBe(0);
      // One namespace: the scope in the explanation follows.
      await resources.open(`/c/${cluster}/r/core/v1/secrets?ns=shop`);
      await visible(page.getByText('in namespace “shop”', { exact: false }));
    } catch (error) {
      await app.capture(`resources-viewer-${ctx.task.id}`);
      throw error;
    }
  });
});
