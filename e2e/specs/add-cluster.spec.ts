/**
 * First use → upload a kubeconfig → the cluster appears and its namespaces load → rename → remove; and a
 * failing "Test connection" shows its diagnosis.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { skipIntegration } from '../../test/clusters.ts';
import { gone, visible } from '../expect-visible.ts';
import { adminKubeconfig, emptyKubeconfig, startApp, type App } from '../fixtures.ts';
import { AddClusterPage } from '../pages/add-cluster.page.ts';
import { ClusterPage } from '../pages/cluster.page.ts';
import { HomePage } from '../pages/home.page.ts';

describe.skipIf(skipIntegration())('adding clusters in the browser', () => {
  let app: App;

  beforeAll(async () => {
    app = await startApp({ kubeconfig: [emptyKubeconfig()] });
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail') await app.capture(ctx.task.name.replace(/\W+/g, '-'));
  });
  afterAll(async () => {
    await (app as App | undefined)?.stop();
  });

  it('goes from first use to a cluster with namespaces, then renames and removes it', async () => {
    const page = await app.open();
    const home = new HomePage(page);
    await visible(home.firstUseHeading);
    await home.addCluster();

    const add = new AddClusterPage(page);
    await visible(add.heading);
    await add.upload(adminKubeconfig('alpha').path);
    await visible(add.context('alpha'));
    expect(await add.context('alpha').textContent()).toContain('client certificate');
    await add.submit();

    await visible(home.row('alpha'));
    await visible(home.row('alpha').getByText('Reachable'), 30_000);
    await home.openCluster('alpha');
    const cluster = new ClusterPage(page);
    await visible(cluster.namespace('kube-system'), 30_000);
    expect(page.url()).toMatch(/\/c\/alpha$/);

    await home.goto();
    await home.rename('alpha', 'alpha-renamed');
    await visible(home.row('alpha-renamed'));
    await gone(home.row('alpha'));

    await home.remove('alpha-renamed');
    await visible(home.firstUseHeading);
  });

  it('tests a working connection without adding the cluster', async () => {
    const page = await app.open();
    await page.goto(`${app.wheelhouse.url}/add`);
    const add = new AddClusterPage(page);
    await add.paste(adminKubeconfig('beta').text);
    await visible(add.context('beta'));
    await add.testConnection();
    await visible(add.connectionOk);
    expect(await add.connectionOk.textContent()).toMatch(/beta: Kubernetes v1\.36\.\d+, signed in as/);
    const config = (await (await app.wheelhouse.fetch('/api/config')).json()) as {
      clusters: { name: string }[];
    };
    expect(config.clusters.map((c) => c.name)).not.toContain('beta');
  });

  it('explains a failing "Test connection" in plain words', async () => {
    const page = await app.open();
    await page.goto(`${app.wheelhouse.url}/add`);
    const add = new AddClusterPage(page);
    const broken = adminKubeconfig('beta').text.replace(
      /server: https:\/\/127\.0\.0\.1:\d+/,
      'server: https://127.0.0.1:1',
    );
    await add.paste(broken);
    await visible(add.context('beta'));
    await add.testConnection();
    await visible(add.diagnosis);
    expect(await add.diagnosis.textContent()).toContain('Nothing answers at that address');
    await add.setVerify(true);
    await add.submit();
    await visible(add.diagnosis);
    expect(await add.diagnosis.textContent()).toContain('Nothing answers at that address');
    const config = (await (await app.wheelhouse.fetch('/api/config')).json()) as {
      clusters: { name: string }[];
    };
    expect(config.clusters.map((c) => c.name)).not.toContain('beta');
  });
});
