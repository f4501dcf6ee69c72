/** The home page follows the server's events: clusters added by `curl` or by editing the kubeconfig file. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { skipIntegration } from '../../test/clusters.ts';
import { visible } from '../expect-visible.ts';
import { adminKubeconfig, startApp, type App } from '../fixtures.ts';
import { HomePage } from '../pages/home.page.ts';

describe.skipIf(skipIntegration())('live cluster list', () => {
  let app: App;
  let kubeconfigFile: string;

  beforeAll(async () => {
    kubeconfigFile = join(mkdtempSync(join(tmpdir(), 'wheelhouse-e2e-')), 'config');
    writeFileSync(kubeconfigFile, adminKubeconfig('alpha').text);
    app = await startApp({ kubeconfig: [kubeconfigFile] });
  });
  afterAll(async () => {
    await (app as App | undefined)?.stop();
  });

  it('shows a cluster added by editing the kubeconfig file, without a reload', async () => {
    const home = new HomePage(await app.open());
    await visible(home.row('alpha'));
    writeFileSync(kubeconfigFile, adminKubeconfig('beta').text);
    await visible(home.row('beta'));
    await visible(home.row('beta').getByText('Reachable'), 30_000);
  });

  it('shows a cluster added by curl, without a reload', async () => {
    const home = new HomePage(await app.open());
    await visible(home.row('beta'));
    const response = await app.wheelhouse.fetch('/api/clusters', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kubeconfig: adminKubeconfig('alpha').text, names: { alpha: 'from-curl' } }),
    });
    if (response.status !== 201)
      throw new Error(`POST /api/clusters: ${String(response.status)} ${await response.text()}`);
    await visible(home.row('from-curl'));
  });
});
