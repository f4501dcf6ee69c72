/**
 * Scenario 4, browser side: a churn of pod updates (target 1,000/s) while headless Chromium shows the pods'
 * list through Wheelhouse. Each update sets one pod's restart count to a sequence number; its event is timed
 * on a direct watch in the bench, and the page's table showing that value (or a later one) by a
 * MutationObserver. Target from the issue: API event → DOM p99 ≤ 100 ms; the sustained rate is reported.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from '../../e2e/browser.ts';
import { createPods, waitAllRunning } from '../lib/kube.ts';
import type { BenchContext, Scenario } from '../lib/scenario.ts';
import { directTarget, wheelhouseTarget } from '../lib/servers.ts';
import { buildWebIfStale, webSourceState } from '../lib/web-build.ts';
import { watchDomReport } from './watch-dom-report.ts';
import { RestartsWatch, runPhase, setRestarts, waitUntil } from './watch-dom-phase.ts';
import type { ChurnedPods, Phase, PhaseResult, PhaseSetup } from './watch-dom-phase.ts';
import { NetworkArrivals } from './watch-dom-network.ts';
import { pageClockOffset, shownValues, watchDomProbeScript } from './watch-dom-probe.ts';
import type { ClockOffset } from './watch-dom-probe.ts';

/** Few enough that every row is on screen (the table is virtualized; its scroll area fits ~11 rows). */
const PODS: ChurnedPods = { namespace: 'bench-watch-dom', prefix: 'churn-', count: 10 };
const PHASES: readonly Phase[] = [
  { name: 'steady: 100 updates/s', ratePerS: 100, durationMs: 10_000 },
  { name: 'target: 1,000 updates/s', ratePerS: 1000, durationMs: 20_000 },
];
/**
 * Patches in flight at most: one per pod. More only contend on the same objects (the API server retries
 * conflicting updates): 48 in flight over 10 pods sustained a third of what 8 did.
 */
const WORKERS = PODS.count;

interface PodList {
  readonly metadata: { readonly resourceVersion: string };
  readonly items: readonly {
    readonly status?: { readonly containerStatuses?: readonly { readonly restartCount?: number }[] };
  }[];
}

/** Creates the pods (if needed); returns the first unused sequence number and the list's resourceVersion. */
async function preparePods(ctx: BenchContext): Promise<{ nextSeq: number; resourceVersion: string }> {
  await ctx.admin.ensureNamespace(PODS.namespace);
  const prefix = PODS.prefix.replace(/-$/, '');
  await createPods(ctx.admin, ctx.cluster, { namespace: PODS.namespace, prefix, from: 0, to: PODS.count });
  await waitAllRunning(ctx.admin, PODS.namespace);
  const { status, body } = await ctx.admin.request('GET', `/api/v1/namespaces/${PODS.namespace}/pods`);
  if (status !== 200) throw new Error(`list pods: HTTP ${String(status)}`);
  const list = body as PodList;
  const counts = list.items.map((pod) => pod.status?.containerStatuses?.[0]?.restartCount ?? 0);
  return { nextSeq: Math.max(0, ...counts) + 1, resourceVersion: list.metadata.resourceVersion };
}

async function deleteNamespace(ctx: BenchContext): Promise<void> {
  const path = `/api/v1/namespaces/${PODS.namespace}`;
  await ctx.admin.request('DELETE', path);
  const gone = await waitUntil(async () => (await ctx.admin.request('GET', path)).status === 404, 60_000);
  if (!gone) ctx.log(`watch-dom: ${PODS.namespace} still terminating after 60 s`);
}

/** A logged-in page on the pod list of the churned namespace, with the probe installed. */
async function openPodList(
  browser: Browser,
  url: string,
  token: string,
  cluster: string,
): Promise<{ context: BrowserContext } & Pick<PhaseSetup, 'page' | 'cdp' | 'network'>> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${url}/?token=${token}`);
  await page.addInitScript({ content: watchDomProbeScript(PODS.prefix, 'Restarts') });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const network = await NetworkArrivals.listen(cdp, PODS.prefix, 'Restarts');
  await page.goto(`${url}/c/${cluster}/r/core/v1/pods?ns=${PODS.namespace}`);
  return { context, page, cdp, network };
}

/** Sets every pod once and waits until the table shows it: all rows rendered and the page watching. */
async function warmUp(setup: Omit<PhaseSetup, 'clock'>, firstSeq: number): Promise<number> {
  const expected = new Map<string, number>();
  for (let i = 0; i < PODS.count; i++) {
    const pod = `${PODS.prefix}${String(i)}`;
    await setRestarts(setup.admin, PODS, pod, firstSeq + i);
    expected.set(pod, firstSeq + i);
  }
  const shown = await waitUntil(async () => {
    const values = await shownValues(setup.page);
    return [...expected].every(([pod, value]) => values[pod] === value);
  }, 60_000);
  if (!shown) throw new Error(`the table did not show the ${String(PODS.count)} churned pods' updates`);
  return firstSeq + PODS.count;
}

/** Scenario 4 (browser side): API event → DOM latency under a pod-update churn. */
export const watchDom: Scenario = {
  name: 'watch-dom',
  summary: 'pod-update churn (target 1k/s) shown in the pod list in Chromium: API event → DOM latency',
  async run(ctx) {
    ctx.log('watch-dom: building the web app if stale');
    buildWebIfStale();
    const webSource = webSourceState();
    const prepared = await preparePods(ctx);
    let nextSeq = prepared.nextSeq;
    const direct = directTarget(ctx.cluster);
    const wheelhouse = await wheelhouseTarget(ctx.cluster);
    const watch = new RestartsWatch(direct, PODS, prepared.resourceVersion);
    const browser = await launchBrowser();
    const results: PhaseResult[] = [];
    const clocks: ClockOffset[] = [];
    try {
      const { url, token } = wheelhouse.wheelhouse;
      const { page, cdp, network } = await openPodList(browser, url, token, ctx.cluster.name);
      const base = {
        admin: ctx.admin,
        page,
        cdp,
        network,
        watch,
        pods: PODS,
        workers: WORKERS,
        catchUpMs: 10_000,
      };
      nextSeq = await warmUp(base, nextSeq);
      for (const phase of PHASES) {
        const clock = await pageClockOffset(page);
        clocks.push(clock);
        ctx.log(
          `watch-dom: ${phase.name} (page clock − bench clock ${clock.offsetMs.toFixed(2)} ± ${clock.uncertaintyMs.toFixed(2)} ms)`,
        );
        const result = await runPhase({ ...base, clock }, phase, nextSeq);
        nextSeq += result.patches.sent;
        results.push(result);
      }
      clocks.push(await pageClockOffset(page));
    } finally {
      await browser.close();
      await watch.stop();
      await direct.close();
      await wheelhouse.close();
      await deleteNamespace(ctx);
    }
    return watchDomReport(results, clocks, { pods: PODS.count, workers: WORKERS, webSource });
  },
};
