/**
 * The example plugins, built with `wheelhouse-plugin build` and served from `--plugins-dir`, in the real app:
 * the Plugins page with statuses and errors (a broken manifest and a plugin that throws while rendering sit
 * next to them), the app-bar pod counter, the Deployment rollout section and list column, switching a plugin
 * off and on, and adding the `beta` cluster through the cluster-provider plugin, then browsing it.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { skipIntegration, testClusters } from '../../test/clusters.ts';
import { buildExamples, examplesDir } from '../../plugins/examples/build-examples.ts';
import { gone, visible } from '../expect-visible.ts';
import { adminKubeconfig, startApp, type App } from '../fixtures.ts';
import { ClusterPage } from '../pages/cluster.page.ts';
import { PluginsPage } from '../pages/plugins.page.ts';

/** A config dir whose plugins folder holds a plugin with a bad manifest and one that throws while rendering. */
function configDirWithBadPlugins(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wheelhouse-e2e-plugins-'));
  const write = (file: string, text: string): void => {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  };
  write('plugins/broken/package.json', JSON.stringify({ name: 'Broken Plugin', version: '1' }));
  write(
    'plugins/throwing/package.json',
    JSON.stringify({ name: 'throwing', version: '0.1.0', main: 'index.js' }),
  );
  write(
    'plugins/throwing/index.js',
    `const sdk = globalThis.__wheelhouse.modules['@wheelhouse/plugin-sdk'];
export const plugin = sdk.definePlugin({
  name: 'throwing',
  setup(ctx) {
    ctx.appBarActions.add({ id: 'bomb', component: () => { throw new Error('kaboom'); } });
  },
});
`,
  );
  return dir;
}

/**
 * A private copy of the built web app: other test runs in the same checkout may rebuild packages/web/dist
 * while this file runs.
 */
async function copyOfWebApp(): Promise<string> {
  const dist = join(import.meta.dirname, '../../packages/web/dist');
  for (let attempt = 0; attempt < 120 && !existsSync(join(dist, 'index.html')); attempt += 1)
    await new Promise((resolve) => setTimeout(resolve, 1000));
  const copy = mkdtempSync(join(tmpdir(), 'wheelhouse-e2e-web-'));
  cpSync(dist, copy, { recursive: true });
  return copy;
}

/** The CA that signs beta's serving certificate, from its kubeconfig (base64, as the form accepts). */
function betaCa(): string {
  const ca = /certificate-authority-data:\s*(\S+)/.exec(adminKubeconfig('beta').text)?.[1];
  if (ca === undefined) throw new Error('beta kubeconfig has no certificate-authority-data');
  return ca;
}

