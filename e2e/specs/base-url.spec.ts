/**
 * Served under a path prefix (`--base-url /wheelhouse`, as behind an ingress that routes a path): the app
 * loads from the prefix on the home page and on deep links, and reaches the API and the cluster proxy there.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipIntegration } from '../../test/clusters.ts';
import { startWheelhouse, type Wheelhouse } from '../../test/wheelhouse.ts';
import { launchBrowser } from '../browser.ts';
import { visible } from '../expect-visible.ts';
import { adminKubeconfig } from '../fixtures.ts';
import { HomePage } from '../pages/home.page.ts';
import { ResourcesPage } from '../pages/resources.page.ts';

const base = '/wheelhouse';

describe.skipIf(skipIntegration())('under a base URL', () => {
  let wheelhouse: Wheelhouse;
  let browser: Browser;

  beforeAll(async () => {
    wheelhouse = await startWheelhouse({ kubeconfig: [adminKubeconfig('alpha').path], baseUrl: base });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await (browser as Browser | undefined)?.close();
    await (wheelhouse as Wheelhouse | undefined)?.stop();
  });

  it('loads the home page and a deep link, and lists pods through the prefixed proxy', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${String(response.status())} ${response.url()}`);
    });
    await page.goto(`${wheelhouse.url}${base}/?token=${wheelhouse.token}`);
    await visible(new HomePage(page).row('alpha'), 30_000);
    await page.goto(`${wheelhouse.url}${base}/c/alpha/r/core/v1/pods?ns=shop`);
    const resources = new ResourcesPage(page);
    await visible(resources.table('Pods').getByRole('link').first(), 30_000);
    expect(page.url()).toContain(`${base}/c/alpha/r/core/v1/pods`);
    expect(failed).toEqual([]);
    await context.close();
  });
});
