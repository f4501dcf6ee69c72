/**
 * The shell: session-token login, theme (follows the OS, switchable, remembered), search and cluster
 * chooser, accessibility of the main pages, and the README screenshots (docs/images/).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../tools/testcluster/node/testcluster.ts';
import { skipIntegration } from '../../test/clusters.ts';
import { axeViolations } from '../axe.ts';
import { visible } from '../expect-visible.ts';
import { adminKubeconfig, startApp, type App } from '../fixtures.ts';
import { AddClusterPage } from '../pages/add-cluster.page.ts';
import { ClusterPage } from '../pages/cluster.page.ts';
import { HomePage } from '../pages/home.page.ts';

const imagesDir = join(repoRoot, 'docs', 'images');
const unreachable = `apiVersion: v1
kind: Config
clusters:
- name: staging
  cluster: { server: 'https://127.0.0.1:1', insecure-skip-tls-verify: true }
users:
- name: ci
  user: { token: not-a-real-token }
contexts:
- name: staging-eu
  context: { cluster: staging, user: ci }
`;

/** A kubeconfig with the kinds of contexts the add page explains (never sent to a server here). */
const showcase = `apiVersion: v1
kind: Config
clusters:
- { name: kind, cluster: { server: 'https://127.0.0.1:6443', certificate-authority-data: QUJD } }
- { name: eks, cluster: { server: 'https://4F2A.gr7.eu-west-1.eks.amazonaws.com' } }
- { name: lab, cluster: { server: 'https://lab.internal:6443', certificate-authority: /etc/lab/ca.crt } }
users:
- { name: kind, user: { token: abc } }
- { name: eks, user: { exec: { apiVersion: client.authentication.k8s.io/v1beta1, command: aws } } }
- { name: lab, user: { client-certificate: /etc/lab/me.crt, client-key: /etc/lab/me.key } }
contexts:
- { name: kind-dev, context: { cluster: kind, user: kind } }
- { name: eks-prod, context: { cluster: eks, user: eks } }
- { name: lab, context: { cluster: lab, user: lab } }
`;

describe.skipIf(skipIntegration())('the app shell', () => {
  let app: App;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wheelhouse-e2e-'));
    writeFileSync(join(dir, 'staging'), unreachable);
    app = await startApp({
      kubeconfig: [adminKubeconfig('alpha').path, adminKubeconfig('beta').path, join(dir, 'staging')],
    });
  });
  afterAll(async () => {
    await (app as App | undefined)?.stop();
  });

  it('logs in with the session-token URL and refuses a wrong token', async () => {
    const page = await app.open();
    await visible(new HomePage(page).row('alpha'));
    expect(page.url()).toBe(`${app.wheelhouse.url}/`);
    const context = await app.browser.newContext();
    const stranger = await context.newPage();
    const wrong = await stranger.goto(`${app.wheelhouse.url}/?token=wrong-token-000000`);
    expect(wrong?.status()).toBe(401);
    const none = await stranger.goto(`${app.wheelhouse.url}/`);
    expect(none?.status()).toBe(401);
    expect(await stranger.textContent('body')).toMatch(/login URL|token/i);
    await context.close();
  });

  it('follows the OS theme, switches and remembers it', async () => {
    const page = await app.open({ colorScheme: 'dark' });
    const home = new HomePage(page);
    await visible(home.row('alpha'));
    const background = (): Promise<string> =>
      page.evaluate<string>('getComputedStyle(document.body).backgroundColor');
    expect(await background()).toBe('rgb(15, 17, 21)');
    await page.getByRole('button', { name: 'Switch to light theme' }).click();
    expect(await background()).toBe('rgb(245, 247, 251)');
    await page.reload();
    await visible(home.row('alpha'));
    expect(await background()).toBe('rgb(245, 247, 251)');
  });

  it('finds clusters with the search (Ctrl+K) and the chooser (C)', async () => {
    const page = await app.open();
    await visible(new HomePage(page).row('beta'));
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: 'Search clusters, pages, kinds and objects' }).fill('bet');
    await page.keyboard.press('Enter');
    await visible(new ClusterPage(page).namespace('default'), 30_000);
    expect(page.url()).toMatch(/\/c\/beta$/);
    await page.keyboard.press('c');
    await page.getByRole('option', { name: /alpha/ }).first().click();
    await visible(new ClusterPage(page).namespace('kube-system'), 30_000);
    expect(page.url()).toMatch(/\/c\/alpha$/);
  });

  it('has no axe violations on the main pages, and takes the README screenshots', async () => {
    mkdirSync(imagesDir, { recursive: true });
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await app.open({ colorScheme, width: 1280, height: 720 });
      const home = new HomePage(page);
      await visible(home.row('alpha').getByText('Reachable'), 30_000);
      await visible(home.row('staging-eu').getByText('Unreachable'), 30_000);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({
        path: join(imagesDir, colorScheme === 'light' ? 'home.png' : 'home-dark.png'),
      });

      await page.goto(`${app.wheelhouse.url}/add`);
      const add = new AddClusterPage(page);
      await visible(add.heading);
      await add.paste(showcase);
      await visible(add.context('eks-prod'));
      expect(await axeViolations(page)).toEqual([]);
      if (colorScheme === 'light')
        await page.screenshot({ path: join(imagesDir, 'add-cluster.png'), fullPage: true });

      await page.goto(`${app.wheelhouse.url}/c/alpha`);
      await visible(new ClusterPage(page).namespace('kube-system'), 30_000);
      expect(await axeViolations(page)).toEqual([]);
      if (colorScheme === 'light') await page.screenshot({ path: join(imagesDir, 'cluster.png') });
    }
  });
});
