/**
 * kubectl through the Wheelhouse proxy against real control planes: the kubeconfig printed by
 * `wheelhouse kubeconfig`, then get, apply, delete, logs -f, exec (stdin and tty), port-forward and get -w.
 */
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubectl, kubectlStream, skipIntegration, testClusters, waitForOutput } from './clusters.ts';
import { proxyKubeconfig } from './dynamic-clusters-support.ts';
import { freePort, startWheelhouse, type Wheelhouse } from './wheelhouse.ts';

describe.skipIf(skipIntegration())('kubectl through the proxy', () => {
  const clusters = testClusters();
  let wheelhouse: Wheelhouse;
  let kubeconfig: string;
  const run = (args: string[], input?: string) =>
    kubectl(kubeconfig, ['--context=wheelhouse-alpha', ...args], input);
  /** The name of the first pod in namespace shop matching a label selector. */
  const firstPod = async (selector: string): Promise<string> =>
    (await run(['get', 'pods', '-n', 'shop', '-l', selector, '-o', 'jsonpath={.items[0].metadata.name}']))
      .stdout;

  beforeAll(async () => {
    if (!clusters) return;
    wheelhouse = await startWheelhouse({
      kubeconfig: [clusters.alpha.adminKubeconfig, clusters.beta.adminKubeconfig],
    });
    kubeconfig = proxyKubeconfig(
      wheelhouse,
      `${clusters.alpha.adminKubeconfig}:${clusters.beta.adminKubeconfig}`,
    );
    await run(['create', 'namespace', 'proxy-test']);
  });
  afterAll(async () => {
    await run(['delete', 'namespace', 'proxy-test', '--wait=false']);
    await wheelhouse.stop();
  });

  it('gets, applies and deletes', async () => {
    const manifest = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: greeting, namespace: proxy-test}\ndata: {text: hello}\n`;
    const applied = await run(['apply', '-f', '-'], manifest);
    expect(applied.stdout.trim(), applied.stderr).toBe('configmap/greeting created');
    const got = await run([
      'get',
      'configmap',
      'greeting',
      '-n',
      'proxy-test',
      '-o',
      'jsonpath={.data.text}',
    ]);
    expect(got.stdout).toBe('hello');
    const serverSide = await run(['apply', '--server-side', '-f', '-'], manifest.replace('hello', 'bonjour'));
    expect(serverSide.code, serverSide.stderr).toBe(0);
    expect(
      (await run(['get', 'cm', 'greeting', '-n', 'proxy-test', '-o', 'jsonpath={.data.text}'])).stdout,
    ).toBe('bonjour');
    const deleted = await run(['delete', 'configmap', 'greeting', '-n', 'proxy-test']);
    expect(deleted.stdout.trim()).toBe('configmap "greeting" deleted from proxy-test namespace');
    const gone = await run(['get', 'configmap', 'greeting', '-n', 'proxy-test']);
    expect(gone.stderr).toContain('NotFound');
  });

  it('reaches two clusters at once', async () => {
    const alpha = await kubectl(kubeconfig, [
      '--context=wheelhouse-alpha',
      'get',
      'ns',
      'shop',
      '-o',
      'name',
    ]);
    const beta = await kubectl(kubeconfig, ['--context=wheelhouse-beta', 'get', 'ns', 'shop', '-o', 'name']);
    expect(alpha.stdout.trim()).toBe('namespace/shop'); // alpha is seeded
    expect(beta.stderr).toContain('namespaces "shop" not found');
  });

  it('follows logs', async () => {
    const pod = await firstPod('app=frontend');
    const follow = kubectlStream(kubeconfig, [
      '--context=wheelhouse-alpha',
      'logs',
      '-f',
      '-n',
      'shop',
      pod,
      '--tail=1',
    ]);
    try {
      // One line a second is appended: a third line proves the stream stays open and flowing.
      const out = await waitForOutput(
        follow,
        (text) => text.split('\n').filter((l) => l.includes('seq=')).length >= 3,
        15_000,
      );
      expect(out).toMatch(/seq=\d+/);
    } finally {
      follow.kill();
    }
  });

  it('execs with stdin, and with a tty', async () => {
    const pod = await firstPod('app=api');
    const piped = await run(
      ['exec', '-i', '-n', 'shop', pod, '-c', 'api', '--', 'sh'],
      'echo from-stdin $((6*7))\nexit\n',
    );
    expect(piped.code, piped.stderr).toBe(0);
    expect(piped.stdout.trim()).toBe('from-stdin 42');
    // `script` gives kubectl a real terminal, so it negotiates a tty session (and its resize stream) with
    // the API server. kwok runs the command without a pty, so the command itself cannot see the tty.
    const tty = execFileSync(
      'script',
      [
        '-qec',
        `${clusters?.alpha.executable ?? ''} kubectl --kubeconfig=${kubeconfig} --context=wheelhouse-alpha exec -t -n shop ${pod} -c api -- echo tty-session-ok`,
        '/dev/null',
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(tty).toContain('tty-session-ok');
  });

  it('port-forwards', async () => {
    const pod = await firstPod('app=frontend');
    const port = await freePort();
    const forward = kubectlStream(kubeconfig, [
      '--context=wheelhouse-alpha',
      'port-forward',
      '-n',
      'shop',
      `pod/${pod}`,
      `${String(port)}:8080`,
    ]);
    try {
      await waitForOutput(forward, (text) => text.includes('Forwarding from'), 20_000);
      const response = await fetch(`http://127.0.0.1:${String(port)}/through-wheelhouse`);
      expect(await response.text()).toContain('port-forward target: GET /through-wheelhouse');
    } finally {
      forward.kill();
    }
  });

  it('watches with get -w', async () => {
    const watch = kubectlStream(kubeconfig, [
      '--context=wheelhouse-alpha',
      'get',
      'configmaps',
      '-n',
      'proxy-test',
      '-w',
      '--output-watch-events',
    ]);
    try {
      // An empty list prints nothing; give kubectl time to list and open its watch, then change something.
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const seen = waitForOutput(watch, (text) => /MODIFIED\s+watched/.test(text), 20_000);
      await run(['create', 'configmap', 'watched', '-n', 'proxy-test', '--from-literal=a=b']);
      await run(['label', 'configmap', 'watched', '-n', 'proxy-test', 'changed=yes']);
      const out = await seen;
      expect(out).toMatch(/ADDED\s+watched/);
    } finally {
      watch.kill();
    }
  });
});
