/** Actions and port-forwards against the real test cluster, through the details page and the overview. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { kubectl, skipIntegration } from '../../test/clusters.ts';
import { gone, visible } from '../expect-visible.ts';
import { adminKubeconfig, startApp, type App } from '../fixtures.ts';
import { ResourcesPage } from '../pages/resources.page.ts';
import { WorkloadPage } from '../pages/workload.page.ts';

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!ok(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    value = await read();
  }
  return value;
}

describe.skipIf(skipIntegration())('workload actions', () => {
  let app: App;
  const run = (args: string[]) => kubectl(adminKubeconfig('alpha').path, args);
  const jsonpath = async (args: string[], path: string) =>
    (await run([...args, '-o', `jsonpath=${path}`])).stdout;

  beforeAll(async () => {
    app = await startApp({ kubeconfig: [adminKubeconfig('alpha').path] });
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail') await app.capture(ctx.task.name.replace(/\W+/g, '-'));
  });
  afterAll(async () => {
    await (app as App | undefined)?.stop();
  });

  it('scales a Deployment and the replicas change', async () => {
    const view = new WorkloadPage(await app.open());
    await view.openDetails('alpha', 'apps/v1/deployments/shop/api');
    await (await visible(view.button('Scale'), 90_000)).click();
    const input = view.dialog.getByRole('spinbutton', { name: 'Replicas' });
    await visible(view.dialog.getByText('It runs 2 replicas now.', { exact: false }));
    await input.fill('4');
    await view.dialog.getByRole('button', { name: 'Scale' }).click();
    await visible(view.snackbar('Scaled api to 4 replicas'));
    const replicas = await until(
      () => jsonpath(['get', 'deployment', 'api', '-n', 'shop'], '{.status.readyReplicas}'),
      (r) => r === '4',
    );
    expect(replicas).toBe('4');
    await run(['scale', 'deployment', 'api', '-n', 'shop', '--replicas=2']);
  });

  it('rolls a Deployment back to an earlier revision', async () => {
    await run(['set', 'image', 'deployment/api', '-n', 'shop', 'api=ghcr.io/example/shop-api:2.5.0']);
    await until(
      () =>
        jsonpath(
          ['get', 'deployment', 'api', '-n', 'shop'],
          '{.metadata.annotations.deployment\\.kubernetes\\.io/revision}',
        ),
      (r) => Number(r) >= 2,
    );
    const view = new WorkloadPage(await app.open());
    await view.openDetails('alpha', 'apps/v1/deployments/shop/api');
    await (await visible(view.button('Roll back'), 90_000)).click();
    await visible(view.dialog.getByText('ghcr.io/example/shop-api:2.4.1', { exact: false }));
    await view.dialog.getByRole('radio', { name: /Revision 1/ }).check();
    await view.dialog.getByRole('button', { name: /Roll back to 1/ }).click();
    await visible(view.snackbar(/back to revision 1/));
    const image = await until(
      () => jsonpath(['get', 'deployment', 'api', '-n', 'shop'], '{.spec.template.spec.containers[0].image}'),
      (i) => i.endsWith(':2.4.1'),
    );
    expect(image).toBe('ghcr.io/example/shop-api:2.4.1');
  });

  it('cordons and drains a node from the overview', async () => {
    const view = new WorkloadPage(await app.open());
    await view.goto('/c/alpha');
    const row = await visible(view.nodeRow('kwok-node-0'), 90_000);
    await row.getByRole('button', { name: 'Drain' }).click();
    await visible(view.dialog.getByRole('list', { name: 'Pods on the node' }));
    await view.dialog.getByRole('button', { name: 'Drain', exact: true }).click();
    // The result shows in the dialog (the snackbar behind a modal dialog is hidden from the accessibility tree).
    await visible(view.dialog.getByRole('alert').filter({ hasText: /^Drained kwok-node-0/ }), 90_000);
    expect(await jsonpath(['get', 'node', 'kwok-node-0'], '{.spec.unschedulable}')).toBe('true');
    const left = await until(
      () =>
        run([
          'get',
          'pods',
          '-A',
          '--field-selector=spec.nodeName=kwok-node-0,status.phase=Running',
          '-o',
          'jsonpath={range .items[*]}{.metadata.ownerReferences[0].kind}{"\\n"}{end}',
        ]),
      (r) => r.stdout.split('\n').every((kind) => kind === '' || kind === 'DaemonSet'),
    );
    expect(left.stdout.split('\n').filter((k) => k !== '' && k !== 'DaemonSet')).toEqual([]);
    await view.dialog.getByRole('button', { name: 'Close' }).click();
    await visible(row.getByText('Scheduling disabled'), 90_000);
    await row.getByRole('button', { name: 'Uncordon' }).click();
    await view.dialog.getByRole('button', { name: 'Uncordon' }).click();
    await visible(view.snackbar('Uncordoned kwok-node-0'));
    expect(
      await until(
        () => jsonpath(['get', 'node', 'kwok-node-0'], '{.spec.unschedulable}'),
        (v) => v === '',
      ),
    ).toBe('');
  }, 300_000);

  it('deletes two selected pods from the list in one bulk action', async () => {
    const namespace = 'e2e-bulk';
    const pods = ['bulk-a', 'bulk-b', 'bulk-c'].map((name) => ({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name, namespace },
      spec: { nodeName: 'kwok-node-1', containers: [{ name: 'main', image: 'registry.example/bulk:1' }] },
    }));
    await run(['create', 'namespace', namespace]);
    const created = await kubectl(
      adminKubeconfig('alpha').path,
      ['apply', '-f', '-'],
      JSON.stringify({ apiVersion: 'v1', kind: 'List', items: pods }),
    );
    expect(created.code, created.stderr).toBe(0);

    const page = await app.open();
    const resources = new ResourcesPage(page);
    await resources.open(`/c/alpha/r/core/v1/pods?ns=${namespace}`);
    const table = resources.table('Pods');
    for (const name of ['bulk-a', 'bulk-b']) {
      const row = await visible(resources.row(table, name), 60_000);
      await row.getByRole('checkbox', { name: `Select ${name}` }).check();
    }
    const toolbar = page.getByRole('toolbar', { name: 'Bulk actions' });
    await visible(toolbar.getByText('2 selected'));
    await toolbar.getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByTestId('bulk-action-dialog');
    await visible(dialog.getByRole('list', { name: 'The 2 objects' }));
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await gone(dialog, 60_000);
    const left = await until(
      () => jsonpath(['get', 'pods', '-n', namespace], '{.items[*].metadata.name}'),
      (names) => names === 'bulk-c',
      60_000,
    );
    expect(left).toBe('bulk-c');
    await gone(resources.row(table, 'bulk-a'));
    await run(['delete', 'namespace', namespace, '--wait=false']);
  });

  it('starts a port-forward from a pod and it answers on 127.0.0.1', async () => {
    const pod = await jsonpath(
      ['get', 'pods', '-n', 'shop', '-l', 'app=frontend'],
      '{.items[0].metadata.name}',
    );
    const view = new WorkloadPage(await app.open());
    await view.openDetails('alpha', `core/v1/pods/shop/${pod}`, 'port-forward');
    await (await visible(view.page.getByRole('button', { name: /Forward 8080/ }), 90_000)).click();
    const link = await visible(
      view.page
        .getByRole('table', { name: 'Port-forwards' })
        .getByRole('link', { name: /http:\/\/127\.0\.0\.1:\d+/ }),
    );
    const url = (await link.first().textContent()) ?? '';
    const answer = await fetch(`${url}/from-the-ui`);
    expect(await answer.text()).toContain('port-forward target: GET /from-the-ui');
  });
});
