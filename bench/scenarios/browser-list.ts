/**
 * Scenario 3, browser: headless Chromium (playwright-core, Debian's /usr/bin/chromium) opens the pod list
 * of a namespace with 10k kwok pods through Wheelhouse. Targets from the resource browser issue: first
 * row ≤ 300 ms after the API answers, the whole list browsable ≤ 1 s, sort and filter ≤ 100 ms, never more
 * than ~100 table rows in the DOM; the JS heap is reported. Also the web shell issue's target: the home page
 * shows the clusters ≤ 1 s after it starts loading.
 */
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../e2e/browser.ts';
import { BIG_NAMESPACE, growBigNamespace } from '../lib/big-namespace.ts';
import type { Verdict } from '../lib/report.ts';
import type { Scenario } from '../lib/scenario.ts';
import { wheelhouseTarget } from '../lib/servers.ts';
import { buildWebIfStale } from '../lib/web-build.ts';
import { fmt, median, toMiB } from '../lib/stats.ts';
import { probeScript, readTimings, timeFilter, timeHome, timeSort } from './browser-probe.ts';
import type { PageTimings } from './browser-probe.ts';

const PODS = 10_000;
const LOADS = 3;

interface Load extends PageTimings {
  readonly homeMs: number;
  readonly sortMs: number;
  readonly filterMs: number;
  readonly heapBytes: number;
}

async function measureLoad(browser: Browser, url: string, token: string, cluster: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${url}/?token=${token}`);
    const homeMs = await timeHome(page, url, cluster);
    await page.addInitScript({ content: probeScript(PODS) });
    await page.goto(`${url}/c/${cluster}/r/core/v1/pods?ns=${BIG_NAMESPACE}`);
    const timings = await readTimings(page);
    const sortMs = await timeSort(page);
    const filterMs = await timeFilter(page, 'big-4242', 1);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    return { ...timings, homeMs, sortMs, filterMs, heapBytes: heap.usedSize };
  } finally {
    await context.close();
  }
}

/** Scenario 3: the pod list in the browser. */
export const browserList: Scenario = {
  name: 'browser',
  summary:
    'headless Chromium, 10k pods: first row, whole list browsable, sort/filter latency, DOM rows, JS heap',
  async run(ctx) {
    ctx.log('browser: building the web app if stale');
    buildWebIfStale();
    await growBigNamespace(ctx, PODS);
    const wheelhouse = await wheelhouseTarget(ctx.cluster);
    const browser = await launchBrowser();
    const loads: Load[] = [];
    try {
      for (let i = 0; i < LOADS; i++) {
        ctx.log(`browser: load ${String(i + 1)}/${String(LOADS)}`);
        loads.push(
          await measureLoad(
            browser,
            wheelhouse.wheelhouse.url,
            wheelhouse.wheelhouse.token,
            ctx.cluster.name,
          ),
        );
      }
    } finally {
      await browser.close();
      await wheelhouse.close();
    }
    const m = (pick: (load: Load) => number): number => median(loads.map(pick));
    const firstRow = m((l) => l.firstRowAt - l.apiAnsweredAt);
    const browsable = m((l) => l.browsableAt - l.apiAnsweredAt);
    const sort = m((l) => l.sortMs);
    const filter = m((l) => l.filterMs);
    const maxRows = Math.max(...loads.map((l) => l.domRows));
    const cell = (pick: (load: Load) => number, digits = 0): string[] => [
      fmt(m(pick), digits),
      fmt(Math.min(...loads.map(pick)), digits),
      fmt(Math.max(...loads.map(pick)), digits),
    ];
    const rows = [
      ['home page: navigation → cluster listed (ms)', ...cell((l) => l.homeMs)],
      ['navigation → list API answered (ms)', ...cell((l) => l.apiAnsweredAt)],
      ['navigation → first row (ms)', ...cell((l) => l.firstRowAt)],
      ['API answered → first row (ms)', ...cell((l) => l.firstRowAt - l.apiAnsweredAt)],
      ['API answered → all 10k rows browsable (ms)', ...cell((l) => l.browsableAt - l.apiAnsweredAt)],
      ['sort by name, click → rows repainted (ms)', ...cell((l) => l.sortMs)],
      ['text filter, input → 1 row left (ms)', ...cell((l) => l.filterMs)],
      ['table rows in the DOM', ...cell((l) => l.domRows)],
      ['DOM elements, whole page', ...cell((l) => l.domNodes)],
      ['JS heap after GC (MiB)', ...cell((l) => toMiB(l.heapBytes), 1)],
    ];
    const verdict = (what: string, ms: number, limit: number): Verdict => ({
      what,
      measured: `${fmt(ms, 0)} ms (median of ${String(LOADS)})`,
      target: `≤ ${String(limit)} ms`,
      met: ms <= limit,
      ...(ms > limit ? { note: `over by ${fmt(ms - limit, 0)} ms` } : {}),
    });
    const verdicts: Verdict[] = [
      verdict(
        'home page showing clusters after the navigation started',
        m((l) => l.homeMs),
        1000,
      ),
      verdict('first row after the list API answered', firstRow, 300),
      verdict('whole list browsable after the list API answered', browsable, 1000),
      verdict('sort latency', sort, 100),
      verdict('filter latency', filter, 100),
      {
        what: 'table rows in the DOM, worst load',
        measured: String(maxRows),
        target: '≤ ~100',
        met: maxRows <= 110,
      },
      {
        what: 'JS heap after GC',
        measured: `${fmt(toMiB(m((l) => l.heapBytes)), 1)} MiB`,
        target: 'reported',
        met: undefined,
      },
    ];
    return {
      scenario: 'browser',
      title: 'Browser: pod list with 10k pods',
      tables: [{ columns: ['what', 'median', 'min', 'max'], rows }],
      verdicts,
      notes: [
        `${String(LOADS)} loads, each in a fresh browser context (logged in, then a full navigation to /c/${ctx.cluster.name}/r/core/v1/pods?ns=${BIG_NAMESPACE}); viewport 1400×900. Times are the page's own clock (performance.now): "API answered" = responseEnd of the first list request for the namespace's pods; first row = a MutationObserver seeing the first data row; browsable = the table's aria-rowcount covering all ${String(PODS)} pods and the last row rendered after scrolling to the end.`,
        "Home page: a full navigation to / in the logged-in context until the cluster row first shows, checked every frame (includes loading the app's JavaScript from the browser cache).",
        'Sort: click on the Name column header until the first row changes, measured to the next animation frame. Filter: the text filter set to one pod name (input event, as typing the last character) until one row is left, to the next animation frame; both include React rendering and any debounce the page has.',
        'Chromium, the control plane, Wheelhouse and the bench share the same 2 cores.',
      ],
    };
  },
};
