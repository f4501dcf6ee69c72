/**
 * Logs and terminal against the real test cluster: kwok's simulated kubelet streams the supervisor's pod log
 * (a line a second) and runs exec commands on this machine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubectl, skipIntegration, testClusters } from '../../test/clusters.ts';
import { visible } from '../expect-visible.ts';
import { adminKubeconfig, startApp, type App } from '../fixtures.ts';
import { WorkloadPage } from '../pages/workload.page.ts';

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!ok(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    value = await read();
  }
  return value;
}

describe.skipIf(skipIntegration())('logs and terminal', () => {
  let app: App;
  let pod = '';

  beforeAll(async () => {
    const viewer = testClusters()?.alpha.viewerKubeconfig ?? '';
    app = await startApp({ kubeconfig: [adminKubeconfig('alpha').path, viewer] });
    pod = (
      await kubectl(adminKubeconfig('alpha').path, [
        'get',
        'pods',
        '-n',
        'shop',
        '-l',
        'app=frontend',
        '-o',
        'jsonpath={.items[0].metadata.name}',
      ])
    ).stdout;
  });
  afterAll(async () => {
    await (app as App | undefined)?.stop();
  });

  it('follows a pod log: lines arrive while the page is open', async () => {
    const view = new WorkloadPage(await app.open());
    await view.openLogs('alpha', 'shop', pod);
    await visible(view.logLines, 90_000);
    await visible(view.logState.getByText('Live'), 90_000);
    const first = await until(
      () => view.logCount(),
      (n) => n > 0,
    );
    expect(first).toBeGreaterThan(0);
    const later = await until(
      () => view.logCount(),
      (n) => n > first,
      15_000,
    );
    expect(later).toBeGreaterThan(first);
    // Search highlights matches in the rendered lines.
    await view.page.getByRole('textbox', { name: 'Search in logs' }).fill('a');
    await visible(view.logLines.locator('mark'));
  });

  it('runs a command in the terminal and shows its output', async () => {
    const view = new WorkloadPage(await app.open());
    await view.openTerminal('alpha', 'shop', pod);
    await visible(view.terminalState.getByText(/Connected \((bash|sh)\)/), 90_000);
    await view.page.locator('.xterm-helper-textarea').focus();
    await view.page.keyboard.type('echo wheelhouse-$((6*7))\r');
    const text = await until(
      () => view.terminalText(),
      (t) => t.includes('wheelhouse-42'),
    );
    expect(text).toContain('wheelhouse-42');
  });

  it('tells the view-only user that they may not exec', async () => {
    const view = new WorkloadPage(await app.open());
    await view.openTerminal('alpha-viewer', 'shop', pod);
    await visible(view.page.getByText('You may not open a terminal in this pod.', { exact: false }), 90_000);
    expect(await view.terminal.count()).toBe(0);
  });
});