describe.skipIf(skipIntegration())('example plugins', () => {
  let app: App;
  const pages: Page[] = [];

  /** A logged-in page at `path`, with generous timeouts (the app and four plugins load on a busy machine). */
  async function open(path = '/'): Promise<Page> {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    pages.push(page);
    await page.goto(`${app.wheelhouse.url}/?token=${app.wheelhouse.token}`, {
      waitUntil: 'domcontentloaded',
      timeout: 120_000,
    });
    if (path !== '/')
      await page.goto(`${app.wheelhouse.url}${path}`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    return page;
  }

  beforeAll(async () => {
    await buildExamples();
    app = await startApp({
      kubeconfig: [adminKubeconfig('alpha').path],
      configDir: configDirWithBadPlugins(),
      args: ['--plugins-dir', examplesDir, '--web-dir', await copyOfWebApp()],
    });
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail') {
      const dir = join(import.meta.dirname, '../../.e2e-artifacts');
      mkdirSync(dir, { recursive: true });
      const name = ctx.task.name.replace(/\W+/g, '-');
      await Promise.allSettled(
        pages.map((p, i) => p.screenshot({ path: join(dir, `${name}-${String(i)}.png`) })),
      );
    }
    await Promise.allSettled(pages.splice(0).map((p) => p.context().close()));
  });
  afterAll(async () => {
    await (app as App | undefined)?.stop();
  });

  it('lists every plugin with its status and errors; a throwing plugin shows an error card only', async () => {
    const page = await open('/settings/plugins');
    const plugins = new PluginsPage(page);
    await visible(plugins.heading);
    for (const name of ['pod-counter', 'deployment-details', 'table-column', 'cluster-provider'])
      await visible(plugins.status(name).getByText('Loaded'), 60_000);
    await visible(plugins.status('broken').getByText('Cannot load'));
    expect(await plugins.card('broken').textContent()).toContain('"name" must be an npm package name');
    await visible(page.getByRole('alert').getByText('Plugin throwing failed'));
    expect(await plugins.card('throwing').textContent()).toContain('kaboom');
    // The app around it keeps working.
    await page.getByRole('link', { name: 'Settings' }).click();
    await visible(page.getByRole('heading', { name: 'Settings', level: 1 }));
  });

  it('counts pods in the app bar, and drops the counter when the plugin is turned off', async () => {
    const page = await open('/c/alpha');
    const plugins = new PluginsPage(page);
    await visible(plugins.podCounter, 60_000);
    await expect
      .poll(async () => plugins.podCounter.textContent(), { timeout: 30_000 })
      .toMatch(/^Pods: \d+ running \/ [1-9]\d*$/);
    await plugins.goto();
    await plugins.toggle('Pod counter', true).click();
    await visible(plugins.status('pod-counter').getByText('Off'));
    await page.goto(`${app.wheelhouse.url}/c/alpha`, { waitUntil: 'domcontentloaded' });
    await visible(page.getByRole('heading', { name: 'alpha', level: 1 }), 60_000);
    await gone(plugins.podCounter);
    await plugins.goto();
    await plugins.toggle('Pod counter', false).click();
    await visible(plugins.status('pod-counter').getByText('Loaded'), 30_000);
    await page.goto(`${app.wheelhouse.url}/c/alpha`, { waitUntil: 'domcontentloaded' });
    await visible(plugins.podCounter, 60_000);
  });

  it('shows the rollout section on a Deployment and the App column in the Deployments list', async () => {
    const page = await open('/c/alpha/r/apps/v1/deployments/shop/frontend');
    await visible(page.getByTestId('plugin-section-rollout'), 60_000);
    await expect
      .poll(async () => page.getByTestId('deployment-rollout').textContent(), { timeout: 30_000 })
      .toContain('Desired replicas3');
    await page.goto(`${app.wheelhouse.url}/c/alpha/r/apps/v1/deployments`, { waitUntil: 'domcontentloaded' });
    await visible(page.getByRole('columnheader', { name: 'App', exact: true }), 60_000);
    // The name cell and the App cell (label app=frontend) of the frontend Deployment.
    await expect
      .poll(async () => page.getByRole('cell', { name: 'frontend', exact: true }).count(), {
        timeout: 30_000,
      })
      .toBe(2);
  });

  it('adds the beta cluster through the cluster-provider plugin and browses its namespaces', async () => {
    const clusters = testClusters();
    if (!clusters) throw new Error('test clusters are not running');
    const page = await open('/add');
    await page.getByRole('tab', { name: 'Server + token' }).click();
    await page.getByLabel('Cluster name').fill('beta-token');
    await page.getByLabel('API server URL').fill(clusters.beta.server);
    await page.getByLabel('Bearer token').fill(clusters.beta.viewerToken);
    await page.getByLabel('CA certificate (PEM or base64, optional)').fill(betaCa());
    await page.getByRole('button', { name: 'Test and add' }).click();
    await page.waitForURL(/\/c\/beta-token$/, { timeout: 60_000, waitUntil: 'commit' });
    const cluster = new ClusterPage(page);
    await visible(cluster.namespace('kube-system'), 30_000);
    await page.goto(`${app.wheelhouse.url}/c/beta-token/namespaces`, { waitUntil: 'domcontentloaded' });
    await visible(cluster.namespace('default'), 30_000);
  });

  it('refuses a wrong token in the provider form with the server’s explanation', async () => {
    const clusters = testClusters();
    if (!clusters) throw new Error('test clusters are not running');
    const page = await open('/add');
    await page.getByRole('tab', { name: 'Server + token' }).click();
    await page.getByLabel('Cluster name').fill('beta-wrong');
    await page.getByLabel('API server URL').fill(clusters.beta.server);
    await page.getByLabel('Bearer token').fill('not-a-valid-token');
    await page.getByLabel('CA certificate (PEM or base64, optional)').fill(betaCa());
    await page.getByRole('button', { name: 'Test and add' }).click();
    await visible(page.getByRole('alert').filter({ hasText: /401|unauthori[sz]ed|credentials/i }), 30_000);
  });
});
