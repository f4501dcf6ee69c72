/**
 * The resource browser on the seeded `alpha` cluster: every sidebar group opens lists that load, details show
 * the kind's sections, a Deployment scaled with kubectl shows its new pods without a reload, Secrets stay masked
 * until revealed, the global search finds objects by name, and a list spans the clusters chosen in Clusters
 * (`beta` is in the kubeconfig too).
 */
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubectl, skipIntegration } from '../../test/clusters.ts';
import { visible } from '../expect-visible.ts';
import { adminKubeconfig, startApp, type App } from '../fixtures.ts';
import { ResourcesPage } from '../pages/resources.page.ts';

/** Waits until `rows` counts exactly `expected` (the watch applies changes without a reload). */
async function rowCount(rows: Locator, expected: number, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  let last = -1;
  while (Date.now() < end) {
    last = await rows.count();
    if (last === expected) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`expected ${String(expected)} rows, still ${String(last)} after ${String(timeoutMs)} ms`);
}

const groups = [
  'Workloads',
  'Network',
  'Storage',
  'Configuration',
  'Access control',
  'Cluster',
  'Custom resources',
];

describe.skipIf(skipIntegration())('resource browser', () => {
  let app: App;
  let admin: string;

  beforeAll(async () => {
    admin = adminKubeconfig('alpha').path;
    app = await startApp({ kubeconfig: [admin, adminKubeconfig('beta').path] });
  });
  afterAll(async () => {
    await kubectl(admin, ['delete', 'namespace', 'e2e-live', '--wait=false']);
    await (app as App | undefined)?.stop();
  });

  it('opens every sidebar group, and every kind in it lists without an error', async (ctx) => {
    const page = await app.open({ height: 1400 });
    const resources = new ResourcesPage(page);
    try {
      await resources.open('/c/alpha/r/core/v1/pods');
      await visible(resources.table('Pods'));
      for (const group of groups) {
        const links = resources.groupLinks(group);
        await visible(links);
        const labels = await links.allInnerTexts();
        expect(labels.length, group).toBeGreaterThan(0);
        for (const label of labels) {
          await links.getByText(label, { exact: true }).click();
          await visible(resources.heading.getByText(label, { exact: true }));
          // A table, or an empty state: never an error or a forbidden state for the admin.
          await visible(page.locator('[role=table], h2'));
          const text = await page.locator('main').innerText();
          expect(text, `${group} / ${label}`).not.toMatch(/could not be loaded|You may not list|not served/);
        }
      }
      // The custom resources of the seeded CRD come with their printer columns.
      await resources.groupLinks('Custom resources').getByText('Widget', { exact: true }).click();
      const widgets = resources.table('Widget');
      await visible(widgets);
      expect(await widgets.getByRole('columnheader').allInnerTexts()).toEqual(
        expect.arrayContaining(['Name', 'Namespace', 'Age']),
      );
    } catch (error) {
      await app.capture(`resources-groups-${ctx.task.id}`);
      throw error;
    }
  });

  it('shows a scaled Deployment’s new pods live, on the list and on its details', async (ctx) => {
    await kubectl(admin, ['create', 'namespace', 'e2e-live']);
    const created = await kubectl(admin, [
      '-n',
      'e2e-live',
      'create',
      'deployment',
      'scaler',
      '--image=registry.example/app:1',
      '--replicas=1',
    ]);
    expect(created.code, created.stderr).toBe(0);
    const page = await app.open();
    const resources = new ResourcesPage(page);
    try {
      await resources.open('/c/alpha/r/apps/v1/deployments/e2e-live/scaler');
      const pods = resources.section('Pods');
      await visible(pods.getByRole('row').nth(1), 30_000);
      const list = await app.open();
      const podsList = new ResourcesPage(list);
      await podsList.open('/c/alpha/r/core/v1/pods?ns=e2e-live');
      await visible(podsList.table('Pods'));
      const scaled = await kubectl(admin, ['-n', 'e2e-live', 'scale', 'deployment/scaler', '--replicas=4']);
      expect(scaled.code, scaled.stderr).toBe(0);
      // 4 pods + the header row, without any reload, on both pages.
      await rowCount(pods.getByRole('row'), 5);
      await rowCount(podsList.rows(podsList.table('Pods')), 5);
      await visible(resources.section('Replicas').getByText('4', { exact: true }).first(), 30_000);
    } catch (error) {
      await app.capture(`resources-live-${ctx.task.id}`);
      throw error;
    }
  });

  it('shows details with the kind’s sections and keeps Secret values masked until revealed', async (ctx) => {
    const page = await app.open();
    const resources = new ResourcesPage(page);
    try {
      await resources.open('/c/alpha/r/core/v1/secrets?ns=shop');
      const table = resources.table('Secrets');
      await visible(table);
      await table.getByRole('link').first().click();
      const data = resources.section('Data');
      await visible(data);
      expect(await data.innerText()).toContain('••••••••');
      const reveal = data.getByRole('button', { name: /^Reveal / }).first();
      await reveal.click();
      await visible(data.getByRole('button', { name: /^Hide / }).first());
      // Owners link to their owner: a pod of the seeded frontend Deployment → its ReplicaSet.
      await resources.open('/c/alpha/r/core/v1/pods?ns=shop&q=frontend');
      await resources.table('Pods').getByRole('link').first().click();
      await visible(resources.section('Containers'));
      await resources
        .section('Metadata')
        .getByRole('link', { name: /^ReplicaSet / })
        .click();
      await visible(resources.section('Replicas'));
      expect(page.url()).toMatch(/\/r\/apps\/v1\/replicasets\/shop\/frontend-/);
    } catch (error) {
      await app.capture(`resources-details-${ctx.task.id}`);
      throw error;
    }
  });

  it('finds objects by name and kind with the global search', async (ctx) => {
    const page = await app.open();
    const resources = new ResourcesPage(page);
    try {
      await resources.open('/c/alpha/r/core/v1/pods');
      await visible(resources.table('Pods'));
      await page.keyboard.press('Control+k');
      await page
        .getByRole('combobox', { name: 'Search clusters, pages, kinds and objects' })
        .fill('service frontend');
      await visible(page.getByRole('option', { name: /frontend.*Service · shop/ }), 30_000);
      await page.keyboard.press('Enter');
      await visible(resources.section('Service'));
      expect(page.url()).toMatch(/\/c\/alpha\/r\/core\/v1\/services\/shop\/frontend$/);
    } catch (error) {
      await app.capture(`resources-search-${ctx.task.id}`);
      throw error;
    }
  });

  it('lists a kind across the clusters chosen in Clusters, with a Cluster column', async (ctx) => {
    const page = await app.open();
    const resources = new ResourcesPage(page);
    try {
      await resources.open('/c/alpha/r/core/v1/namespaces');
      const table = resources.table('Namespaces');
      await visible(resources.row(table, 'kube-system'));
      expect(await table.getByRole('columnheader').allInnerTexts()).not.toContain('Cluster');
      await page.getByRole('combobox', { name: 'Clusters' }).click();
      await page.getByRole('option', { name: 'beta', exact: true }).click();
      await page.keyboard.press('Escape');
      await expect.poll(() => new URL(page.url()).searchParams.get('clusters')).toBe('beta');
      await expect.poll(() => table.getByRole('columnheader').allInnerTexts()).toContain('Cluster');
      // kube-system exists in both clusters: one row each, told apart by the Cluster cell.
      const kubeSystem = resources.row(table, 'kube-system');
      await rowCount(kubeSystem, 2);
      const cells = await kubeSystem.allInnerTexts();
      expect(cells.some((text) => /\balpha\b/.test(text))).toBe(true);
      expect(cells.some((text) => /\bbeta\b/.test(text))).toBe(true);
      // The choice lives in the URL: a reload shows both clusters again.
      await page.reload();
      await rowCount(resources.row(resources.table('Namespaces'), 'kube-system'), 2);
    } catch (error) {
      await app.capture(`resources-clusters-${ctx.task.id}`);
      throw error;
    }
  });
});
